"""The shipped example (嘉義市政府行政處 104 年度) reproduces the printed figures and flags the seed's slips."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfscore.core.analysis import FileReport
from perfscore.core.decimals import plain
from perfscore.core.scoring import ReportResult
from perfscore.engine.analyse import analyze_file
from tests.paths import EXAMPLE


@pytest.fixture(scope="module")
def outcome() -> FileReport:
    return analyze_file(EXAMPLE)


@pytest.fixture(scope="module")
def result(outcome: FileReport) -> ReportResult:
    assert outcome.result is not None
    return outcome.result


def _line_of(text: str, needle: str, after: str) -> int:
    """1-based line of the first `needle` line after the first line containing `after`."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if after in line)
    return next(n for n in range(start, len(lines)) if lines[n].strip() == needle) + 1


def test_total_and_grade(result: ReportResult) -> None:
    # 35 + 20 + 13.9 + 20 = 88.9; + 4 (施政績效具體事蹟) + 0 bonus - 0 deductions = 92.9
    assert result.total == Decimal("92.9")
    assert str(result.total) == "92.9"
    assert plain(result.total) == "92.9"
    assert result.subtotal == Decimal("88.9")
    assert result.section_total == Decimal(4)
    assert (result.bonus_total, result.deduction_total) == (Decimal(0), Decimal(0))
    assert result.grade == "優等"
    assert result.grade_en == "Excellent"


def test_facet_scores(result: ReportResult) -> None:
    assert [f.score for f in result.facets] == [Decimal(35), Decimal(20), Decimal("13.9"), Decimal(20)]
    assert [plain(f.score) for f in result.facets] == ["35", "20", "13.9", "20"]
    assert [f.name for f in result.facets] == ["核心業務面向", "業務創新改良面向", "人力資源發展面向", "經費執行力面向"]


def test_hr_facet_is_assessed(result: ReportResult) -> None:
    # 3 + 3 + 0 + 1 + 0.4 + 1.5 + 3 + 1 + 1 = 13.9
    hr = result.facets[2]
    points = [i.points for g in hr.goals for i in g.indicators]
    assert points == [Decimal(x) for x in ("3", "3", "0", "1", "0.4", "1.5", "3", "1", "1")]
    assert {i.rules.credit for g in hr.goals for i in g.indicators} == {"assessed"}


def test_counts(result: ReportResult) -> None:
    counts = result.counts
    assert (counts.goals, counts.indicators, counts.met, counts.unmet, counts.unscored) == (18, 38, 36, 2, 0)


def test_unmet_rows(result: ReportResult) -> None:
    # 63 / 70 = 90%, gap 63 - 70 = -7; 40 / 50 = 80%, gap 40 - 50 = -10
    assert [(i.name, i.achievement, i.gap, i.unit) for i in result.unmet] == [
        ("強化公務人員終身學習時數", Decimal(90), Decimal(-7), "%"),
        ("因公外出是否確實填寫公出登記簿，並經權責主管核章", Decimal(80), Decimal(-10), "%"),
    ]


def test_bonus_goals_are_met_and_outside_the_facet(result: ReportResult) -> None:
    budget = result.facets[3]
    assert [g.is_bonus for g in budget.goals] == [False, True, True]
    assert [(b.name, b.points) for b in result.bonuses] == [
        ("配合本府開源節流措施實施要點", Decimal(0)), ("爭取中央計畫型補助款", Decimal(0))]
    assert all(i.met for g in budget.goals[1:] for i in g.indicators)


def test_prose_target_reads_the_last_number(result: ReportResult) -> None:
    row = next(i for i in result.indicators() if i.source.id == "hr-4-1")
    assert row.target is not None
    assert (row.target.value, row.target.unit) == (Decimal(75), "%")
    assert row.target.text == "本府各處40歲以上公務人員健康檢查達成率 ≥ 75%"


def test_findings_are_exactly_the_seed_slips(outcome: FileReport) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    facet_weight = _line_of(text, "weight: 20", after="- id: hr")  # the HR facet's weight: 20
    goal_weight = _line_of(text, "weight: 3", after="- id: hr-1")  # HR goal 一's weight: 3
    assert goal_weight > facet_weight
    found = [(f.code, f.line, f.column) for f in outcome.findings]
    assert found == [("PS302", facet_weight, 13), ("PS303", goal_weight, 17)]
    assert "3 + 5 + 3 + 4 + 2 = 17" in outcome.findings[0].message
    assert "3 + 3 = 6" in outcome.findings[1].message
    assert outcome.errors == 2 and outcome.warnings == 0
