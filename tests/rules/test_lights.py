"""Light rules (PS80x) and unweighted reports (scoring.weights: none), on the real engine."""

from __future__ import annotations

from perfscore.engine.analyse import analyze_bytes
from tests.rules.helper import HEAD, check, report

UNWEIGHTED = HEAD.replace("scoring: {}", "scoring: {weights: none}") + """\
facets:
  - name: f
    goals:
      - name: g
        indicators:
          - {name: a, target: 80%, actual: 93.17%}
          - {name: b, target: 10天以下, actual: 12天, review: r}
          - {name: c, target: 90%, actual: 70%, review: r}
          - {name: d, target: 完成, light: {colour: white, reason: 法規未公布}}
"""


def test_unweighted_report_has_no_weight_findings_and_no_total() -> None:
    # No PS201 for the missing weights, no PS301-PS303; d has no actual yet (PS507) and a white light (PS712).
    assert check(UNWEIGHTED) == [("PS507", 13, 13), ("PS712", 13, 35)]
    result = analyze_bytes(UNWEIGHTED.encode(), "t.yaml").result
    assert result is not None and not result.weighted and result.grade is None
    # a: 93.17/80 = 116% -> green; b: 10/12 = 83.33% -> amber (>= 80); c: 70/90 = 77.78% -> red; d: white
    assert result.light_counts == {"green": 1, "amber": 1, "red": 1, "white": 1, "none": 0}


def test_weighted_report_missing_a_facet_weight_is_still_ps201() -> None:
    text = UNWEIGHTED.replace("scoring: {weights: none}", "scoring: {}")
    codes = [code for code, _, _ in check(text)]
    assert codes.count("PS201") == 5  # the facet and the four indicators


def test_weight_in_unweighted_report_is_ps803() -> None:
    text = UNWEIGHTED.replace("  - name: f\n", "  - name: f\n    weight: 100\n")
    assert ("PS713", 7, 5) in check(text)


def test_white_light_without_reason_is_ps801() -> None:
    assert ("PS711", 11, 48) in check(report("{name: a, weight: 100, target: 完成, light: {colour: white}}"))


def test_hand_set_light_is_noted_and_shown_with_the_computed_one() -> None:
    # 4/5 = 80% -> amber by the figures; the assessor set green.
    text = report("{name: a, weight: 100, target: 5案, actual: 4案, review: r, light: {colour: green, reason: x}}")
    assert ("PS712", 11, 71) in check(text)
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None
    indicator = result.indicators()[0]
    assert (indicator.light, indicator.light_computed) == ("green", "amber")


def test_published_light_and_goal_figures_are_audited() -> None:
    text = report("{name: a, weight: 100, target: 5案, actual: 4案, review: r, published: {light: green}}",
                  goal="name: g\n        published: {points: 80, achievement: 90%}")
    # 4/5 of 100 = 80 points, as published; achievement 80/100 = 80%, not 90% (PS405); light amber (PS406)
    assert [code for code, _, _ in check(text)] == ["PS405", "PS406"]


def test_gaps_all_gives_the_margin_of_met_indicators() -> None:
    text = report("{name: a, weight: 100, target: 80%, actual: 96.46%}", scoring="{gaps: all}")
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None and result.indicators()[0].gap.to_eng_string() == "16.46"  # type: ignore[union-attr]
