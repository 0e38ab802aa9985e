"""In-year tracking (periods:, report.as_of): the projection per aggregation, worked by hand, the at-risk
warning (PS732) and every unreadable period (PS731) at its key, on the real engine."""

from __future__ import annotations

from decimal import Decimal

from perfscore.engine.analyse import analyze_bytes
from tests.rules.helper import check


def year(indicators: str, as_of: str | None = "2024-06", scoring: str = "{}") -> str:
    """A 2024 report (in progress as of `as_of`, closed when None) whose one goal holds `indicators` from
    line 10, each written as a one-line mapping at column 13."""
    head = f"report: {{title: t, organisation: o, year: 2024{', as_of: ' + as_of if as_of else ''}}}\n"
    return head + f"scoring: {scoring}\nsections: []\nfacets:\n  - name: f\n    weight: 100\n    goals:\n" \
        "      - name: g\n        indicators:\n" + "".join(f"          - {line}\n" for line in indicators.splitlines())


def tracked(text: str) -> list[tuple[Decimal | None, Decimal | None, bool | None]]:
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None
    return [(t.to_date, t.projection, t.at_risk) for i in result.indicators() if (t := i.tracking) is not None]


def test_cumulative_projects_the_running_total_over_the_months_it_covers() -> None:
    text = year("{name: a, weight: 50, target: 100件, periods: {2024-03: 21, 2024-05: 42}}\n"
                "{name: b, weight: 50, target: 80件, periods: {2024-03: 21, 2024-05: 35}}")
    # a: 42 to May, 42 × 12/5 = 100.8 ≥ 100: on track. b: 35 × 12/5 = 84 ≥ 80: on track.
    assert tracked(text) == [(Decimal(42), Decimal("100.8"), False), (Decimal(35), Decimal(84), False)]
    # No actual value yet, but the year is in progress and the periods show how it is going: no PS507.
    assert check(text) == []


def test_sum_adds_every_period_and_a_missing_one_is_named() -> None:
    text = year("{name: a, weight: 100, target: 100件, aggregate: sum, periods: {2024-01: 5, 2024-02: 9, "
                "2024-03: 10}}")
    # (5 + 9 + 10) × 12/3 = 24 × 4 = 96 < 100: at risk, warned at periods: (line 10, the key at column 66)
    assert tracked(text) == [(Decimal(24), Decimal(96), True)]
    assert check(text) == [("PS732", 10, 66)]
    message = analyze_bytes(text.encode(), "t.yaml").findings[0].message
    assert message == ("indicator 'a' is projected at 96件 by the year's end (24件 in total to 2024-03 × 12/3), "
                       "which misses the target 100件")
    gap = text.replace("2024-02: 9, ", "")
    assert tracked(gap) == [(None, None, None)]
    assert ("PS731", 10, 66) in check(gap)
    assert "2024-02 is missing; write 0" in analyze_bytes(gap.encode(), "t.yaml").findings[0].message


def test_average_and_last_carry_the_value_to_the_year_end() -> None:
    text = year("{name: a, weight: 50, target: 90%, aggregate: average, periods: {2024-Q1: 85%, 2024-Q2: 92}}\n"
                "{name: b, weight: 50, target: 90%, aggregate: last, periods: {2024-Q1: 85%, 2024-Q2: 92}}")
    # a: (85 + 92) / 2 = 88.5 < 90: at risk. b: the latest, 92 ≥ 90: on track (no fitted line: see core/periods).
    assert tracked(text) == [(Decimal("88.5"), Decimal("88.5"), True), (Decimal(92), Decimal(92), False)]


def test_quarters_cover_three_months_each() -> None:
    text = year("{name: a, weight: 100, target: 100件, periods: {2024-Q1: 30}}", as_of="2024-Q1")
    # 30 to the end of March: 30 × 12/3 = 120 ≥ 100
    assert tracked(text) == [(Decimal(30), Decimal(120), False)]


def test_lower_is_better_projects_the_same_way_and_misses_upwards() -> None:
    text = year("{name: a, weight: 50, target: 10件以下, periods: {2024-06: 6}}\n"
                "{name: b, weight: 50, target: 10件以下, aggregate: last, periods: {2024-06: 9}}")
    # a: 6 × 12/6 = 12 > 10: at risk. b: 9 ≤ 10: on track.
    assert tracked(text) == [(Decimal(6), Decimal(12), True), (Decimal(9), Decimal(9), False)]


def test_a_projection_that_does_not_divide_is_decided_exactly_and_shown_to_two_places() -> None:
    text = year("{name: a, weight: 100, target: 85.72件, periods: {2024-07: 50}}", as_of="2024-07")
    # 50 × 12/7 = 85.714285… < 85.72: at risk, though it shows as 85.71
    [(_, projection, at_risk)] = tracked(text)
    assert at_risk is True and projection is not None and Decimal("85.714285") < projection < Decimal("85.714286")
    assert "projected at 85.71件" in analyze_bytes(text.encode(), "t.yaml").findings[-1].message


