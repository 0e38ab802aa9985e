"""Light rules (PS71x): lights set by hand, and weights in a report or facet declared unweighted.

In the national format (since ROC 106) a report has no weights: each indicator gets a light, and an
assessor may set one by hand. A hand-set light is kept (the output shows both), but it is never silent:
the override is noted, and 白燈 ("not measurable this year") needs its reason. A weight, section, bonus
or grade written into an unweighted report would suggest a total that is never computed, so it is named.
"""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS711 = Rule("PS711", "light-reason-missing", ERROR, "A white light (白燈, not measurable this year) is set "
             "without a reason.")
PS712 = Rule("PS712", "light-override", INFO, "An assessor set a light by hand that differs from the one the "
             "figures give; both are shown.")
PS713 = Rule("PS713", "unweighted-weight", WARNING, "A report declared unweighted (scoring.weights: none) has "
             "a weight, section, bonus or grade; it is ignored, since such a report has no total.")
PS714 = Rule("PS714", "unweighted-facet-mix", ERROR, "A facet declared unweighted (weights: none) inside a "
             "weighted report has a weight, a rubric or a bonus goal, or every facet is unweighted: whether it "
             "counts toward the total is ambiguous.")
RULES = (PS711, PS712, PS713, PS714)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        chosen = indicator.source.light
        if chosen is None:
            continue
        if chosen.colour == "white" and not (chosen.reason or "").strip():
            yield PS711.at(indicator.path + ("light",), f"indicator {indicator.name!r} has a white light "
                           "(白燈, not measurable this year) without a reason; add light: {colour: white, "
                           "reason: ...}", key=True)
        if indicator.light_overridden:
            why = f" ({chosen.reason.strip()})" if chosen.reason and chosen.reason.strip() else ""
            computed = indicator.light_computed if indicator.light_computed != "none" else "no light (not scored)"
            yield PS712.at(indicator.path + ("light",), f"indicator {indicator.name!r}: the light is set by hand "
                           f"to {indicator.light}, its figures give {computed}{why}", key=True)
    if report.scoring.weights == "none":
        yield from _weights(report)
    else:
        yield from _facets(report)


def _facets(report: Report) -> Iterator[Finding]:
    """A facet with weights: none in a weighted report gives lights only and adds nothing to the total, so
    anything in it that would give points is ambiguous (did the author mean it to count?) and refused."""
    unweighted = [f_index for f_index, facet in enumerate(report.facets) if facet.weights == "none"]
    if unweighted and len(unweighted) == len(report.facets):
        yield PS714.at(("facets", 0, "weights"), "every facet has weights: none, so the total would be the "
                       "sections alone; declare the whole report unweighted with scoring: {weights: none}",
                       key=True)
    hint = "a facet with weights: none gives lights only and adds nothing to the total; remove it, or give " \
           "the facet a weight and drop weights: none"
    for f_index in unweighted:
        facet = report.facets[f_index]
        if facet.weight is not None:
            yield PS714.at(("facets", f_index, "weight"), f"facet {facet.name!r} has a weight: {hint}", key=True)
        for g_index, goal in enumerate(facet.goals):
            g_path = ("facets", f_index, "goals", g_index)
            if goal.bonus_cap is not None:
                yield PS714.at(g_path + ("bonus_cap",), f"goal {goal.name!r} is a bonus goal: {hint}", key=True)
            elif goal.criteria is not None:
                yield PS714.at(g_path + ("criteria",), f"goal {goal.name!r} is scored on a rubric: {hint}",
                               key=True)
            elif goal.weight is not None:
                yield PS714.at(g_path + ("weight",), f"goal {goal.name!r} has a weight: {hint}", key=True)
            for i_index, indicator in enumerate(goal.indicators):
                if indicator.weight is not None:
                    yield PS714.at(g_path + ("indicators", i_index, "weight"), f"indicator {indicator.name!r} "
                                   f"has a weight: {hint}", key=True)


def _weights(report: Report) -> Iterator[Finding]:
    hint = "an unweighted report (scoring.weights: none) has no total; remove it, or drop weights: none"
    for f_index, facet in enumerate(report.facets):
        if facet.weight is not None:
            yield PS713.at(("facets", f_index, "weight"), f"facet {facet.name!r} has a weight: {hint}", key=True)
        for g_index, goal in enumerate(facet.goals):
            g_path = ("facets", f_index, "goals", g_index)
            if goal.weight is not None:
                yield PS713.at(g_path + ("weight",), f"goal {goal.name!r} has a weight: {hint}", key=True)
            for i_index, indicator in enumerate(goal.indicators):
                if indicator.weight is not None:
                    yield PS713.at(g_path + ("indicators", i_index, "weight"), f"indicator {indicator.name!r} "
                                   f"has a weight: {hint}", key=True)
    for key in ("sections", "bonus", "grades"):
        if getattr(report, key):
            yield PS713.at((key,), f"{key}: {hint}", key=True)
