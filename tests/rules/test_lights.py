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


MIXED = HEAD + """\
facets:
  - name: w
    weight: 100
    goals:
      - name: g
        indicators:
          - {name: a, weight: 100, target: 80%, actual: 96.46%}
  - name: lights only
    weights: none
    goals:
      - name: h
        indicators:
          - {name: b, target: 90%, actual: 70%, review: r}
"""


def test_unweighted_facet_gives_lights_and_no_points() -> None:
    # No PS201 for facet 'lights only' or indicator b, no PS301: the total's scale (100) is facet w's alone.
    assert check(MIXED) == []
    result = analyze_bytes(MIXED.encode(), "t.yaml").result
    assert result is not None and result.weighted and result.total == 100  # 100 x 96.46/80 capped at 100%
    facet = result.facets[1]
    assert not facet.weighted and facet.score == 0 and facet.weight == 0
    # b: 70/90 = 77.78% -> red (below amber 80)
    assert facet.light_counts == {"green": 0, "amber": 0, "red": 1, "white": 0, "none": 0}


def test_weight_inside_an_unweighted_facet_is_ps714() -> None:
    text = MIXED.replace("    weights: none\n", "    weights: none\n    weight: 20\n") \
        .replace("{name: b, target", "{name: b, weight: 20, target")
    # the facet's weight on line 14, b's weight on line 18 from column 23; the scale is still w's 100 (no PS301)
    assert check(text) == [("PS714", 14, 5), ("PS714", 18, 23)]
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None and result.total == 100  # the stray weights add nothing


def test_bonus_or_rubric_goal_inside_an_unweighted_facet_is_ps714() -> None:
    bonus = MIXED.replace("      - name: h\n", "      - name: h\n        bonus_cap: 5\n")
    assert ("PS714", 16, 9) in check(bonus)
    result = analyze_bytes(bonus.encode(), "t.yaml").result
    assert result is not None and result.bonuses == []  # no bonus line from an unweighted facet
    rubric = MIXED.replace("""        indicators:
          - {name: b, target: 90%, actual: 70%, review: r}
""", """        weight: 10
        criteria:
          - {name: c, max: 10, points: 8}
""")
    # once, at the criteria (a rubric goal needs its weight, so the weight is not named again)
    assert check(rubric) == [("PS714", 17, 9)]


def test_every_facet_unweighted_in_a_weighted_report_is_ps714() -> None:
    text = MIXED.replace("  - name: w\n    weight: 100\n", "  - name: w\n    weights: none\n") \
        .replace("{name: a, weight: 100, target", "{name: a, target")
    assert check(text) == [("PS714", 7, 5)]  # and no PS301 (no facet is left to weigh 100)


def test_an_unweighted_report_needs_no_sections_key() -> None:
    # The same report without `sections: []` (line 3): the same findings, one line up (12), and no PS201.
    text = UNWEIGHTED.replace("sections: []\n", "")
    assert check(text) == [("PS507", 12, 13), ("PS712", 12, 35)]
    # A section in it is still refused (PS713), at the sections key's value.
    assert [c for c, _, _ in check(UNWEIGHTED.replace("sections: []", "sections: [{name: s, weight: 5}]"))] \
        .count("PS713") == 1


def test_a_weighted_report_still_needs_its_sections_key() -> None:
    text = report("{name: a, weight: 100, target: 5案, actual: 5案}").replace("sections: []\n", "")
    assert check(text) == [("PS201", 1, 1)]
