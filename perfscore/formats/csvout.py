"""CSV, the one dialect of every CSV format (report and league), for a spreadsheet.

UTF-8 with a byte-order mark by default, because Excel reads a BOM-less CSV in the machine's legacy code
page and turns Traditional Chinese into mojibake on double-click; `--no-bom` drops it for tools that
dislike it. Numbers are the exact decimal text of the view (`13.9`, never `13.900000000000002`), and
target and actual stay as written (`執行率80%`, `≥5`). Rows end in CRLF, as RFC 4180 and Excel expect.

A report is untrusted input: a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
tab, CR or LF first) gets a leading apostrophe, so opening the file never evaluates what a report author
typed. With CRLF row ends a cell holding a CR or an LF is always quoted, so its text can never start a row
of its own.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from perfscore.core.decimals import plain

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(value: Any) -> str:
    """Exact decimal text for numbers, empty for a missing value, text defused against formulas."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value) if value.is_finite() else ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def table_text(table: list[list[Any]], bom: bool) -> str:
    """Rows of cells as CSV text. Python's writer quotes a cell holding a character of the row end, so a
    row end of LF alone would leave a lone CR in a cell bare for a spreadsheet to split the row at."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(table)
    return (BOM if bom else "") + buffer.getvalue()
