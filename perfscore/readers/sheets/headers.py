"""Which column holds what: the headers real Taiwanese report tables use, in zh-TW and English, and the
header row found among the title rows above it (or named by a `--map` file).

Headers are compared after NFKC (full-width letters and digits become half-width), without spaces or line
breaks, without a trailing unit in brackets (`權分(%)`) or colon, and case-insensitively. docs/import.md
lists them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from perfscore.readers.sheets.grid import Grid, column_index

# field -> the headers that name it. The first is the one a person reads in docs/import.md.
HEADERS: dict[str, tuple[str, ...]] = {
    "facet": ("面向", "施政面向", "構面", "facet", "perspective"),
    "facet_id": ("面向代碼", "面向編號", "facet id"),
    "facet_weight": ("面向權分", "面向權重", "面向配分", "facet weight"),
    "goal": ("策略績效目標", "績效目標", "關鍵策略目標", "策略目標", "goal", "strategic goal", "objective"),
    "goal_id": ("目標代碼", "目標編號", "goal id"),
    "goal_weight": ("目標權分", "目標權重", "目標配分", "goal weight"),
    "bonus_cap": ("加分上限", "bonus cap"),
    "indicator": ("衡量指標", "關鍵績效指標", "績效指標", "indicator", "kpi", "key performance indicator",
                  "measure"),
    "weight": ("權分", "權重", "配分", "指標權分", "指標權重", "weight"),
    "target": ("原訂目標值", "年度目標值", "目標值", "target", "target value"),
    "actual": ("實際值", "達成目標值", "達成值", "實際達成值", "actual", "actual value"),
    "achievement": ("達成度", "達成率", "achievement"),
    "points": ("項目權分", "得分", "績效分數", "points", "score"),
    "analysis": ("績效衡量暨達成情形分析", "達成情形分析", "analysis"),
    "cause": ("未達成原因分析", "未達成原因", "cause", "reason not met"),
    "strategy": ("因應策略", "改善策略", "strategy"),
    "review": ("未達成原因分析暨因應策略", "review"),
    "standard": ("衡量標準", "計算公式", "measurement standard", "formula"),
    "method": ("評估方式", "assessment method"),
    "system": ("評估體制", "assessment system"),
    "unit": ("單位", "unit"),
    "credit": ("計分方式", "credit"),
    "id": ("指標代碼", "指標編號", "編號", "代碼", "indicator id", "id"),
    "note": ("備註", "說明", "note", "notes"),
}
FIELDS = tuple(HEADERS)
_BRACKETED = re.compile(r"[(（\[].{0,8}[)）\]]$")
_FINDS = 30  # header rows are looked for among the first rows only: a title block is never longer


def normal(text: object) -> str:
    """A header as compared: NFKC, no spaces or line breaks, no trailing `(%)` or colon, lower case."""
    squeezed = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).rstrip(":")
    return _BRACKETED.sub("", squeezed).casefold()


_BY_TEXT = {normal(text): name for name, texts in HEADERS.items() for text in texts}


@dataclass
class SheetMap:
    """A `--map` file: which sheet, which header row, and columns named by letter or header text."""

    sheet: str | None = None
    header_row: int | None = None  # 1-based, as a spreadsheet numbers rows
    columns: dict[str, str] = field(default_factory=dict)  # letter or header text -> field


@dataclass
class Layout:
    grid: Grid
    header_rows: tuple[int, ...]  # 0-based rows holding the headers (two when a parent header spans two)
    columns: dict[str, int]  # field -> 0-based column

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1


def recognised(grid: Grid, row: int, sheet_map: SheetMap) -> dict[str, int]:
    """The fields the cells of `row` name (the map's header texts first), by column; the first column wins."""
    found: dict[str, int] = {}
    custom = {normal(text): name for text, name in sheet_map.columns.items() if column_index(text) is None}
    for column, value in enumerate(grid.rows[row]):
        if not isinstance(value, str) or not value.strip():
            continue
        key = normal(value)
        name = custom.get(key) or _BY_TEXT.get(key)
        if name is not None and name not in found:
            found[name] = column
    return found


def find_layout(grid: Grid, sheet_map: SheetMap) -> Layout | None:
    """The header row of `grid` (the map's, or the first of its first rows that names an indicator column
    and at least two other fields), its columns, and the map's columns by letter; None when there is none."""
    by_letter = {name: index for text, name in sheet_map.columns.items()
                 if (index := column_index(text)) is not None}
    if sheet_map.header_row == 0:  # no header row at all: the columns are named by letter only
        return Layout(grid, (-1,), by_letter) if "indicator" in by_letter else None
    if sheet_map.header_row is not None:
        rows: range = range(sheet_map.header_row - 1, min(sheet_map.header_row, len(grid.rows)))
    else:
        rows = range(min(_FINDS, len(grid.rows)))
    for row in rows:
        named = recognised(grid, row, sheet_map)
        columns = named | by_letter
        enough = sheet_map.header_row is not None or len(named) >= (1 if by_letter else 3)
        if "indicator" not in columns or not enough:
            continue
        header_rows: tuple[int, ...] = (row,)
        if row + 1 < len(grid.rows):
            # A parent header (達成情形) over two rows of sub-headers (原訂目標值 | 達成目標值): the row below
            # names fields in columns this row leaves to the parent.
            below = {name: column for name, column in recognised(grid, row + 1, sheet_map).items()
                     if name not in columns and column not in columns.values()}
            if below:
                columns |= below
                header_rows = (row, row + 1)
        return Layout(grid, header_rows, columns)
    return None
