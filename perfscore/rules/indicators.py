"""Indicator rules (PS5xx): points that are missing, out of range or over a cap, unmet indicators without
a review, and actual values that cannot be scored against their target as written."""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.decimals import ZERO, plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report, Review
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.target_model import Target
from perfscore.core.targets import Actual, Refusal
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS501 = Rule("PS501", "assessed-missing", ERROR, "An indicator scored by an assessor has no points.")
PS502 = Rule("PS502", "points-range", ERROR, "Assessed points fall outside 0..weight; the nearest bound is used.")
PS503 = Rule("PS503", "cap-exceeded", ERROR, "A bonus or deduction exceeds its cap; the capped value is used.")
PS504 = Rule("PS504", "review-missing", WARNING, "An unmet indicator has no cause or no strategy "
             "(未達成原因分析暨因應策略).")
PS505 = Rule("PS505", "zero-target", ERROR, "A ratio rule has a target of 0 (or negative figures): actual/target "
             "has no meaning, so the indicator is scored all or nothing.")
PS506 = Rule("PS506", "unit-mismatch", ERROR, "The actual value's unit differs from the target's: figures in "
             "different units cannot be compared, so the indicator is not scored (full-width ％ or ｋｍ are the "
             "same unit as % or km).")
PS507 = Rule("PS507", "no-actual", INFO, "No actual value yet (a draft): the indicator is not scored.")
PS508 = Rule("PS508", "points-pending", INFO, "A draft: an assessed indicator with no actual value yet, or a "
             "section while indicators still lack actual values, has no points yet.")
PS509 = Rule("PS509", "percent-as-fraction", ERROR, "An actual of 1 or less without a unit against a percent "
             "target above 1% (0.8 against 80%): most likely a fraction for a percent. Not scored; write 80%, or "
             "0.8% if meant.")
PS510 = Rule("PS510", "bands-missing", ERROR, "credit: bands with no band table in force (scoring.bands, or bands: "
             "on the facet, goal or indicator): every achievement would earn 0.")
RULES = (PS501, PS502, PS503, PS504, PS505, PS506, PS507, PS508, PS509, PS510)

RATIO_CREDITS = ("linear", "bands")  # the credit rules that score actual / target


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        yield from _actual(indicator, in_year=result.as_of is not None)
        yield from _assessed(indicator)
        if indicator.rules.credit == "bands" and not indicator.rules.bands:
            yield PS510.at(indicator.path, f"{indicator.name!r} is scored by credit: bands but no bands are "
                           "declared for it, so it would earn 0 whatever it achieves; add bands: (e.g. - {min: 100, "
                           "credit: 100}) to scoring or to its facet, goal or indicator", key=True)
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
            yield PS507.at(path, "no actual value yet: the indicator is not scored", key=True)
        elif not indicator.source.periods:
            yield PS507.at(path, "no actual value and no periods yet: the year is in progress and nothing shows "
                           "how this indicator is going; add periods: (its values to date) or the actual when "
                           "known", key=True)
    if indicator.ratio_undefined and not indicator.bonus and indicator.rules.credit in RATIO_CREDITS \
            and target is not None and actual is not None:
        yield PS505.at(path + ("target",), f"target {target.text!r} against {actual.text!r}: a ratio of zero or "
                       "negative figures has no meaning, so it is scored all or nothing; set a positive target, or "
                       "use a done/ladder target or credit: assessed")
    if refused is None or refused.actual is None or target is None:
        return
    read = refused.actual
    if refused.reason is Refusal.ACTUAL_OTHER_UNIT:
        yield PS506.at(path + ("actual",), other_unit(read, target))
    elif refused.reason is Refusal.ACTUAL_FRACTION and read.value is not None:
        yield PS509.at(path + ("actual",), fraction(read, target))


def other_unit(read: Actual, target: Target) -> str:
    """PS506 in words (also said of a filled-in cell: rules.fill)."""
    return f"the actual is in {read.unit!r} but the target {target.text!r} is in {target.unit!r}: figures in " \
        "different units cannot be compared, so the indicator is not scored; write both in the same unit"


def fraction(read: Actual, target: Target) -> str:
    """PS509 in words (also said of a filled-in cell: rules.fill)."""
    value = plain(read.value * 100) if read.value is not None else read.text
    return f"the actual {read.text!r} against the target {target.text!r} reads as {read.text}%; if it is a " \
        f"fraction, write {value}%, and if it really is {read.text}%, write the % sign"


def _assessed(indicator: IndicatorResult) -> Iterator[Finding]:
    if indicator.rules.credit != "assessed":
        return
    path, source, weight = indicator.path, indicator.source, indicator.weight
    if source.points is None and source.actual is None:
        # A draft: nothing has been reported yet, so missing points are expected, not an error.
        yield PS508.at(path, f"no points yet for the assessed {indicator.name!r} (no actual value either): add "
                       "points: once it is assessed", key=True)
    elif source.points is None:
        allowed = "0 or more (the bonus goal's cap applies)" if indicator.bonus else f"between 0 and {weight}"
        yield PS501.at(path, f"credit is assessed but {indicator.name!r} has no points; add points: {allowed}",
                       key=True)
    if indicator.points_clamped:
        bounds = "0 or more (a bonus goal)" if indicator.bonus else f"0..{weight} (the indicator's weight)"
        yield PS502.at(path + ("points",), f"assessed points {source.points} fall outside {bounds}; "
                       f"{indicator.points_exact} is used")


def _review(indicator: IndicatorResult) -> Iterator[Finding]:
    review = indicator.source.review
    if isinstance(review, str) and review.strip():
        return
    missing = [k for k in ("cause", "strategy") if not (getattr(review, k) or "").strip()] \
        if isinstance(review, Review) else ["cause", "strategy"]
    if missing:
        yield PS504.at(indicator.path, f"unmet indicator {indicator.name!r} has no {' and no '.join(missing)}; add "
                       "review: with cause: and strategy: (未達成原因分析暨因應策略)", key=True)


def _caps(report: Report, result: ReportResult) -> Iterator[Finding]:
    for goal in (goal for facet in result.facets for goal in facet.goals):
        if goal.bonus_cap is not None and goal.points > goal.bonus_cap:
            yield PS503.at(goal.path, f"the bonus goal's points {goal.points} exceeds its cap of {goal.bonus_cap}; "
                           f"{goal.bonus_cap} is used")
    for index, item in enumerate(report.bonus):
        if item.points > item.cap:
            yield PS503.at(("bonus", index, "points"), f"the {item.kind} {item.points} exceeds its cap of "
                           f"{item.cap}; {item.cap} is used")


def _sections(report: Report, result: ReportResult) -> Iterator[Finding]:
    # While some indicator still lacks its actual value the year is not closed: section points are pending.
    pending = any(indicator.source.actual is None for indicator in result.indicators())
    for section, line in zip(report.sections, result.sections, strict=True):
        if section.points is None and pending:
            yield PS508.at(line.path, f"section {section.name!r} has no points yet (indicators still lack actual "
                           "values); add points: when it is assessed", key=True)
        elif section.points is None:
            yield PS501.at(line.path, f"section {section.name!r} has no points yet; add points: between 0 and "
                           f"{section.weight}", key=True)
        elif not ZERO <= section.points <= section.weight:
            yield PS502.at(line.path + ("points",), f"section points {section.points} fall outside "
                           f"0..{section.weight} (the section's weight); {line.points} is used")
