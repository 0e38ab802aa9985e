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


def parse_period(key: object, year: int) -> Period | str:
    """The period a key names, or why it is not one (a message saying what would be right)."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"period {key} is a number; write a month as {year}-03 or a quarter as {year}-Q1"
    text = unicodedata.normalize("NFKC", str(key)).strip()
    month, quarter = _MONTH.match(text), _QUARTER.match(text)
    if month and 1 <= int(month[2]) <= 12:
        found = Period(text, int(month[1]), int(month[2]), False)
    elif quarter:
        found = Period(text, int(quarter[1]), 3 * int(quarter[2]), True)
    else:
        return _malformed(str(key), text, year)
    if found.year != year:
        return f"period {found.label} is not in the report's year {year}; a report tracks its own year only"
    return found


def _malformed(key: str, text: str, year: int) -> str:
    near_month, near_quarter = _NEAR_MONTH.match(text), _NEAR_QUARTER.match(text)
    if near_month and 1 <= int(near_month[2]) <= 12:
        right = f"{near_month[1]}-{int(near_month[2]):02d}"
        return f"period {key!r} is not written as a month: write {right} (a period is a month or a quarter, " \
               "never a day)"
    if near_month:
        return f"period {key!r}: month {int(near_month[2])} does not exist; write {year}-01 to {year}-12"
    if near_quarter and 1 <= int(near_quarter[2]) <= 4:
        return f"period {key!r} is not written as a quarter: write {near_quarter[1]}-Q{near_quarter[2]}"
    if near_quarter:
        return f"period {key!r}: a year has quarters Q1 to Q4"
    return f"period {key!r} is neither a month ({year}-03) nor a quarter ({year}-Q1)"


@dataclass
class Tracking:
    """An indicator's periods as read, and, in a year still in progress, where they lead.

    `problems` are (key, message): a key of `periods:`, or None for the mapping as a whole. The figures
    are None when the year is closed (periods kept, not used), or when a problem stops the projection."""

    aggregate: Aggregate
    values: list[tuple[Period, Decimal]] = field(default_factory=list)  # in order of the months they end
    problems: list[tuple[str | int | None, str]] = field(default_factory=list)
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
        if isinstance(period, str):
            tracking.problems.append((key, period))
        elif isinstance(value, str):
            tracking.problems.append((key, f"period {period.label}: {value}"))
        elif in_progress and as_of is not None and period.end > as_of.end:
            tracking.problems.append((key, f"period {period.label} ends after as_of {as_of.label}: its value "
                                           "cannot be known yet; remove it or move as_of"))
        else:
            tracking.values.append((period, value))
    tracking.values.sort(key=lambda pair: pair[0].end)
    kinds = {period.quarter for period, _ in tracking.values}
    if len(kinds) > 1:
        tracking.problems.append((None, "periods mix months and quarters; write one or the other"))
    if target is not None and target.direction not in (Direction.HIGHER, Direction.LOWER, Direction.RANGE):
        tracking.problems.append((None, f"periods need a numeric target (a number to reach, not exceed, or a "
                                        f"range); this one is {target.direction.value}"))
    if in_progress and as_of is not None and target is not None and tracking.values and not tracking.problems:
        _project(tracking, target)
    return tracking


def _value(written: Decimal | str, unit: str) -> Decimal | str:
    if isinstance(written, Decimal):
        return written
    text = unicodedata.normalize("NFKC", written).strip()
    bare = text.removesuffix(unicodedata.normalize("NFKC", unit)).strip() if unit else text
    number = to_decimal(bare)
    if number is None:
        shown = f"a number in the target's unit ({unit}), such as 21{unit}" if unit else "a number, such as 21"
        return f"{written!r} is not {shown}"
    return number


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
            tracking.problems.append((None, f"aggregate sum adds every period from the year's start, and {names} "
                                            "is missing; write 0 for a period with nothing done"))
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
