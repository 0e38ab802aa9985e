"""Scoring engine: hand-computed expectations, the arithmetic shown next to each one. The findings about
the same reports are the rules' (tests/rules/)."""

from __future__ import annotations

import textwrap
from decimal import Decimal as D
from typing import Any

import pytest

from perfscore.core.decimals import plain, round_to
from perfscore.core.model import Report
from perfscore.core.scoring import IndicatorResult, ReportResult, score
from perfscore.engine.analyse import analyze_bytes
from perfscore.rules import check

META = {"title": "t", "organisation": "o", "year": 2015}
LADDER = [{"name": "規劃", "value": 20}, {"name": "設計", "value": 50}, {"name": "發包", "value": 100}]
BANDS = [{"min": 100, "credit": 100}, {"min": 90, "credit": 80}, {"min": 80, "credit": 50}]


def ind(weight: Any, target: Any, actual: Any, name: str = "i", **extra: Any) -> dict[str, Any]:
    data = {"name": name, "target": target, "actual": actual, **extra}
    if weight is not None:
        data["weight"] = weight
    return data


def goal(*indicators: dict[str, Any], name: str = "g", **extra: Any) -> dict[str, Any]:
    return {"name": name, "indicators": list(indicators), **extra}


def facet(weight: Any, *goals: dict[str, Any], name: str = "f", **extra: Any) -> dict[str, Any]:
    return {"name": name, "weight": weight, "goals": list(goals), **extra}


def validate(*facets: dict[str, Any], scoring: dict[str, Any] | None = None, **top: Any) -> Report:
    data = {"report": META, "scoring": scoring or {}, "facets": list(facets), "sections": [], **top}
    return Report.model_validate(data)


def run(*facets: dict[str, Any], scoring: dict[str, Any] | None = None, **top: Any) -> ReportResult:
    return score(validate(*facets, scoring=scoring, **top))


# The findings about how an indicator could be scored (not about weights, reviews or published figures).
SCORED = {"PS201", "PS204", "PS205", "PS501", "PS502", "PS503", "PS505", "PS506", "PS507", "PS508", "PS509"}


def one(indicator: dict[str, Any], **scoring: Any) -> tuple[IndicatorResult, list[str]]:
    report = validate(facet(100, goal(indicator)), scoring=scoring)
    result = score(report)
    return result.indicators()[0], [f.code for f in check(report, result) if f.code in SCORED]


# --- rounding ---------------------------------------------------------------------------------------

def test_round_to_modes() -> None:
    assert round_to(D("85.25"), 1, "half_up") == D("85.3")
    assert round_to(D("85.25"), 1, "half_even") == D("85.2")
    assert round_to(D("8.35"), 1, "half_even") == D("8.4")  # 3 is odd: rounds to even 4
    assert round_to(D("8.25"), 1, "half_down") == D("8.2")
    assert round_to(D("8.21"), 1, "up") == D("8.3")
    assert round_to(D("8.29"), 1, "down") == D("8.2")
    assert round_to(D("-8.21"), 1, "ceiling") == D("-8.2")
    assert round_to(D("-8.21"), 1, "floor") == D("-8.3")


@pytest.mark.parametrize(("mode", "points", "achievement", "issue"), [
    ("half_up", "8.3", "83", "85.3"), ("half_even", "8.2", "82", "85.2")])
def test_rounding_mode_through_scoring(mode: str, points: str, achievement: str, issue: str) -> None:
    # 82.5 / 100 = 82.5% -> places 0: half_up 83, half_even 82; 10 x 82.5% = 8.25 -> 8.3 / 8.2
    row, _ = one(ind(10, 100, D("82.5")), rounding=mode, places=1)
    assert (row.points, row.achievement) == (D(points), D(achievement))
    # the issue's example: 100 x 85.25 / 100 = 85.25 exactly -> 85.3 / 85.2
    result = run(facet(100, goal(ind(100, 100, D("85.25")))), scoring={"rounding": mode, "places": 1})
    assert (result.indicators()[0].points, result.total) == (D(issue), D(issue))


