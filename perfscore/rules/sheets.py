"""Spreadsheet rules (PS7xx): what `perfscore import` (and any command reading an .xlsx, .ods or .csv file)
finds while it turns a table into a report. The spreadsheet reader emits them at the cell, located as
`file.xlsx:工作表1!C7`; validation and every other rule then run on the report it builds, located at the
cells too.
"""

from __future__ import annotations

from perfscore.rules.base import ERROR, WARNING, Rule

PS701 = Rule("PS701", "unreadable-workbook", ERROR, "The file cannot be read as a workbook: corrupt, "
             "password-protected, empty or not a spreadsheet.")
PS702 = Rule("PS702", "no-table", ERROR, "No sheet has a header row naming an indicator column (衡量指標); name "
             "the columns with --map.")
PS703 = Rule("PS703", "not-a-number", ERROR, "A weight, points or achievement cell that is not a number.")
PS704 = Rule("PS704", "empty-goal", ERROR, "A goal (or facet) with no indicators under it.")
PS705 = Rule("PS705", "unreadable-cell", ERROR, "A cell whose value cannot be used: a spreadsheet error "
             "(#REF!, #DIV/0!), a date or a true/false where text or a number belongs.")
PS706 = Rule("PS706", "missing-details", ERROR, "The title, organisation or year is in no title row; pass "
             "--title, --organisation or --year.")
PS707 = Rule("PS707", "orphan-row", ERROR, "An indicator row with no goal above it (or a goal with no facet).")
PS708 = Rule("PS708", "map-column", WARNING, "A --map entry names a field that does not exist or a header no "
             "sheet has.")

RULES = (PS701, PS702, PS703, PS704, PS705, PS706, PS707, PS708)
