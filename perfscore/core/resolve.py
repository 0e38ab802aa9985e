"""Turns the written target and actual (shorthand text, numbers or structured mappings) into `Target`
and `Actual` values, reporting what cannot be understood. Pure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from perfscore.core.decimals import plain
from perfscore.core.model import ActualInput, StructuredTarget, TargetInput
from perfscore.core.problems import Path, Problem
from perfscore.core.targets import (
    MAX_TEXT,
    NUMBER,
    STRICT_OPERATORS,
    Actual,
    Direction,
    Step,
    Target,
    number_advice,
    parse_actual,
    parse_target,
)

_SHORTHANDS = "100%, 250, >= 5, ≥5, <= 7, 85%以上, 5案以上, 執行率80%, 3 以下, 80%~90%, 完成"


def resolve_target(written: TargetInput, path: Path, problems: list[Problem]) -> Target | None:
    if isinstance(written, StructuredTarget):
        return _structured(written)
    if isinstance(written, bool):
        problems.append(Problem("PS204", path, "a target cannot be true/false; for a done/not-done indicator "
                                "write target: 完成 (or done)"))
        return None
    if isinstance(written, int | Decimal):
        value = Decimal(written)
        return Target(Direction.HIGHER, plain(value), value=value)
    parsed = parse_target(written)
    if parsed is None:
        problems.append(Problem("PS204", path, _unreadable(written)))
    return parsed


def _unreadable(written: str) -> str:
    shown = written if len(written) <= 60 else written[:57] + "..."
    if len(written) > MAX_TEXT:
        return f"the target {shown!r} is over {MAX_TEXT} characters; a target is a short phrase such as {_SHORTHANDS}"
    if any(op in written for op in STRICT_OPERATORS) and not any(op in written for op in (">=", "<=", "＞＝", "＜＝")):
        return (f"cannot read the target {shown!r}: strict targets (> or <) are not supported, because the "
                f"boundary itself would be unmet at 100%; write {_inclusive(written)} (以上 and 以下 include the "
                "number)")
    advice = number_advice(written)
    if advice:
        return f"cannot read the target {shown!r} as a number: {advice}"
    return f"cannot read the target {shown!r}; write a shorthand such as {_SHORTHANDS}, or a structured target " \
        "with direction:"


def _inclusive(written: str) -> str:
    """The inclusive forms of a strict target, in its own direction and with its own number and unit:
    `< 3` -> `<= 3, ≤ 3 or 3以下`; `> 5%` -> `>= 5%, ≥ 5% or 5%以上`."""
    match = re.search(rf"([<＜>＞])\s*({NUMBER})\s*(\S{{0,6}})", written)
    lower = match is not None and match.group(1) in "<＜"
    figure = f"{match.group(2)}{match.group(3)}" if match else "5"
    operator, symbol, word = ("<=", "≤", "以下") if lower else (">=", "≥", "以上")
    return f"{operator} {figure}, {symbol} {figure} or {figure}{word}"


def _structured(written: StructuredTarget) -> Target:
    direction = Direction(written.direction)
    steps = tuple(Step(step.name, step.value) for step in written.steps or ())
    text = written.text
    if text is None:
        text = _describe(written)
    return Target(direction, text, written.unit, value=written.value, low=written.low, high=written.high,
                  steps=steps, reach=written.reach)


def _describe(written: StructuredTarget) -> str:
    unit = written.unit
    if written.direction == "higher" and written.value is not None:
        return f"≥ {plain(written.value)}{unit}"
    if written.direction == "lower" and written.value is not None:
        return f"≤ {plain(written.value)}{unit}"
    if written.direction == "range" and written.low is not None and written.high is not None:
        return f"{plain(written.low)}{unit}~{plain(written.high)}{unit}"
    if written.direction == "ladder" and written.steps:
        return written.reach or written.steps[-1].name
    return "完成"


def resolve_actual(written: ActualInput, target: Target | None, path: Path,
                   problems: list[Problem]) -> Actual | None:
    if isinstance(written, bool):
        actual = Actual("完成" if written else "未完成", done=written)
    elif isinstance(written, int | Decimal):
        actual = Actual(plain(Decimal(written)), value=Decimal(written))
    else:
        actual = parse_actual(written)
    if target is None:
        return actual
    if target.direction is Direction.DONE:
        if actual.done is None:
            problems.append(Problem("PS205", path, f"the target is done/not done, so the actual must be true, "
                                    f"false, 完成 or 未完成, not {written!r}"))
            return None
        return actual
    if target.direction is Direction.LADDER:
        names = [step.name for step in target.steps]
        if actual.step not in names and actual.text not in names:
            problems.append(Problem("PS205", path, f"{written!r} is not a step of the ladder; write one of: "
                                    f"{', '.join(names)}"))
            return None
        return Actual(actual.text, step=actual.text)
    if actual.value is None:
        problems.append(Problem("PS205", path, _unread_actual(written, target)))
        return None
    if actual.unit and target.unit and actual.unit != target.unit:
        problems.append(Problem("PS506", path, f"the actual is in {actual.unit!r} but the target "
                                f"{target.text!r} is in {target.unit!r}: figures in different units cannot be "
                                "compared, so the indicator is not scored; write both in the same unit"))
        return None
    if _fraction_for_percent(target, actual):
        problems.append(Problem("PS509", path, f"the actual {actual.text!r} against the target {target.text!r} "
                                f"reads as {actual.text}%; if it is a fraction, write {plain(actual.value * 100)}%, "
                                f"and if it really is {actual.text}%, write the % sign"))
        return None
    return actual


def _unread_actual(written: ActualInput, target: Target) -> str:
    shown = written if isinstance(written, str) and len(written) <= 60 else str(written)[:57] + "..."
    advice = number_advice(shown)
    if advice:
        return f"cannot read the actual value {shown!r} as a number: {advice}"
    if isinstance(written, str) and parse_target(written) is not None:
        return (f"the actual value {shown!r} is a bound, not a figure: write the figure reached without ≥, ≤, "
                "以上, 以下 or a range")
    return (f"cannot read a number in the actual value {shown!r}; write the figure reached in digits, "
            f"e.g. {_actual_example(shown, target)!r}")


def _actual_example(shown: str, target: Target) -> str:
    """An actual value in the target's unit: `一件` -> `1件` when it starts with a Chinese numeral one to ten,
    else a figure of the target's kind (`12件`, `85%`)."""
    numeral = "一二三四五六七八九十".find(shown[:1]) + 1 if shown else 0
    unit = target.unit or ""
    if numeral:
        return f"{numeral}{unit}"
    return f"85{unit}" if unit == "%" else f"12{unit}"


def _fraction_for_percent(target: Target, actual: Actual) -> bool:
    """0.8 against 80% is most likely 80% written as a fraction; read as written it scores 1%."""
    reference = target.low if target.direction is Direction.RANGE else target.value
    return (target.unit == "%" and not actual.unit and actual.value is not None and 0 < actual.value <= 1
            and reference is not None and reference > 1)