def test_yaml_decimals_are_exact() -> None:
    # three weights 0.1 read from YAML add up to exactly 0.3 (as floats: 0.30000000000000004 -> PS302/PS303)
    text = textwrap.dedent("""\
        report: {title: t, organisation: o, year: 2015}
        scoring: {total: 0.3}
        sections: []
        facets:
          - {name: f, weight: 0.3, goals: [{name: g, weight: 0.3, indicators: [
              {name: a, weight: 0.1, target: 100%, actual: 100%},
              {name: b, weight: 0.1, target: 100%, actual: 100%},
              {name: c, weight: 0.1, target: 100%, actual: 100%}]}]}
        """)
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.findings == []
    assert outcome.result is not None
    assert [i.weight for i in outcome.result.indicators()] == [D("0.1")] * 3
    assert outcome.result.facets[0].goals[0].indicator_weight == D("0.3")
    assert outcome.result.total == D("0.3")
    assert plain(D("13.90")) == "13.9"
    assert plain(D("35.0")) == "35"
    assert plain(D("1E+2")) == "100"
    assert plain(D("0.00")) == "0"


# --- achievement by direction -----------------------------------------------------------------------

def test_higher_ratio_and_cap() -> None:
    # 403 / 250 = 161.2% -> capped at 100; 5 x 100% = 5.0
    row, _ = one(ind(5, "250", "403"))
    assert row.achievement_raw == D("161.2")
    assert (row.achievement, row.points, row.met, row.gap) == (D(100), D(5), True, None)
    # cap 120: 161.2 -> 120; linear 5 x 120% = 6.0
    row, _ = one(ind(5, "250", "403"), achievement_cap=120)
    assert (row.achievement, row.points) == (D(120), D(6))


@pytest.mark.parametrize(("actual", "raw", "achievement", "met", "gap", "points"), [
    ("4", D(125), D(100), True, None, D(10)),  # 5/4 = 125% -> 100; 10 x 100%
    ("10", D(50), D(50), False, D(5), D(5)),  # 5/10 = 50%; gap 10 - 5 = 5; 10 x 50% = 5
    ("0", D("Infinity"), D(100), True, None, D(10)),  # 0 meets "<= 5": gets the cap
])
def test_lower_is_better(actual: str, raw: D, achievement: D, met: bool, gap: D | None, points: D) -> None:
    row, codes = one(ind(10, "<= 5", actual))
    assert (row.achievement_raw, row.achievement, row.met, row.gap, row.points, codes) == (
        raw, achievement, met, gap, points, [])
    row, _ = one(ind(10, "<= 5", actual), achievement_cap=120)
    assert row.achievement == min(raw, D(120))  # actual 0: the raised cap 120, not infinity


@pytest.mark.parametrize(("actual", "achievement", "met", "gap"), [
    ("85%", D(100), True, None),
    ("60%", D(75), False, D(-20)),  # 60/80 = 75%; gap 60 - 80 = -20
    ("100%", D(90), False, D(10)),  # 90/100 = 90%; gap 100 - 90 = 10
])
def test_range(actual: str, achievement: D, met: bool, gap: D | None) -> None:
    row, _ = one(ind(4, "80%~90%", actual))
    assert (row.achievement, row.met, row.gap, row.unit) == (achievement, met, gap, "%")
    assert row.points == round_to(D(4) * achievement / 100, 1)


@pytest.mark.parametrize(("target", "actual", "achievement", "points"), [
    ({"direction": "done"}, True, D(100), D(2)), ({"direction": "done"}, False, D(0), D(0)),
    ("完成", "完成", D(100), D(2)), ("完成", "未完成", D(0), D(0)),
])
def test_done(target: Any, actual: Any, achievement: D, points: D) -> None:
    row, _ = one(ind(2, target, actual))
    assert (row.achievement, row.points, row.met, row.gap) == (achievement, points, achievement == 100, None)


