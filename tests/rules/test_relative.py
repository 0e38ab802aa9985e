"""PS611 and PS612: a relative target (relative_to: previous) that cannot be set is a located error, and its
indicator is not scored. The previous year itself is tested end to end in tests/test_relative.py."""

from __future__ import annotations

from tests.rules.helper import check, findings, report


def test_ps611_an_ambiguous_change_is_refused_at_the_change() -> None:
    # `+1%` on 80%: one percentage point (81%) or one percent of it (80.8%)? Refused, with both spellings.
    text = report("{name: x, weight: 100, target: {relative_to: previous, change: +1%}, actual: 81%}")
    assert check(text) == [("PS611", 11, 76)]
    message = findings(text)[0].message
    assert "change: +1pt" in message and "change_percent: 1" in message


def test_ps611_an_unreadable_change_is_refused() -> None:
    text = report("{name: x, weight: 100, target: {relative_to: previous, change: 一點}, actual: 81%}")
    assert check(text) == [("PS611", 11, 76)]


def test_ps612_without_a_previous_year() -> None:
    # No report.previous and no --previous: nothing to set the target from, so no guess.
    text = report("{name: x, weight: 100, target: {relative_to: previous, change: +1pt}, actual: 81%}")
    assert check(text) == [("PS612", 11, 44)]
    assert "add previous: under report:" in findings(text)[0].message


def test_ps612_for_the_shorthand_too() -> None:
    assert check(report("{name: x, weight: 100, target: ≥ previous, actual: 81%}")) == [("PS612", 11, 44)]


def test_change_and_change_percent_together_are_a_schema_error() -> None:
    text = report("{name: x, weight: 100, target: {relative_to: previous, change: +1, change_percent: 1}}")
    assert check(text) == [("PS203", 11, 44)]


def test_a_relative_target_with_a_value_of_its_own_is_a_schema_error() -> None:
    assert check(report("{name: x, weight: 100, target: {relative_to: previous, value: 5}}")) == [("PS203", 11, 44)]
