"""Light rules (PS71x): lights set by hand, and weights in a report or facet declared unweighted.

In the national format (since ROC 106) a report has no weights: each indicator gets a light, and an
assessor may set one by hand. A hand-set light is kept (the output shows both), but it is never silent:
the override is noted, and 白燈 ("not measurable this year") needs its reason. A weight, section, bonus
or grade written into an unweighted report would suggest a total that is never computed, so it is named.
"""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS711 = Rule("PS711", "light-reason-missing", ERROR, say("rule.PS711"))
PS712 = Rule("PS712", "light-override", INFO, say("rule.PS712"))
PS713 = Rule("PS713", "unweighted-weight", WARNING, say("rule.PS713"))
PS714 = Rule("PS714", "unweighted-facet-mix", ERROR, say("rule.PS714"))
RULES = (PS711, PS712, PS713, PS714)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        chosen = indicator.source.light
        if chosen is None:
            continue
        if chosen.colour == "white" and not (chosen.reason or "").strip():
            yield PS711.at(indicator.path + ("light",), say("PS711", name=indicator.name), key=True)
        if indicator.light_overridden:
            why = say("PS712.why", reason=chosen.reason.strip()) if chosen.reason and chosen.reason.strip() else ""
            computed = say(f"light.{indicator.light_computed}") if indicator.light_computed != "none" \
                else say("PS712.unscored")
            yield PS712.at(indicator.path + ("light",), say("PS712", name=indicator.name, computed=computed, why=why,
                                                            light=say(f"light.{indicator.light}")), key=True)
    if report.scoring.weights == "none":
        yield from _weights(report)
    else:
        yield from _facets(report)


def _facets(report: Report) -> Iterator[Finding]:
    """A facet with weights: none in a weighted report gives lights only and adds nothing to the total, so
    anything in it that would give points is ambiguous (did the author mean it to count?) and refused."""
    unweighted = [f_index for f_index, facet in enumerate(report.facets) if facet.weights == "none"]
    if unweighted and len(unweighted) == len(report.facets):
        yield PS714.at(("facets", 0, "weights"), say("PS714.all"), key=True)
    hint = say("PS714.hint")
    for f_index in unweighted:
        facet = report.facets[f_index]
        if facet.weight is not None:
            yield PS714.at(("facets", f_index, "weight"), say("PS714.facet_weight", name=facet.name, hint=hint),
                           key=True)
        for g_index, goal in enumerate(facet.goals):
            g_path = ("facets", f_index, "goals", g_index)
            if goal.bonus_cap is not None:
                yield PS714.at(g_path + ("bonus_cap",), say("PS714.goal_bonus", name=goal.name, hint=hint), key=True)
            elif goal.criteria is not None:
                yield PS714.at(g_path + ("criteria",), say("PS714.goal_rubric", name=goal.name, hint=hint),
                               key=True)
            elif goal.weight is not None:
                yield PS714.at(g_path + ("weight",), say("PS714.goal_weight", name=goal.name, hint=hint), key=True)
            for i_index, indicator in enumerate(goal.indicators):
                if indicator.weight is not None:
                    yield PS714.at(g_path + ("indicators", i_index, "weight"), say("PS714.indicator_weight",
                                                                          name=indicator.name, hint=hint), key=True)


def _weights(report: Report) -> Iterator[Finding]:
    hint = say("PS713.hint")
    for f_index, facet in enumerate(report.facets):
        if facet.weight is not None:
            yield PS713.at(("facets", f_index, "weight"), say("PS713.facet", name=facet.name, hint=hint), key=True)
        for g_index, goal in enumerate(facet.goals):
            g_path = ("facets", f_index, "goals", g_index)
            if goal.weight is not None:
                yield PS713.at(g_path + ("weight",), say("PS713.goal", name=goal.name, hint=hint), key=True)
            for i_index, indicator in enumerate(goal.indicators):
                if indicator.weight is not None:
                    yield PS713.at(g_path + ("indicators", i_index, "weight"),
                                   say("PS713.indicator", name=indicator.name, hint=hint), key=True)
    for key in ("sections", "bonus", "grades"):
        if getattr(report, key):
            yield PS713.at((key,), say("PS713.key", key=key, hint=hint), key=True)
