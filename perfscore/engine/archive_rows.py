"""One analysed file as archive rows: plain tuples per table, in the column order of
`perfscore.engine.archive_schema.TABLES`, so a worker process sends back a few kilobytes, not the report.

Decimals become exact text (`plain`: 92.90 -> "92.9", never a binary float); a missing figure is NULL.
Entities carry the YAML `id` and the stable key that joins the years (`core.identity.stable_keys`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from perfscore.core.analysis import FileReport
from perfscore.core.decimals import plain
from perfscore.core.errors import PerfscoreError
from perfscore.core.identity import stable_keys
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.core.model import Report
from perfscore.core.results import IndicatorResult, ReportResult

Row = tuple[str | int | None, ...]


@dataclass
class Archived:
    """What one file contributes: its hash, the report row, the child rows by table; or why it has none."""

    path: str
    sha256: str = ""
    report: Row = ()
    children: dict[str, list[Row]] = field(default_factory=dict)
    stat: tuple[int, int] | None = None  # (size, mtime_ns) taken before reading; None: not known
    skipped: str | None = None  # not a report (the rule validate and compare use)
    error: str | None = None  # unreadable: the run says why and exits 2


def text(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def archive_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Archived:
    """Read, hash and analyse one file into rows; never raises for bad data or an unreadable file."""
    import os

    from perfscore.engine.analyse import Options, analyze_bytes, read_bytes

    try:
        # stat before reading: a change made after it gives a newer mtime, read again next time
        status = os.stat(path)
        raw = read_bytes(path, max_bytes)
        outcome = analyze_bytes(raw, path, Options(max_bytes=max_bytes, skip_foreign=True))
    except OSError as error:
        return Archived(path, error=f"{path}: {error.strerror or error}")
    except PerfscoreError as error:
        return Archived(path, error=error.message)
    if outcome.skipped is not None:
        return Archived(path, skipped=outcome.skipped)
    own = sha256(raw)
    digest = _digest(raw, outcome, max_bytes)
    archived = rows(outcome, digest)
    # A report read with the previous year's (relative targets) keeps no stat: it is hashed on every run,
    # since the other file can change while its own stat does not.
    archived.stat = (status.st_size, status.st_mtime_ns) if digest == own else None
    return archived


def _digest(raw: bytes, outcome: FileReport, max_bytes: int) -> str:
    """The file's sha256; for a report with relative targets, of the file and the previous year's report
    together, since its scores change when that one does (docs/archive.md). Such a report is re-read on
    every run (its own hash never matches) and rewritten only when the pair changed."""
    from perfscore.engine.paths import read_regular
    from perfscore.engine.previous import has_relative, previous_file

    report = outcome.report
    previous = previous_file(report, outcome.path, None) if report is not None and has_relative(report) else None
    if previous is None:
        return sha256(raw)
    try:
        theirs = read_regular(previous, max_bytes + 1)
    except PerfscoreError as error:
        theirs = str(error).encode("utf-8")
    return sha256(raw + b"\0" + previous.encode("utf-8") + b"\0" + theirs)


def rows(outcome: FileReport, digest: str) -> Archived:
    report, result = outcome.report, outcome.result
    findings: list[Row] = [(f.code, f.severity.value, f.message, f.line, f.column, f.cell) for f in outcome.findings]
    if report is None or result is None:  # kept with its findings, so the archive says why it has no scores
        head: Row = (None,) * 12 + (0, 0, outcome.errors, outcome.warnings)
        return Archived(outcome.path, digest, head, {"finding": findings})
    meta = report.report
    # An unweighted report (scoring.weights: none) has no scale, subtotal or total: NULL, never 0; a draft or
    # an open year has no total (nor grade) yet: NULL too (core/unscored.py).
    figures = (report.scoring.total, result.subtotal, result.section_total, result.bonus_total,
               result.deduction_total, result.scored_total) if result.weighted else (None,) * 6
    head = (meta.organisation, meta.organisation_en, meta.year, meta.title, meta.locale,
            *(text(figure) for figure in figures), result.grade, result.counts.met, result.counts.unmet,
            outcome.errors, outcome.warnings)
    archived = Archived(outcome.path, digest, head, _entities(report, result))
    archived.children["finding"] = findings
    return archived


def _entities(report: Report, result: ReportResult) -> dict[str, list[Row]]:
    keys = stable_keys(result)
    tables: dict[str, list[Row]] = {"facet": [], "goal": [], "indicator": [], "criterion": [], "section": [],
                                    "bonus": [], "period": []}
    for f_pos, facet in enumerate(result.facets):
        f_key = keys.facets[id(facet)]
        # An unweighted facet (its own weights: none, or the report's) has no weights or points: NULL, never 0.
        weighted = facet.weighted
        tables["facet"].append((f_key, facet.source.id, f_pos, facet.name, facet.source.name_en,
                                _if(weighted, facet.weight), _if(weighted, facet.score)))
        for g_pos, goal in enumerate(facet.goals):
            g_key = keys.goals[id(goal)]
            tables["goal"].append((g_key, goal.source.id, f_key, g_pos, goal.name, goal.source.name_en,
                                   _if(weighted, goal.weight), _if(weighted, goal.points), text(goal.bonus_cap)))
            for i_pos, indicator in enumerate(goal.indicators):
                tables["indicator"].append((keys.indicators[id(indicator)], indicator.source.id, f_key, g_key, i_pos)
                                           + _indicator(indicator, weighted))
                tracking = indicator.tracking
                for p_pos, (period, value) in enumerate(tracking.values if tracking else []):
                    assert tracking is not None
                    tables["period"].append((keys.indicators[id(indicator)], i_pos, g_key, p_pos, period.label,
                                             period.end, tracking.aggregate, text(value)))
            for c_pos, criterion in enumerate(goal.rubric.criteria if goal.rubric else []):
                tables["criterion"].append((criterion.source.id or f"{g_key}/{criterion.name}", criterion.source.id,
                                            g_key, c_pos, criterion.name, text(criterion.max), text(criterion.given),
                                            text(criterion.points)))
    for s_pos, item in enumerate(result.sections):
        ident = report.sections[int(item.path[1])].id
        tables["section"].append((ident or item.name, ident, s_pos, item.name, item.name_en, text(item.weight),
                                  text(item.given), text(item.points)))
    for b_pos, item in enumerate(result.bonuses):
        # bonus goals are lines too: their path goes through facets: and they carry their goal's id
        ident = report.bonus[int(item.path[1])].id if item.path[0] == "bonus" else \
            report.facets[int(item.path[1])].goals[int(item.path[3])].id
        tables["bonus"].append((ident or item.name, ident, b_pos, item.name, item.name_en, item.kind,
                                text(item.weight), text(item.given), text(item.points)))
    return tables


def _if(weighted: bool, figure: Decimal | None) -> str | None:
    return text(figure) if weighted else None


def _indicator(indicator: IndicatorResult, weighted: bool) -> Row:
    target, actual = indicator.target, indicator.actual
    return (indicator.name, indicator.source.name_en, _if(weighted, indicator.weight), int(indicator.bonus),
            target.direction.value if target else None, target.text if target else None,
            text(target.value) if target else None, text(target.low) if target else None,
            text(target.high) if target else None, actual.text if actual else None,
            text(actual.value) if actual else None, indicator.unit or None, text(indicator.achievement),
            _if(weighted, indicator.points), None if indicator.met is None else int(indicator.met))
