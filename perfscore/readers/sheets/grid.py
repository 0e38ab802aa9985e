"""A spreadsheet's cells: XLSX and ODS through python-calamine, CSV through the standard library.

Each sheet becomes a `Grid`: its rows from the sheet's first (A1), every row as wide as the widest, the
values as the file stores them (str, int, float, bool, dates), and the merged ranges the file declares.
What cannot be read as a workbook at all (corrupt, password-protected, empty, not a spreadsheet) raises
`WorkbookError` with a sentence saying which; the command turns it into exit 2, never a traceback.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

from perfscore.core.catalogue import Message, say
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import column_letters

MISSING = "reading XLSX or ODS needs the optional office extra: pip install 'perfscore[office]'"
# A zipped workbook may inflate a thousandfold (XML of empty cells compresses very well). Refuse one whose
# parts declare more than this before calamine inflates anything, so no input can exhaust memory.
MAX_INFLATED = 512 * 1024 * 1024
MAX_CELLS = 2_000_000  # far above any report (the example has under 400 cells of data)
MAX_ROWS = 100_000  # likewise (the example has 38 indicator rows); counted before anything is parsed


class WorkbookError(PerfscoreError):
    """The file cannot be read as a workbook at all; nothing in it can be located. `message` says why, as a
    catalogue message (`said`): it becomes a PS901 finding, said in the run's language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.said = message  # the Message itself, typed (PerfscoreError.message is any text)


Merged = tuple[int, int, int, int]  # first row, first column, last row, last column; 0-based, inclusive


@dataclass
class Grid:
    """One sheet. `sheet` is None for a CSV file, whose cells are named without a sheet (`C7`)."""

    sheet: str | None
    rows: list[list[object]]
    merged: list[Merged] = field(default_factory=list)

    def value(self, row: int, column: int) -> object:
        if 0 <= row < len(self.rows) and 0 <= column < len(self.rows[row]):
            return self.rows[row][column]
        return ""

    def cell(self, row: int, column: int) -> str:
        """`工作表1!C7`: the sheet and the A1 address of the 0-based (row, column), as a spreadsheet shows them."""
        address = f"{column_letters(column)}{row + 1}"
        return address if self.sheet is None else f"{self.sheet}!{address}"

    def span(self, first: tuple[int, int], last: tuple[int, int]) -> str:
        """`工作表1!A3:A7`, or the one cell when first is last."""
        if first == last:
            return self.cell(*first)
        return f"{self.cell(*first)}:{column_letters(last[1])}{last[0] + 1}"


def column_index(text: str) -> int | None:
    """"C" -> 2, "AA" -> 26; None when `text` is not column letters."""
    if not text or not text.isascii() or not text.isalpha() or len(text) > 3:
        return None
    index = 0
    for char in text.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


def read_grids(raw: bytes, name: str) -> list[Grid]:
    """Every sheet of `raw` in the workbook's order (a CSV file is one). WorkbookError when there is none
    with a value in it."""
    grids = [_csv_grid(raw, name)] if name.lower().endswith(".csv") else _workbook_grids(raw, name)
    if not any(value != "" for grid in grids for row in grid.rows for value in row):
        raise WorkbookError(say("PS901.empty", name=name))
    return grids


def _csv_grid(raw: bytes, name: str) -> Grid:
    # Excel on a Traditional Chinese Windows saves "CSV" in Big5 (code page 950) unless told "CSV UTF-8".
    for encoding in ("utf-8-sig", "cp950"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise WorkbookError(say("PS901.csv_encoding", name=name))
    if "\x00" in text:
        raise WorkbookError(say("PS901.csv_nul", name=name))
    if text.count("\n") > MAX_ROWS:  # ten million line feeds fit under --max-bytes; a report never has them
        raise WorkbookError(say("PS901.csv_lines", name=name, limit=f"{MAX_ROWS:,}"))
    rows: list[list[object]] = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            cells += max(len(row), 1)
            if cells > MAX_CELLS:
                raise WorkbookError(say("PS901.csv_cells", name=name, limit=f"{MAX_CELLS:,}"))
            rows.append(list(row))
    except csv.Error as error:
        raise WorkbookError(say("PS901.csv", name=name, error=error)) from error
    return Grid(None, _rectangular(rows))


def _workbook_grids(raw: bytes, name: str) -> list[Grid]:
    try:
        import python_calamine as calamine
    except ImportError as error:
        raise WorkbookError(say("PS901.extra")) from error
    _check_inflated(raw, name)
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
        grids = []
        for sheet_name in book.sheet_names:
            sheet = book.get_sheet_by_name(sheet_name)
            if sheet.total_height > MAX_ROWS or sheet.total_height * max(sheet.total_width, 1) > MAX_CELLS:
                raise WorkbookError(say("PS901.sheet_size", name=name, sheet=sheet_name,
                                        rows=f"{sheet.total_height:,}", columns=f"{sheet.total_width:,}"))
            # from A1, so positions are the sheet's own
            rows: list[list[object]] = [list(row) for row in sheet.to_python(skip_empty_area=False)]
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            grids.append(Grid(sheet_name, _rectangular(rows), merged))
    except calamine.PasswordError as error:
        raise WorkbookError(say("PS901.password", name=name)) from error
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError, OSError) as error:
        raise WorkbookError(say("PS901.unreadable", name=name, error=error)) from error
    return grids


def _check_inflated(raw: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE container: encrypted OOXML or old .xls
            raise WorkbookError(say("PS901.ole", name=name)) from error
        raise WorkbookError(say("PS901.not_zip", name=name)) from error
    if inflated > MAX_INFLATED:
        raise WorkbookError(say("PS901.inflate", name=name, size=f"{inflated:,}"))


def _rectangular(rows: list[list[object]]) -> list[list[object]]:
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]
