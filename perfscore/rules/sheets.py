"""Spreadsheet rules (PS9xx): what `perfscore import` (and any command reading an .xlsx, .ods or .csv file)
finds while it turns a table into a report. The spreadsheet reader emits them at the cell, located as
`file.xlsx:工作表1!C7`; validation and every other rule then run on the report it builds, located at the
cells too.
"""

from __future__ import annotations

from perfscore.rules.base import ERROR, WARNING, Rule

PS901 = Rule("PS901", "unreadable-workbook", ERROR, "The file cannot be read as a workbook: corrupt, "
             "password-protected, empty or not a spreadsheet.")
PS902 = Rule("PS902", "no-table", ERROR, "No sheet has a header row naming an indicator column (衡量指標); name "
             "the columns with --map.")
PS903 = Rule("PS903", "not-a-number", ERROR, "A weight, points or achievement cell that is not a number.")
PS904 = Rule("PS904", "empty-goal", ERROR, "A goal (or facet) with no indicators under it.")
PS905 = Rule("PS905", "unreadable-cell", ERROR, "A cell whose value cannot be used: a spreadsheet error "
             "(#REF!, #DIV/0!), a date or a true/false where text or a number belongs.")
PS906 = Rule("PS906", "missing-details", ERROR, "The title, organisation or year is in no title row; pass "
             "--title, --organisation or --year.")
PS907 = Rule("PS907", "orphan-row", ERROR, "An indicator row with no goal above it (or a goal with no facet).")
PS908 = Rule("PS908", "map-column", WARNING, "A --map entry names a field that does not exist or a header no "
             "sheet has.")

RULES = (PS901, PS902, PS903, PS904, PS905, PS906, PS907, PS908)
