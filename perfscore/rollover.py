"""Next year's draft from this year's report, written as an edit of the original text.

PyYAML drops comments and reorders nothing only by luck, so the draft is not dumped from data: the
file is composed into nodes (which carry exact start and end marks) and precise spans of the original
text are deleted, replaced or inserted. Key order, comments, quoting and block-scalar styles of
everything that is kept survive byte for byte.

Cleared: actual values, published figures (report, facet, indicator), points (assessed indicators,
sections, bonus items), analysis, review and justification texts, section items, the report summary
and last year's `dropped:` list. Kept: facets, goals, indicators, weights, targets, rules, notes.
Where last year's actual beat its target by the margin, a `suggested_target:` line with a comment
proposes last year's actual as the new target.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import yaml

from perfscore.decimals import plain, round_to
from perfscore.i18n import ROC_OFFSET
from perfscore.model import Report
from perfscore.scoring import IndicatorResult, ReportResult
from perfscore.targets import _NUMBER
from perfscore.yoy import beaten_by

INDICATOR_CLEARED = frozenset({"actual", "published", "points", "analysis", "review", "justification",
                               "suggested_target"})
_LAST_NUMBER = re.compile(rf"{_NUMBER}(?!.*{_NUMBER})", re.DOTALL)


@dataclass(frozen=True)
class Suggestion:
    path: tuple[str | int, ...]
    name: str
    target: str
    suggested: str
    excess: Decimal


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


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


class _Draft:
    def __init__(self, text: str) -> None:
        self.text = text
        self.root: Any = yaml.compose(text, Loader=yaml.SafeLoader)
        self.edits: list[_Edit] = []
        self.flow_additions: dict[int, tuple[str, str]] = {}  # id(flow mapping) -> (after key, entry)

    # --- navigation -----------------------------------------------------------------------------
    @staticmethod
    def entry(node: Any, key: str) -> tuple[Any, Any] | None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return key_node, value_node
        return None

    def at(self, path: tuple[str | int, ...]) -> Any:
        node = self.root
        for step in path:
            if isinstance(step, int):
                node = node.value[step] if isinstance(node, yaml.SequenceNode) else None
            else:
                found = self.entry(node, step)
                node = found[1] if found else None
            if node is None:
                return None
        return node

    def items(self, node: Any, key: str) -> list[Any]:
        found = self.entry(node, key)
        return list(found[1].value) if found and isinstance(found[1], yaml.SequenceNode) else []

    # --- text positions -------------------------------------------------------------------------
    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def content_end(self, start: int, end: int) -> int:
        """End of the last non-blank text in [start, end): block scalars swallow trailing blank lines."""
        return start + len(self.text[start:end].rstrip())

    def line_end(self, index: int) -> int:
        """Just past the newline of the line holding `index` (or the end of the text)."""
        newline = self.text.find("\n", index)
        return len(self.text) if newline < 0 else newline + 1

    def comments_above(self, start: int, column: int) -> int:
        """Extend a deletion upward over comment lines at the key's own indentation (they describe it)."""
        while start > 0:
            previous = self.line_start(start - 1)
            line = self.text[previous:start - 1]
            if not line.lstrip().startswith("#") or len(line) - len(line.lstrip(" ")) != column:
                break
            start = previous
        return start

    # --- edits ----------------------------------------------------------------------------------
    def delete(self, mapping: Any, keys: frozenset[str]) -> None:
        if not isinstance(mapping, yaml.MappingNode):
            return
        pairs = mapping.value
        doomed = {i for i, (k, _) in enumerate(pairs) if isinstance(k, yaml.ScalarNode) and k.value in keys}
        addition = self.flow_additions.get(id(mapping)) if mapping.flow_style else None
        if not doomed and addition is None:
            return
        if mapping.flow_style:  # rebuild `{a: 1, b: 2}` from the kept entries' own text, plus any addition
            kept = []
            for i, (k, v) in enumerate(pairs):
                if i not in doomed:
                    kept.append(self.absorb(k.start_mark.index, v.end_mark.index))
                if addition is not None and k.value == addition[0]:
                    kept.append(addition[1])
            rebuilt = "{" + ", ".join(kept) + "}"
            self.edits.append(_Edit(mapping.start_mark.index, mapping.end_mark.index, rebuilt))
            return
        skip = -1
        for i in sorted(doomed):
            if i <= skip:
                continue
            key, value = pairs[i]
            start = key.start_mark.index
            if self.text[self.line_start(start):start].strip() == "":
                first = self.comments_above(self.line_start(start), key.start_mark.column)
                last = self.line_end(self.content_end(start, value.end_mark.index) - 1)
                self.edits.append(_Edit(first, last, ""))
                continue
            # The first key after "- ": delete up to the next kept key, which moves up behind the dash.
            following = next((j for j in range(i + 1, len(pairs)) if j not in doomed), None)
            if following is not None:
                self.edits.append(_Edit(start, pairs[following][0].start_mark.index, ""))
                skip = following
            else:
                end = self.content_end(start, pairs[-1][1].end_mark.index)
                self.edits.append(_Edit(start, end, "{}"))
                skip = len(pairs)

    def absorb(self, start: int, end: int) -> str:
        """The text of [start, end) with the edits already made inside it, which it takes over."""
        inside = [e for e in self.edits if start <= e.start and e.end <= end]
        self.edits = [e for e in self.edits if e not in inside]
        text = self.text[start:end]
        for edit in sorted(inside, key=lambda e: (e.start, e.end), reverse=True):
            text = text[:edit.start - start] + edit.text + text[edit.end - start:]
        return text

    def replace(self, node: Any, text: str) -> None:
        self.edits.append(_Edit(node.start_mark.index, node.end_mark.index, text))

    def insert_after(self, mapping: Any, key: str, line: str, comment: str) -> None:
        """Add `line` as a new entry right after `key` (same indentation), with a trailing comment."""
        found = self.entry(mapping, key)
        if found is None:
            return
        key_node, value_node = found
        if mapping.flow_style:  # no room for a comment inside {...}; `delete` writes it in the rebuild
            self.flow_additions[id(mapping)] = (key, line)
            return
        at = self.line_end(self.content_end(key_node.start_mark.index, value_node.end_mark.index) - 1)
        newline = "" if self.text[:at].endswith("\n") else "\n"  # the value ends the file without one
        indent = " " * key_node.start_mark.column
        self.edits.append(_Edit(at, at, f"{newline}{indent}{line}  # {comment}\n"))

    def apply(self) -> str:
        text = self.text
        previous_start = len(text) + 1
        for edit in sorted(self.edits, key=lambda e: (e.start, e.end), reverse=True):
            if edit.end > previous_start:
                raise ValueError(f"overlapping edits at {edit.start}..{edit.end}")  # a bug, not bad data
            text = text[:edit.start] + edit.text + text[edit.end:]
            previous_start = edit.start
        return text


