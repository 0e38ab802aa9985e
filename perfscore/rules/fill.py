"""Fill-in rules (PS8xx): what is wrong with a workbook filled in from `perfscore template`, found by
`perfscore fill` while it reads the workbook against the report (perfscore.readers.filled), and located at
the cell (`fill.xlsx:填報!E7`), not at a line of the report.

These rules run on a workbook, not on a scored report, so the family registers no check. Any error means
fill writes nothing; PS806 only warns.
"""

from __future__ import annotations

from perfscore.core.catalogue import Message, say
from perfscore.core.target_model import Target
from perfscore.core.targets import Refusal, Refused
from perfscore.rules.base import ERROR, WARNING, Rule
from perfscore.rules.indicators import fraction, other_unit
from perfscore.rules.schema import ACTUAL_REFUSALS

PS801 = Rule("PS801", "fill-unknown-row", ERROR, say("rule.PS801"))
PS802 = Rule("PS802", "fill-protected-changed", ERROR, say("rule.PS802"))
PS803 = Rule("PS803", "fill-unreadable", ERROR, say("rule.PS803"))
PS804 = Rule("PS804", "fill-would-overwrite", ERROR, say("rule.PS804"))
PS805 = Rule("PS805", "fill-duplicate-row", ERROR, say("rule.PS805"))
PS806 = Rule("PS806", "fill-missing-row", WARNING, say("rule.PS806"))
RULES = (PS801, PS802, PS803, PS804, PS805, PS806)


def unusable_actual(refused: Refused, written: str, target: Target) -> Message:
    """Why a filled-in actual value cannot be scored against its target (PS803), in the words `validate` uses
    for the same value in the report (PS205, PS506, PS509)."""
    if refused.reason in ACTUAL_REFUSALS:
        return ACTUAL_REFUSALS[refused.reason](written, target)
    read = refused.actual
    if read is not None and refused.reason is Refusal.ACTUAL_OTHER_UNIT:
        return other_unit(read, target)
    if read is not None and refused.reason is Refusal.ACTUAL_FRACTION:
        return fraction(read, target)
    return say("PS803.refused", written=written, target=target.text, reason=refused.reason.value)
