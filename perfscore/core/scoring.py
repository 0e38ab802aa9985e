"""The scoring engine: pure functions from a validated `Report` to exact results.

Arithmetic only: Decimal end to end, no I/O, and no findings. Every figure is kept with the inputs it
came from, so a reader can trace points back to weight x achievement and achievement back to actual /
target; what the rules need to judge a figure (why a target could not be read, whether points were
clamped) is recorded in the results too.
"""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.dates import Moment, months_late, parse_date
from perfscore.core.dates import gap as date_gap
from perfscore.core.decimals import HUNDRED, ZERO, divide, exact, multiply, round_to
from perfscore.core.findings import Path
from perfscore.core.model import Counts, Facet, Goal, Indicator, Overrides, Report, Scoring
from perfscore.core.periods import Period, Tracking, parse_period, track
from perfscore.core.relative import PreviousYear, resolve
from perfscore.core.results import (
    FacetResult,
    GoalResult,
    IndicatorResult,
    LineItem,
    Relative,
    ReportResult,
    Rules,
)
from perfscore.core.rubric import score_rubric
from perfscore.core.stages import at_stage, settle, used_stages
from perfscore.core.target_model import Direction, Target
from perfscore.core.targets import Actual, Refusal, Refused, resolve_actual, resolve_target
from perfscore.core.unscored import not_scored


def _cascade(scoring: Scoring, *levels: Overrides) -> Rules:
    credit, bands, cap = scoring.credit, tuple(scoring.bands), scoring.achievement_cap
    late, aggregate = scoring.late_deduction, scoring.aggregate
    for level in levels:
        credit = level.credit or credit
        bands = tuple(level.bands) if level.bands is not None else bands
        cap = level.achievement_cap if level.achievement_cap is not None else cap
        late = level.late_deduction if level.late_deduction is not None else late
        aggregate = level.aggregate or aggregate
    return Rules(credit, bands, cap, late, aggregate)


def _deadline(target: Target) -> Moment:
    assert target.date is not None
    deadline = parse_date(target.date)
    assert deadline is not None  # the model and the shorthand parser read it before
    return deadline


def deadline_achievement(target: Target, actual: Actual, late_deduction: Decimal | None) -> Decimal:
    """100 when done by the deadline; late (or not done): 0, or 100 less the declared deduction per month
    or part of a month late, never below 0."""
    if actual.when is None:
        return ZERO
    late = months_late(_deadline(target), actual.when)
    if late == 0:
        return HUNDRED
    return max(HUNDRED - late_deduction * late, ZERO) if late_deduction is not None else ZERO


def achievement(target: Target, actual: Actual, late_deduction: Decimal | None = None) -> Decimal | None:
    """Achievement in percent, uncapped; None when it cannot be computed (zero target, no value)."""
    if target.direction is Direction.BY:
        return deadline_achievement(target, actual, late_deduction)
    if target.direction is Direction.DONE:
        return HUNDRED if actual.done else ZERO if actual.done is not None else None
    if target.direction is Direction.LADDER:
        values = {step.name: step.value for step in target.steps or ()}
        goal = values[target.step_to_reach]
        reached = values.get(actual.step or "")
        if reached is None or goal == 0:
            return None
        return divide(reached * HUNDRED, goal)
    value = actual.value
    if value is None:
        return None
    if target.direction is Direction.RANGE:
        assert target.low is not None and target.high is not None
        if target.low <= value <= target.high:
            return HUNDRED
        if value < target.low:  # below: actual / low, meaningful only with positive figures
            return divide(value * HUNDRED, target.low) if target.low > 0 and value >= 0 else None
        return divide(target.high * HUNDRED, value) if target.high > 0 else None  # above: high / actual
    assert target.value is not None
    if target.direction is Direction.LOWER and target.value == 0 and value >= 0:
        # 0件以下 (zero incidents): met exactly at 0, else no share of it was achieved. Not a ratio, by
        # definition, so no PS505.
        return HUNDRED if value == 0 else ZERO
    if target.value <= 0 or value < 0:
        return None
    if target.direction is Direction.HIGHER:
        return divide(value * HUNDRED, target.value)
    return Decimal("Infinity") if value == 0 else divide(target.value * HUNDRED, value)


