"""What a workbook filled in from `perfscore template` says about its report, and what is wrong with it.

Rows are matched by their hidden id (`core.fillsheet.row_key`); the report's own cells (names, weight,
target, unit, limit) must still read as the template wrote them; the open cells (actual value, assessed
points, analysis, cause, strategy) are read and checked against the indicator's target as `validate` would
(`core.targets.resolve_actual`). An empty cell changes nothing. A value the report already holds is
replaced only with `overwrite`; otherwise the difference is a finding and the report keeps its value.

The outcome is a `Filling`: the entries to write, by path into the report's data (perfscore.edit.fill writes
them into the YAML text), and the findings (rules.fill, PS801-PS806), each located at its cell
(`fill.xlsx:填報!E7`) as this reader reads it, in reading order.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import plain, to_decimal
from perfscore.core.errors import PerfscoreError
from perfscore.core.fillsheet import (
    ASSESSED_COLUMNS,
    COLUMNS,
    actual_text,
    assessed_key,
    review_texts,
    row_key,
    target_text,
)
from perfscore.core.findings import Finding, Path
from perfscore.core.i18n import label
from perfscore.core.model import Report
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.targets import Refused, resolve_actual
from perfscore.readers.workbook import Cell, Sheet
from perfscore.rules.base import Rule
from perfscore.rules.fill import PS801, PS802, PS803, PS804, PS805, PS806, unusable_actual


@dataclass
class Filling:
    """What the workbook fills in: for each indicator, section or bonus item (by its path into the report's
    data), the `key: value` entries to give it, in order; what is wrong, at its cell; and how many values
    are written, and of those how many replace one the report held (with `overwrite`)."""

    entries: list[tuple[Path, list[tuple[str, Any]]]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    written: int = 0
    replaced: int = 0


def _columns(sheet: Sheet, spec: tuple[tuple[str, bool], ...]) -> dict[str, int] | None:
    """Column of each key, read from the header row in either language; None when the id column is missing."""
    if not sheet.rows:
        return None
    names = {label(key, lang): key for key, _ in spec for lang in ("zh-TW", "en")}
    found = {names[str(cell.value).strip()]: cell.column for cell in sheet.rows[0] if str(cell.value).strip() in names}
    return found if "fill_id" in found else None


def _text(cell: Cell) -> str | None:
    """A text cell's text (a number written as its shortest decimal); None for a value that is not text."""
    value = cell.value
    if isinstance(value, bool | datetime.date | datetime.time | datetime.timedelta):
        return None
    if isinstance(value, float):
        return plain(Decimal(repr(value))) if value == value and abs(value) != float("inf") else None
    return plain(Decimal(value)) if isinstance(value, int) else str(value)


def _number(cell: Cell) -> Decimal | None:
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value)) if value == value and abs(value) != float("inf") else None
    return to_decimal(value.strip()) if isinstance(value, str) else None


