"""A workbook as plain data: sheets of typed columns and rows of cells, written by `xlsxbook` and `odsbook`.

A layout (the report's is `formats.report.sheets`; a fill-in template can build its own) says what each
column holds and how a reader expects to see it; the back ends only translate that. Numbers stay `Decimal`
until a back end writes them, so a cell holds the view's exact figure: both back ends write its digits as
they are (XLSX keeps 16 significant digits; Excel computes with 15). A percentage column holds the percent as the view
has it (`90`) and is written as the fraction a spreadsheet's percent format expects (`0.9`, shown `90%`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from perfscore.core.decimals import HUNDRED, divide, plain


class Kind(Enum):
    TEXT = "text"  # short text on one line (a name, an id, a target as written)
    WRAP = "wrap"  # long text, wrapped in a wide column (an analysis, a review)
    NUMBER = "number"  # a figure; `places` fixes its decimals, None shows it as written (a weight)
    PERCENT = "percent"  # a percentage given in percent (90 = 90%), shown with `places` decimals


Cell = str | Decimal | None

# Column widths in character cells: a CJK character counts two (East Asian Wide or Fullwidth).
MIN_WIDTH, MAX_WIDTH, WRAP_WIDTH = 6, 36, 48


@dataclass(frozen=True)
class Column:
    label: str
    kind: Kind = Kind.TEXT
    places: int | None = None
    hidden: bool = False  # kept for matching rows (an id), out of the reader's way


@dataclass
class Sheet:
    name: str  # at most 31 characters, none of []:*?/\ (Excel's rule; ODS shares it for safety)
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 1  # frozen at the top and repeated on printed pages
    # A line above the header row (the report's heading): `perfscore import` reads the title, organisation
    # and year from it (PS906 otherwise), so a report's own export imports without --title.
    title: str | None = None

    @property
    def top_rows(self) -> int:
        """The rows above the data: the title line, if any, and the header rows; all frozen."""
        return self.header_rows + (1 if self.title is not None else 0)

    @property
    def title_column(self) -> int:
        """Where the title line starts: the first shown column (an id column is hidden)."""
        return next((index for index, column in enumerate(self.columns) if not column.hidden), 0)

    def add(self, *cells: Cell) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"sheet {self.name!r}: {len(cells)} cells for {len(self.columns)} columns")
        self.rows.append(list(cells))


def text_width(text: str) -> int:
    """Display width of one line: CJK (wide and fullwidth) characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def shown(column: Column, value: Cell) -> str:
    """The text a reader sees in the cell: numbers with the column's places (`13.9`, `90%`)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not value.is_finite():
        return ""
    text = plain(value) if column.places is None else f"{value:.{column.places}f}"
    return text + ("%" if column.kind is Kind.PERCENT else "")


def stored(column: Column, value: Decimal) -> Decimal:
    """The number a cell holds: a percent as its fraction (90 -> 0.9), any other figure as it is."""
    return divide(value, HUNDRED) if column.kind is Kind.PERCENT else value


def number_format(column: Column) -> str:
    """The format code both back ends understand: `0.0`, `0%`, `0.00%`, or General (as written)."""
    decimals = "." + "0" * column.places if column.places else ""
    if column.kind is Kind.PERCENT:
        return f"0{decimals}%"
    return f"0{decimals}" if column.places is not None else "General"


def widths(sheet: Sheet) -> list[int]:
    """One width per column, in character cells: the widest header or line, within bounds; a wrapped
    column is given room for a paragraph instead of its longest one."""
    result = []
    for index, column in enumerate(sheet.columns):
        lines = [column.label, *(line for row in sheet.rows for line in shown(column, row[index]).splitlines())]
        widest = max(text_width(line) for line in lines) + 2
        cap = WRAP_WIDTH if column.kind is Kind.WRAP else MAX_WIDTH
        result.append(max(MIN_WIDTH, min(widest, cap)))
    return result



def row_lines(sheet: Sheet, column_widths: list[int]) -> list[int]:
    """How many lines each row needs once its texts wrap in their columns: a spreadsheet that does not
    measure rows when it opens a file (LibreOffice with XLSX) would otherwise draw them one line high."""
    counts = []
    for row in sheet.rows:
        most = 1
        for column, width, value in zip(sheet.columns, column_widths, row, strict=True):
            if isinstance(value, str) and not column.hidden:
                room = max(1, width - 1)
                most = max(most, sum(max(1, -(-text_width(line) // room)) for line in value.splitlines() or [""]))
        counts.append(most)
    return counts
