"""The score breakdown table (肆、績效總分) a workbook often holds beside its indicators: 項目 | 權重 |
績效分數, one row per facet, the strategic subtotal, each assessed section (施政績效具體事蹟), the bonus lines
and the total. Facets give their printed points (and weight, where the indicator table has none); the
subtotal and total become the report's printed figures (audited by PS403); every other row is a section
with its weight and points. Bonus (加分) and deduction (扣分) lines are left to the goals they come from.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.readers.sheets.cells import Built
from perfscore.readers.sheets.grid import Grid
from perfscore.readers.sheets.headers import normal
from perfscore.readers.sheets.values import Unreadable, as_number, as_text

_ITEM = frozenset({"項目", "評核項目", "item"})
_WEIGHT = frozenset({"權重", "權分", "配分", "weight"})
_SCORE = frozenset({"績效分數", "得分", "分數", "score", "points"})
_SUBTOTAL = frozenset({"策略績效目標分數", "策略績效目標小計", "小計", "subtotal"})
_TOTAL = frozenset({"績效總分", "總分", "合計", "總計", "total"})
_SKIP = ("加分", "扣分", "等第", "bonus", "deduction", "grade")


def _header(grid: Grid) -> tuple[int, int, int, int] | None:
    """The header row and the item, weight and score columns of a breakdown table in `grid`."""
    for row in range(min(30, len(grid.rows))):
        found: dict[str, int] = {}
        for column, value in enumerate(grid.rows[row]):
            key = normal(value) if isinstance(value, str) else ""
            for name, texts in (("item", _ITEM), ("weight", _WEIGHT), ("score", _SCORE)):
                if key in texts and name not in found:
                    found[name] = column
        if len(found) == 3:
            return row, found["item"], found["weight"], found["score"]
    return None


def _value(grid: Grid, row: int, column: int, how: Any) -> Any:
    try:
        return how(grid.value(row, column))
    except Unreadable:
        return None


def read_breakdown(grids: list[Grid], built: Built, report: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Apply the first breakdown table of `grids` to the facets and `report`; the sections it lists (None
    when there is no such table)."""
    for grid in grids:
        header = _header(grid)
        if header is not None:
            return _apply(grid, header, built, report)
    return None


def _apply(grid: Grid, header: tuple[int, int, int, int], built: Built, report: dict[str, Any]) -> list[dict[str, Any]]:
    first, item_column, weight_column, score_column = header
    facets = {facet["name"]: (index, facet) for index, facet in enumerate(built.facets)}
    sections: list[dict[str, Any]] = []
    printed: dict[str, Decimal] = {}
    for row in range(first + 1, len(grid.rows)):
        item = _value(grid, row, item_column, as_text)
        weight = _value(grid, row, weight_column, as_number)
        score = _value(grid, row, score_column, as_number)
        if item is None or normal(item).startswith(_SKIP):
            continue
        key = normal(item)
        if item in facets:
            index, facet = facets[item]
            if isinstance(score, Decimal):
                facet.setdefault("published", {}).setdefault("points", score)
            if isinstance(weight, Decimal) and "weight" not in facet:
                goals = facet.pop("goals")
                facet.update(weight=weight, goals=goals)
                built.places["facets", index, "weight"] = (grid, row, weight_column)
        elif key in _SUBTOTAL or key in _TOTAL:
            if isinstance(score, Decimal):
                printed["subtotal" if key in _SUBTOTAL else "total"] = score
        elif isinstance(weight, Decimal):
            path = ("sections", len(sections))
            sections.append({"name": item, "weight": weight} | ({"points": score} if isinstance(score, Decimal)
                                                                 else {}))
            built.places[path] = built.places[(*path, "name")] = (grid, row, item_column)
            built.places[(*path, "weight")] = (grid, row, weight_column)
            built.places[(*path, "points")] = (grid, row, score_column)
            built.spans[path] = grid.span((row, min(header[1:])), (row, max(header[1:])))
    if printed and "published" not in report:
        report["published"] = printed
    return sections
