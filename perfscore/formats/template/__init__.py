"""The fill-in workbook (`perfscore template`): XLSX (XlsxWriter) and ODS (odfdo), from views.template.

Both put the same cells in the same places, so `perfscore fill` reads either alike: a frozen header row,
the row id in a hidden first column, the report's own figures locked (sheet protection, no password) and
the columns a division fills in unlocked and formatted as text, so that `63%` stays the text `63%` instead
of becoming the number 0.63. Like compute's office formats they need the optional `office` extra, and give
the same bytes on every run, through perfscore.formats.office.package (`need`, `fixed_time`, `repack`).
"""

from __future__ import annotations
