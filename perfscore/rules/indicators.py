"""Indicator rules (PS5xx): points that are missing, out of range or over a cap, unmet indicators without
a review, and actual values that cannot be scored against their target as written."""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import Message, say
from perfscore.core.dates import ROC_OFFSET, move_year, parse_date
from perfscore.core.decimals import ZERO, plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report, Review
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.target_model import Direction, Target
from perfscore.core.targets import Actual, Refusal
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS501 = Rule("PS501", "assessed-missing", ERROR, say("rule.PS501"))
PS502 = Rule("PS502", "points-range", ERROR, say("rule.PS502"))
PS503 = Rule("PS503", "cap-exceeded", ERROR, say("rule.PS503"))
PS504 = Rule("PS504", "review-missing", WARNING, say("rule.PS504"))
PS505 = Rule("PS505", "zero-target", ERROR, say("rule.PS505"))
PS506 = Rule("PS506", "unit-mismatch", ERROR, say("rule.PS506"))
PS507 = Rule("PS507", "no-actual", INFO, say("rule.PS507"))
PS508 = Rule("PS508", "points-pending", INFO, say("rule.PS508"))
PS509 = Rule("PS509", "percent-as-fraction", ERROR, say("rule.PS509"))
PS510 = Rule("PS510", "bands-missing", ERROR, say("rule.PS510"))
PS511 = Rule("PS511", "deadline-before-year", WARNING, say("rule.PS511"))
RULES = (PS501, PS502, PS503, PS504, PS505, PS506, PS507, PS508, PS509, PS510, PS511)

RATIO_CREDITS = ("linear", "bands")  # the credit rules that score actual / target


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        yield from _actual(indicator, in_year=result.as_of is not None)
        yield from _assessed(indicator)
        if indicator.rules.credit == "bands" and not indicator.rules.bands:
            yield PS510.at(indicator.path, say("PS510", name=indicator.name), key=True)
        yield from _stale_deadline(indicator, report.report.year)
    for indicator in result.unmet:
        yield from _review(indicator)
    yield from _caps(report, result)
    yield from _sections(report, result)


def _actual(indicator: IndicatorResult, in_year: bool) -> Iterator[Finding]:
    path, target, actual, refused = indicator.path, indicator.target, indicator.actual, indicator.refused
    if indicator.source.actual is None:
        # While the year is in progress (report.as_of) a missing actual is expected: an indicator with
        # periods shows its progress instead, and one without says that nothing shows how it is going.
        if not in_year:
            yield PS507.at(path, say("PS507"), key=True)
        elif not indicator.source.periods:
            yield PS507.at(path, say("PS507.in_year"), key=True)
    if indicator.ratio_undefined and not indicator.bonus and indicator.rules.credit in RATIO_CREDITS \
            and target is not None and actual is not None:
        yield PS505.at(path + ("target",), say("PS505", target=target.text, actual=actual.text))
    if refused is None or refused.actual is None or target is None:
        return
    read = refused.actual
    if refused.reason is Refusal.ACTUAL_OTHER_UNIT:
        yield PS506.at(path + ("actual",), other_unit(read, target))
    elif refused.reason is Refusal.ACTUAL_FRACTION and read.value is not None:
        yield PS509.at(path + ("actual",), fraction(read, target))


def other_unit(read: Actual, target: Target) -> Message:
    """PS506 in words (also said of a filled-in cell: rules.fill)."""
    return say("PS506", unit=read.unit, target=target.text, target_unit=target.unit)


def fraction(read: Actual, target: Target) -> Message:
    """PS509 in words (also said of a filled-in cell: rules.fill)."""
    value = plain(read.value * 100) if read.value is not None else read.text
    return say("PS509", actual=read.text, target=target.text, percent=value)


def _stale_deadline(indicator: IndicatorResult, year: int) -> Iterator[Finding]:
    """A deadline that ends before the report's year begins: most often last year's, carried over by a
    rollover (113年12月底前 in a 2025 report). Said with the same text moved into the report's year."""
    target = indicator.target
    if target is None or target.direction is not Direction.BY or target.date is None:
        return
    moment = parse_date(target.date)  # a structured target's date is as written (date: 113年6月)
    deadline = moment.year if moment is not None else year
    if deadline < year:
        yield PS511.at(indicator.path + ("target",), say(
            "PS511", target=target.text, year=year, roc=year - ROC_OFFSET,
            moved=move_year(target.text, deadline, year)))


def _assessed(indicator: IndicatorResult) -> Iterator[Finding]:
    if indicator.rules.credit != "assessed":
        return
    path, source, weight = indicator.path, indicator.source, indicator.weight
    if source.points is None and source.actual is None:
        # A draft: nothing has been reported yet, so missing points are expected, not an error.
        yield PS508.at(path, say("PS508.indicator", name=indicator.name), key=True)
    elif source.points is None:
        allowed = say("PS501.bonus") if indicator.bonus else say("PS501.between", weight=weight)
        yield PS501.at(path, say("PS501", name=indicator.name, allowed=allowed), key=True)
    if indicator.points_clamped:
        bounds = say("PS502.bonus") if indicator.bonus else say("PS502.weight", weight=weight)
        yield PS502.at(path + ("points",), say("PS502", points=source.points, bounds=bounds,
                                               used=indicator.points_exact))


def _review(indicator: IndicatorResult) -> Iterator[Finding]:
    review = indicator.source.review
    if isinstance(review, str) and review.strip():
        return
    missing = [k for k in ("cause", "strategy") if not (getattr(review, k) or "").strip()] \
        if isinstance(review, Review) else ["cause", "strategy"]
    if missing:
        lacking = say("PS504.both") if len(missing) == 2 else say("PS504.one", field=missing[0])
        yield PS504.at(indicator.path, say("PS504", name=indicator.name, missing=lacking), key=True)


def _caps(report: Report, result: ReportResult) -> Iterator[Finding]:
    for goal in (goal for facet in result.facets for goal in facet.goals):
        if goal.bonus_cap is not None and goal.points > goal.bonus_cap:
            yield PS503.at(goal.path, say("PS503.goal", points=goal.points, cap=goal.bonus_cap))
    for index, item in enumerate(report.bonus):
        if item.points > item.cap:
            yield PS503.at(("bonus", index, "points"), say("PS503.item", kind=say(f"kind.{item.kind}"),
                                                           points=item.points, cap=item.cap))


def _sections(report: Report, result: ReportResult) -> Iterator[Finding]:
    # While some indicator still lacks its actual value the year is not closed: section points are pending.
    pending = any(indicator.source.actual is None for indicator in result.indicators())
    for section, line in zip(report.sections, result.sections, strict=True):
        if section.points is None and pending:
            yield PS508.at(line.path, say("PS508.section", name=section.name), key=True)
        elif section.points is None:
            yield PS501.at(line.path, say("PS501.section", name=section.name, weight=section.weight), key=True)
        elif not ZERO <= section.points <= section.weight:
            yield PS502.at(line.path + ("points",), say("PS502.section", points=section.points,
                                                        weight=section.weight, used=line.points))
