"""Relative targets (較上年度提升): a target that is the previous year's actual value, moved by a change.

Pure: the engine reads the previous year's report, scores it and matches its indicators to this year's
(as `diff` does); this module gets that as a `PreviousYear` and turns one relative target into an ordinary
`Target`, with a `Relative` record of where it came from, or says why it cannot be set. A target that
cannot be set is never guessed: the indicator stays unscored and the rules report the reason (PS611 for
the change as written, PS612 for the previous year).

A change is written one unambiguous way for each meaning (docs/format.md):
- `change: +5` or `+5件`: in the indicator's own unit; `change: +1pt` (or `+1個百分點`): percentage points,
  for a percent indicator only, where a bare number or `+1%` could be read either way and is refused;
- `change_percent: 2`: percent of last year's actual (80.2% × 1.02), for any unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from perfscore.core.catalogue import Message, say
from perfscore.core.decimals import HUNDRED, ZERO, divide, multiply, plain, to_decimal
from perfscore.core.findings import Path
from perfscore.core.results import Change, IndicatorResult, Relative, ReportResult
from perfscore.core.target_model import Direction, Target
from perfscore.core.targets import NUMBER, Actual, normalise_unit, resolve_actual, resolve_target

_CHANGE = re.compile(rf"^(?P<num>{NUMBER})\s*(?P<unit>[^\d\s]*?)\s*$")
_POINTS = ("pt", "pts", "個百分點", "百分點")
_PERCENT_SIGNS = ("%", "％")


@dataclass(frozen=True)
class PreviousYear:
    """The previous year's report as the engine found it: scored (`result`), or why not (`problem`)."""

    file: str | None  # as named, relative to the current directory; None when no previous year is named
    result: ReportResult | None = None
    problem: Message | None = None  # why the file cannot be used (unreadable, cannot be scored)
    twins: Mapping[Path, IndicatorResult] = field(default_factory=dict)  # this year's indicator -> last year's


def is_relative(written: object) -> bool:
    """Whether a target as written is relative; cheap for the usual fixed ones, since every file asks."""
    if isinstance(written, Target):
        return written.relative_to is not None
    if not isinstance(written, str) or not ("previous" in written.lower() or "上年度" in written):
        return False
    target = resolve_target(written)
    return isinstance(target, Target) and target.relative_to is not None


def _signed(amount: Decimal) -> str:
    return f"{'+' if amount >= 0 else ''}{plain(amount)}"


def read_change(target: Target) -> Change | Message:
    """The change as written, or why it is refused; whether it suits the unit is checked on resolving."""
    if target.change_percent is not None:
        return Change("percent", target.change_percent, f"{_signed(target.change_percent)}%")
    written = target.change
    if written is None:
        return Change("none", ZERO, "")
    if isinstance(written, int | Decimal):
        return Change("absolute", Decimal(written), _signed(Decimal(written)))
    match = _CHANGE.match(written.strip())
    amount = to_decimal(match["num"]) if match else None
    if match is None or amount is None:
        return say("relative.unreadable", change=written)
    unit = normalise_unit(match["unit"])
    if unit in _PERCENT_SIGNS:
        return say("relative.ambiguous", change=written, how=say("relative.how"))
    if unit.lower() in _POINTS:
        return Change("points", amount, f"{_signed(amount)}pt")
    return Change("absolute", amount, f"{_signed(amount)}{unit}")


def _refused(file: str | None, problem: Message, change: bool = False,
             read: Change | None = None) -> tuple[None, Relative]:
    """No target: why (`change`: the change as written is at fault), with the change as read if it was."""
    return None, Relative(file, change=read, problem=problem, change_problem=change)


def resolve(target: Target, unit: str | None, previous: PreviousYear | None,
            path: Path) -> tuple[Target | None, Relative]:
    """The relative `target` of the indicator at `path` as an ordinary target, and where it came from; the
    target is None (and `Relative.problem` says why) when it cannot be set."""
    file = previous.file if previous is not None else None
    change = read_change(target)
    if isinstance(change, Message):
        return _refused(file, change, change=True)
    if previous is None or previous.file is None:
        return _refused(None, say("relative.no_previous"), read=change)
    if previous.result is None:
        problem = previous.problem or say("previous.unscorable")
        return _refused(file, say("relative.previous", file=file, problem=problem), read=change)
    twin = previous.twins.get(path)
    if twin is None:
        return _refused(file, say("relative.no_twin", file=file), read=change)
    if twin.source.actual is None:
        return _refused(file, say("relative.no_actual", name=twin.name, file=file), read=change)
    actual = resolve_actual(twin.source.actual, None)
    assert isinstance(actual, Actual)  # without a target the actual is read unchecked
    if actual.value is None:
        return _refused(file, say("relative.not_number", actual=actual.text, file=file), read=change)
    last_unit = normalise_unit(actual.unit or twin.unit)
    own = normalise_unit(target.unit or unit or "") or last_unit
    if last_unit and own != last_unit:
        return _refused(file, say("relative.units", actual=actual.text, file=file, last=last_unit, own=own),
                        read=change)
    return _moved(target, change, actual, own, file)


def _moved(target: Target, change: Change, actual: Actual, unit: str,
           file: str | None) -> tuple[Target | None, Relative]:
    assert actual.value is not None
    percent = unit == "%"
    if change.kind == "points" and not percent:
        return _refused(file, say("relative.points", change=change.text, actual=actual.text, unit=unit),
                        change=True, read=change)
    if change.kind == "absolute" and percent:
        return _refused(file, say("relative.ambiguous_percent", change=target.change, how=say("relative.how")),
                        change=True, read=change)
    named = change.text.lstrip("+-0123456789.,")
    if change.kind == "absolute" and named and named != unit:
        problem = say("relative.unit", change=change.text, named=named, unit=unit) if unit \
            else say("relative.no_unit", change=change.text, named=named)
        return _refused(file, problem, change=True, read=change)
    if change.kind == "percent":
        value = divide(multiply(actual.value, HUNDRED + change.amount), HUNDRED)
    else:
        value = actual.value + change.amount
    if value < 0 <= actual.value:
        return _refused(file, say("relative.below_zero", actual=actual.text, change=change.text, value=plain(value),
                                  unit=unit), change=True, read=change)
    lower = target.direction is Direction.LOWER
    text = f"{'≤' if lower else '≥'} {plain(value)}{unit}"
    resolved = Target.model_construct(direction=target.direction, value=value, unit=unit, text=text)
    return resolved, Relative(file, actual.text, actual.value, change)
