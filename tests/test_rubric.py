"""Rubric-scored goals (評核項目/配分/自評): the goal's points are Σ given / Σ maximum × its weight.

The figures come from a public sample form, 附表二(範例)「績效評核自評報告」(人事處, 差勤管理無紙化), at
https://www.maiyajiaoan.com/wiki/10669.html. It is a sample attached to a rule, not an agency's real report.
It prints goal 1 (20%): 目標之複雜度及挑戰性 30/26, 目標執行進度 30/25, 目標達成度 40/35, 總計 86,
86*20% = 17.2; and goal 2 (10%): total 83, 83*10% = 8.3 (how goal 2's last 60 points split is not legible in
the copy we read; examples/rubric-sample-self-assessment.yaml says which split is illustrative).
"""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.core.results import ReportResult
from perfscore.engine.analyse import analyze_bytes, analyze_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "rubric-sample-self-assessment.yaml"
CHIAYI = ROOT / "examples" / "chiayi-2015-administration.yaml"


@pytest.fixture(scope="module")
def outcome() -> FileReport:
    return analyze_file(EXAMPLE)


@pytest.fixture(scope="module")
def result(outcome: FileReport) -> ReportResult:
    assert outcome.result is not None
    return outcome.result


def test_the_sample_goals_score_as_printed(result: ReportResult) -> None:
    first, second = result.facets[0].goals
    assert first.rubric is not None and second.rubric is not None
    # 26 + 25 + 35 = 86 of 30 + 30 + 40 = 100; 86 / 100 × 20 = 17.2
    assert (first.rubric.given, first.rubric.max, first.points) == (Decimal(86), Decimal(100), Decimal("17.2"))
    # 83 / 100 × 10 = 8.3
    assert (second.rubric.given, second.points) == (Decimal(83), Decimal("8.3"))
    # 17.2 + 8.3 = 25.5 of the 30 the two goals weigh
    assert result.facets[0].score == result.total == Decimal("25.5")


def test_the_example_validates_clean(outcome: FileReport) -> None:
    assert outcome.findings == []


def test_criteria_are_not_indicators(result: ReportResult) -> None:
    # Counted as goals, never as indicators, never met or unmet, never in the unmet review.
    assert (result.counts.goals, result.counts.indicators, result.counts.met, result.counts.unmet) == (2, 0, 0, 0)
    assert result.unmet == [] and result.indicators() == []


def _score(criteria: str, scoring: str = "{}", weight: str = "10") -> ReportResult:
    text = textwrap.dedent(f"""\
        report: {{title: t, organisation: o, year: 2015}}
        scoring: {scoring}
        sections: []
        facets:
          - name: f
            weight: {weight}
            goals:
              - name: g
                weight: {weight}
                criteria: {criteria}
        """)
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None
    return result


def test_rounding_is_the_declared_one() -> None:
    # 1 of 8 × 10 = 1.25 exactly: half_up gives 1.3, half_even 1.2, down 1.2, and places 2 keeps 1.25.
    criteria = "[{name: a, max: 8, points: 1}]"
    assert _score(criteria).total == Decimal("1.3")
    assert _score(criteria, "{rounding: half_even}").total == Decimal("1.2")
    assert _score(criteria, "{rounding: down}").total == Decimal("1.2")
    assert _score(criteria, "{places: 2}").total == Decimal("1.25")


def test_points_are_computed_from_the_sums_not_criterion_by_criterion() -> None:
    # Σ given / Σ max × weight = (2 + 2) / (3 + 3) × 1 = 0.666… → 0.7; rounding each criterion's share
    # first (2/3 × 0.5 = 0.333… → 0.3, twice) would give 0.6.
    result = _score("[{name: a, max: 3, points: 2}, {name: b, max: 3, points: 2}]", weight="1")
    assert result.total == Decimal("0.7")
    assert result.facets[0].goals[0].rubric is not None
    assert result.facets[0].goals[0].rubric.points_exact.quantize(Decimal("0.0001")) == Decimal("0.6667")


def test_points_outside_the_range_are_clamped_into_the_sum() -> None:
    # 35 above a maximum of 30 counts 30; -5 counts 0: (30 + 0) / (30 + 70) × 10 = 3
    result = _score("[{name: a, max: 30, points: 35}, {name: b, max: 70, points: -5}]")
    assert result.total == Decimal(3)


def test_a_criterion_without_points_leaves_the_report_ungraded() -> None:
    text = textwrap.dedent("""\
        report: {title: t, organisation: o, year: 2015}
        scoring: {}
        sections: []
        grades: [{name: 優等, min: 0}]
        facets:
          - name: f
            weight: 100
            goals:
              - name: g
                weight: 100
                criteria: [{name: a, max: 50, points: 50}, {name: b, max: 50}]
        """)
    result = analyze_bytes(text.encode(), "t.yaml").result
    assert result is not None
    assert result.total == Decimal(50) and result.grade is None  # 50 / 100 × 100, and no grade while pending


