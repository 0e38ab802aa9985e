"""Indicator rules (PS501 to PS509): points missing, out of range or over a cap, unmet indicators without a
review, and actual values that cannot be scored as written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.helper import check, findings, report


@pytest.mark.parametrize(("indicator", "found"), [
    # 5 / 0 has no value: all or nothing, and 5 >= 0 is met
    ("{name: i, weight: 100, target: '0', actual: '5'}", ("PS505", 11, 44)),
    # negative figures: all or nothing, and -10 < -5 is unmet
    ("{name: i, weight: 100, target: '>= -5', actual: '-10', review: r}", ("PS505", 11, 44)),
    # 案 and 件 cannot be compared: not scored (issue #14)
    ("{name: i, weight: 100, target: 5案, actual: 5件}", ("PS506", 11, 56)),
    # 0.8 against 80% is most likely 80% written as a fraction
    ("{name: i, weight: 100, target: 80%, actual: 0.8}", ("PS509", 11, 57)),
])
def test_indicator_findings(indicator: str, found: tuple[str, int, int]) -> None:
    assert check(report(indicator)) == [found]


def test_a_zero_target_is_scored_all_or_nothing_only_under_a_ratio_rule() -> None:
    assert check(report("{name: i, weight: 100, target: '0', actual: '5', credit: all_or_nothing}")) == []


def test_messages_of_actual_values_that_cannot_be_scored() -> None:
    [unit] = findings(report("{name: i, weight: 100, target: 5案, actual: 5件}"))
    assert unit.message.startswith("the actual is in '件' but the target '5案' is in '案'")
    [fraction] = findings(report("{name: i, weight: 100, target: 80%, actual: 0.8}"))
    assert "reads as 0.8%; if it is a fraction, write 80%" in fraction.message


def test_a_draft() -> None:
    # no actual value yet: PS507 at the indicator; an assessed one has no points yet either (PS508), and a
    # section while the year is open (PS508, at the section)
    draft = report("{name: i, weight: 100, target: 80%, credit: assessed}", sections="[{name: s, weight: 0}]")
    assert check(draft) == [("PS508", 3, 12), ("PS507", 11, 13), ("PS508", 11, 13)]


def test_assessed_points_missing_or_out_of_range() -> None:
    missing = report("{name: i, weight: 100, target: '100', actual: '90', credit: assessed, review: r}",
                     sections="[{name: s, weight: 0}]")
    assert check(missing) == [("PS501", 3, 12), ("PS501", 11, 13)]
    over = report("{name: i, weight: 100, target: '100', actual: '90', credit: assessed, points: 104, review: r}",
                  sections="[{name: s, weight: 0, points: 1}]")
    assert check(over) == [("PS502", 3, 41), ("PS502", 11, 91)]
    messages = [f.message for f in findings(over)]
    assert messages == ["section points 1 fall outside 0..0 (the section's weight); 0 is used",
                        "assessed points 104 fall outside 0..100 (the indicator's weight); 100 is used"]


def test_caps_of_bonus_goals_and_deductions() -> None:
    bonus_goal = "      - {name: b, bonus_cap: 1, credit: assessed, indicators: [{name: x, target: '0', actual: '0', " \
                 "points: 1.5}]}\n"
    text = report("{name: i, weight: 100, target: '100', actual: '100'}",
                  after=bonus_goal + "bonus:\n  - {name: minus, kind: deduction, cap: 3, points: 4}\n")
    assert check(text) == [("PS503", 12, 9), ("PS503", 14, 52)]
    assert [f.message for f in findings(text)] == ["the bonus goal's points 1.5 exceeds its cap of 1; 1 is used",
                                                   "the deduction 4 exceeds its cap of 3; 3 is used"]


@pytest.mark.parametrize(("review", "codes"), [
    (None, ["PS504"]), ("原因與策略合併敘述", []),  # a combined text counts as both cause and strategy
    ("'   '", ["PS504"]), ("{cause: c}", ["PS504"]), ("{cause: c, strategy: s}", []),
])
def test_review_of_unmet(review: Any, codes: list[str]) -> None:
    extra = "" if review is None else f", review: {review}"
    assert [code for code, *_ in check(report(f"{{name: i, weight: 100, target: 70%, actual: 63%{extra}}}"))] == codes


@pytest.mark.parametrize(("target", "moved"), [
    ("113年12月底前", "114年12月底前"), ("'2024-12-31'", "2025-12-31"), ("113/06/30", "114/06/30")])
def test_a_deadline_before_the_reports_year_is_named_with_its_move(target: str, moved: str) -> None:
    # In a report for 2025 (ROC 114), a deadline in 2024 (ROC 113) is last year's, carried over unseen
    text = report(f"{{name: i, weight: 100, target: {target}, actual: 未完成}}").replace("year: 2015", "year: 2025")
    [found] = [finding for finding in findings(text) if finding.code == "PS511"]
    assert (found.line, found.column) == (11, 44)
    assert found.message.endswith(f"ends before the report's year 2025 (ROC 114) begins; for a deadline this year, "
                                  f"write '{moved}'")


def test_a_deadline_within_or_after_the_year_is_not_stale() -> None:
    for target in ("114年1月", "'2025-01-01'", "115年6月底前"):  # 2025-01, 2025-01-01, 2026-06: none before 2025
        text = report(f"{{name: i, weight: 100, target: {target}, actual: 未完成}}").replace("year: 2015", "year: 2025")
        assert "PS511" not in [code for code, _, _ in check(text)]


def test_a_structured_deadline_as_written_is_checked_too() -> None:
    # date: 113年6月 (June 2024) is kept as written in a structured target; 2024 is before 2025
    text = report("{name: i, weight: 100, target: {direction: by, date: 113年6月}, actual: 未完成}") \
        .replace("year: 2015", "year: 2025")
    found = next(f for f in findings(text) if f.code == "PS511")
    assert "write '114年6月前'" in found.message  # its text as the model keeps it: 113年6月前
