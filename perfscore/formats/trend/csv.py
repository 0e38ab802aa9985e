"""The trend view as CSV in long form: one row per series and year, so a spreadsheet pivots it either way."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text


def render(view: dict[str, Any], options: RenderOptions) -> str:
    table: list[list[Any]] = [["organisation", "kind", "key", "name", "year", "roc_year", "value", "target",
                               "target_text", "actual_text", "met", "easy"]]
    for line in view["series"]:
        for point in line["points"]:
            met = "" if point["met"] is None else str(point["met"]).lower()
            table.append([cell(line["organisation"]), line["kind"], cell(line["key"]), cell(line["name"]),
                          point["year"], point["roc_year"], cell(point["value"]), cell(point["target"]),
                          cell(point["target_text"]), cell(point["actual_text"]), met, str(line["easy"]).lower()])
    return table_text(table, options.bom)
