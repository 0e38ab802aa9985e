"""The fill-in workbook as XLSX (XlsxWriter): see perfscore.formats.template for the layout."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.office.package import fixed_time, need

WIDTHS = (12, 14, 24, 30, 7, 14, 7, 14, 10, 40, 40, 40)  # characters, per column of the indicator sheet
ASSESSED_WIDTHS = (12, 30, 16, 12, 12)


def render(view: Any, options: RenderOptions) -> bytes:
    xlsxwriter = need("xlsxwriter", "XlsxWriter", "xlsx")
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": view.title, "created": fixed_time().replace(tzinfo=None)})
    styles = {
        "header": book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                                   "valign": "top"}),
        "locked": book.add_format({"bg_color": "#F2F2F2", "border": 1, "text_wrap": True, "valign": "top"}),
        "number": book.add_format({"bg_color": "#F2F2F2", "border": 1, "valign": "top", "num_format": "0.####"}),
        "open": book.add_format({"locked": False, "border": 1, "text_wrap": True, "valign": "top",
                                 "num_format": "@"}),
        "open_number": book.add_format({"locked": False, "border": 1, "valign": "top", "num_format": "0.####"}),
    }
    sheet = book.add_worksheet(view.sheet)
    _header(sheet, view.headers, WIDTHS, styles)
    for number, row in enumerate(view.rows, start=1):
        for column, value in enumerate(row.values()):
            is_open = view.open[column] and (column != view.points_column or row.assessed)
            _cell(sheet, number, column, value, is_open, styles)
        if row.choices:
            sheet.data_validation(number, view.actual_column, number, view.actual_column,
                                  {"validate": "list", "source": list(row.choices)})
        if row.assessed and row.weight is not None:
            sheet.data_validation(number, view.points_column, number, view.points_column,
                                  {"validate": "decimal", "criteria": "between", "minimum": 0,
                                   "maximum": float(row.weight)})
    assessed = book.add_worksheet(view.assessed_sheet)
    _header(assessed, view.assessed_headers, ASSESSED_WIDTHS, styles)
    for number, item in enumerate(view.assessed, start=1):
        for column, value in enumerate(item.values()):
            _cell(assessed, number, column, value, view.assessed_open[column], styles)
        assessed.data_validation(number, len(view.assessed_open) - 1, number, len(view.assessed_open) - 1,
                                 {"validate": "decimal", "criteria": "between", "minimum": 0,
                                  "maximum": float(item.limit)})
    book.close()
    return buffer.getvalue()


def _header(sheet: Any, headers: tuple[str, ...], widths: tuple[int, ...], styles: dict[str, Any]) -> None:
    for column, (text, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write_string(0, column, text, styles["header"])
        sheet.set_column(column, column, width, None, {"hidden": column == 0})  # the row id: for fill only
    sheet.freeze_panes(1, 0)
    # No password: the protection keeps a division from changing a target by mistake, not by intent
    # (fill compares every protected cell with the report anyway).
    sheet.protect("", {"format_columns": True, "format_rows": True})


def _cell(sheet: Any, row: int, column: int, value: str | Decimal | None, is_open: bool,
          styles: dict[str, Any]) -> None:
    if isinstance(value, Decimal):
        sheet.write_number(row, column, float(value), styles["open_number" if is_open else "number"])
    elif value:
        sheet.write_string(row, column, value, styles["open" if is_open else "locked"])
    else:
        sheet.write_blank(row, column, None, styles["open" if is_open else "locked"])
