"""Published-figure rules (PS4xx): where the figures a report printed disagree with the ones computed
from its data. Printed figures are compared at the precision they were printed with."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.catalogue import say
from perfscore.core.decimals import HUNDRED, divide, plain, round_to
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.core.scoring import points_places
from perfscore.rules.base import WARNING, Rule

PS401 = Rule("PS401", "published-achievement", WARNING, say("rule.PS401"))
PS402 = Rule("PS402", "published-points", WARNING, say("rule.PS402"))
PS403 = Rule("PS403", "published-score", WARNING, say("rule.PS403"))
PS404 = Rule("PS404", "published-counts", WARNING, say("rule.PS404"))
PS405 = Rule("PS405", "published-goal", WARNING, say("rule.PS405"))
PS406 = Rule("PS406", "published-light", WARNING, say("rule.PS406"))
RULES = (PS401, PS402, PS403, PS404, PS405, PS406)


def _precision(published: Decimal, places: int) -> int:
    """The places the publisher printed, or the report's places if finer."""
    exponent = published.as_tuple().exponent
    return max(-exponent if isinstance(exponent, int) else 0, places)


def _shown(published: Decimal, computed: Decimal, places: int) -> Decimal:
    return round_to(computed, _precision(published, places))


def _differs(published: Decimal, computed: Decimal, places: int) -> bool:
    return _shown(published, computed, places) != round_to(published, _precision(published, places))


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    yield from _indicators(report, result)
    yield from _goals(report, result)
    for facet in result.facets:
        printed_facet = facet.source.published
        if printed_facet and printed_facet.points is not None and printed_facet.points != facet.score:
            yield PS403.at(facet.path + ("published", "points"), say(
                "PS403.facet", published=plain(printed_facet.points), computed=plain(facet.score)))
    meta = report.report.published
    if meta is None:
        return
    for key, computed in (("subtotal", result.subtotal), ("total", result.total)):
        printed_value = getattr(meta, key)
        if printed_value is not None and printed_value != computed:
            yield PS403.at(("report", "published", key),
                           say("PS403.total", field=say(f"field.{key}"), published=plain(printed_value),
                               computed=plain(computed)))
    if meta.counts is not None:
        for key in ("goals", "indicators", "met", "unmet"):
            printed_count, computed_count = getattr(meta.counts, key), getattr(result.counts, key)
            if printed_count != computed_count:
                yield PS404.at(("report", "published", "counts", key),
                               say("PS404", field=say(f"field.{key}"), published=printed_count,
                                   computed=computed_count))


def _indicators(report: Report, result: ReportResult) -> Iterator[Finding]:
    scoring = report.scoring
    places = scoring.achievement_places
    for indicator in result.indicators():
        printed = indicator.source.published
        if printed is None:
            continue
        if printed.achievement is not None and indicator.achievement_exact is not None \
                and _differs(printed.achievement, indicator.achievement_exact, places):
            yield PS401.at(indicator.path + ("published", "achievement"), say(
                "PS401", published=plain(printed.achievement), actual=indicator.actual.text if indicator.actual
                else "?", target=indicator.target.text if indicator.target else "?",
                computed=plain(_shown(printed.achievement, indicator.achievement_exact, places))))
        if printed.light is not None and printed.light != indicator.light:
            yield PS406.at(indicator.path + ("published", "light"), say(
                "PS406", published=say(f"light.{printed.light}"), name=indicator.name,
                light=say(f"light.{indicator.light}")))
        if printed.points is not None and _differs(printed.points, indicator.points_exact, points_places(scoring)):
            yield PS402.at(indicator.path + ("published", "points"), say(
                "PS402", published=plain(printed.points), credit=indicator.rules.credit,
                computed=plain(_shown(printed.points, indicator.points_exact, points_places(scoring)))))


def _goals(report: Report, result: ReportResult) -> Iterator[Finding]:
    """A goal's printed points, and its achievement: its points over its weight (17.2 of 20 is 86%)."""
    places = report.scoring.places
    for goal in (goal for facet in result.facets for goal in facet.goals):
        printed = goal.source.published
        if printed is None:
            continue
        if printed.points is not None and _differs(printed.points, goal.points, places):
            yield PS405.at(goal.path + ("published", "points"), say(
                "PS405.points", published=plain(printed.points), name=goal.name, computed=plain(goal.points)))
        if printed.achievement is None:
            continue
        if goal.weight == 0:
            yield PS405.at(goal.path + ("published", "achievement"), say(
                "PS405.unweighted", published=plain(printed.achievement), name=goal.name))
            continue
        computed = divide(goal.points * HUNDRED, goal.weight)
        if _differs(printed.achievement, computed, report.scoring.achievement_places):
            shown = _shown(printed.achievement, computed, report.scoring.achievement_places)
            yield PS405.at(goal.path + ("published", "achievement"), say(
                "PS405.achievement", published=plain(printed.achievement), points=plain(goal.points),
                weight=plain(goal.weight), computed=plain(shown)))
