"""A workbook's cells (XLSX or ODS), read with python-calamine, each with the place a person would look for it.

This is not a report reader (there is no report in a fill-in sheet): `perfscore fill` reads the sheets it
wrote with `perfscore template` through it. Values come back as calamine gives them (str, float, int, bool,
date and time types); a workbook that is corrupt, password-protected or not a workbook at all is a
PerfscoreError with a sentence saying which, never a traceback.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import column_letters


@dataclass(frozen=True)
class Cell:
    """One cell: its sheet, 0-based row and column, and value ("" for an empty cell)."""

    sheet: str
    row: int
    column: int
    value: object

    @property
    def where(self) -> str:
        """`填報!E7`: the sheet and the cell's A1 address, as a spreadsheet shows them."""
        return f"{self.sheet}!{column_letters(self.column)}{self.row + 1}"


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]]  # every row from the sheet's first, each as wide as the widest


def read_workbook(raw: bytes, name: str) -> dict[str, Sheet]:
    """Every sheet of the workbook `raw` (named `name` in messages), by sheet name, in the workbook's order."""
    try:
        import python_calamine as calamine
    except ImportError as error:
        raise PerfscoreError(say("PS901.extra")) from error
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
        sheets = {}
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            values = sheet.to_python(skip_empty_area=False)  # from A1, so positions are the sheet's own
            width = max((len(row) for row in values), default=0)
            rows = [[Cell(sheet_name, r, c, row[c] if c < len(row) else "") for c in range(width)]
                    for r, row in enumerate(values)]
            sheets[sheet_name] = Sheet(sheet_name, rows)
    except calamine.PasswordError as error:
        raise PerfscoreError(say("workbook.password", name=name)) from error
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError, OSError) as error:
        raise PerfscoreError(say("PS901.unreadable", name=name, error=error)) from error
    return sheets