class _Reader:
    def __init__(self, name: str, overwrite: bool) -> None:
        self.name, self.overwrite = name, overwrite
        self.filling = Filling()

    def find(self, cell: Cell, rule: Rule, message: Message) -> None:
        self.filling.findings.append(rule.in_cell(self.name, cell.sheet, cell.row + 1, cell.column + 1, message))

    def in_order(self, sheets: list[str]) -> None:
        """The findings in reading order: sheet by sheet as the workbook has them, each sheet's by row and
        column. (Findings sort by file, row and column, which alone would interleave two sheets' rows.)"""
        self.filling.findings = [finding for sheet in sheets for finding in sorted(
            f for f in self.filling.findings if f.cell is not None and f.cell.rpartition("!")[0] == sheet)]

    def rows(self, sheet: Sheet, columns: dict[str, int], keys: dict[str, Any]) -> list[tuple[Any, list[Cell]]]:
        """The sheet's rows with the item each names; unknown and repeated ids are findings."""
        seen: dict[str, str] = {}
        matched = []
        for row in sheet.rows[1:]:
            if all(cell.value in ("", None) for cell in row):
                continue
            id_cell = row[columns["fill_id"]]
            key = _text(id_cell) or ""
            if key not in keys:
                self.find(id_cell, PS801, say("PS801", key=key))
            elif key in seen:
                self.find(id_cell, PS805, say("PS805", key=key, first=seen[key]))
            else:
                seen[key] = id_cell.where
                matched.append((keys[key], row))
        for key, item in keys.items():
            if key not in seen:
                self.filling.findings.append(PS806.in_cell(self.name, sheet.name, 1, 1,
                                                           say("PS806", key=key, name=_name(item))))
        return matched

    def protected(self, row: list[Cell], columns: dict[str, int], expected: dict[str, str | Decimal | None]) -> bool:
        clean = True
        for key, want in expected.items():
            if key not in columns:
                continue
            cell = row[columns[key]]
            if isinstance(want, Decimal) or want is None:
                got: Any = _number(cell) if cell.value not in ("", None) else None
                same = got == want
            else:
                got = _text(cell)
                same = got == want
            if not same:
                clean = False
                self.find(cell, PS802, say("PS802.changed", want=_shown(want), got=_shown(_written(cell))))
        return clean

    def value(self, existing: Any, new: Any, cell: Cell, what: str) -> bool:
        """`what` names the value: a key of the catalogue's fill.* words."""
        """Whether to write `new` over `existing` (None: the report has none); a refused change is PS804."""
        if new is None or new == existing:
            return False
        if existing is not None and not self.overwrite:
            self.find(cell, PS804, say("PS804", what=say(f"fill.{what}"), existing=_shown(existing),
                                       new=_shown(new)))
            return False
        self.filling.written += 1
        self.filling.replaced += existing is not None
        return True


def _shown(value: Any) -> str:
    if value in ("", None):
        return say("fill.nothing")
    text = plain(value) if isinstance(value, Decimal) else str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _written(cell: Cell) -> str:
    """A cell as its user sees it: numbers without a trailing `.0`, anything else as text."""
    text = _text(cell)
    return str(cell.value) if text is None else text


def _name(item: Any) -> str:
    return str(item.name)


def read_filled(sheets: dict[str, Sheet], name: str, report: Report, result: ReportResult,
                overwrite: bool = False) -> Filling:
    """What the workbook `sheets` (shown as `name`) fills into the scored report (see the module docstring).
    PerfscoreError when no sheet has the template's id and indicator columns."""
    reader = _Reader(name, overwrite)
    layout = [(sheet, _columns(sheet, COLUMNS)) for sheet in sheets.values()]
    indicator_sheets = [(sheet, cols) for sheet, cols in layout if cols and "indicator" in cols]
    if not indicator_sheets:
        raise PerfscoreError(say("fill.no_sheet"))
    for sheet, columns in indicator_sheets[:1]:
        keys: dict[str, Any] = {row_key(i.source.id, *_indices(i)): i for i in result.indicators()}
        for indicator, row in reader.rows(sheet, columns, keys):
            _indicator(reader, indicator, row, columns)
    for sheet in sheets.values():
        found = _columns(sheet, ASSESSED_COLUMNS)
        if found and "section" in found and "fill_limit" in found:
            items: dict[str, Any] = {assessed_key(s.id, "section", n): ("sections", n, s)
                                     for n, s in enumerate(report.sections)}
            items |= {assessed_key(b.id, "bonus", n): ("bonus", n, b) for n, b in enumerate(report.bonus)}
            for (kind, index, item), row in reader.rows(sheet, found, items):
                _assessed(reader, kind, index, item, row, found)
            break
    reader.in_order(list(sheets))
    return reader.filling


def _indices(indicator: IndicatorResult) -> tuple[int, int, int]:
    _, f, _, g, _, i = indicator.path
    assert isinstance(f, int) and isinstance(g, int) and isinstance(i, int)
    return f, g, i