def is_met(target: Target, actual: Actual, raw: Decimal | None) -> bool:
    if target.direction is Direction.BY:  # on or before the deadline (a month is read as its last day)
        return actual.when is not None and actual.when.last <= _deadline(target).last
    value = actual.value
    if target.direction in (Direction.HIGHER, Direction.LOWER) and value is not None:
        assert target.value is not None
        if target.direction is Direction.HIGHER:
            return value >= target.value
        return value <= target.value
    return raw is not None and raw >= HUNDRED


def credit_points(rules: Rules, weight: Decimal, capped: Decimal | None, met: bool,
                  given: Decimal | None, shown: Decimal | None = None) -> Decimal:
    """Points before rounding under the indicator's credit rule. Bands compare the achievement as shown
    (rounded to achievement_places), so a reader who sees 90% finds the 90% band applied."""
    if rules.credit == "assessed":
        return given if given is not None else ZERO
    if capped is None:
        return weight if (rules.credit == "all_or_nothing" and met) else ZERO
    if rules.credit == "all_or_nothing":
        return weight if met else ZERO
    if rules.credit == "bands":
        for band in sorted(rules.bands, key=lambda b: b.min, reverse=True):
            if (shown if shown is not None else capped) >= band.min:
                return divide(multiply(weight, band.credit), HUNDRED)
        return ZERO
    return divide(multiply(weight, capped), HUNDRED)


def points_places(scoring: Scoring) -> int:
    """Places of an indicator's points: `points_places`, else the total's `places`."""
    return scoring.places if scoring.points_places is None else scoring.points_places


# Every light an indicator can show, in the order a count by light lists them (none: not scored yet).
LIGHT_ORDER = ("green", "amber", "red", "white", "none")


def count_lights(indicators: list[IndicatorResult]) -> dict[str, int]:
    """Indicators by light, every light listed in LIGHT_ORDER (a light no indicator has counts 0)."""
    return {colour: sum(1 for i in indicators if i.light == colour) for colour in LIGHT_ORDER}


def light_for(scoring: Scoring, capped: Decimal | None, met: bool | None) -> str:
    if met is None or capped is None:
        return "none"
    if capped >= scoring.lights.green or met:
        return "green"
    return "amber" if capped >= scoring.lights.amber else "red"


def signed_gap(target: Target, actual: Actual) -> tuple[Decimal | None, str]:
    """The signed gap (差異值: actual − target, from a range's nearer end) and, for a deadline, its unit
    (`month` or `day`: late is positive). None for a done or ladder target, which has no figure to subtract."""
    if target.direction is Direction.BY:
        if actual.when is None:
            return None, ""
        count, unit = date_gap(_deadline(target), actual.when)
        return Decimal(count), unit
    return _figure_gap(target, actual), ""


def _figure_gap(target: Target, actual: Actual) -> Decimal | None:
    if actual.value is None:
        return None
    if target.direction in (Direction.HIGHER, Direction.LOWER):
        assert target.value is not None
        return actual.value - target.value
    if target.direction is Direction.RANGE:
        assert target.low is not None and target.high is not None
        return actual.value - (target.low if actual.value < target.low else target.high)
    return None