def test_a_closed_year_keeps_the_periods_and_scores_the_actual_only() -> None:
    text = year("{name: a, weight: 100, target: 100件, actual: 120件, periods: {2024-03: 21, 2024-06: 48}}",
                as_of=None)
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.result is not None and outcome.result.total == 100  # 120/100 capped at 100% of 100
    assert tracked(text) == [(None, None, None)]  # no projection, no PS732, though 48 × 2 = 96 < 100
    assert check(text) == []
    tracking = outcome.result.indicators()[0].tracking
    assert tracking is not None and [(p.label, v) for p, v in tracking.values] == [("2024-03", 21), ("2024-06", 48)]


def test_the_aggregation_cascades_from_scoring_to_the_indicator() -> None:
    text = year("{name: a, weight: 50, target: 100件, periods: {2024-01: 10, 2024-02: 10}}\n"
                "{name: b, weight: 50, target: 100件, aggregate: cumulative, periods: {2024-01: 10, 2024-02: 10}}",
                as_of="2024-02", scoring="{aggregate: sum}")
    # a sums: 20 × 12/2 = 120; b overrides to cumulative: 10 × 12/2 = 60
    assert tracked(text) == [(Decimal(20), Decimal(120), False), (Decimal(10), Decimal(60), True)]


def test_bad_period_keys_are_located_at_each_key() -> None:
    text = year("{name: a, weight: 100, target: 100件, periods: {2024-3: 1, 202407: 3, 2023-01: 3, 2024-Q5: 1, "
                "2024-09: 2, 2024-01-31: 1, 2024q2: 1}}")
    findings = [f for f in analyze_bytes(text.encode(), "t.yaml").findings if f.code == "PS731"]
    # each at its own key on line 10 (columns counted in characters: 件 is one)
    assert [(f.line, f.column) for f in findings] == [(10, 60), (10, 71), (10, 82), (10, 94), (10, 106),
                                                      (10, 118), (10, 133)]
    assert [f.message.split(": ", 1)[1] for f in findings] == [
        "period '2024-3' is not written as a month: write 2024-03 (a period is a month or a quarter, never a day)",
        "period 202407 is a number; write a month as 2024-03 or a quarter as 2024-Q1",
        "period 2023-01 is not in the report's year 2024; a report tracks its own year only",
        "period '2024-Q5': a year has quarters Q1 to Q4",
        "period 2024-09 ends after as_of 2024-06: its value cannot be known yet; remove it or move as_of",
        "period '2024-01-31' is not written as a month: write 2024-01 (a period is a month or a quarter, never a "
        "day)",
        "period '2024q2' is not written as a quarter: write 2024-Q2"]
    assert tracked(text) == [(None, None, None)]  # a period left out would change the projection: none made


def test_mixed_periods_a_bad_value_a_bad_as_of_and_a_deadline_target() -> None:
    text = year("{name: a, weight: 50, target: 100件, periods: {2024-Q1: 1, 2024-04: 2}}\n"
                "{name: b, weight: 25, target: 100件, periods: {2024-03: 21人}}\n"
                "{name: c, weight: 25, target: 完成, periods: {2024-03: 1}}", as_of="2024-13")
    messages = [(f.line, f.message) for f in analyze_bytes(text.encode(), "t.yaml").findings if f.code == "PS731"]
    assert messages == [
        (1, "as_of '2024-13': month 13 does not exist; write 2024-01 to 2024-12"),
        (10, "indicator 'a': periods mix months and quarters; write one or the other"),
        (11, "indicator 'b': period 2024-03: '21人' is not a number in the target's unit (件), such as 21件"),
        (12, "indicator 'c': periods need a numeric target (a number to reach, not exceed, or a range); this one "
             "is done")]


def test_in_year_no_ps507_where_periods_show_progress() -> None:
    text = year("{name: a, weight: 50, target: 100件, periods: {2024-03: 30}}\n"
                "{name: b, weight: 50, target: 80件}")
    # a: 30 × 12/3 = 120 ≥ 100, on track, and its periods show its progress: no PS507. b has neither an
    # actual nor periods: PS507, saying that nothing shows how it is going (line 11).
    assert check(text) == [("PS507", 11, 13)]
    message = analyze_bytes(text.encode(), "t.yaml").findings[0].message
    assert message.startswith("no actual value and no periods yet: the year is in progress")
    # The year closed (no as_of): both get the draft's PS507, the periods being kept but not scored.
    closed = year("{name: a, weight: 50, target: 100件, periods: {2024-03: 30}}\n"
                  "{name: b, weight: 50, target: 80件}", as_of=None)
    assert check(closed) == [("PS507", 10, 13), ("PS507", 11, 13)]
    assert analyze_bytes(closed.encode(), "t.yaml").findings[0].message == \
        "no actual value yet: the indicator is not scored"