def _indicator(reader: _Reader, indicator: IndicatorResult, row: list[Cell], columns: dict[str, int]) -> None:
    source = indicator.source
    expected: dict[str, str | Decimal | None] = {
        "facet": indicator.facet, "goal": indicator.goal, "indicator": indicator.name, "weight": source.weight,
        "target": target_text(indicator), "unit": indicator.unit}
    if not reader.protected(row, columns, expected):
        return
    entries: list[tuple[str, Any]] = []
    cell = _cell(row, columns, "fill_actual")
    if cell is not None:
        new = _text(cell)
        if new is None:
            reader.find(cell, PS803, say("PS803.actual", written=_shown(_written(cell))))
        else:
            read = resolve_actual(new.strip(), indicator.target)
            if isinstance(read, Refused):
                assert indicator.target is not None, "an actual value is refused only against a target"
                reader.find(cell, PS803, unusable_actual(read, new.strip(), indicator.target))
            elif reader.value(actual_text(source.actual) or None, new.strip(), cell, "actual"):
                entries.append(("actual", new.strip()))
    cell = _cell(row, columns, "fill_points")
    if cell is not None:
        if indicator.rules.credit != "assessed":
            reader.find(cell, PS802, say("PS802.points"))
        else:
            points = _number(cell)
            if points is None or points < 0 or (source.weight is not None and points > source.weight):
                limit = plain(source.weight) if source.weight is not None else say("fill.the_weight")
                reader.find(cell, PS803, say("PS803.points", written=_shown(_written(cell)), limit=limit))
            elif reader.value(source.points, points, cell, "points"):
                entries.append(("points", points))
    cell = _cell(row, columns, "analysis")
    if cell is not None:
        new = _text(cell)
        if new is None:
            reader.find(cell, PS803, say("PS803.text", written=_shown(_written(cell))))
        elif reader.value(source.analysis, new, cell, "analysis"):
            entries.append(("analysis", new))
    review = _review(reader, source.review, row, columns)
    if review is not None:
        entries.append(("review", review))
    if entries:
        reader.filling.entries.append((indicator.path, entries))


def _cell(row: list[Cell], columns: dict[str, int], key: str) -> Cell | None:
    """The row's cell in column `key` when it holds something (a blank cell changes nothing)."""
    if key not in columns:
        return None
    cell = row[columns[key]]
    return None if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()) else cell


def _review(reader: _Reader, review: Any, row: list[Cell], columns: dict[str, int]) -> Any:
    """The review to write (a combined text when cause and strategy read the same, else the two), or None."""
    old_cause, old_strategy = review_texts(review)
    new = []
    for key, old in (("cause", old_cause), ("strategy", old_strategy)):
        cell = _cell(row, columns, key)
        text = None if cell is None else _text(cell)
        if cell is not None and text is None:
            reader.find(cell, PS803, say("PS803.text", written=_shown(_written(cell))))
        if text is None or text == old:
            new.append(old)
        elif old and not reader.overwrite:
            assert cell is not None
            reader.value(old, text, cell, key)  # reports PS804
            new.append(old)
        else:
            new.append(text)
    cause, strategy = new
    if (cause, strategy) == (old_cause, old_strategy):
        return None
    reader.filling.written += 1
    reader.filling.replaced += bool(old_cause or old_strategy)
    if cause == strategy:
        return cause
    return [(key, text) for key, text in (("cause", cause), ("strategy", strategy)) if text]


def _assessed(reader: _Reader, kind: str, index: int, item: Any, row: list[Cell], columns: dict[str, int]) -> None:
    limit = item.weight if kind == "sections" else item.cap
    if not reader.protected(row, columns, {"section": item.name, "fill_limit": limit}):
        return
    cell = _cell(row, columns, "fill_points")
    if cell is None:
        return
    points = _number(cell)
    if points is None or points < 0 or points > limit:
        reader.find(cell, PS803, say("PS803.points", written=_shown(_written(cell)), limit=plain(limit)))
        return
    # Only points written in the report count as held: a bonus item without them reads as 0 (the default).
    existing = item.points if "points" in item.model_fields_set else None
    if reader.value(existing, points, cell, "points"):
        reader.filling.entries.append(((kind, index), [("points", points)]))