def score_indicator(report: Report, path: Path, facet: Facet, goal: Goal, indicator: Indicator,
                    previous: PreviousYear | None = None) -> IndicatorResult:
    scoring = report.scoring
    rules = _cascade(scoring, facet, goal, indicator)
    bonus = goal.bonus_cap is not None
    weight = indicator.weight if indicator.weight is not None else ZERO
    read_target = resolve_target(indicator.target)
    target = read_target if isinstance(read_target, Target) else None
    refused = read_target if isinstance(read_target, Refused) else None
    relative: Relative | None = None
    if target is not None and target.relative_to is not None:  # set from last year's actual, or not at all
        target, relative = resolve(target, indicator.unit, previous, path)
        refused = Refused(Refusal.TARGET_RELATIVE) if target is None else None
    actual: Actual | None = None
    if indicator.actual is not None:
        read_actual = resolve_actual(indicator.actual, target)
        actual = read_actual if isinstance(read_actual, Actual) else None
        refused = read_actual if isinstance(read_actual, Refused) else refused
    unit = indicator.unit if indicator.unit is not None else (target.unit if target else "")
    raw: Decimal | None = None
    met: bool | None = None
    gap: Decimal | None = None
    gap_unit = ""
    ratio_undefined = False
    if target is not None and actual is not None:
        raw = achievement(target, actual, rules.late_deduction)
        met = True if bonus else is_met(target, actual, raw)
        ratio_undefined = raw is None and actual.value is not None
        if ratio_undefined and not bonus:  # all or nothing; a bonus is scored by its points only
            raw = HUNDRED if met else ZERO
        # A met indicator's margin (超前 16.46%) only where the report asks for it (scoring.gaps: all).
        gap, gap_unit = (None, "") if met and scoring.gaps != "all" else signed_gap(target, actual)
    capped = min(raw, rules.achievement_cap) if raw is not None else None
    places, mode = points_places(scoring), scoring.rounding
    given = indicator.points
    clamped = rules.credit == "assessed" and given is not None and (given < ZERO or (not bonus and given > weight))
    if clamped and given is not None:
        given = max(given, ZERO) if bonus else min(max(given, ZERO), weight)
    shown = round_to(capped, scoring.achievement_places, mode) if capped is not None else None
    if met is False and shown is not None and capped is not None and shown >= HUNDRED:
        # 99.85% is not 100%: beside 未達成 it is rounded down (99%), and bands pick the band of 99%.
        shown = round_to(capped, scoring.achievement_places, "down")
    computed = light_for(scoring, capped, met)
    exact = ZERO if (met is None and rules.credit != "assessed") else \
        credit_points(rules, weight, capped, bool(met), given, shown)
    return IndicatorResult(
        path=path, facet=facet.name, goal=goal.name, name=indicator.name, weight=weight,
        target=target, actual=actual, unit=unit, rules=rules, bonus=bonus, achievement_raw=raw,
        achievement=shown, achievement_exact=capped, points=round_to(exact, places, mode), points_exact=exact,
        met=met, gap=gap, gap_unit=gap_unit, light=indicator.light.colour if indicator.light else computed,
        source=indicator, refused=refused, ratio_undefined=ratio_undefined, points_clamped=clamped,
        light_computed=computed, tracking=_tracking(report, rules, indicator, target), relative=relative,
    )


def _tracking(report: Report, rules: Rules, indicator: Indicator, target: Target | None) -> Tracking | None:
    """The indicator's periods; projected only while the year is in progress (report.as_of), since a closed
    year is scored on its actual value and keeps the periods for the trend and the archive."""
    if indicator.periods is None:
        return None
    meta = report.report
    as_of = parse_period(meta.as_of, meta.year) if meta.as_of is not None else None
    return track(indicator.periods, meta.year, as_of if isinstance(as_of, Period) else None,
                 meta.as_of is not None, rules.aggregate, target)


def _capped_line(path: Path, names: tuple[str, str | None], kind: str, cap: Decimal, given: Decimal) -> LineItem:
    return LineItem(path, names[0], names[1], kind, cap, min(given, cap), given)


