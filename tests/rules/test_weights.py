"""Weight rules (PS301 to PS303), each finding at the weight to correct."""

from __future__ import annotations

from tests.rules.helper import HEAD, check, findings

# A facet of 90 in a report of 100 (PS301); its one goal declares 50 (PS302) while its indicators
# weigh 40 + 45 = 85 (PS303).
SLIPS = HEAD + """\
facets:
  - name: f
    weight: 90
    goals:
      - name: g
        weight: 50
        indicators:
          - {name: a, weight: 40, target: 100%, actual: 100%}
          - {name: b, weight: 45, target: 100%, actual: 100%}
"""


def test_each_weight_slip_points_at_its_weight() -> None:
    assert check(SLIPS) == [
        ("PS301", 5, 1),  # the facets key: no single weight is to blame
        ("PS302", 7, 13),  # the facet's weight
        ("PS303", 10, 17),  # the goal's declared weight
    ]


def test_messages_show_the_sums() -> None:
    messages = {f.code: f.message for f in findings(SLIPS)}
    # one facet and one goal: no `90 = 90`, a sum of one part (a new-user trial), but what it is
    assert "the only facet weighs 90, not the declared total 100" in messages["PS301"]
    assert "the only goal of facet 'f' weighs 50, not the facet's 90; correct a goal's weight" in messages["PS302"]
    assert "declared as 50 but its indicators weigh 40 + 45 = 85; declare 85" in messages["PS303"]
    # two of each: the sums (30 + 60 = 90 facets, 20 + 30 = 50 goals, 40 = one indicator)
    two = SLIPS.replace("weight: 90", "weight: 30").replace("weight: 50", "weight: 20")
    two = two.replace("      - name: g\n", "      - name: h\n        weight: 30\n        indicators:\n"
                      "          - {name: c, weight: 40, target: 100%, actual: 100%}\n      - name: g\n")
    two = two.replace("facets:\n", "facets:\n  - name: e\n    weight: 60\n    goals:\n      - name: k\n"
                      "        indicators: [{name: d, weight: 60, target: 100%, actual: 100%}]\n")
    messages = {f.code: str(f.message) for f in findings(two)}
    assert "add up to 60 + 30 = 90, not the declared total 100" in messages["PS301"]
    assert "weigh 30 + 20 = 50, not the facet's 30" in messages["PS302"]
    texts = [str(f.message) for f in findings(two) if f.code == "PS303"]
    assert "goal 'h' is declared as 30 but its only indicator weighs 40; declare 40" in texts[0]


def test_a_sum_of_one_part_is_said_plainly_in_zh_tw() -> None:
    messages = {f.code: f.text("zh-TW") for f in findings(SLIPS)}
    assert "唯一的面向權重為 90，不等於宣告的總分 100" in messages["PS301"]
    assert "面向「f」唯一的目標權重為 50，不等於面向權重 90" in messages["PS302"]


def test_a_goal_weight_that_would_match_is_suggested() -> None:
    text = SLIPS.replace("weight: 90", "weight: 85").replace("total 100", "")
    text = text.replace("scoring: {}", "scoring: {total: 85}")
    [facet] = [f for f in findings(text) if f.code == "PS302"]
    assert "with each goal at its indicators' weight they add up to 85, which matches" in facet.message


def test_weights_that_add_up_are_quiet() -> None:
    text = SLIPS.replace("weight: 90", "weight: 100").replace("weight: 50", "weight: 100")
    assert check(text.replace("weight: 40", "weight: 55")) == []


def test_a_bonus_goal_does_not_count_toward_its_facet() -> None:
    bonus = "      - {name: extra, bonus_cap: 1, indicators: [{name: x, target: 0, actual: 0, points: 1}]}\n"
    text = SLIPS.replace("weight: 90", "weight: 100").replace("weight: 50", "weight: 100")
    text = text.replace("weight: 40", "weight: 55") + bonus.replace("points: 1", "credit: assessed, points: 1")
    assert check(text) == []