def test_ladder() -> None:
    # reach defaults to the last step: 設計 50 / 發包 100 = 50%; 10 x 50% = 5
    row, _ = one(ind(10, {"direction": "ladder", "steps": LADDER}, "設計"))
    assert (row.achievement, row.met, row.points) == (D(50), False, D(5))
    # reach 設計: 發包 100 / 設計 50 = 200% -> capped 100
    row, _ = one(ind(10, {"direction": "ladder", "steps": LADDER, "reach": "設計"}, "發包"))
    assert row.achievement_raw == D(200)
    assert (row.achievement, row.met, row.points) == (D(100), True, D(10))


# --- credit rules ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "weight", "actual", "points"), [
    ("all_or_nothing", 3, "90", D(0)),  # 90% is not met -> 0
    ("all_or_nothing", 3, "100", D(3)),
    ("linear", 3, "90", D("2.7")),  # 3 x 90% = 2.7
    ("bands", 5, "92", D("4.0")),  # 92 >= 90 -> 80% credit: 5 x 80% = 4.0
    ("bands", 5, "85", D("2.5")),  # 85 >= 80 -> 50% credit: 5 x 50% = 2.5
    ("bands", 5, "70", D(0)),  # below the lowest band (80)
    ("bands", 5, "100", D(5)),
])
def test_credit_rules(credit: str, weight: int, actual: str, points: D) -> None:
    row, _ = one(ind(weight, "100", actual), credit=credit, bands=BANDS)
    assert row.rules.credit == credit
    assert row.points == points


def test_assessed() -> None:
    row, codes = one(ind(3, "100", "90", points=D("2.5")), credit="assessed")
    assert (row.points, codes) == (D("2.5"), [])
    row, codes = one(ind(3, "100", "90"), credit="assessed")
    assert (row.points, codes) == (0, ["PS501"])  # where: tests/rules/test_indicators.py
    row, codes = one(ind(3, "100", "90", points=4), credit="assessed")
    assert (row.points, row.points_clamped, codes) == (3, True, ["PS502"])  # 4 is outside 0..3: clamped


def test_defaults_cascade() -> None:
    # every indicator: weight 10, 90% achieved -> linear 9, bands 8 (80% credit), all_or_nothing 0
    def row(name: str, **extra: Any) -> dict[str, Any]:
        return ind(10, "100", "90", name=name, **extra)

    result = run(
        facet(20, goal(row("report")), name="plain"),
        facet(40, goal(row("facet")), goal(row("goal"), row("indicator", credit="linear"),
                                           credit="all_or_nothing"), credit="bands", bands=BANDS),
        scoring={"credit": "linear"},
    )
    got = {i.name: (i.rules.credit, i.points) for i in result.indicators()}
    assert got == {"report": ("linear", D(9)), "facet": ("bands", D(8)),
                   "goal": ("all_or_nothing", D(0)), "indicator": ("linear", D(9))}
    assert [f.score for f in result.facets] == [D(9), D(17)]  # 8 + 0 + 9 = 17


# --- bonus, deductions, totals and grades --------------------------------------------------------------

def test_bonus_and_deductions() -> None:
    bonus_goal = goal(ind(None, "0", "0", name="b1", points=D("1.5")), ind(None, "0", "0", name="b2", points=0),
                      name="bonus", bonus_cap=1, credit="assessed")
    report = validate(
        facet(95, goal(ind(95, "100", "90", name="main")), bonus_goal),
        sections=[{"name": "s", "weight": 5, "points": 4}],
        bonus=[{"name": "plus", "kind": "bonus", "cap": 2, "points": 1},
               {"name": "minus", "kind": "deduction", "cap": 3, "points": 4}],
    )
    result = score(report)
    rows = {i.name: i for i in result.indicators()}
    assert (rows["b1"].met, rows["b2"].met, rows["b2"].points) == (True, True, D(0))
    assert result.facets[0].score == D("85.5")  # 95 x 90% = 85.5; the bonus goal is not in the facet
    assert result.subtotal == D("85.5")
    assert [(b.kind, b.given, b.points) for b in result.bonuses] == [
        ("bonus", D("1.5"), D(1)), ("bonus", D(1), D(1)), ("deduction", D(4), D(3))]
    assert (result.bonus_total, result.deduction_total, result.section_total) == (D(2), D(3), D(4))
    assert result.total == D("88.5")  # 85.5 + 4 + (1 + 1) - 3 = 88.5
    assert [f.path for f in check(report, result) if f.code == "PS503"] == [
        ("facets", 0, "goals", 1), ("bonus", 1, "points")]
    assert (result.counts.goals, result.counts.indicators, result.counts.met, result.counts.unmet) == (2, 3, 2, 1)


