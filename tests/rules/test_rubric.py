"""Rubric rules (PS70x) and the model's refusals of a goal that is not cleanly a rubric goal, each located."""

from __future__ import annotations

from tests.rules.helper import HEAD, check, findings


def _rubric(criteria: str, goal_extra: str = "weight: 100") -> str:
    # facets on line 5, the goal on line 9 (column 9), the first criterion on line 12 (its mapping at column 13,
    # the value of points: at column 40)
    return HEAD + f"""\
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        {goal_extra}
        criteria:
{criteria}"""


def test_points_within_range_give_no_finding() -> None:
    assert check(_rubric("          - {name: a, max: 30, points: 30}\n          - {name: b, max: 70, points: 0}\n")) \
        == []


def test_points_above_the_maximum_are_located_and_clamped() -> None:
    text = _rubric("          - {name: a, max: 30, points: 31}\n          - {name: b, max: 70, points: 70}\n")
    assert check(text) == [("PS701", 12, 40)]
    (found,) = findings(text)
    assert "given 31 points, outside 0..30" in found.message and "30 is used" in found.message


def test_negative_points_are_located_and_clamped() -> None:
    text = _rubric("          - {name: a, max: 30, points: 10}\n          - {name: b, max: 70, points: -5}\n")
    assert check(text) == [("PS701", 13, 40)]
    assert "0 is used" in findings(text)[0].message


def test_missing_points_are_a_warning_at_the_criterion() -> None:
    text = _rubric("          - {name: a, max: 30, points: 10}\n          - name: b\n            max: 70\n")
    assert check(text) == [("PS702", 13, 13)]


def test_a_goal_mixing_criteria_and_indicators_is_refused_at_the_goal() -> None:
    text = _rubric("          - {name: a, max: 30, points: 10}\n",
                   "weight: 100\n        indicators: [{name: i, weight: 100, target: 1, actual: 1}]")
    assert check(text) == [("PS203", 9, 9)]
    assert "not both" in findings(text)[0].message


def test_a_rubric_goal_without_a_weight_is_refused() -> None:
    text = _rubric("          - {name: a, max: 30, points: 10}\n", "note: no weight")
    assert check(text) == [("PS203", 9, 9)]
    assert "needs its weight" in findings(text)[0].message


def test_a_goal_with_neither_indicators_nor_criteria_is_refused() -> None:
    text = HEAD + "facets:\n  - name: f\n    weight: 100\n    goals:\n      - {name: g, weight: 100}\n"
    assert check(text) == [("PS203", 9, 9)]
    assert "criteria:" in findings(text)[0].message


def test_a_maximum_of_zero_is_refused() -> None:
    # Σ max would be 0 and given / max has no meaning.
    assert [code for code, _, _ in check(_rubric("          - {name: a, max: 0, points: 0}\n"))] == ["PS203"]


def test_a_goal_with_no_criterion_scored_yet_is_a_draft_info() -> None:
    # A fresh rollover draft clears every criterion's points: before, each was a PS702 warning, so
    # `validate --strict` failed a draft that had nothing wrong with it. Infos, as PS507/PS508 are.
    text = _rubric("          - {name: a, max: 30}\n          - name: b\n            max: 70\n")
    assert check(text) == [("PS703", 12, 13), ("PS703", 13, 13)]
    assert findings(text)[0].message == "criterion 'a' of goal 'g' has no points yet (a draft); add points: " \
        "between 0 and 30 (配分) once it is assessed"
