"""Published-figure rules (PS4xx): where the figures a report printed disagree with the ones computed
from its data. Printed figures are compared at the precision they were printed with."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.catalogue import say
from perfscore.core.decimals import plain, round_to
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.core.scoring import points_places
from perfscore.rules.base import WARNING, Rule

PS401 = Rule("PS401", "published-achievement", WARNING, "A published achievement (達成度) differs from the "
             "computed one.")
PS402 = Rule("PS402", "published-points", WARNING, "Published points (項目權分) differ from the computed ones.")
PS403 = Rule("PS403", "published-score", WARNING, "A published facet score, subtotal or total differs from the "
             "computed one.")
PS404 = Rule("PS404", "published-counts", WARNING, "Published goal, indicator, met or unmet counts differ from the "
             "data.")
RULES = (PS401, PS402, PS403, PS404)


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
                           say("PS403.total", field=key, published=plain(printed_value), computed=plain(computed)))
    if meta.counts is not None:
        for key in ("goals", "indicators", "met", "unmet"):
            printed_count, computed_count = getattr(meta.counts, key), getattr(result.counts, key)
            if printed_count != computed_count:
                yield PS404.at(("report", "published", "counts", key),
                               say("PS404", field=key, published=printed_count, computed=computed_count))


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
        if printed.points is not None and _differs(printed.points, indicator.points_exact, points_places(scoring)):
            yield PS402.at(indicator.path + ("published", "points"), say(
                "PS402", published=plain(printed.points), credit=indicator.rules.credit,
                computed=plain(_shown(printed.points, indicator.points_exact, points_places(scoring)))))
