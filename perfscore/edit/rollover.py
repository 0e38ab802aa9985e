"""Next year's draft from this year's report, written as an edit of the original text.

PyYAML drops comments and reorders nothing only by luck, so the draft is not dumped from data: the
file's node tree (composed once, by the reader, with exact start and end marks) says which spans of the
original text to delete, replace or insert (perfscore.edit.textedit). Key order, comments, quoting and
block-scalar styles of everything that is kept survive byte for byte.

Cleared: actual values, published figures (report, facet, goal, indicator), points (assessed indicators,
rubric criteria, sections, bonus items), review stages and lights set by hand, analysis, review and
justification texts, section items, the report summary and last year's `dropped:` list. Kept: facets, goals,
indicators, weights, targets, rules, notes.
Where last year's actual beat its target by the margin, a `suggested_target:` line with a comment
proposes last year's actual as the new target. Relative targets (relative_to: previous) are kept, and the
draft's `report.previous` names the report it was rolled over from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal

import yaml

from perfscore.core.catalogue import text as text_in
from perfscore.core.decimals import plain, round_to
from perfscore.core.i18n import ROC_OFFSET
from perfscore.core.model import Report
from perfscore.core.scoring import IndicatorResult, ReportResult
from perfscore.core.targets import NUMBER
from perfscore.core.yoy import beaten_by
from perfscore.edit.textedit import Draft, Edit, origin
from perfscore.readers import Source
from perfscore.readers.yaml.locate import YamlLocator

# This year's results and assessments: review stages and a light set by hand are an assessor's, like points.
INDICATOR_CLEARED = frozenset({"actual", "published", "points", "analysis", "review", "justification",
                               "suggested_target", "stages", "light"})
_LAST_NUMBER = re.compile(rf"{NUMBER}(?!.*{NUMBER})", re.DOTALL)


@dataclass(frozen=True)
class Suggestion:
    path: tuple[str | int, ...]
    name: str
    target: str
    suggested: str
    excess: Decimal


@dataclass(frozen=True)
class Rolled:
    """The draft's text, the targets it suggests raising, and the edits that made it from the source."""

    text: str
    suggestions: list[Suggestion]
    source: str
    edits: tuple[Edit, ...]  # applied, in order

    def origin(self, line: int, column: int) -> tuple[int, int]:
        """Where a draft position (1-based) comes from in the source."""
        return origin(self.text, self.source, self.edits, line, column)


def suggest(indicator: IndicatorResult) -> str:
    """Last year's actual written like the target: `5案以上` with 8 -> `8案以上`, `120,000` -> `146,746`."""
    assert indicator.target is not None and indicator.actual is not None
    value = indicator.actual.value
    assert value is not None
    written = indicator.source.target
    text = written if isinstance(written, str) else indicator.target.text
    match = _LAST_NUMBER.search(text)
    if match is None:
        return plain(value)
    number = f"{value:,}" if "," in match.group() else plain(value)
    return text[:match.start()] + number + text[match.end():]


def _year_in(text: str, old: int, new: int) -> str:
    """`104 年度…` -> `105 年度…` and `… 2015` -> `… 2016`; other numbers are left alone."""
    text = re.sub(rf"(?<!\d){old - ROC_OFFSET}(?!\d)", str(new - ROC_OFFSET), text)
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def rollover_text(source: Source, report: Report, result: ReportResult, year: int, margin: Decimal,
                  shown_name: str, previous: str | None = None, lang: str = "en") -> Rolled:
    """The draft's text and the targets it suggests raising, edited from the analysed YAML source's own
    text and node tree; `shown_name` names it in the draft's header. With `previous` (the source as the
    draft names it, for a report with relative targets), the draft's report.previous points at it, so its
    relative targets are set from this year's actual values. The comments it writes (the header, why a
    target is suggested) are in `lang`, the run's: whoever rolls the report over is who edits the draft next;
    the draft's data is the same in either."""
    text, locator = source.text, source.locator
    assert text is not None and isinstance(locator, YamlLocator), "rollover edits YAML text"
    draft = Draft(text, locator.tree())
    root = draft.root
    old_year = report.report.year
    meta = draft.at(("report",))
    # Replacements and insertions first, then deletions from the innermost mappings outwards: a
    # flow-style mapping `{...}` is rebuilt whole and takes over the edits made inside it.
    year_node = draft.at(("report", "year"))
    draft.replace(year_node, str(year))
    for key in ("title", "title_en"):
        node = draft.at(("report", key))
        if isinstance(node, yaml.ScalarNode):
            written = text[node.start_mark.index:node.end_mark.index]
            changed = _year_in(written, old_year, year)
            if changed != written:
                draft.replace(node, changed)
    suggestions = []
    if previous is not None:
        draft.set_entries(meta, [("previous", previous)])
    for indicator in result.indicators():
        # A relative target moves with last year's actual by itself: nothing to suggest.
        excess = beaten_by(indicator, margin) if indicator.relative is None else None
        if excess is None or indicator.target is None:
            continue
        suggested = suggest(indicator)
        shown = plain(round_to(excess, 1))
        suggestions.append(Suggestion(indicator.path, indicator.name, indicator.target.text, suggested,
                                      excess))
        assert indicator.actual is not None
        line = f"suggested_target: {json.dumps(suggested, ensure_ascii=False)}"
        draft.insert_after(draft.at(indicator.path), "target", line,
                           text_in("rollover.beaten", lang, year=old_year, actual=indicator.actual.text,
                                   target=indicator.target.text, by=shown))
    for facet in draft.items(root, "facets"):
        for goal in draft.items(facet, "goals"):
            for indicator in draft.items(goal, "indicators"):
                draft.delete(indicator, INDICATOR_CLEARED)
            for criterion in draft.items(goal, "criteria"):  # a rubric's 自評 is this year's, like an actual
                draft.delete(criterion, frozenset({"points", "stages"}))
            draft.delete(goal, frozenset({"published", "stages"}))
        draft.delete(facet, frozenset({"published"}))
    for section in draft.items(root, "sections"):
        draft.delete(section, frozenset({"points", "items", "stages"}))
    for item in draft.items(root, "bonus"):
        draft.delete(item, frozenset({"points"}))
    draft.delete(meta, frozenset({"summary", "published"}))
    draft.delete(root, frozenset({"dropped"}))
    first_key = root.value[0][0].start_mark.index
    at = draft.line_start(first_key)
    header = (f"# {text_in('rollover.header', lang, year=year, roc=year - ROC_OFFSET, name=shown_name)}"
              f"{draft.newline}# {text_in('rollover.cleared', lang)}{draft.newline}")
    draft.edits.append(Edit(at, at, header))
    return Rolled(draft.apply(), suggestions, text, tuple(draft.edits))