@exact
def score(report: Report, stages: bool = True, previous: PreviousYear | None = None) -> ReportResult:
    """Score a whole report: indicators, goals, facets, sections, bonus, deductions, total and grade; with
    `stages`, also the total as it stood after each review stage (the report scored as of that stage).
    The latest review stage's points are settled into the report first (core/stages.py). Relative targets
    are set from `previous` (core/relative.py); without it they are not set and their indicators unscored."""
    if stages:
        settle(report)
    facets: list[FacetResult] = []
    bonuses: list[LineItem] = []
    for f_index, facet in enumerate(report.facets):
        weighted = report.scoring.weights != "none" and facet.weights != "none"
        goals: list[GoalResult] = []
        for g_index, goal in enumerate(facet.goals):
            g_path: Path = ("facets", f_index, "goals", g_index)
            indicators = [score_indicator(report, g_path + ("indicators", i_index), facet, goal, indicator,
                                          previous)
                          for i_index, indicator in enumerate(goal.indicators)]
            rubric = score_rubric(report.scoring, g_path, goal) if goal.is_rubric else None
            points = rubric.points if rubric else sum((i.points for i in indicators), ZERO)
            result = GoalResult(g_path, goal.name, goal.weight, sum((i.weight for i in indicators), ZERO),
                                points, goal.bonus_cap, indicators, goal, rubric)
            goals.append(result)
            if goal.bonus_cap is not None and weighted:  # a bonus goal in an unweighted facet is PS714
                bonuses.append(_capped_line(g_path, (goal.name, goal.name_en), "bonus", goal.bonus_cap, points))
        # An unweighted facet adds nothing to the total, even where a stray weight (PS713, PS714) gives points.
        score_sum = sum((g.points for g in goals if not g.is_bonus), ZERO) if weighted else ZERO
        weight = facet.weight if facet.weight is not None and weighted else ZERO  # none: unweighted (or PS201)
        facet_indicators = [i for g in goals for i in g.indicators]
        facets.append(FacetResult(("facets", f_index), facet.name, weight, score_sum, goals, facet, weighted,
                                  count_lights(facet_indicators)))
    sections = []
    for s_index, section in enumerate(report.sections):
        given = section.points if section.points is not None else ZERO
        used = min(max(given, ZERO), section.weight)
        sections.append(LineItem(("sections", s_index), section.name, section.name_en, "section", section.weight,
                                 used, given))
    for b_index, item in enumerate(report.bonus):
        bonuses.append(_capped_line(("bonus", b_index, "points"), (item.name, item.name_en), item.kind, item.cap,
                                    item.points))
    subtotal = sum((f.score for f in facets), ZERO)
    section_total = sum((s.points for s in sections), ZERO)
    bonus_total = sum((b.points for b in bonuses if b.kind == "bonus"), ZERO)
    deduction_total = sum((b.points for b in bonuses if b.kind == "deduction"), ZERO)
    total = round_to(subtotal + section_total + bonus_total - deduction_total, report.scoring.places,
                     report.scoring.rounding)
    all_indicators = [i for f in facets for g in f.goals for i in g.indicators]
    # A draft's total is not a result yet: grading it would rank an open year as failing.
    complete = all(i.met is not None for i in all_indicators) and \
        all(g.rubric.complete for f in facets for g in f.goals if g.rubric)
    grade = next((g for g in report.grades if total >= g.min), None) if complete else None
    unmet = [i for i in all_indicators if i.met is False]
    counts = Counts(goals=sum(len(f.goals) for f in facets), indicators=len(all_indicators),
                    met=sum(1 for i in all_indicators if i.met), unmet=len(unmet))
    stage_totals = {name: score(at_stage(report, name), False, previous).total for name in used_stages(report)} \
        if stages else {}
    weighted = report.scoring.weights != "none"
    unscored = not_scored(report, facets)
    if not weighted or unscored:  # lights only (no total), or no result yet (a draft, an open year): no grade
        grade = None
    lights = count_lights(all_indicators)
    return ReportResult(facets, subtotal, sections, section_total, bonuses, bonus_total, deduction_total, total,
                        grade.name if grade else None, grade.name_en if grade else None, counts, unmet,
                        stage_totals, weighted, lights, report.report.as_of, unscored)


__all__ = ["FacetResult", "GoalResult", "IndicatorResult", "LineItem", "ReportResult", "score", "signed_gap"]