def test_json_carries_the_criteria_and_the_sums() -> None:
    run = CliRunner().invoke(cli, ["compute", str(EXAMPLE), "--format", "json"])
    assert run.exit_code == 0, run.output
    goal = json.loads(run.output)["facets"][0]["goals"][0]
    assert goal["points"] == 17.2 and goal["indicators"] == []
    rubric = goal["rubric"]
    assert (rubric["given"], rubric["max"], rubric["weight"], rubric["points_exact"]) == (86, 100, 20, 17.2)
    assert [(c["name"], c["max"], c["points"]) for c in rubric["criteria"]] == [
        ("目標之複雜度及挑戰性", 30, 26), ("目標執行進度", 30, 25), ("目標達成度", 40, 35)]


def test_a_goal_scored_on_indicators_has_no_rubric_key() -> None:
    # So that the JSON of every report without a rubric stays byte-identical.
    run = CliRunner().invoke(cli, ["compute", str(CHIAYI), "--format", "json"])
    assert all("rubric" not in goal for facet in json.loads(run.output)["facets"] for goal in facet["goals"])


@pytest.mark.parametrize(("fmt", "expected"), [
    ("table", ["配分 30", "自評 26", "評核分數 86/100 × 20", "17.2", "8.3", "無未達成之衡量指標"]),
    ("markdown", ["25.5", "無未達成之衡量指標"]),
    ("csv", [",目標之複雜度及挑戰性,30,,,,,26,評核項目,", ",評核分數 86/100 × 20,20,,,,,17.2,評核分數,"]),
    ("html", ["配分 30", "自評 26", "評核分數 86/100 × 20", "<strong>17.2</strong>", "無未達成之衡量指標"]),
])
def test_every_format_shows_the_rubric(fmt: str, expected: list[str]) -> None:
    run = CliRunner(env={"COLUMNS": "120"}).invoke(cli, ["compute", str(EXAMPLE), "--format", fmt])
    assert run.exit_code == 0, run.output
    for text in expected:
        assert text in run.output, (fmt, text)
    # A criterion is never met or unmet, and there are no indicators to say all of them were met.
    assert "所有衡量指標均已達成" not in run.output and "未達成" not in run.output.replace("無未達成", "")


def test_rollover_clears_the_given_points_and_keeps_the_rubric(tmp_path: Path) -> None:
    draft = tmp_path / "next.yaml"
    run = CliRunner().invoke(cli, ["rollover", str(EXAMPLE), "-o", str(draft)])
    assert run.exit_code == 0, run.output
    text = draft.read_text(encoding="utf-8")
    assert "- {name: 目標之複雜度及挑戰性, max: 30}" in text and "points: 26" not in text
    outcome = analyze_file(draft)
    assert outcome.result is not None and outcome.result.total == 0
    assert [f.code for f in outcome.findings] == ["PS702"] * 6  # three criteria in each of the two goals


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_the_spreadsheets_show_the_rubric(fmt: str, tmp_path: Path) -> None:
    """Before the fix the goals sheet of a rubric-only report held its header row and nothing else."""
    from python_calamine import CalamineWorkbook

    book = tmp_path / f"rubric.{fmt}"
    run = CliRunner().invoke(cli, ["compute", str(EXAMPLE), "--format", fmt, "-o", str(book)])
    assert run.exit_code == 0, run.output
    _, header, *rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("策略績效目標").to_python()
    shown = {row[header.index("衡量指標")]: (row[header.index("權重")], row[header.index("項目權分")],
                                           row[header.index("狀態")]) for row in rows}
    # criteria: 配分 in the weight column, 自評 in the points column; the goal: 26 + 25 + 35 = 86, 86/100 × 20 = 17.2
    # and 23 + 25 + 35 = 83, 83/100 × 10 = 8.3
    assert len(rows) == 8
    assert shown["目標之複雜度及挑戰性"][0] == 30.0
    assert shown["評核分數 86/100 × 20"] == (20.0, 17.2, "評核分數")
    assert shown["評核分數 83/100 × 10"] == (10.0, 8.3, "評核分數")
    assert [row[header.index("項目權分")] for row in rows[:3]] == [26.0, 25.0, 35.0]
    assert [row[header.index("達成目標值")] for row in rows[:3]] == ["自評 26", "自評 25", "自評 35"]


def test_the_odt_shows_the_rubric(tmp_path: Path) -> None:
    """Before the fix the ODT's facet table was empty above 權分合計 25.5."""
    import re
    import zipfile

    book = tmp_path / "rubric.odt"
    run = CliRunner().invoke(cli, ["compute", str(EXAMPLE), "--format", "odt", "-o", str(book)])
    assert run.exit_code == 0, run.output
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", zipfile.ZipFile(book).read("content.xml").decode()))
    # 26 + 25 + 35 = 86, 86/100 × 20 = 17.2; 23 + 25 + 35 = 83, 83/100 × 10 = 8.3
    for shown in ("1. 目標之複雜度及挑戰性", "配分 30", "自評 26", "評核分數 86/100 × 20 17.2",
                  "評核分數 83/100 × 10 8.3"):
        assert shown in text, shown
