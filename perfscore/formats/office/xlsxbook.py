"""Sheets (`office.sheet`) as an XLSX workbook, with XlsxWriter.

Every cell is written by its type (`write_string`, `write_number`), never guessed: a text that looks like a
number or a formula (`=1+1`, `0050`) stays text, and a figure is a number cell with the column's format.
The header row is frozen and repeated on printed pages; long texts wrap. The workbook's created date is
`package.fixed_time()` and XlsxWriter writes its zip members with a fixed 1980 timestamp, so two runs give
the same bytes.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from perfscore.core.catalogue import say
from perfscore.formats import FormatError
from perfscore.formats.office.package import fixed_time, need
from perfscore.formats.office.sheet import Column, Kind, Sheet, number_format, row_lines, stored, widths
from perfscore.formats.office.xmltext import xml_safe

EXCEL_CELL_LIMIT = 32767  # characters in one cell; Excel refuses a file with more


def workbook(sheets: list[Sheet], title: str, lang: str) -> bytes:
    """The sheets as the bytes of one .xlsx file."""
    xlsxwriter = need("xlsxwriter", "XlsxWriter", "xlsx")
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    # XlsxWriter stamps "created" with the clock unless told; the naive UTC time is what it expects.
    book.set_properties({"title": xml_safe(title), "created": fixed_time().replace(tzinfo=None),
                         "comments": "perfscore"})
    book.set_custom_property("language", lang)
    formats = _Formats(book)
    for sheet in sheets:
        _sheet(book.add_worksheet(sheet.name), sheet, formats)
    book.close()
    return buffer.getvalue()


class _Formats:
    """One XlsxWriter format per look, made on first use."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.made: dict[str, Any] = {}

    def title(self) -> Any:
        if "title" not in self.made:
            self.made["title"] = self.book.add_format({"bold": True, "font_size": 14})
        return self.made["title"]

    def get(self, column: Column | None) -> Any:
        key = "head" if column is None else "text" if column.kind in (Kind.TEXT, Kind.WRAP) \
            else number_format(column)
        if key not in self.made:
            properties: dict[str, Any] = {"valign": "top", "text_wrap": key != "General"}
            if column is None:
                properties.update(bold=True, bg_color="#DDE4EE", border=1, border_color="#7F8C9D",
                                  valign="vcenter", text_wrap=True)
            elif key != "text":
                properties.update(num_format=key, text_wrap=False)
            self.made[key] = self.book.add_format(properties)
        return self.made[key]


LINE_HEIGHT = 15  # points: one line of XlsxWriter's default 11 pt font


def _sheet(worksheet: Any, sheet: Sheet, formats: _Formats) -> None:
    column_widths = widths(sheet)
    for index, (column, width) in enumerate(zip(sheet.columns, column_widths, strict=True)):
        worksheet.set_column(index, index, width, formats.get(column), {"hidden": column.hidden})
    if sheet.title is not None:
        worksheet.write_string(0, sheet.title_column, xml_safe(sheet.title), formats.title())
    for index, column in enumerate(sheet.columns):
        worksheet.write_string(sheet.top_rows - 1, index, column.label, formats.get(None))
    worksheet.freeze_panes(sheet.top_rows, 0)
    worksheet.repeat_rows(0, sheet.top_rows - 1)
    worksheet.set_paper(9)  # A4
    worksheet.set_landscape()
    for row_index, (row, lines) in enumerate(zip(sheet.rows, row_lines(sheet, column_widths), strict=True),
                                             start=sheet.top_rows):
        if lines > 1:
            worksheet.set_row(row_index, LINE_HEIGHT * lines)
        for index, (column, value) in enumerate(zip(sheet.columns, row, strict=True)):
            _write(worksheet, (sheet.name, row_index, index), column, value, formats)


def _write(worksheet: Any, where: tuple[str, int, int], column: Column, value: Any, formats: _Formats) -> None:
    name, row, col = where
    look = formats.get(column)
    if value is None or (isinstance(value, Decimal) and not value.is_finite()):
        worksheet.write_blank(row, col, None, look)
    elif isinstance(value, Decimal):
        # Handed as a Decimal: XlsxWriter writes `{number:.16G}`, which gives a Decimal's own digits (92.9)
        # where a float would give 92.90000000000001.
        worksheet.write_number(row, col, stored(column, value), look)
    else:
        text = xml_safe(value)
        if len(text) > EXCEL_CELL_LIMIT:
            raise FormatError(say("xlsx.too_long", cell=f"{name}!{_cell_name(row, col)}", length=len(text),
                                  limit=EXCEL_CELL_LIMIT))
        worksheet.write_string(row, col, text, look)


def _cell_name(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"
