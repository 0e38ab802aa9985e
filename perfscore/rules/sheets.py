"""Spreadsheet rules (PS9xx): what `perfscore import` (and any command reading an .xlsx, .ods or .csv file)
finds while it turns a table into a report. The spreadsheet reader emits them at the cell, located as
`file.xlsx:工作表1!C7`; validation and every other rule then run on the report it builds, located at the
cells too.
"""

from __future__ import annotations

from perfscore.core.catalogue import say
from perfscore.rules.base import ERROR, WARNING, Rule

PS901 = Rule("PS901", "unreadable-workbook", ERROR, say("rule.PS901"))
PS902 = Rule("PS902", "no-table", ERROR, say("rule.PS902"))
PS903 = Rule("PS903", "not-a-number", ERROR, say("rule.PS903"))
PS904 = Rule("PS904", "empty-goal", ERROR, say("rule.PS904"))
PS905 = Rule("PS905", "unreadable-cell", ERROR, say("rule.PS905"))
PS906 = Rule("PS906", "missing-details", ERROR, say("rule.PS906"))
PS907 = Rule("PS907", "orphan-row", ERROR, say("rule.PS907"))
PS908 = Rule("PS908", "map-column", WARNING, say("rule.PS908"))

RULES = (PS901, PS902, PS903, PS904, PS905, PS906, PS907, PS908)
