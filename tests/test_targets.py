"""Shorthand targets and actual values: exact Decimal values, units, and the text as written (a label
before the number, such as 執行率, stays in the text and never in the figure)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfscore.core.target_model import Direction, Target
from perfscore.core.targets import parse_actual, parse_target


def _target(text: str) -> Target:
    parsed = parse_target(text)
    assert parsed is not None, f"{text!r} should parse"
    assert parsed.text == text.strip()
    return parsed


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("100%", "100", "%"),
        ("250", "250", ""),
        ("120,000", "120000", ""),
        ("86.5%", "86.5", "%"),
    ],
)
def test_plain_number_is_higher_is_better(text: str, value: str, unit: str) -> None:
    target = _target(text)
    assert target.direction is Direction.HIGHER
    assert target.value == Decimal(value)
    assert str(target.value) == value  # exact text, not a float round trip
    assert target.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (">= 5", "5", ""),
        ("≥5", "5", ""),
        ("85%以上", "85", "%"),
        ("5案以上", "5", "案"),
        ("≥ 5件", "5", "件"),
    ],
)
def test_higher_operators_and_words(text: str, value: str, unit: str) -> None:
    target = _target(text)
    assert target.direction is Direction.HIGHER
    assert target.value == Decimal(value)
    assert target.unit == unit


@pytest.mark.parametrize("text", ["> 5", "< 7", "＞5", "達成率 > 80%"])
def test_strict_operators_are_refused(text: str) -> None:
    # at the boundary a strict target would be unmet while actual/target says 100%
    assert parse_target(text) is None


def test_long_blank_runs_do_not_backtrack() -> None:
    # "1" + spaces + "x" + spaces + "1!" took 21 s in the pattern before blank runs were squeezed
    text = "1" + " " * 150 + "x" + " " * 40 + "1!"
    assert parse_target(text) is None  # read like "1 x 1!", whose label "1 x" holds digits: refused, fast
    text = "a" + " " * 150 + "x" + " " * 40 + "1!"
    target = parse_target(text)  # read like "a x 1!": label "a x", value 1, unit "!"
    assert target is not None and (target.text, target.value, target.unit) == (text, Decimal(1), "!")
    assert parse_target("x" * 201 + "100%") is None  # over the length limit
    assert parse_target("執行率    80%").value == Decimal(80)


def test_a_leading_label_stays_in_the_text() -> None:
    target = _target("執行率80%")
    assert target.direction is Direction.HIGHER
    assert target.value == Decimal(80)
    assert target.unit == "%"
    assert target.text == "執行率80%"


def test_prose_prefix_with_digits_takes_the_last_number() -> None:
    text = "本府各處40歲以上公務人員健康檢查達成率 ≥ 75%"
    target = _target(text)
    assert target.direction is Direction.HIGHER
    assert target.value == Decimal(75)  # not the 40 of "40歲以上"
    assert target.unit == "%"
    assert target.text == text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("<= 7", "7", ""),
        ("≤7", "7", ""),
        ("3 以下", "3", ""),
        ("3件以內", "3", "件"),
    ],
)
def test_lower_is_better(text: str, value: str, unit: str) -> None:
    target = _target(text)
    assert target.direction is Direction.LOWER
    assert target.value == Decimal(value)
    assert target.unit == unit


@pytest.mark.parametrize("text", ["80%~90%", "80-90%", "80%至90%", "80% ～ 90%"])
def test_range(text: str) -> None:
    target = _target(text)
    assert target.direction is Direction.RANGE
    assert (target.low, target.high) == (Decimal(80), Decimal(90))
    assert target.value is None
    assert target.unit == "%"


def test_decimal_range_is_exact() -> None:
    target = _target("0.1~0.3")
    assert (target.low, target.high) == (Decimal("0.1"), Decimal("0.3"))


@pytest.mark.parametrize("text", ["完成", "done", "Done", " 完成 "])
def test_done(text: str) -> None:
    target = _target(text)
    assert target.direction is Direction.DONE
    assert target.value is None


@pytest.mark.parametrize("text", ["", "hello", "儘速辦理", "未完成", "not done", ">= 5 以下", "≤ 5 以上"])
def test_unparseable_is_none(text: str) -> None:
    assert parse_target(text) is None


def test_reversed_range_is_refused() -> None:
    assert parse_target("80%~70%") is None


def test_malformed_thousands_is_not_silently_truncated() -> None:
    parsed = parse_target("1,2345")
    assert parsed is None or parsed.value == Decimal(12345)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("8案", "8", "案"),
        ("86.43", "86.43", ""),
        ("146,746", "146746", ""),
        ("63%", "63", "%"),
        ("1,234.50", "1234.50", ""),
        ("-7", "-7", ""),
    ],
)
def test_numeric_actuals(text: str, value: str, unit: str) -> None:
    actual = parse_actual(text)
    assert actual.text == text
    assert actual.value == Decimal(value)
    assert str(actual.value) == value
    assert actual.unit == unit
    assert actual.done is None
    assert actual.step is None


@pytest.mark.parametrize(("text", "done"), [("完成", True), ("已完成", True), ("未完成", False), ("false", False)])
def test_done_actuals(text: str, done: bool) -> None:
    actual = parse_actual(text)
    assert actual.done is done
    assert actual.value is None
    assert actual.text == text


def test_text_actual_is_a_ladder_step() -> None:
    actual = parse_actual("設計")
    assert (actual.step, actual.value, actual.done) == ("設計", None, None)
