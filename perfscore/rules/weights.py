"""Weight rules (PS3xx): weights that do not add up, so that no total built on them can be trusted."""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.decimals import ZERO, plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import FacetResult, ReportResult
from perfscore.rules.base import ERROR, Rule

PS301 = Rule("PS301", "total-weight", ERROR, say("rule.PS301"))
PS302 = Rule("PS302", "facet-weight", ERROR, say("rule.PS302"))
PS303 = Rule("PS303", "goal-weight", ERROR, say("rule.PS303"))
RULES = (PS301, PS302, PS303)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    if not result.weighted:  # nothing to add up (a weight written anyway is PS713)
        return
    # An unweighted facet (weights: none) is outside the total's scale: scoring.total excludes it.
    facets = [f for f in result.facets if f.weighted]
    weights = [f.weight for f in facets] + [s.weight for s in report.sections]
    total = sum(weights, ZERO)
    if facets and total != report.scoring.total:  # no weighted facet at all is PS714
        parts = " + ".join(plain(w) for w in weights)
        key = "PS301.one" if len(weights) == 1 else "PS301"
        yield PS301.at(("facets",), say(key, parts=parts, total=plain(total),
                                        declared=plain(report.scoring.total)), key=True)
    for facet in facets:
        yield from _facet_weights(facet)


def _facet_weights(facet: FacetResult) -> Iterator[Finding]:
    for goal in facet.goals:
        # A rubric goal has no indicators: its declared weight is the only one it has.
        if goal.rubric is None and goal.declared_weight is not None and goal.declared_weight != goal.indicator_weight:
            parts = " + ".join(plain(i.weight) for i in goal.indicators)
            key = "PS303.one" if len(goal.indicators) == 1 else "PS303"
            yield PS303.at(goal.path + ("weight",), say(key, name=goal.name, declared=plain(goal.declared_weight),
                                                        parts=parts, sum=plain(goal.indicator_weight)))
    strategic = [g for g in facet.goals if not g.is_bonus]
    declared = sum((g.weight for g in strategic), ZERO)
    if declared != facet.weight:
        parts = " + ".join(plain(g.weight) for g in strategic)
        derived = sum((g.weight if g.rubric else g.indicator_weight for g in strategic), ZERO)
        hint = say("PS302.derived", derived=plain(derived)) if derived == facet.weight else say("PS302.fix")
        key = "PS302.one" if len(strategic) == 1 else "PS302"  # not `合計 90 = 90`, a sum of one part
        yield PS302.at(facet.path + ("weight",), say(key, name=facet.name, parts=parts, declared=plain(declared),
                                                     weight=plain(facet.weight), hint=hint))
