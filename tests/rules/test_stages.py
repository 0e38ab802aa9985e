"""Review stages (自評 → 初核 → 複核): the latest stage counts, the total at each stage, and the PS80x rules.

Figures by hand: indicator 甲 (weight 40, linear, 100/100) gives 40; 乙 (assessed, weight 40) is given 36 at
自評, 32 at 初核 and 30 at 複核; the section (weight 20) 18 at 自評 and 16 at 初核. Totals: 自評 40+36+18 = 94,
初核 40+32+16 = 88, 複核 40+30+16 = 86, and 86 counts.
"""

from __future__ import annotations

from decimal import Decimal

from perfscore.engine.analyse import analyze_bytes
from perfscore.views.report import result_view
from tests.rules.helper import HEAD, check, findings

REPORT = HEAD.replace("sections: []", "sections:\n  - {name: s, weight: 20, stages: {自評: 18, 初核: 16}}") + """\
facets:
  - name: f
    weight: 80
    goals:
      - name: g
        stages: {初核: {comment: 建議加強, light: amber}, 複核: {light: red}}
        indicators:
          - {name: 甲, weight: 40, target: 100, actual: 100}
          - name: 乙
            weight: 40
            credit: assessed
            target: 100
            actual: 100
            stages: {自評: 36, 初核: 32, 複核: {points: 30, comment: 佐證不足}}
"""


def test_the_latest_stage_counts_and_each_stage_has_its_total() -> None:
    outcome = analyze_bytes(REPORT.encode(), "t.yaml")
    assert outcome.result is not None
    assert outcome.result.total == Decimal(86)
    assert outcome.result.stage_totals == {"自評": Decimal(94), "初核": Decimal(88), "複核": Decimal(86)}
    view = result_view(outcome, "zh-TW")
    assert view["stages"]["totals"] == {"自評": 94, "初核": 88, "複核": 86}
    items = {item["name"]: item for item in view["stages"]["items"]}
    assert items["乙"]["counts"] == "複核" and items["乙"]["differs"]
    assert items["乙"]["records"]["複核"] == {"points": Decimal(30), "light": None, "comment": "佐證不足"}
    assert items["s"]["counts"] == "初核"


def test_every_change_is_an_info_finding_with_its_size() -> None:
    # the section is on line 4, the goal's stages on line 11, 乙's stages on line 19 (初核 at column 34, 複核 at 42)
    found = findings(REPORT)
    assert [(f.code, f.line, f.column) for f in found] == [("PS721", 4, 48), ("PS721", 11, 57), ("PS721", 19, 34),
                                                           ("PS721", 19, 42)]
    messages = [f.message for f in found]
    assert "初核 changed the points of section 's' from 18 (自評) to 16 (−2)" in messages
    assert "複核 changed the light of goal 'g' from amber (初核) to red" in messages
    assert "初核 changed the points of indicator '乙' from 36 (自評) to 32 (−4)" in messages
    assert "複核 changed the points of indicator '乙' from 32 (初核) to 30 (−2)" in messages
    assert all(f.severity.value == "info" for f in found)


def test_a_raise_is_signed_plus() -> None:
    text = REPORT.replace("{自評: 36, 初核: 32, 複核: {points: 30, comment: 佐證不足}}", "{自評: 30, 初核: 32.5}")
    assert "from 30 (自評) to 32.5 (+2.5)" in " ".join(f.message for f in findings(text))


def test_declared_stages_set_the_order_and_an_unknown_name_is_refused() -> None:
    # declared order 初審 then 決審: the latest declared stage counts, whatever the mapping's order
    text = REPORT.replace("scoring: {}", "scoring: {stages: [初審, 決審]}").replace(
        "stages: {自評: 18, 初核: 16}", "stages: {決審: 15, 初審: 19}")
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.result is not None and outcome.result.sections[0].points == Decimal(15)
    codes = {(f.code, f.line) for f in outcome.findings}
    assert ("PS721", 4) in codes  # 初審 19 -> 決審 15
    assert ("PS722", 19) in codes  # 自評, 初核, 複核 are not declared here


def test_stage_points_beside_points_are_refused_at_the_item() -> None:
    text = REPORT.replace("stages: {自評: 18, 初核: 16}", "points: 18, stages: {自評: 18}")
    assert check(text) == [("PS203", 4, 5)]


def test_a_goal_stage_may_not_give_points() -> None:
    text = REPORT.replace("{初核: {comment: 建議加強, light: amber}, 複核: {light: red}}", "{初核: 70}")
    assert check(text) == [("PS203", 10, 9)]


def test_stage_points_on_a_computed_indicator_do_not_count() -> None:
    text = REPORT.replace("{name: 甲, weight: 40, target: 100, actual: 100}",
                          "{name: 甲, weight: 40, target: 100, actual: 100, stages: {自評: 10}}")
    assert ("PS723", 13, 61) in check(text)
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.result is not None and outcome.result.total == Decimal(86)  # 甲 still gives 40


def test_a_criterion_counts_its_latest_stage() -> None:
    # a rubric goal of weight 100, criteria 30/70: 自評 26 and 60 give (26+60)/100 x 100 = 86; 初核 20 for the
    # first: (20+60)/100 x 100 = 80
    text = HEAD + """\
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        weight: 100
        criteria:
          - {name: a, max: 30, stages: {自評: 26, 初核: 20}}
          - {name: b, max: 70, stages: {自評: 60}}
"""
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.result is not None
    assert outcome.result.facets[0].goals[0].points == Decimal(80)
    assert outcome.result.stage_totals == {"自評": Decimal(86), "初核": Decimal(80)}
    assert [(f.code, f.line) for f in outcome.findings] == [("PS721", 12)]
