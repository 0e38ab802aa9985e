"""Published-figure rules (PS4xx): where the figures a report printed disagree with the ones computed
from its data. Printed figures are compared at the precision they were printed with."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.decimals import HUNDRED, divide, plain, round_to
from perfscore.core.findings import Finding
from perfscore.core.i18n import label
from perfscore.core.model import Report
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.scoring import points_places, signed_gap
from perfscore.core.target_model import ActualInput, Direction
from perfscore.core.targets import normalise_unit, parse_actual
from perfscore.rules.base import WARNING, Rule

PS401 = Rule("PS401", "published-achievement", WARNING, "A published achievement (達成度) differs from the "
             "computed one.")
PS402 = Rule("PS402", "published-points", WARNING, "Published points (項目權分) differ from the computed ones.")
PS403 = Rule("PS403", "published-score", WARNING, "A published facet score, subtotal or total differs from the "
             "computed one.")
PS404 = Rule("PS404", "published-counts", WARNING, "Published goal, indicator, met or unmet counts differ from the "
             "data.")
PS405 = Rule("PS405", "published-goal", WARNING, "A published goal figure (points, or achievement: points over "
             "weight) differs from the computed one.")
PS406 = Rule("PS406", "published-light", WARNING, "A published light (燈號) differs from the indicator's light.")
PS407 = Rule("PS407", "published-gap", WARNING, "A published gap (差異值) differs from the computed one, or "
             "cannot be read.")
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
            yield PS403.at(facet.path + ("published", "points"), f"published facet score "
                           f"{plain(printed_facet.points)} but its goals add up to {plain(facet.score)}")
    meta = report.report.published
    if meta is None:
        return
    for key, computed in (("subtotal", result.subtotal), ("total", result.total)):
        printed_value = getattr(meta, key)
        if printed_value is not None and printed_value != computed:
            yield PS403.at(("report", "published", key),
                           f"published {key} {plain(printed_value)} but the figures give {plain(computed)}")
    if meta.counts is not None:
        for key in ("goals", "indicators", "met", "unmet"):
            printed_count, computed_count = getattr(meta.counts, key), getattr(result.counts, key)
            if printed_count != computed_count:
                yield PS404.at(("report", "published", "counts", key),
                               f"published {printed_count} {key} but the data has {computed_count}")


def _indicators(report: Report, result: ReportResult) -> Iterator[Finding]:
    scoring = report.scoring
    places = scoring.achievement_places
    for indicator in result.indicators():
        printed = indicator.source.published
        if printed is None:
            continue
        if printed.achievement is not None and indicator.achievement_exact is not None \
                and _differs(printed.achievement, indicator.achievement_exact, places):
            yield PS401.at(indicator.path + ("published", "achievement"),
                           f"published achievement {plain(printed.achievement)}% but "
                           f"{indicator.actual.text if indicator.actual else '?'} against "
                           f"{indicator.target.text if indicator.target else '?'} gives "
                           f"{plain(_shown(printed.achievement, indicator.achievement_exact, places))}%")
        if printed.light is not None and printed.light != indicator.light:
            yield PS406.at(indicator.path + ("published", "light"), f"published light {printed.light} but "
                           f"indicator {indicator.name!r} has {indicator.light}")
        if printed.gap is not None:
            yield from _gap(indicator, printed.gap, scoring.places)
        if printed.points is not None and _differs(printed.points, indicator.points_exact, points_places(scoring)):
            yield PS402.at(indicator.path + ("published", "points"),
                           f"published points {plain(printed.points)} but the {indicator.rules.credit} rule gives "
                           f"{plain(_shown(printed.points, indicator.points_exact, points_places(scoring)))}")


def _goals(report: Report, result: ReportResult) -> Iterator[Finding]:
    """A goal's printed points, and its achievement: its points over its weight (17.2 of 20 is 86%)."""
    places = report.scoring.places
    for goal in (goal for facet in result.facets for goal in facet.goals):
        printed = goal.source.published
        if printed is None:
            continue
        if printed.points is not None and _differs(printed.points, goal.points, places):
            yield PS405.at(goal.path + ("published", "points"), f"published goal points {plain(printed.points)} "
                           f"but goal {goal.name!r} adds up to {plain(goal.points)}")
        if printed.achievement is None:
            continue
        if goal.weight == 0:
            yield PS405.at(goal.path + ("published", "achievement"), f"published goal achievement "
                           f"{plain(printed.achievement)}% but goal {goal.name!r} has no weight to divide by")
            continue
        computed = divide(goal.points * HUNDRED, goal.weight)
        if _differs(printed.achievement, computed, report.scoring.achievement_places):
            shown = _shown(printed.achievement, computed, report.scoring.achievement_places)
            yield PS405.at(goal.path + ("published", "achievement"), f"published goal achievement "
                           f"{plain(printed.achievement)}% but {plain(goal.points)} of {plain(goal.weight)} is "
                           f"{plain(shown)}%")


def _gap(indicator: IndicatorResult, printed: ActualInput, places: int) -> Iterator[Finding]:
    """The printed gap against actual − target (a draft's, with no actual yet, is not audited)."""
    target, actual, path = indicator.target, indicator.actual, indicator.path + ("published", "gap")
    if target is None or actual is None:
        return
    computed, unit = signed_gap(target, actual)
    if computed is None:
        yield PS407.at(path, f"published gap {printed!r} but a {target.direction.value} target has no gap "
                       "(差異值), only met or not; leave published.gap out")
        return
    expected = label(f"gap_{unit}", "zh-TW").strip() if unit else normalise_unit(indicator.unit)
    value, why = _read_gap(printed, target.direction)
    if value is None:
        yield PS407.at(path, f"published gap {printed!r} cannot be read: {why}")
        return
    written = normalise_unit(parse_actual(str(printed)).unit) if isinstance(printed, str) else ""
    if written not in ("", expected):
        yield PS407.at(path, f"published gap {printed!r} is in {written!r} but the gap of {indicator.name!r} is "
                       f"in {expected!r}; write it in {expected!r}")
    elif _differs(value, computed, places):
        shown = _shown(value, computed, places)
        yield PS407.at(path, f"published gap {_signed(value)}{expected} but {actual.text} against {target.text} "
                       f"gives {_signed(shown)}{expected}")


def _read_gap(printed: ActualInput, direction: Direction) -> tuple[Decimal | None, str]:
    """The signed gap a printed one says, or None and what to write instead."""
    advice = "write the signed gap, actual − target, in the indicator's unit (-7%, +2天), or 超前/落後 and its size"
    if isinstance(printed, bool):
        return None, advice
    if isinstance(printed, int | Decimal):
        return Decimal(printed), ""
    text = printed.strip()
    word = next((w for w in (AHEAD, BEHIND) if text.startswith(w)), None)
    rest = text.removeprefix(word).strip() if word else text
    read = parse_actual(rest)
    if read.value is None or read.when is not None:
        return None, advice
    if word is None:
        return read.value, ""
    if rest[:1] in "+-" or direction is Direction.RANGE:
        return None, f"{word} with a sign, or against a range, has no one meaning; {advice}"
    # Higher is better: ahead is above the target (+). Lower is better, or a deadline: ahead is below (−).
    ahead_is_up = direction is Direction.HIGHER
    return (read.value if (word == AHEAD) == ahead_is_up else -read.value), ""


def _signed(value: Decimal) -> str:
    return f"+{plain(value)}" if value > 0 else plain(value)
