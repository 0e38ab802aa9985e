"""The league table as CSV, machine-oriented: Gregorian and ROC year both, empty cells for missing values,
a BOM for Excel (the dialect of `formats.csvout`). The scale (scoring.total) and the share of it that
ranks the rows come last, so the earlier columns keep their places."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text


def render(view: dict[str, Any], options: RenderOptions) -> str:
    table: list[list[Any]] = [["rank", "organisation", "year", "roc_year", "total", "grade",
                               *[cell(f["name"]) for f in view["facets"]], "met", "unmet", "errors",
                               "warnings", "file", "error", "scale", "share"]]
    for row in view["rows"]:
        facets = row["facets"] or [None] * len(view["facets"])
        table.append([cell(row["rank"]), cell(row["organisation"]), cell(row["year"]), cell(row["roc_year"]),
                      cell(row["total"]), cell(row["grade"]), *[cell(s) for s in facets], cell(row["met"]),
                      cell(row["unmet"]), row["errors"], row["warnings"], cell(row["file"]), cell(row["error"]),
                      cell(row["scale"]), cell(row["share"])])
    return table_text(table, options.bom)
