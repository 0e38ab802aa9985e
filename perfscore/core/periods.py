"""In-year tracking: an indicator's values by month (`2024-03`) or quarter (`2024-Q1`), how they add up to
the value to date, and the straight-line projection to the year's end (docs/format.md, 年度進度).

Pure: no I/O. Scoring calls `track` for each indicator with `periods:`; what cannot be read is kept as a
problem (the key it belongs to and why), which the periods rules (PS73x) turn into located findings.

The projection, per aggregation (the data's own coverage `m` is the last month the latest period covers):
- cumulative (each value is the running total): latest value × 12 / m;
- sum (each value is that period's amount; every period from the year's start is needed): Σ × 12 / m;
- average (each value is that period's rate): the mean so far, taken as the year's;
- last (each value is a level at the period's end): the latest value, carried to the year's end.
A fitted line is not used for average and last: two or three points of a rate or a level are noise
more than trend, and a line through them would promise or threaten a year end nobody measured.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import divide, multiply, round_to, to_decimal
from perfscore.core.target_model import Direction, Target

Aggregate = Literal["cumulative", "sum", "average", "last"]
TWELVE = Decimal(12)
SHOWN_PLACES = 2  # a projection or an average is shown to 2 places (85.714… -> 85.71); at risk is decided exactly

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_NEAR_MONTH = re.compile(r"^(\d{4})[-/.年]?(\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$")
_NEAR_QUARTER = re.compile(r"^(\d{4})\s*[-_ ]?\s*[Qq]\s*([1-9]\d*)$")


@dataclass(frozen=True)
class Period:
    """A month or a quarter of a year; `end` is the last month it covers (2024-Q2 -> 6)."""

    label: str
    year: int
    end: int
    quarter: bool


def parse_period(key: object, year: int, what: str = "period") -> Period | Message:
    """The period a key names, or why it is not one (a message saying what would be right); `what` is the
    subject the message names: "period" for a key of periods:, "as_of" for report.as_of."""
    if isinstance(key, int) and not isinstance(key, bool):
        return say(f"{what}.number", key=key, year=year)
    text = unicodedata.normalize("NFKC", str(key)).strip()
    month, quarter = _MONTH.match(text), _QUARTER.match(text)
    if month and 1 <= int(month[2]) <= 12:
        found = Period(text, int(month[1]), int(month[2]), False)
    elif quarter:
        found = Period(text, int(quarter[1]), 3 * int(quarter[2]), True)
    else:
        return _malformed(str(key), text, year, what)
    if found.year != year:
        return say(f"{what}.other_year", label=found.label, year=year)
    return found


def _malformed(key: str, text: str, year: int, what: str) -> Message:
    near_month, near_quarter = _NEAR_MONTH.match(text), _NEAR_QUARTER.match(text)
    if near_month and 1 <= int(near_month[2]) <= 12:
        return say(f"{what}.month_form", key=key, right=f"{near_month[1]}-{int(near_month[2]):02d}")
    if near_month:
        return say(f"{what}.no_month", key=key, month=int(near_month[2]), year=year)
    if near_quarter and 1 <= int(near_quarter[2]) <= 4:
        return say(f"{what}.quarter_form", key=key, right=f"{near_quarter[1]}-Q{near_quarter[2]}")
    if near_quarter:
        return say(f"{what}.no_quarter", key=key)
    return say(f"{what}.neither", key=key, year=year)


@dataclass
class Tracking:
    """An indicator's periods as read, and, in a year still in progress, where they lead.

    `problems` are (key, message): a key of `periods:`, or None for the mapping as a whole. The figures
    are None when the year is closed (periods kept, not used), or when a problem stops the projection."""

    aggregate: Aggregate
    values: list[tuple[Period, Decimal]] = field(default_factory=list)  # in order of the months they end
    problems: list[tuple[str | int | None, Message]] = field(default_factory=list)
    in_progress: bool = False
    months: int | None = None  # the data's coverage: the last month the latest period covers
    to_date: Decimal | None = None
    projection: Decimal | None = None
    at_risk: bool | None = None


def track(periods: dict[str | int, Decimal | str], year: int, as_of: Period | None, in_progress: bool,
          aggregate: Aggregate, target: Target | None) -> Tracking:
    """Read `periods` and, when `in_progress` with a valid `as_of`, the value to date and the projection."""
    tracking = Tracking(aggregate, in_progress=in_progress)
    unit = target.unit if target is not None else ""
    for key, written in periods.items():
        period = parse_period(key, year)
        value = _value(written, unit)
        if isinstance(period, Message):
            tracking.problems.append((key, period))
        elif value is None:
            tracking.problems.append((key, say("period.not_number_unit", label=period.label, value=written, unit=unit)
                                      if unit else say("period.not_number", label=period.label, value=written)))
        elif in_progress and as_of is not None and period.end > as_of.end:
            tracking.problems.append((key, say("period.after_as_of", label=period.label, as_of=as_of.label)))
        else:
            tracking.values.append((period, value))
    tracking.values.sort(key=lambda pair: pair[0].end)
    kinds = {period.quarter for period, _ in tracking.values}
    if len(kinds) > 1:
        tracking.problems.append((None, say("period.mixed")))
    if target is not None and target.direction not in (Direction.HIGHER, Direction.LOWER, Direction.RANGE):
        tracking.problems.append((None, say("period.numeric_target", direction=target.direction.value)))
    if in_progress and as_of is not None and target is not None and tracking.values and not tracking.problems:
        _project(tracking, target)
    return tracking


def _value(written: Decimal | str, unit: str) -> Decimal | None:
    """The figure written, or None when it is not a number (in the target's unit, when it has one)."""
    if isinstance(written, Decimal):
        return written
    text = unicodedata.normalize("NFKC", written).strip()
    bare = text.removesuffix(unicodedata.normalize("NFKC", unit)).strip() if unit else text
    return to_decimal(bare)


def _project(tracking: Tracking, target: Target) -> None:
    values = [value for _, value in tracking.values]
    latest = tracking.values[-1][0]
    if tracking.aggregate == "sum":
        step = 3 if latest.quarter else 1
        written = {period.end for period, _ in tracking.values}
        missing = [end for end in range(step, latest.end + 1, step) if end not in written]
        if missing:
            names = ", ".join(f"{latest.year}-Q{end // 3}" if latest.quarter else f"{latest.year}-{end:02d}"
                              for end in missing)
            tracking.problems.append((None, say("period.sum_missing", names=names)))
            return
    tracking.months = latest.end
    if tracking.aggregate == "cumulative":
        tracking.to_date = values[-1]
    elif tracking.aggregate == "sum":
        tracking.to_date = sum(values, Decimal(0))
    elif tracking.aggregate == "average":
        tracking.to_date = divide(sum(values, Decimal(0)), Decimal(len(values)))
    else:
        tracking.to_date = values[-1]
    if tracking.aggregate in ("cumulative", "sum"):
        tracking.projection = divide(multiply(tracking.to_date, TWELVE), Decimal(latest.end))
    else:
        tracking.projection = tracking.to_date
    tracking.at_risk = misses(target, tracking.projection)


def misses(target: Target, value: Decimal) -> bool:
    """Whether `value` at the year's end would miss the target (the boundary itself is met)."""
    if target.direction is Direction.HIGHER:
        assert target.value is not None
        return value < target.value
    if target.direction is Direction.LOWER:
        assert target.value is not None
        return value > target.value
    assert target.low is not None and target.high is not None
    return not target.low <= value <= target.high


def shown(value: Decimal) -> Decimal:
    """A projection or an average as printed (SHOWN_PLACES, half up); the decisions use the exact figure."""
    return round_to(value, SHOWN_PLACES)
