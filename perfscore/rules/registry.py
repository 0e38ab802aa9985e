"""The catalogue of finding codes: each check's stable code, default severity, title and explanation.

Codes never change meaning once released. Families:
PS1xx loading and YAML, PS2xx schema, PS3xx weights, PS4xx published figures,
PS5xx indicator rules, PS6xx identity and year-over-year targets, PS8xx a filled-in workbook (perfscore fill;
located at a cell, e.g. fill.xlsx:填報!E7).
"""

from __future__ import annotations

from dataclasses import dataclass

from perfscore.core.findings import Severity

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str
    explanation: str


_RULES = [
    Rule("PS101", ERR, "yaml-syntax", "The file is not well-formed YAML."),
    Rule("PS102", ERR, "duplicate-key", "A key appears twice in one mapping; YAML loaders silently keep the last."),
    Rule("PS103", ERR, "alias", "Anchors and aliases (&a / *a) are not allowed: they can expand a small file "
         "into billions of nodes. Repeat the value instead."),
    Rule("PS104", ERR, "unsafe-tag", "Explicit tags such as !!python/object are not allowed; a report holds "
         "plain mappings, lists, strings and numbers only."),
    Rule("PS105", ERR, "encoding", "The file must be UTF-8 without a byte-order mark."),
    Rule("PS106", ERR, "too-large", "The file exceeds the size limit (--max-bytes, 20 MB by default)."),
    Rule("PS107", ERR, "too-deep", "The nesting is deeper than any report needs (limit 64 levels)."),
    Rule("PS108", ERR, "not-a-mapping", "The file is empty or its top level is not a mapping."),
    Rule("PS109", ERR, "yaml11-boolean", "An unquoted yes/no/on/off/y/n: YAML 1.1 reads it as a boolean. Quote it "
         "for text, or write true/false."),
    Rule("PS110", ERR, "ambiguous-number", "A scalar whose meaning differs between YAML versions: 010 (octal), "
         "1e3 (a string in YAML 1.1), 1:20 (base 60), 0x1F. Write a plain decimal or quote it."),
    Rule("PS111", ERR, "non-finite", ".nan and .inf are not scores."),
    Rule("PS112", ERR, "number-too-big", "A number has more digits than any score needs (limit 30)."),
    Rule("PS201", ERR, "missing-key", "A required key is missing."),
    Rule("PS202", ERR, "unknown-key", "A key the format does not know; a typo never passes silently."),
    Rule("PS203", ERR, "invalid-value", "A value has the wrong type or is out of range."),
    Rule("PS204", ERR, "bad-target", "A target that is neither a known shorthand nor a valid structured target."),
    Rule("PS205", ERR, "bad-actual", "An actual value that cannot be compared with its target."),
    Rule("PS301", ERR, "total-weight", "The weights of the facets and sections do not add up to the declared "
         "total (scoring.total, 100 by default)."),
    Rule("PS302", ERR, "facet-weight", "A facet's goal weights do not add up to the facet's weight."),
    Rule("PS303", ERR, "goal-weight", "A goal's declared weight differs from the sum of its indicators' weights; "
         "a total built on it cannot be trusted."),
    Rule("PS401", WARN, "published-achievement", "A published achievement (達成度) differs from the computed one."),
    Rule("PS402", WARN, "published-points", "Published points (項目權分) differ from the computed ones."),
    Rule("PS403", WARN, "published-score", "A published facet score, subtotal or total differs from the computed one."),
    Rule("PS404", WARN, "published-counts", "Published goal, indicator, met or unmet counts differ from the data."),
    Rule("PS501", ERR, "assessed-missing", "An indicator scored by an assessor has no points."),
    Rule("PS502", ERR, "points-range", "Assessed points fall outside 0..weight; the nearest bound is used."),
    Rule("PS503", ERR, "cap-exceeded", "A bonus or deduction exceeds its cap; the capped value is used."),
    Rule("PS504", WARN, "review-missing", "An unmet indicator has no cause or no strategy (未達成原因分析暨因應策略)."),
    Rule("PS505", ERR, "zero-target", "A ratio rule has a target of 0 (or negative figures): actual/target has no "
         "meaning, so the indicator is scored all or nothing."),
    Rule("PS506", ERR, "unit-mismatch", "The actual value's unit differs from the target's: figures in different "
         "units cannot be compared, so the indicator is not scored (full-width ％ or ｋｍ are the same unit as % "
         "or km)."),
    Rule("PS507", INFO, "no-actual", "No actual value yet (a draft): the indicator is not scored."),
    Rule("PS508", INFO, "points-pending", "A draft: an assessed indicator with no actual value yet, or a section "
         "while indicators still lack actual values, has no points yet."),
    Rule("PS509", ERR, "percent-as-fraction", "An actual of 1 or less without a unit against a percent target "
         "above 1% (0.8 against 80%): most likely a fraction for a percent. Not scored; write 80%, or 0.8% if meant."),
    Rule("PS601", ERR, "duplicate-id", "Two goals or indicators share an id."),
    Rule("PS602", ERR, "target-lowered", "A target was lowered from last year without a justification text (the "
         "indicator's justification: in the new report)."),
    Rule("PS603", WARN, "target-too-easy", "A target was kept or lowered although last year's actual beat it "
         "by a wide margin (20% by default); raise it, or say why in justification:."),
    Rule("PS604", WARN, "indicator-dropped", "An indicator of last year is gone without a note; list it under the new "
         "report's dropped: with its id or name and a note."),
    Rule("PS801", ERR, "fill-unknown-row", "A row of the filled-in workbook whose id (the hidden first column) matches "
         "no indicator, section or bonus item of the report."),
    Rule("PS802", ERR, "fill-protected-changed", "A cell the template protects (a name, weight, target, unit or "
         "limit) no longer reads as the report says, or points given for an indicator that is not assessed."),
    Rule("PS803", ERR, "fill-unreadable", "A filled-in value that cannot be used: a date or other non-text value, an "
         "actual value its target cannot be compared with, or points that are not a number within 0..weight."),
    Rule("PS804", ERR, "fill-would-overwrite", "The workbook would change a value the report already holds; the "
         "report keeps its value unless fill is run with --overwrite."),
    Rule("PS805", ERR, "fill-duplicate-row", "Two rows of the workbook carry the same id."),
    Rule("PS806", WARN, "fill-missing-row", "An indicator, section or bonus item of the report has no row in the "
         "workbook, so nothing of it was filled in."),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


def rule(code: str) -> Rule:
    return RULES[code]
