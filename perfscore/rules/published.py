"""Published-figure rules (PS4xx): where the figures a report printed disagree with the ones computed
from its data. Printed figures are compared at the precision they were printed with."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import HUNDRED, divide, plain, round_to
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.scoring import points_places, signed_gap
from perfscore.core.target_model import ActualInput, Direction
from perfscore.core.targets import normalise_unit, parse_actual
from perfscore.rules.base import WARNING, Rule

PS401 = Rule("PS401", "published-achievement", WARNING, say("rule.PS401"))
PS402 = Rule("PS402", "published-points", WARNING, say("rule.PS402"))
PS403 = Rule("PS403", "published-score", WARNING, say("rule.PS403"))
PS404 = Rule("PS404", "published-counts", WARNING, say("rule.PS404"))
PS405 = Rule("PS405", "published-goal", WARNING, say("rule.PS405"))
PS406 = Rule("PS406", "published-light", WARNING, say("rule.PS406"))
PS407 = Rule("PS407", "published-gap", WARNING, say("rule.PS407"))
RULES = (PS401, PS402, PS403, PS404, PS405, PS406, PS407)
# 超前 (ahead) is the better side of the target, 落後 (behind) the worse: a sign that depends on the direction.
AHEAD, BEHIND = "超前", "落後"


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
        if printed.gap is not None:
            yield from _gap(indicator, printed.gap, scoring.places)
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


# A deadline's gap as a published report prints it: 2月 or 2個月, 15天 (the first is the one
# suggested). Not the display label: the tables glue 個月 and 天 to the figure, the audit accepts either.
PRINTED_UNITS = {"month": ("月", "個月"), "day": ("天",)}


def _gap(indicator: IndicatorResult, printed: ActualInput, places: int) -> Iterator[Finding]:
    """The printed gap against actual − target (a draft's, with no actual yet, is not audited)."""
    target, actual, path = indicator.target, indicator.actual, indicator.path + ("published", "gap")
    if target is None or actual is None:
        return
    computed, unit = signed_gap(target, actual)
    if computed is None:
        yield PS407.at(path, say("PS407.no_gap", printed=printed, direction=target.direction.value))
        return
    expected = PRINTED_UNITS[unit][0] if unit else normalise_unit(indicator.unit)
    value, why = _read_gap(printed, target.direction)
    if value is None:
        assert why is not None
        yield PS407.at(path, say("PS407.unreadable", printed=printed, why=why))
        return
    written = normalise_unit(parse_actual(str(printed)).unit) if isinstance(printed, str) else ""
    if written not in ("", expected, *PRINTED_UNITS.get(unit, ())):
        yield PS407.at(path, say("PS407.unit", printed=printed, written=written, name=indicator.name,
                                 expected=expected))
    elif _differs(value, computed, places):
        shown = _shown(value, computed, places)
        yield PS407.at(path, say("PS407", published=_signed(value), unit=expected, actual=actual.text,
                                 target=target.text, computed=_signed(shown)))


def _read_gap(printed: ActualInput, direction: Direction) -> tuple[Decimal | None, Message | None]:
    """The signed gap a printed one says, or None and what to write instead."""
    advice = say("PS407.advice")
    if isinstance(printed, bool):
        return None, advice
    if isinstance(printed, int | Decimal):
        return Decimal(printed), None
    text = printed.strip()
    word = next((w for w in (AHEAD, BEHIND) if text.startswith(w)), None)
    rest = text.removeprefix(word).strip() if word else text
    read = parse_actual(rest)
    if read.value is None or read.when is not None:
        return None, advice
    if word is None:
        return read.value, None
    if rest[:1] in "+-" or direction is Direction.RANGE:
        return None, say("PS407.word", word=word, advice=advice)
    # Higher is better: ahead is above the target (+). Lower is better, or a deadline: ahead is below (−).
    ahead_is_up = direction is Direction.HIGHER
    return (read.value if (word == AHEAD) == ahead_is_up else -read.value), None


def _signed(value: Decimal) -> str:
    return f"+{plain(value)}" if value > 0 else plain(value)
