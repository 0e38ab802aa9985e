"""Issue #14, numbers: one grammar for targets and actual values, exact 30-digit figures, unit slips.

Each test reproduces a report that used to be misread silently, crash, or print a rounded figure.
Expected figures are worked out by hand in the comments.
"""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal as D

import pytest

from perfscore.core.analysis import FileReport
from perfscore.core.decimals import plain, round_to
from perfscore.core.yoy import ScoreDelta
from perfscore.engine.analyse import analyze_bytes
from perfscore.formats.jsonout import dumps
from perfscore.views.report import result_view

HEAD = "report: {title: T, organisation: O, year: 2015}\ngrades: [{name: A, min: 0}]\nsections: []\n"


def one(target: str, actual: str) -> FileReport:
    """A report of one indicator of weight 100, target and actual written as YAML scalars."""
    text = HEAD + "scoring: {}\n" + textwrap.dedent(f"""\
        facets:
          - name: F
            weight: 100
            goals:
              - name: G
                indicators:
                  - {{name: I, weight: 100, target: {target}, actual: {actual}, review: r}}
        """)
    return analyze_bytes(text.encode(), "r.yaml")


def found(outcome: FileReport) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in outcome.findings]


# Line 11 holds the indicator; its actual: value starts after the target as written.
def actual_column(target: str) -> int:
    return len("          - {name: I, weight: 100, target: ") + len(target) + len(", actual: ") + 1


# --- 1. one number grammar --------------------------------------------------------------------------------

@pytest.mark.parametrize("actual", ['"1e3"', '"1,2345"', "1.2.3", '"−5"', '"5 ± 1"', '"1.200.000"', '"５ ± 1"'])
def test_an_actual_not_read_in_full_is_ps205_and_not_scored(actual: str) -> None:
    # each used to be read as its last digits (3, 2345, 2.3, 5, 1): target 1 was met with full points
    outcome = one("1", actual)
    assert found(outcome) == [("PS205", 11, actual_column("1"))]
    indicator = outcome.result.indicators()[0] if outcome.result else None
    assert indicator is not None and indicator.met is None and indicator.points == 0


@pytest.mark.parametrize(("actual", "hint"), [
    ('"1e3"', "1000"), ('"−5"', "-5"), ('"5 ± 1"', "range"), ('"1,2345"', "groups of three"),
])
def test_the_finding_says_how_to_write_it(actual: str, hint: str) -> None:
    message = one("1", actual).findings[0].message
    assert hint in message


@pytest.mark.parametrize("target", ['"1e3"', '"−5"', '"5 ± 1"', '"1.2.3"', '"1.200.000"'])
def test_a_target_not_read_in_full_is_ps204(target: str) -> None:
    # 1e3 was a target of 3, −5 (U+2212) of 5 and 5 ± 1 of 1
    assert [f.code for f in one(target, "1").findings] == ["PS204"]


@pytest.mark.parametrize(("actual", "points"), [
    ("+.5", "50.0"),  # YAML 1.2 reads +.5 as 0.5 (PyYAML leaves it text): 0.5 / 1 = 50% of 100 -> 50.0
    ('"+.5"', "50.0"),
    (".5", "50.0"),
    ("-.5", "0.0"),  # -0.5 against 1: a negative figure, all or nothing (PS505), unmet -> 0
])
def test_leading_dot_numbers_are_read_as_yaml_1_2_reads_them(actual: str, points: str) -> None:
    outcome = one("1", actual)
    assert outcome.result is not None
    indicator = outcome.result.indicators()[0]
    assert indicator.points == D(points)
    assert indicator.actual is not None and abs(indicator.actual.value or 0) == D("0.5")


def test_a_leading_dot_percent_is_half_a_percent() -> None:
    # .5% was read as 5%; it is 0.5%: 0.5 / 1 = 50% of 100 -> 50.0
    outcome = one('"1%"', '".5%"')
    assert outcome.result is not None and outcome.result.total == D("50.0")


@pytest.mark.parametrize(("text", "advice"), [
    ('"第2期"', "an ordinal or period (第2期) is not a number"),
    ('"3案/年"', "a rate such as 3案/年 cannot be read as a number"),
    ('"民國113年"', "a year alone (92年, 2024年) is neither a deadline nor a count"),
    ('"113年度"', "a year alone (92年, 2024年) is neither a deadline nor a count"),
    ('"92年"', "a year alone (92年, 2024年) is neither a deadline nor a count"),  # was read as 92 years
    ('"2024年"', "write a deadline as a month or day, e.g. 113年12月底前 or 2024-12-31"),
])
def test_ordinals_rates_and_bare_years_are_not_numbers(text: str, advice: str) -> None:
    # Before issue 9 these were read as their last digits (第2期 -> 2). A year alone names no deadline.
    as_target = one(text, '"93年10月"')
    assert [f.code for f in as_target.findings] == ["PS204"]
    assert advice in as_target.findings[0].message
    as_actual = one("1", text)
    assert [f.code for f in as_actual.findings] == ["PS205"]
    assert advice in as_actual.findings[0].message


@pytest.mark.parametrize("text", ['"92年10月"', '"113年底"'])
def test_a_date_is_never_a_number(text: str) -> None:
    # 92年10月 against 93年10月 scored 100% met (10 / 10); a date is now a deadline (tests/test_dates.py),
    # and a date where a figure is expected is refused.
    as_actual = one("1", text)
    assert [f.code for f in as_actual.findings] == ["PS205"]
    assert "a date is only read as a deadline" in as_actual.findings[0].message


