"""The spreadsheet reader: an .xlsx, .ods or .csv file in, a report's plain data out, every value located
at its cell (`工作表1!C7`), so validation and every rule speak of cells.

`perfscore import` uses it with the user's `--map` and details; the registry also reads such files with
no options, so `perfscore compute table.xlsx` scores a workbook directly. What the sheet cannot say (the
scoring rules, grades, the assessed sections) comes from the map; what it says nowhere is a finding.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from perfscore.core.catalogue import say
from perfscore.core.decimals import exact
from perfscore.core.findings import Finding, Path
from perfscore.readers import Source
from perfscore.readers.sheets.breakdown import read_breakdown
from perfscore.readers.sheets.build import read_table
from perfscore.readers.sheets.cells import Built
from perfscore.readers.sheets.grid import Grid, WorkbookError, read_grids
from perfscore.readers.sheets.headers import FIELDS, Layout, SheetMap, find_layout, normal
from perfscore.readers.sheets.values import Unreadable, as_text
from perfscore.rules.sheets import PS901, PS902, PS906, PS908

# 嘉義市政府行政處 104 年度施政績效報告: the organisation, the ROC year, the title from the year on.
_ZH_TITLE = re.compile(r"^(?P<org>.*?)\s*(?P<roc>\d{2,3})\s*年度?\s*(?P<rest>.*報告.*)$", re.DOTALL)
_EN_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")


@dataclass
class Details:
    """What the user gives besides the workbook: a map, and the report's details (which win over the map's
    `report:` block, which wins over the title rows)."""

    sheet_map: SheetMap = field(default_factory=SheetMap)
    report: dict[str, Any] = field(default_factory=dict)
    blocks: dict[str, Any] = field(default_factory=dict)  # the map's scoring, grades, sections, bonus
    facets: dict[str, dict[str, Any]] = field(default_factory=dict)  # per facet name: id, weight, credit...
    origin: str = ""  # the map's file name, for the comments of the blocks it gives


@dataclass
class SheetSource(Source):
    """A source read from a spreadsheet, with the spans each item came from (for the YAML's comments)."""

    spans: dict[Path, str] = field(default_factory=dict)
    origin: str = ""
    notes: dict[Path, str] = field(default_factory=dict)  # a comment for a value the workbook does not hold


class CellLocator:
    """Data paths to cells: the nearest ancestor that has a cell, else the first table's header row."""

    def __init__(self, places: dict[Path, tuple[Grid, int, int]], fallback: tuple[Grid, int, int] | None) -> None:
        self.places, self.fallback = places, fallback

    def _find(self, path: Path) -> tuple[Grid, int, int] | None:
        for end in range(len(path), -1, -1):
            if path[:end] in self.places:
                return self.places[path[:end]]
        return self.fallback

    def locate(self, path: Path, key: bool = False) -> tuple[int, int]:
        found = self._find(path)
        return (found[1] + 1, found[2] + 1) if found else (1, 1)

    def cell(self, path: Path) -> str | None:
        found = self._find(path)
        return found[0].cell(found[1], found[2]) if found else None


class SheetReader:
    def __init__(self, details: Details | None = None) -> None:
        self.details = details or Details()

    def read(self, raw: bytes, name: str, accept_bom: bool = False) -> Source:
        try:
            grids = read_grids(raw, name)
        except WorkbookError as error:
            return Source(name, None, [Finding(name, 1, 1, PS901.code, PS901.severity, error.said, cell="A1")])
        return _read(grids, name, self.details)


def _read(grids: list[Grid], name: str, details: Details) -> SheetSource:
    built = Built()
    sheet_map = details.sheet_map
    chosen = [grid for grid in grids if sheet_map.sheet in (None, grid.sheet)]
    layouts = [layout for grid in chosen if (layout := find_layout(grid, sheet_map)) is not None]
    first = chosen[0] if chosen else grids[0]
    stem = os.path.splitext(os.path.basename(name))[0]
    for index, layout in enumerate(layouts):
        before = (len(built.facets), len(built.findings), set(built.places), set(built.spans))
        read_table(layout, built, details.facets, layout.grid.sheet or stem)
        if index and _repeats(built, before[0]):
            _undo(built, before)
    if not layouts:
        wanted = say("PS902.sheet", sheet=sheet_map.sheet) if sheet_map.sheet and not chosen else say("PS902.none")
        built.problem(PS902, (first, 0, 0), say("PS902", wanted=wanted))
    _check_map(sheet_map, layouts, built, first)
    report = _details(layouts, details, built, first)
    # A table holds no scoring rules: the map's, else the defaults. Assessed sections: the map's, else the
    # breakdown table's (績效總分), else none.
    found = read_breakdown(grids, built, report)
    blocks = {"scoring": {}, "sections": found or []} | details.blocks
    data: dict[str, Any] = {"report": report}
    data.update({key: blocks[key] for key in ("scoring", "grades") if key in blocks})
    data["facets"] = built.facets
    data.update({key: blocks[key] for key in ("sections", "bonus") if key in blocks})
    notes = _derive_weights(built)
    if "scoring" not in details.blocks:
        notes["@", "scoring"] = "預設計分方式 / the default scoring (docs/format.md); a --map file can give another"
    if found and "sections" not in details.blocks:
        notes["@", "sections"] = "施政績效具體事蹟等評核項目 / assessed sections: from the breakdown table (績效總分)"
    elif "sections" not in details.blocks:
        notes["@", "sections"] = "施政績效具體事蹟等評核項目 / assessed sections: none in the workbook; add them here"
    fallback = (layouts[0].grid, max(layouts[0].header_rows[0], 0), 0) if layouts else (first, 0, 0)
    findings = [finding.placed(name, finding.line, finding.column) for finding in built.findings]
    return SheetSource(name, data, findings, None, CellLocator(built.places, fallback), built.spans, details.origin,
                       notes)


def _repeats(built: Built, first: int) -> bool:
    """Whether the facets a later sheet added were all read already: a summary or an unmet-review sheet
    (the same facets, goals and indicators again), not a sheet of its own facet, so it is not read."""
    seen = {facet["name"] for facet in built.facets[:first]}
    return all(facet["name"] in seen for facet in built.facets[first:])


def _undo(built: Built, before: tuple[int, int, set[Path], set[Path]]) -> None:
    facets, findings, places, spans = before
    del built.facets[facets:]
    del built.findings[findings:]
    for key in set(built.places) - places:
        del built.places[key]
    for key in set(built.spans) - spans:
        del built.spans[key]


def _details(layouts: list[Layout], details: Details, built: Built, first: Grid) -> dict[str, Any]:
    """title, organisation and year: given, or read from a title row above the first table."""
    report = dict(details.report)
    title_place = None
    for layout in layouts[:1]:
        for row in range(max(layout.header_rows[0], 0)):
            for column, value in enumerate(layout.grid.rows[row]):
                try:
                    text = as_text(value)
                except Unreadable:
                    continue
                if text is None:
                    continue
                found = _title(text)
                if found:
                    for key, given in found.items():
                        report.setdefault(key, given)
                    title_place = (layout.grid, row, column)
                    break
            if title_place:
                break
    place = title_place or (layouts[0].grid, 0, 0) if layouts else (first, 0, 0)
    for key in ("title", "organisation", "year"):
        built.places[("report", key)] = place
    order = ("title", "organisation", "year")
    report = {key: report[key] for key in order if key in report} | report
    missing = [key for key in order if key not in report]
    if missing:
        words = [say(f"PS906.{key}") for key in missing]
        named = words[0] if len(words) == 1 else \
            say(f"words.comma{len(words)}", **dict(zip("abc"[:len(words)], words, strict=True)))
        built.problem(PS906, place, say("PS906", missing=named, options=" ".join(f"--{key}" for key in missing)))
    return report


def _title(text: str) -> dict[str, Any] | None:
    line = text.strip()
    if len(line) > 200:  # a title is a line, and the pattern below must never meet a page of text
        return None
    match = _ZH_TITLE.match(line)
    if match:
        found: dict[str, Any] = {"title": f"{match['roc']} 年度{match['rest']}".strip(),
                                 "year": int(match["roc"]) + 1911}
        if match["org"].strip():
            found["organisation"] = match["org"].strip()
        return found
    year = _EN_YEAR.search(line)
    if year and "report" in line.casefold():
        return {"title": line, "year": int(year["year"]), "locale": "en"}
    return None


@exact
def _derive_weights(built: Built) -> dict[Path, str]:
    """A facet with no weight in the workbook weighs what its indicators weigh (bonus goals aside); the
    comment it gets says so."""
    notes: dict[Path, str] = {}
    for index, facet in enumerate(built.facets):
        if "weight" not in facet:
            weights = [indicator.get("weight") for goal in facet["goals"] if "bonus_cap" not in goal
                       for indicator in goal["indicators"]]
            derived = sum((w for w in weights if isinstance(w, Decimal)), Decimal(0))
            goals = facet.pop("goals")
            facet.update(weight=derived, goals=goals)  # in the documented key order: weight before goals
            notes[("facets", index, "weight")] = ("其衡量指標權分之和 / the sum of its indicators' weights: the "
                                                  "workbook gives no facet weight")
    return notes


def _check_map(sheet_map: SheetMap, layouts: list[Layout], built: Built, first: Grid) -> None:
    for text, field_name in sheet_map.columns.items():
        if field_name not in FIELDS:
            built.problem(PS908, (first, 0, 0), say("PS908.field", field=field_name, fields=", ".join(FIELDS)))
        elif (len(text) > 3 or not text.isascii() or not text.isalpha()) and \
                not any(normal(value) == normal(text) for layout in layouts for row in layout.header_rows
                        for value in layout.grid.rows[row] if isinstance(value, str)):
            built.problem(PS908, (first, 0, 0), say("PS908.header", text=text))
