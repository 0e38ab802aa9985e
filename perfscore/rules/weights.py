"""Weight rules (PS3xx): weights that do not add up, so that no total built on them can be trusted."""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.decimals import ZERO, plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import FacetResult, ReportResult
from perfscore.rules.base import ERROR, Rule

PS301 = Rule("PS301", "total-weight", ERROR, "The weights of the facets and sections do not add up to the declared "
             "total (scoring.total, 100 by default).")
PS302 = Rule("PS302", "facet-weight", ERROR, "A facet's goal weights do not add up to the facet's weight.")
PS303 = Rule("PS303", "goal-weight", ERROR, "A goal's declared weight differs from the sum of its indicators' "
             "weights; a total built on it cannot be trusted.")
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
        yield PS301.at(("facets",), f"facet and section weights add up to {parts} = {plain(total)}, not the "
                       f"declared total {plain(report.scoring.total)}; fix a weight or set scoring.total", key=True)
    for facet in facets:
        yield from _facet_weights(facet)


def _facet_weights(facet: FacetResult) -> Iterator[Finding]:
    for goal in facet.goals:
        # A rubric goal has no indicators: its declared weight is the only one it has.
        if goal.rubric is None and goal.declared_weight is not None and goal.declared_weight != goal.indicator_weight:
            parts = " + ".join(plain(i.weight) for i in goal.indicators)
            yield PS303.at(goal.path + ("weight",), f"goal {goal.name!r} is declared as {plain(goal.declared_weight)} "
                           f"but its indicators weigh {parts} = {plain(goal.indicator_weight)}; declare "
                           f"{plain(goal.indicator_weight)} or correct an indicator's weight")
    strategic = [g for g in facet.goals if not g.is_bonus]
    declared = sum((g.weight for g in strategic), ZERO)
    if declared != facet.weight:
        parts = " + ".join(plain(g.weight) for g in strategic)
        derived = sum((g.weight if g.rubric else g.indicator_weight for g in strategic), ZERO)
        hint = (f"; with each goal at its indicators' weight they add up to {plain(derived)}, which matches"
                if derived == facet.weight else "; correct a goal's weight or the facet's")
        yield PS302.at(facet.path + ("weight",), f"the goals of facet {facet.name!r} weigh {parts} = "
                       f"{plain(declared)}, not the facet's {plain(facet.weight)}{hint}")
