"""`--map FILE`: a small YAML file for a layout the headers do not tell, and for what a table never holds.

    sheet: 工作表1                 # read this sheet only (default: every sheet with a header row)
    header_row: 3                 # 1-based; 0 when there is none and columns are named by letter
    columns: {C: indicator, 指標名稱: indicator, 分數: points}   # a column letter or header text -> field
    report: {title: ..., organisation: ..., year: 2015}         # the report's details, over the title rows
    scoring: {...}                # copied as written, as are grades, sections and bonus
    facets: {人力資源發展面向: {credit: assessed, id: hr}}       # per facet name: id, name_en, weight, credit...

It is read with perfscore's own YAML reader, so its numbers are exact and its problems are located in it.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.readers.sheets.headers import SheetMap
from perfscore.readers.sheets.reader import Details
from perfscore.readers.yaml.reader import YAML
from perfscore.rules.base import ERROR

KEYS = ("sheet", "header_row", "columns", "report", "scoring", "grades", "sections", "bonus", "facets")


def load_map(raw: bytes, name: str) -> Details:
    """The details a map file gives; PerfscoreError, naming the place, for a map that cannot be used."""
    source = YAML.read(raw, name)
    errors = [finding for finding in source.findings if finding.severity is ERROR]
    if errors or not isinstance(source.data, dict):
        if errors:
            raise PerfscoreError(say("map.finding", where=errors[0].located(), message=errors[0].message))
        raise PerfscoreError(say("map.not_mapping", name=name))
    data: dict[str, Any] = source.data
    unknown = sorted(str(key) for key in data if key not in KEYS)
    if unknown:
        raise PerfscoreError(say("map.unknown_key", name=name, keys=", ".join(unknown), known=", ".join(KEYS)))
    columns, facets, report = data.get("columns", {}), data.get("facets", {}), data.get("report", {})
    sheet, header_row = data.get("sheet"), data.get("header_row")
    if not _mapping_of(columns, str) or not _mapping_of(facets, dict) or not isinstance(report, dict):
        raise PerfscoreError(say("map.shapes", name=name))
    bad_row = header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool) or
                                          header_row < 0)
    if (sheet is not None and not isinstance(sheet, str)) or bad_row:
        raise PerfscoreError(say("map.sheet", name=name))
    sheet_map = SheetMap(sheet, header_row, {str(text): field for text, field in columns.items()})
    blocks: dict[str, Any] = {key: data[key] for key in ("scoring", "grades", "sections", "bonus") if key in data}
    return Details(sheet_map, dict(report), blocks, {str(k): dict(v) for k, v in facets.items()}, name)


def _mapping_of(value: object, kind: type) -> bool:
    return isinstance(value, dict) and all(isinstance(item, kind) for item in value.values())
