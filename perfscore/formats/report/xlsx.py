"""The report as XLSX (`perfscore compute --format xlsx -o report.xlsx`): the sheets of `formats.report.sheets`,
written by `formats.office.xlsxbook`. Needs the `office` extra."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.common import heading
from perfscore.formats.office.xlsxbook import workbook
from perfscore.formats.report.sheets import report_sheets


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    return workbook(report_sheets(view, options.lang), heading(view["report"], options.lang), options.lang)
