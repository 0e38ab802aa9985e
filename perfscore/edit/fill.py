"""What a filled-in workbook (from `perfscore template`) says, written into the report's YAML text.

Rows are matched by their hidden id (`core.fillsheet.row_key`); the report's own cells (names, weight,
target, unit, limit) must still read as the template wrote them; the open cells (actual value, assessed
points, analysis, cause, strategy) are read, checked against the indicator's target as `validate` would,
and written with the same text edits as `rollover` (perfscore.edit.textedit), so comments and key order
survive. An empty cell changes nothing. A value the report already holds is replaced only with
`overwrite`; otherwise the difference is a finding and the report keeps its value.

Every problem is a `SheetFinding` located at its cell (`填報!E7`); codes PS801-PS806 (rules.registry).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

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
from perfscore.core.findings import Severity
from perfscore.core.i18n import label
from perfscore.core.model import Report
from perfscore.core.problems import Problem
from perfscore.core.resolve import resolve_actual
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.edit.textedit import Draft, Edit, origin
from perfscore.readers import Source
from perfscore.readers.workbook import Cell, Sheet
from perfscore.readers.yaml.locate import YamlLocator

PROSE = frozenset({"analysis", "review"})  # written as `|-` blocks, like the report's own texts


@dataclass(frozen=True)
class SheetFinding:
    where: str  # 填報!E7
    code: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class Filled:
    """The filled text, what was written, what was found, and the edits (for locating the draft's findings)."""

    text: str
    written: int  # values written into the report
    replaced: int  # of those, values the report held before (with overwrite)
    findings: list[SheetFinding]
    source: str
    edits: tuple[Edit, ...]

    def origin(self, line: int, column: int) -> tuple[int, int]:
        return origin(self.text, self.source, self.edits, line, column)


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


class _Filler:
    def __init__(self, draft: Draft, overwrite: bool) -> None:
        self.draft, self.overwrite = draft, overwrite
        self.findings: list[SheetFinding] = []
        self.written = self.replaced = 0

    def find(self, cell: Cell, code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.findings.append(SheetFinding(cell.where, code, severity, message))

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
                self.find(id_cell, "PS801", f"row id {key!r} matches no indicator or item of the report; rows are "
                          "matched by the hidden first column, which the template fills in")
            elif key in seen:
                self.find(id_cell, "PS805", f"a second row for {key!r} (the first is {seen[key]}); keep one")
            else:
                seen[key] = id_cell.where
                matched.append((keys[key], row))
        for key, item in keys.items():
            if key not in seen:
                self.findings.append(SheetFinding(f"{sheet.name}!A1", "PS806", Severity.WARNING,
                                                  f"no row for {key!r} ({_name(item)}): nothing of it was filled in"))
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
                self.find(cell, "PS802", f"protected cell changed: the report has {_shown(want)}, the sheet "
                          f"{_shown(_written(cell))}; change the report itself, then make a new template")
        return clean

    def value(self, existing: Any, new: Any, cell: Cell, what: str) -> bool:
        """Whether to write `new` over `existing` (None: the report has none); a refused change is PS804."""
        if new is None or new == existing:
            return False
        if existing is not None and not self.overwrite:
            self.find(cell, "PS804", f"the report already has {what} {_shown(existing)}; the sheet says "
                      f"{_shown(new)}. Kept the report's; fill --overwrite replaces it")
            return False
        self.written += 1
        self.replaced += existing is not None
        return True


def _shown(value: Any) -> str:
    text = plain(value) if isinstance(value, Decimal) else str(value) if value not in ("", None) else "nothing"
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _written(cell: Cell) -> str:
    """A cell as its user sees it: numbers without a trailing `.0`, anything else as text."""
    text = _text(cell)
    return str(cell.value) if text is None else text


def _name(item: Any) -> str:
    return str(item.name)


def fill_text(source: Source, report: Report, result: ReportResult, sheets: dict[str, Sheet],
              overwrite: bool = False) -> Filled:
    """The report's text with the workbook's filled-in values written into it (see the module docstring).
    PerfscoreError when no sheet has the template's id and indicator columns."""
    text, locator = source.text, source.locator
    assert text is not None and isinstance(locator, YamlLocator), "fill edits YAML text"
    draft = Draft(text, locator.tree())
    filler = _Filler(draft, overwrite)
    layout = [(sheet, _columns(sheet, COLUMNS)) for sheet in sheets.values()]
    indicator_sheets = [(sheet, cols) for sheet, cols in layout if cols and "indicator" in cols]
    if not indicator_sheets:
        raise PerfscoreError("no sheet has the template's row id and indicator columns (列編號, 衡量指標); make the "
                             "workbook with perfscore template")
    for sheet, columns in indicator_sheets[:1]:
        keys: dict[str, Any] = {row_key(i.source.id, *_indices(i)): i for i in result.indicators()}
        for indicator, row in filler.rows(sheet, columns, keys):
            _indicator(filler, indicator, row, columns)
    for sheet in sheets.values():
        found = _columns(sheet, ASSESSED_COLUMNS)
        if found and "section" in found and "fill_limit" in found:
            items: dict[str, Any] = {assessed_key(s.id, "section", n): ("sections", n, s)
                                     for n, s in enumerate(report.sections)}
            items |= {assessed_key(b.id, "bonus", n): ("bonus", n, b) for n, b in enumerate(report.bonus)}
            for (kind, index, item), row in filler.rows(sheet, found, items):
                _assessed(filler, kind, index, item, row, found)
            break
    return Filled(draft.apply(), filler.written, filler.replaced, filler.findings, text, tuple(draft.edits))


def _indices(indicator: IndicatorResult) -> tuple[int, int, int]:
    _, f, _, g, _, i = indicator.path
    assert isinstance(f, int) and isinstance(g, int) and isinstance(i, int)
    return f, g, i


def _indicator(filler: _Filler, indicator: IndicatorResult, row: list[Cell], columns: dict[str, int]) -> None:
    source = indicator.source
    expected: dict[str, str | Decimal | None] = {
        "facet": indicator.facet, "goal": indicator.goal, "indicator": indicator.name, "weight": source.weight,
        "target": target_text(indicator), "unit": indicator.unit}
    if not filler.protected(row, columns, expected):
        return
    entries: list[tuple[str, Any]] = []
    cell = _cell(row, columns, "fill_actual")
    if cell is not None:
        new = _text(cell)
        if new is None:
            filler.find(cell, "PS803", f"{_shown(_written(cell))} is not an actual value; format the cell as text "
                        "and write the figure reached, like the target")
        else:
            problems: list[Problem] = []
            resolve_actual(new.strip(), indicator.target, indicator.path, problems)
            if problems:
                filler.find(cell, "PS803", problems[0].message)
            elif filler.value(actual_text(source.actual) or None, new.strip(), cell, "the actual value"):
                entries.append(("actual", new.strip()))
    cell = _cell(row, columns, "fill_points")
    if cell is not None:
        if indicator.rules.credit != "assessed":
            filler.find(cell, "PS802", "points are given only for an assessed indicator (credit: assessed); this "
                        "one's points are computed from its actual value")
        else:
            points = _number(cell)
            if points is None or points < 0 or (source.weight is not None and points > source.weight):
                filler.find(cell, "PS803", f"{_shown(_written(cell))} is not a number of points from 0 to "
                            f"{plain(source.weight) if source.weight is not None else 'the weight'}")
            elif filler.value(source.points, points, cell, "points"):
                entries.append(("points", points))
    cell = _cell(row, columns, "analysis")
    if cell is not None:
        new = _text(cell)
        if new is None:
            filler.find(cell, "PS803", f"{_shown(_written(cell))} is not text")
        elif filler.value(source.analysis, new, cell, "the analysis"):
            entries.append(("analysis", new))
    review = _review(filler, source.review, row, columns)
    if review is not None:
        entries.append(("review", review))
    if entries:
        filler.draft.set_entries(filler.draft.at(indicator.path), entries, PROSE)


def _cell(row: list[Cell], columns: dict[str, int], key: str) -> Cell | None:
    """The row's cell in column `key` when it holds something (a blank cell changes nothing)."""
    if key not in columns:
        return None
    cell = row[columns[key]]
    return None if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()) else cell


def _review(filler: _Filler, review: Any, row: list[Cell], columns: dict[str, int]) -> Any:
    """The review to write (a combined text when cause and strategy read the same, else the two), or None."""
    old_cause, old_strategy = review_texts(review)
    new = []
    for key, old in (("cause", old_cause), ("strategy", old_strategy)):
        cell = _cell(row, columns, key)
        text = None if cell is None else _text(cell)
        if cell is not None and text is None:
            filler.find(cell, "PS803", f"{_shown(_written(cell))} is not text")
        if text is None or text == old:
            new.append(old)
        elif old and not filler.overwrite:
            assert cell is not None
            filler.value(old, text, cell, f"the {key}")  # reports PS804
            new.append(old)
        else:
            new.append(text)
    cause, strategy = new
    if (cause, strategy) == (old_cause, old_strategy):
        return None
    filler.written += 1
    filler.replaced += bool(old_cause or old_strategy)
    if cause == strategy:
        return cause
    return [(key, text) for key, text in (("cause", cause), ("strategy", strategy)) if text]


def _assessed(filler: _Filler, kind: str, index: int, item: Any, row: list[Cell], columns: dict[str, int]) -> None:
    limit = item.weight if kind == "sections" else item.cap
    if not filler.protected(row, columns, {"section": item.name, "fill_limit": limit}):
        return
    cell = _cell(row, columns, "fill_points")
    if cell is None:
        return
    points = _number(cell)
    if points is None or points < 0 or points > limit:
        filler.find(cell, "PS803", f"{_shown(_written(cell))} is not a number of points from 0 to {plain(limit)}")
        return
    node = filler.draft.at((kind, index))
    existing = item.points if filler.draft.entry(node, "points") is not None else None
    if filler.value(existing, points, cell, "points"):
        filler.draft.set_entries(node, [("points", points)])
