"""A diff as CSV, for a spreadsheet (the dialect of `formats.csvout`: a BOM for Excel by the common rule,
exact decimal text, formulas defused, CRLF). One table, one row per change, its `kind` saying what the
row is: an `indicator` that was added, removed, renamed or changed (its figures old and new), then each
`facet`'s score and the `total` (old, new and the change). Cells a kind has no value for are empty.
Headers are fixed English names, as the league CSV's, so a script can read either language's output."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text

HEADER = ["kind", "status", "key", "facet", "goal", "name", "old_name", "changed", "old_target", "new_target",
          "old_actual", "new_actual", "old_achievement", "new_achievement", "old_points", "new_points",
          "old_score", "new_score", "delta"]
_FIGURES = ("target", "actual", "achievement", "points")


def _figures(indicator: dict[str, Any]) -> list[str]:
    cells = []
    for name in _FIGURES:
        for side in ("old", "new"):
            figures = indicator[side]
            cells.append(cell(figures[name] if figures else None))
    return cells


def render(view: dict[str, Any], options: RenderOptions) -> str:
    table: list[list[Any]] = [HEADER]
    for item in view["indicators"]:
        table.append(["indicator", item["status"], cell(item["key"]), cell(item["facet"]), cell(item["goal"]),
                      cell(item["name"]), cell(item["old_name"]),
                      cell(" ".join(change["field"] for change in item["changes"])), *_figures(item), "", "", ""])
    for kind, deltas in (("facet", view["facets"]), ("total", [view["total"]])):
        for delta in deltas:
            table.append([kind, "", cell(delta["key"]), "", "", cell(delta["name"]), "", "", *[""] * 8,
                          cell(delta["old"]), cell(delta["new"]), cell(delta["delta"])])
    return table_text(table, options.bom)
