"""The league table as CSV, machine-oriented: Gregorian and ROC year both, empty cells for missing values,
a BOM for Excel (the dialect of `formats.csvout`). The scale (scoring.total) and the share of it that
ranks the rows come last, so the earlier columns keep their places."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text

LIGHTS = ("green", "amber", "red", "white")


def render(view: dict[str, Any], options: RenderOptions) -> str:
    # Unweighted reports (no rank, total, scale or share: empty cells, never 0) add columns of their own at
    # the end, only when there is one, so every other league's CSV keeps its columns.
    lights = any(row.get("weighted") is False for row in view["rows"])
    drafts = any(row.get("not_scored") for row in view["rows"])  # likewise: draft or in_progress, else empty
    table: list[list[Any]] = [["rank", "organisation", "year", "roc_year", "total", "grade",
                               *[cell(f["name"]) for f in view["facets"]], "met", "unmet", "errors",
                               "warnings", "file", "error", "scale", "share",
                               *(["weighted", *LIGHTS] if lights else []), *(["not_scored"] if drafts else [])]]
    for row in view["rows"]:
        facets = row["facets"] or [None] * len(view["facets"])
        counts = row.get("light_counts") or {}
        table.append([cell(row["rank"]), cell(row["organisation"]), cell(row["year"]), cell(row["roc_year"]),
                      cell(row["total"]), cell(row["grade"]), *[cell(s) for s in facets], cell(row["met"]),
                      cell(row["unmet"]), row["errors"], row["warnings"], cell(row["file"]), cell(row["error"]),
                      cell(row["scale"]), cell(row["share"]),
                      *([_weighted(row), *[cell(counts.get(c)) for c in LIGHTS]] if lights else []),
                      *([cell(row.get("not_scored"))] if drafts else [])])
    return table_text(table, options.bom)


def _weighted(row: dict[str, Any]) -> str:
    """true or false for a report that was scored; empty for one that could not be."""
    if row.get("weighted") is False:
        return "false"
    return "" if row["total"] is None else "true"