GRADES = [{"name": "優等", "min": 90}, {"name": "甲等", "min": 80}, {"name": "乙等", "min": 70}]


def test_grade_92_9() -> None:
    result = run(facet(100, goal(ind(100, "100", D("92.9")))), grades=GRADES)  # 100 x 92.9% = 92.9
    assert (result.total, result.grade) == (D("92.9"), "優等")


@pytest.mark.parametrize(("mode", "total", "grade"), [("half_up", "80.0", "甲等"), ("down", "79.9", "乙等")])
def test_grade_after_rounding_the_total(mode: str, total: str, grade: str) -> None:
    # 95 x 79.9% = 75.905 -> 75.9 (both modes); + section 4.05 = 79.95 -> half_up 80.0 (甲等), down 79.9
    result = run(facet(95, goal(ind(95, "100", D("79.9")))), grades=GRADES, scoring={"rounding": mode},
                 sections=[{"name": "s", "weight": 5, "points": D("4.05")}])
    assert result.subtotal == D("75.9")
    assert (result.total, str(result.total), result.grade) == (D(total), total, grade)


# --- indicators scored all or nothing, or not at all -----------------------------------------------------

@pytest.mark.parametrize(("target", "actual", "code", "achievement"), [
    ("0", "5", "PS505", D(100)),  # 5 / 0 has no value: all or nothing, and 5 >= 0 is met
    (">= -5", "-10", "PS505", D(0)),  # negative figures: all or nothing, and -10 < -5 is unmet
    ("5案", "5件", "PS506", None),  # 案 and 件 cannot be compared: not scored (issue #14)
])
def test_indicator_findings(target: str, actual: str, code: str, achievement: D | None) -> None:
    row, codes = one(ind(2, target, actual))
    assert (codes, row.achievement) == ([code], achievement)  # where: tests/rules/test_indicators.py


def test_counts_and_unmet_rows() -> None:
    result = run(facet(100, goal(ind(3, "70%", "63%", name="learning"), ind(2, "75%", "82%", name="ok")),
                       goal(ind(1, "50%", "40%", name="log"))))
    assert (result.counts.goals, result.counts.indicators, result.counts.met, result.counts.unmet) == (2, 3, 1, 2)
    # 63 / 70 = 90%, gap 63 - 70 = -7; 40 / 50 = 80%, gap 40 - 50 = -10
    assert [(i.name, i.achievement, i.gap, i.unit) for i in result.unmet] == [
        ("learning", D(90), D(-7), "%"), ("log", D(80), D(-10), "%")]
    assert [i.light for i in result.indicators()] == ["amber", "green", "amber"]


def test_sums_of_long_figures_stay_exact() -> None:
    # 29 significant digits each: the default 28-digit context would round the sum
    big = D("1234567890123456789.0123456789")
    result = run(facet(100, goal(ind(100, "100", "100"))),
                 sections=[{"name": "a", "weight": big, "points": big}], scoring={"places": 10})
    assert result.section_total == big
    assert result.total == D("1234567890123456889.0123456789")  # big + 100, written out: exact


def test_a_draft_with_unscored_indicators_gets_no_grade() -> None:
    grades = [{"name": "優等", "min": 90}, {"name": "丁等", "min": 0}]
    draft = run(facet(100, goal(ind(60, "100", "100"), {"name": "later", "weight": 40, "target": "100"})),
                grades=grades)
    # 60 points scored, 40 not yet: 60 would be 丁等, but the year is still open
    assert (draft.total, draft.counts.unscored, draft.grade) == (D(60), 1, None)
    done = run(facet(100, goal(ind(60, "100", "100"), ind(40, "100", "100"))), grades=grades)
    assert (done.total, done.grade) == (D(100), "優等")