def _year_in(text: str, old: int, new: int) -> str:
    """`104 年度…` -> `105 年度…` and `… 2015` -> `… 2016`; other numbers are left alone."""
    text = re.sub(rf"(?<!\d){old - ROC_OFFSET}(?!\d)", str(new - ROC_OFFSET), text)
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def rollover_text(text: str, report: Report, result: ReportResult, year: int, margin: Decimal,
                  source: str) -> tuple[str, list[Suggestion]]:
    """The draft's text and the targets it suggests raising."""
    draft = _Draft(text)
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
    for indicator in result.indicators():
        excess = beaten_by(indicator, margin)
        if excess is None or indicator.target is None:
            continue
        suggested = suggest(indicator)
        shown = plain(round_to(excess, 1))
        suggestions.append(Suggestion(indicator.path, indicator.name, indicator.target.text, suggested,
                                      excess))
        assert indicator.actual is not None
        line = f"suggested_target: {json.dumps(suggested, ensure_ascii=False)}"
        draft.insert_after(draft.at(indicator.path), "target", line,
                           f"{old_year}: actual {indicator.actual.text} beat {indicator.target.text} "
                           f"by {shown}%")
    for facet in draft.items(root, "facets"):
        for goal in draft.items(facet, "goals"):
            for indicator in draft.items(goal, "indicators"):
                draft.delete(indicator, INDICATOR_CLEARED)
        draft.delete(facet, frozenset({"published"}))
    for section in draft.items(root, "sections"):
        draft.delete(section, frozenset({"points", "items"}))
    for item in draft.items(root, "bonus"):
        draft.delete(item, frozenset({"points"}))
    draft.delete(meta, frozenset({"summary", "published"}))
    draft.delete(root, frozenset({"dropped"}))
    first_key = root.value[0][0].start_mark.index
    at = draft.line_start(first_key)
    header = (f"# Draft for {year} (ROC {year - ROC_OFFSET}), rolled over from {source} by perfscore "
              "rollover:\n# actual values, published figures, points, analyses and reviews cleared; targets "
              "carried over.\n")
    draft.edits.append(_Edit(at, at, header))
    return draft.apply(), suggestions
