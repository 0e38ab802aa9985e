"""Schema rules (PS201 to PS205): what the format does not allow, and targets or actual values that are
valid YAML but cannot be read."""

from __future__ import annotations

import pytest

from tests.rules.helper import check, findings, report


def test_missing_keys() -> None:
    text = "report: {title: t, organisation: o}\nscoring: {}\nsections: []\nfacets: [{name: f, weight: 100, " \
           "goals: [{name: g, indicators: [{name: i, weight: 100, target: 1, actual: 1}]}]}]\n"
    assert check(text) == [("PS201", 1, 1)]  # at the key of the mapping that lacks year
    # only indicators of bonus goals may omit their weight (PS302 follows: the goal weighs 0)
    assert check(report("{name: i, target: '100', actual: '100'}")) == [("PS302", 7, 13), ("PS201", 11, 13)]


def test_an_unknown_key_suggests_the_closest_one() -> None:
    [found] = findings(report("{name: i, weight: 100, target: '100', actual: '100', reveiw: r}"))
    assert (found.code, found.line, found.column) == ("PS202", 11, 66)
    assert found.message.startswith("unknown key 'reveiw'; did you mean 'review'? valid keys here: credit, ")


def test_a_value_of_the_wrong_type() -> None:
    [found] = findings(report("{name: i, weight: ten, target: '100', actual: '100'}"))
    assert (found.code, found.line, found.column) == ("PS203", 11, 31)
    assert found.message == "facets[0].goals[0].indicators[0].weight: expected a number, got 'ten'"
    assert check(report("{name: i, weight: 100, target: {direction: sideways}, actual: '6'}")) == [
        ("PS203", 11, 56)]  # a structured target's field: the value that is wrong, not the target


@pytest.mark.parametrize(("target", "says"), [
    ("true", "a target cannot be true/false; for a done/not-done indicator write target: 完成 (or done)"),
    ("儘速辦理", "cannot read the target '儘速辦理'; write a shorthand such as 100%, 250, >= 5"),
    ("'> 5'", "cannot read the target '> 5': strict targets (> or <) are not supported"),
    ("第2期", "cannot read the target '第2期' as a number: an ordinal or period (第2期) is not a number: name "
     "the stage in the indicator and write target: 完成"),
    ("民國113年", "cannot read the target '民國113年' as a number: a year alone (92年, 2024年) is neither a "
     "deadline nor a count"),
    # a bare year was read as a count of years, so 93年 against 92年 scored 100% 達成 with no finding
    ("92年", "cannot read the target '92年' as a number: a year alone (92年, 2024年) is neither a deadline nor a "
     "count: write a deadline as a month or day, e.g. 113年12月底前 or 2024-12-31"),
    ("2024年", "cannot read the target '2024年' as a number: a year alone"),
    ("服務滿3年", "cannot read the target '服務滿3年' as a number: a year alone"),
    ("92年13月", "cannot read the target '92年13月' as a number: a date is only read as a deadline"),
    ("x" * 210, f"the target '{'x' * 57}...' is over 200 characters"),
])
def test_targets_that_cannot_be_read(target: str, says: str) -> None:
    [found] = findings(report(f"{{name: i, weight: 100, target: {target}, actual: '100'}}"))
    assert (found.code, found.line, found.column) == ("PS204", 11, 44)
    assert found.message.startswith(says)


@pytest.mark.parametrize(("target", "actual", "column", "says"), [
    ("完成", "'6'", 56, "the target is done/not done, so the actual must be true, false, 完成 or 未完成, not '6'"),
    ("{direction: ladder, steps: [{name: a, value: 50}, {name: b, value: 100}]}", "c", 127,
     "'c' is not a step of the ladder; write one of: a, b"),
    ("80%", "很多", 57,
     "cannot read a number in the actual value '很多'; write the figure reached in digits, e.g. '85%'"),
    ("80%", "80%以上", 57, "the actual value '80%以上' is a bound, not a figure"),
    ("80%", "'1e3'", 57, "cannot read the actual value '1e3' as a number: write the number in full"),
    ("5件", "6年", 56, "cannot read the actual value '6年' as a number: a year alone"),
    ("5件", "113年", 56, "cannot read the actual value '113年' as a number: a year alone (92年, 2024年)"),
    ("5件", "第2期", 56, "cannot read the actual value '第2期' as a number: an ordinal or period"),
    ("5件", "3案/年", 56, "cannot read the actual value '3案/年' as a number: a rate such as 3案/年"),
])
def test_actual_values_that_cannot_be_compared(target: str, actual: str, column: int, says: str) -> None:
    found = findings(report(f"{{name: i, weight: 100, target: {target}, actual: {actual}}}"))[-1]
    assert (found.code, found.line, found.column) == ("PS205", 11, column)
    assert found.message.startswith(says)
