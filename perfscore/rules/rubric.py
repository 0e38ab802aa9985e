"""Rubric rules (PS70x): the points given on a rubric-scored goal's criteria (評核項目/配分/自評).

A criterion's given points must lie within 0..its maximum (配分); points outside are brought to the nearest
bound so the rest of the report is still scored, and the finding says which figure was used. A criterion
without points is a warning (PS702) when others of its goal are scored, and an info (PS703) while none is:
a draft. A goal mixing criteria and indicators is refused by the model itself (PS203), since the mix has
no clean meaning.
"""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.decimals import plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS701 = Rule("PS701", "criterion-points-range", ERROR, say("rule.PS701"))
PS702 = Rule("PS702", "criterion-points-missing", WARNING, say("rule.PS702"))
PS703 = Rule("PS703", "criterion-points-pending", INFO, say("rule.PS703"))
RULES = (PS701, PS702, PS703)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for goal in (goal for facet in result.facets for goal in facet.goals):
        if goal.rubric is None:
            continue
        # No criterion of the goal scored yet: a draft (as a rollover writes it), where missing points are
        # expected (info, as PS507/PS508 for indicators); some scored and some not: one was forgotten.
        pending = all(criterion.given is None for criterion in goal.rubric.criteria)
        for criterion in goal.rubric.criteria:
            if criterion.given is None and pending:
                yield PS703.at(criterion.path, say("PS703", name=criterion.name, goal=goal.name,
                                                   max=plain(criterion.max)), key=True)
            elif criterion.given is None:
                yield PS702.at(criterion.path, say("PS702", name=criterion.name, goal=goal.name,
                                                   max=plain(criterion.max)), key=True)
            elif criterion.clamped:
                yield PS701.at(criterion.path + ("points",), say(
                    "PS701", name=criterion.name, given=plain(criterion.given), max=plain(criterion.max),
                    points=plain(criterion.points)))