@pytest.mark.parametrize(("target", "actual", "total"), [
    ('"執行率80%"', '"執行率60%"', "75.0"),  # 60 / 80 = 75%
    ('"5案以上"', '"4案"', "80.0"),  # 4 / 5 = 80%
    ('"每年3案"', '"每年3案"', "100.0"),
])
def test_a_label_without_digits_still_reads(target: str, actual: str, total: str) -> None:
    outcome = one(target, actual)
    assert outcome.result is not None and outcome.result.total == D(total)
    assert [f.code for f in outcome.findings if f.code.startswith("PS2")] == []


def test_thousands_with_a_dot_are_a_decimal_point() -> None:
    # Taiwan writes thousands with a comma, so 1.200 is one point two: 1.2 / 1.2 = 100%
    outcome = one("1.2", '"1.200"')
    assert outcome.result is not None and outcome.result.total == D("100.0")
    assert outcome.findings == []


# --- 3. unit slips -----------------------------------------------------------------------------------------

def test_different_units_are_not_compared() -> None:
    # 5案 against 5件: the two counts cannot be compared, so no ratio and no points
    outcome = one('"5案"', '"5件"')
    assert found(outcome) == [("PS506", 11, actual_column('"5案"'))]
    assert outcome.findings[0].severity.value == "error"
    assert outcome.result is not None and outcome.result.indicators()[0].met is None
    assert outcome.result.total == 0


def test_the_same_unit_written_differently_is_the_same_unit() -> None:
    # full-width ％ and ｋｍ are % and km: 40 / 50 = 80%
    outcome = one('"50%"', '"40％"')
    assert outcome.findings == [] and outcome.result is not None and outcome.result.total == D("80.0")
    outcome = one('"50km"', '"40ｋｍ"')
    assert outcome.findings == [] and outcome.result is not None and outcome.result.total == D("80.0")


@pytest.mark.parametrize("actual", ["0.8", '"0.8"', "1"])
def test_a_fraction_against_a_percent_target_is_flagged(actual: str) -> None:
    # 80% against 0.8 scored 0.8 / 80 = 1% with no word; 0.8 is most likely 80%
    outcome = one('"80%"', actual)
    assert found(outcome) == [("PS509", 11, actual_column('"80%"'))]
    assert outcome.result is not None and outcome.result.indicators()[0].met is None


def test_a_fraction_written_with_its_percent_sign_is_taken_at_its_word() -> None:
    # 0.8% is written as a percent: 0.8 / 80 = 1% of 100 -> 1.0, unmet, no finding about units
    outcome = one('"80%"', '"0.8%"')
    assert outcome.result is not None and outcome.result.total == D("1.0")
    assert [f.code for f in outcome.findings] == []


# --- 2. 28-digit context ----------------------------------------------------------------------------------

BIG = 10 ** 27


def big_report(facet_weight: str, goal_weights: tuple[str, str], total: str, published: str = "") -> FileReport:
    text = HEAD + f"scoring: {{total: {total}}}\n" + textwrap.dedent(f"""\
        facets:
          - name: F
            weight: {facet_weight}
            goals:
              - name: G1
                weight: {goal_weights[0]}
                indicators:
                  - {{name: I1, weight: {goal_weights[0]}, target: 1, actual: 1{published}}}
              - name: G2
                weight: {goal_weights[1]}
                indicators:
                  - {{name: I2, weight: {goal_weights[1]}, target: 1, actual: 1}}
        """)
    return analyze_bytes(text.encode(), "r.yaml")


def test_published_points_against_27_digit_weights_do_not_crash() -> None:
    # 10^27 met in full is 10^27 points; the published 1 differs (PS402) -- it used to raise InvalidOperation
    outcome = big_report(str(2 * BIG), (str(BIG), str(BIG)), str(2 * BIG), ", published: {points: 1}")
    assert [f.code for f in outcome.findings] == ["PS402"]
    assert f"gives {BIG}" in outcome.findings[0].message


def test_30_digit_weights_add_up_exactly() -> None:
    # (T - 1) + 1 = T exactly; in 28 digits T - 1 became ...89E+2 and PS301/PS302 were raised
    thirty = 123456789012345678901234567891
    outcome = big_report(str(thirty), (str(thirty - 1), "1"), str(thirty))
    assert outcome.findings == []
    assert outcome.result is not None and outcome.result.total == D(thirty)


def test_29_and_30_digit_figures_print_exactly() -> None:
    thirty = "123456789012345678901234567891"
    assert plain(D(thirty)) == thirty
    assert plain(D("1234567890123456789012345678.9")) == "1234567890123456789012345678.9"
    assert round_to(D(thirty), 2) == D(thirty)
    outcome = big_report(thirty, (str(int(thirty) - 1), "1"), thirty)
    assert outcome.findings == []
    data = json.loads(dumps(result_view(outcome, "en")))
    assert data["total"] == int(thirty) and data["facets"][0]["weight"] == int(thirty)
    assert data["subtotal_weight"] == int(thirty)


def test_year_over_year_deltas_of_30_digit_totals_are_exact() -> None:
    # 123456789012345678901234567891 - 1 = ...890; in 28 digits the change printed as ...900
    delta = ScoreDelta("total", "total", D(1), D(123456789012345678901234567891)).delta
    assert delta is not None and plain(delta) == "123456789012345678901234567890"


@pytest.mark.parametrize("actual", ['"5案以上"', '">= 5"', '"4~6"'])
def test_an_actual_is_a_figure_not_a_bound(actual: str) -> None:
    # 5案以上 was read with the unit 案以上; a bound or a range says nothing about the figure reached
    outcome = one('"5案"', actual)
    assert [f.code for f in outcome.findings] == ["PS205"]
    assert "bound" in outcome.findings[0].message
