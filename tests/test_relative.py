"""Relative targets (較上年度提升, issue 9 §5): set from the previous year's actual value, shown with where
they came from, never guessed. Each expectation is worked out by hand in its comment."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.core.results import IndicatorResult
from perfscore.engine.analyse import Options, analyze_file
from perfscore.views.report import result_view

HEAD = "report: {{title: t, organisation: o, year: {year}{previous}}}\nscoring: {{}}\nsections: []\n"

LAST_YEAR = HEAD.format(year=2015, previous="") + """\
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - {id: rate, name: 受理率, weight: 20, target: 80%, actual: 80.2%}
          - {id: cases, name: 案件數, weight: 20, target: 100件, actual: 120件}
          - {id: days, name: 處理天數, weight: 20, target: 10天以下, actual: 8天}
          - {name: 滿意度, weight: 20, target: 85%, actual: 90%}
          - {name: 陳情件數, weight: 20, target: 5件以下, actual: 4件}
"""


def this_year(indicators: str, previous: str | None = "2015.yaml") -> str:
    """This year's report of the given indicators (each of weight 20, the first on line 10)."""
    named = f", previous: {previous}" if previous else ""
    lines = indicators.strip().splitlines()
    total = 20 * len(lines)  # the facet and the report weigh what the indicators weigh: no PS301/PS302
    return HEAD.format(year=2016, previous=named).replace("scoring: {}", f"scoring: {{total: {total}}}") + f"""\
facets:
  - name: f
    weight: {total}
    goals:
      - name: g
        indicators:
""" + "".join(f"          - {line}\n" for line in lines)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def scored(tmp_path: Path, indicators: str, previous: str | None = "2015.yaml",
           options: Options | None = None) -> FileReport:
    write(tmp_path, "2015.yaml", LAST_YEAR)
    return analyze_file(write(tmp_path, "2016.yaml", this_year(indicators, previous)), options or Options())


def only(outcome: FileReport) -> IndicatorResult:
    assert outcome.result is not None
    (indicator,) = outcome.result.indicators()
    return indicator


def codes(outcome: FileReport) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in outcome.findings if f.code.startswith("PS61")]


def test_percentage_points(tmp_path: Path) -> None:
    # 80.2% + 1 point = 81.2%; 81 / 81.2 = 99.75...% (unmet, so shown rounded down: 99%);
    # points 20 × 81 / 81.2 = 19.95... -> 20.0 at one place
    indicator = only(scored(tmp_path, "{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, "
                                      "change: +1pt}, actual: 81%}"))
    assert indicator.target is not None and indicator.target.value == Decimal("81.2")
    assert (indicator.met, indicator.achievement, indicator.points) == (False, Decimal(99), Decimal(20))
    assert indicator.gap == Decimal("-0.2")  # 81 − 81.2


def test_percentage_points_in_chinese(tmp_path: Path) -> None:
    # 80.2% + 2 個百分點 = 82.2%, met by 82.2%
    indicator = only(scored(tmp_path, "{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, "
                                      "change: +2個百分點}, actual: 82.2%}"))
    assert indicator.target is not None and indicator.target.value == Decimal("82.2") and indicator.met


def test_relative_percent(tmp_path: Path) -> None:
    # 120件 × (1 + 10%) = 132件; 130 / 132 = 98.48% -> 98%; points 20 × 130 / 132 = 19.696... -> 19.7
    indicator = only(scored(tmp_path, "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, "
                                      "change_percent: 10}, actual: 130件}"))
    assert indicator.target is not None and indicator.target.value == Decimal(132)
    assert (indicator.achievement, indicator.points, indicator.gap) == (Decimal(98), Decimal("19.7"), Decimal(-2))


def test_relative_percent_of_a_percent_indicator_is_exact(tmp_path: Path) -> None:
    # 80.2% × 1.01 = 81.002%: exact, not rounded to 81%; 81% is then unmet
    indicator = only(scored(tmp_path, "{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, "
                                      "change_percent: 1}, actual: 81%}"))
    assert indicator.target is not None and indicator.target.value == Decimal("81.002")
    assert indicator.met is False


def test_absolute_change_in_the_unit(tmp_path: Path) -> None:
    # 120件 + 5件 = 125件, met exactly by 125件: 100%, full 20 points
    indicator = only(scored(tmp_path, "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, "
                                      "change: +5件}, actual: 125件}"))
    assert indicator.target is not None and indicator.target.text == "≥ 125件"
    assert (indicator.met, indicator.achievement, indicator.points) == (True, Decimal(100), Decimal(20))


def test_at_least_last_year(tmp_path: Path) -> None:
    # ≥ previous: at least 120件; 119件 is 119/120 = 99.17% -> unmet, 99%
    indicator = only(scored(tmp_path, "{id: cases, name: 案件數, weight: 20, target: ≥ previous, actual: 119件}"))
    assert indicator.target is not None and indicator.target.value == Decimal(120)
    assert (indicator.met, indicator.achievement) == (False, Decimal(99))


def test_lower_is_better(tmp_path: Path) -> None:
    # 8天 − 25% = 8 × 0.75 = 6天 at most; 7天 is 6 / 7 = 85.71% -> 86%, one day over: gap +1
    indicator = only(scored(tmp_path, "{id: days, name: 處理天數, weight: 20, target: {relative_to: previous, "
                                      "direction: lower, change_percent: -25}, actual: 7天}"))
    assert indicator.target is not None and indicator.target.text == "≤ 6天"
    assert (indicator.met, indicator.achievement, indicator.gap) == (False, Decimal(86), Decimal(1))


def test_lower_is_better_shorthand_and_absolute(tmp_path: Path) -> None:
    outcome = scored(tmp_path, """\
{id: days, name: 處理天數, weight: 20, target: {relative_to: previous, direction: lower, change: -1天}, actual: 7天}
{name: 陳情件數, weight: 20, target: ≤ 上年度, actual: 4件}""")
    assert outcome.result is not None
    days, petitions = outcome.result.indicators()
    # 8 − 1 = 7 days at most, met by 7; at most last year's 4件, met by 4
    assert days.target is not None and days.target.value == 7 and days.met
    assert petitions.target is not None and petitions.target.text == "≤ 4件" and petitions.met


def test_missing_previous_is_a_finding_and_unscored(tmp_path: Path) -> None:
    outcome = scored(tmp_path, "{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, change: +1pt}, "
                               "actual: 81%}", previous="2014.yaml")
    indicator = only(outcome)
    assert codes(outcome) == [("PS612", 10, 55)]
    assert "2014.yaml cannot be read" in outcome.findings[0].message
    # unscored as any unreadable target is: no achievement, 0 points, no grade
    assert (indicator.target, indicator.met, indicator.achievement, indicator.points) == (None, None, None, 0)


def test_not_found_in_the_previous_year(tmp_path: Path) -> None:
    outcome = scored(tmp_path, "{name: 新指標, weight: 20, target: {relative_to: previous, change: +1pt}, "
                               "actual: 81%}")
    assert codes(outcome) == [("PS612", 10, 45)]
    assert "no indicator of" in outcome.findings[0].message and only(outcome).met is None


def test_rename_matched_by_id_as_diff_does(tmp_path: Path) -> None:
    # id `cases` was 案件數 last year: the rename keeps its 120件; 120 + 5 = 125
    indicator = only(scored(tmp_path, "{id: cases, name: 受理案件數, weight: 20, target: {relative_to: previous, "
                                      "change: +5}, actual: 125件}"))
    assert indicator.target is not None and indicator.target.value == 125 and indicator.met


def test_matched_by_name_without_ids(tmp_path: Path) -> None:
    # 滿意度 has no id in either year: matched by name under the same goal; 90% + 1pt = 91%
    indicator = only(scored(tmp_path, "{name: 滿意度, weight: 20, target: {relative_to: previous, change: +1pt}, "
                                      "actual: 91%}"))
    assert indicator.target is not None and indicator.target.value == 91 and indicator.met


def test_previous_actual_missing_not_a_number_or_another_unit(tmp_path: Path) -> None:
    last = LAST_YEAR.replace("actual: 80.2%}", "}").replace("actual: 120件", "actual: 未完成")
    write(tmp_path, "2015.yaml", last)
    lines = """\
{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, change: +1pt}, actual: 81%}
{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change: +5件}, actual: 125件}
{id: days, name: 處理天數, weight: 20, target: {relative_to: previous, unit: 小時}, actual: 7小時}"""
    outcome = analyze_file(write(tmp_path, "2016.yaml", this_year(lines)))
    messages = [f.message for f in outcome.findings if f.code == "PS612"]
    assert [f[:2] for f in codes(outcome)] == [("PS612", 10), ("PS612", 11), ("PS612", 12)]
    assert "has no actual value in" in messages[0]
    assert "'未完成'" in messages[1] and "is not a number" in messages[1]
    assert "is in '天' but this target is in '小時'" in messages[2]


def test_pt_on_a_count_and_a_bare_number_on_a_percent_are_refused(tmp_path: Path) -> None:
    outcome = scored(tmp_path, """\
{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change: +1pt}, actual: 125件}
{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, change: 1}, actual: 81%}""")
    assert [f[:2] for f in codes(outcome)] == [("PS611", 10), ("PS611", 11)]
    assert "not a percent" in outcome.findings[0].message and "ambiguous" in outcome.findings[1].message


def test_previous_option_overrides_the_named_file(tmp_path: Path) -> None:
    # The report names 2015.yaml (120件); --previous names a file where it was 100件: 100 + 5 = 105
    other = write(tmp_path, "other/2015-revised.yaml", LAST_YEAR.replace("actual: 120件", "actual: 100件"))
    indicator = only(scored(tmp_path, "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, "
                                      "change: +5件}, actual: 105件}", options=Options(previous=str(other))))
    assert indicator.target is not None and indicator.target.value == 105
    assert indicator.relative is not None and indicator.relative.file == str(other)


def test_named_file_is_relative_to_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # reports/2016/r.yaml names ../2015/r.yaml; run from elsewhere, it is found beside the report
    write(tmp_path, "reports/2015/r.yaml", LAST_YEAR)
    report = write(tmp_path, "reports/2016/r.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change: +5件}, actual: 125件}",
        previous="../2015/r.yaml"))
    monkeypatch.chdir(tmp_path / "reports")
    outcome = analyze_file(os.path.relpath(report))
    indicator = only(outcome)
    assert indicator.met and indicator.relative is not None
    assert indicator.relative.file == os.path.join("2015", "r.yaml")


def test_errors_of_the_previous_file_are_located_in_it(tmp_path: Path) -> None:
    write(tmp_path, "2015.yaml", "report: [\n")
    outcome = analyze_file(write(tmp_path, "2016.yaml", this_year(
        "{id: rate, name: 受理率, weight: 20, target: ≥ previous, actual: 81%}")))
    located = {(Path(f.file).name, f.code) for f in outcome.findings if f.code != "PS504"}
    assert located == {("2016.yaml", "PS612"), ("2015.yaml", "PS101")}


def test_shown_with_its_origin_and_traceable_in_json(tmp_path: Path) -> None:
    outcome = scored(tmp_path, "{id: rate, name: 受理率, weight: 20, target: {relative_to: previous, change: +1pt}, "
                               "actual: 81%}")
    previous = str(tmp_path / "2015.yaml")
    zh = result_view(outcome, "zh-TW")["facets"][0]["goals"][0]["indicators"][0]["target"]
    en = result_view(outcome, "en")["facets"][0]["goals"][0]["indicators"][0]["target"]
    assert zh["text"] == f"≥ 81.2%（上年度實際值 80.2% +1個百分點，{previous}）"
    assert en["text"] == f"≥ 81.2% (previous actual 80.2% +1 pt, {previous})"
    assert zh["relative"] == {"relative_to": "previous", "previous_file": previous, "previous_actual": "80.2%",
                              "previous_value": Decimal("80.2"), "change": "+1pt", "change_kind": "points",
                              "change_amount": Decimal(1), "problem": None}
    assert result_view(outcome, "zh-TW")["unmet"][0]["target"] == zh["text"]


def test_every_format_shows_the_origin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "2015.yaml", LAST_YEAR)
    write(tmp_path, "2016.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change_percent: 10}, actual: 130件}"))
    # Run where the files are, so the origin names 2015.yaml: a long temporary path no longer fits 200
    # columns on one line, and the unmet review then wraps the origin rather than squeeze the other columns.
    monkeypatch.chdir(tmp_path)
    for fmt in ("table", "markdown", "csv", "html", "json"):
        result = CliRunner().invoke(cli, ["compute", "2016.yaml", "-f", fmt], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        text = json.loads(result.output)["facets"][0]["goals"][0]["indicators"][0]["target"]["text"] \
            if fmt == "json" else re.sub(r"<[^>]+>", "", result.output)  # HTML keeps figures in spans
        assert "上年度實際值 120件 ×(1+10%)" in text, fmt


def test_compute_and_validate_take_previous(tmp_path: Path) -> None:
    write(tmp_path, "2015.yaml", LAST_YEAR)
    path = write(tmp_path, "2016.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change: +5件}, actual: 125件}",
        previous=None))
    assert CliRunner().invoke(cli, ["validate", str(path)]).exit_code == 1  # PS612: nothing named
    given = ["--previous", str(tmp_path / "2015.yaml")]
    assert CliRunner().invoke(cli, ["validate", str(path), *given]).exit_code == 0
    result = CliRunner().invoke(cli, ["compute", str(path), "-f", "json", *given])
    assert json.loads(result.output)["facets"][0]["score"] == 20


def test_compare_resolves_as_compute_does(tmp_path: Path) -> None:
    # A league of both years: 2016 scores 19.7 of its 100 (130/132 of 20 points) as compute says
    write(tmp_path, "2015.yaml", LAST_YEAR)
    write(tmp_path, "2016.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change_percent: 10}, actual: 130件}"))
    result = CliRunner().invoke(cli, ["compare", str(tmp_path), "-f", "json"])
    rows = {Path(row["file"]).name: row for row in json.loads(result.output)["rows"]}
    assert rows["2016.yaml"]["total"] == 19.7


def test_rollover_keeps_relative_targets_pointing_at_the_old_file(tmp_path: Path) -> None:
    write(tmp_path, "2015.yaml", LAST_YEAR)
    # 200件 beats this year's 125件 by 60%, yet no suggested_target: a relative target follows it by itself
    source = write(tmp_path, "2016.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change: +5件}, actual: 200件}"))
    draft = tmp_path / "next" / "2017.yaml"
    draft.parent.mkdir()
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert 'previous: "../2016.yaml"' in text and "target: {relative_to: previous, change: +5件}" in text
    assert "suggested_target" not in text
    # The draft's target is set from 2016's 200件: 205件 at least, met by 210件
    filled = write(tmp_path, "next/2017-filled.yaml", text.replace("change: +5件}}", "change: +5件}, actual: 210件}"))
    indicator = only(analyze_file(filled))
    assert indicator.target is not None and indicator.target.value == 205 and indicator.met


def test_archive_rescores_a_report_when_its_previous_year_changes(tmp_path: Path) -> None:
    # 2016's target is 2015's 120件 × 1.1 = 132 (130 of 132: unmet). When 2015's actual is corrected to
    # 100件, the target is 110 and 130 meets it, although 2016.yaml itself did not change.
    folder = tmp_path / "reports"
    last = write(folder, "2015.yaml", LAST_YEAR)
    write(folder, "2016.yaml", this_year(
        "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, change_percent: 10}, actual: 130件}"))
    db_path = tmp_path / "a.sqlite"

    def archived() -> tuple[str, tuple[str, int]]:
        result = CliRunner().invoke(cli, ["archive", str(folder), "-o", str(db_path)])
        assert result.exit_code == 0, result.output
        db = sqlite3.connect(db_path)
        try:
            row = db.execute("SELECT i.target_value, i.met FROM indicator i JOIN report r USING (report_id) "
                             "WHERE r.path LIKE '%2016.yaml'").fetchone()
        finally:
            db.close()
        return result.output, row

    assert archived()[1] == ("132", 0)
    output, row = archived()
    assert "0 added, 0 updated, 2 unchanged" in output and row == ("132", 0)  # nothing changed: nothing rewritten
    last.write_text(LAST_YEAR.replace("actual: 120件", "actual: 100件"), encoding="utf-8")
    output, row = archived()
    assert "0 added, 2 updated, 0 unchanged" in output and row == ("110", 1)


def test_a_target_that_cannot_be_set_is_shown_as_written(tmp_path: Path) -> None:
    # No previous year named: the target is shown as written, in the output's language, and unscored
    outcome = scored(tmp_path, "{id: cases, name: 案件數, weight: 20, target: {relative_to: previous, "
                               "change_percent: 10}, actual: 130件}", previous=None)
    zh, en = (result_view(outcome, lang)["facets"][0]["goals"][0]["indicators"][0] for lang in ("zh-TW", "en"))
    assert zh["target"]["text"] == "≥ 上年度實際值 ×(1+10%)" and en["target"]["text"] == "≥ previous actual ×(1+10%)"
    assert zh["status"] == "unscored" and zh["points"] == 0 and zh["achievement"] is None
    relative = zh["target"]["relative"]
    assert (relative["previous_file"], relative["change_kind"], relative["change_amount"]) == (None, "percent", 10)
    assert relative["problem"].startswith("the target is relative to the previous year, but no previous")


UNSET = """\
report: {title: 113 年度施政績效報告, organisation: 測試處, year: 2024}
scoring: {total: 100}
facets:
  - name: 面向
    weight: 100
    goals:
      - name: 目標
        weight: 100
        indicators:
          - {name: 受理率, weight: 100, target: {relative_to: previous, change: +1pt}, actual: 80%}
sections: []
"""


@pytest.mark.parametrize("fmt", ["table", "csv", "html"])
def test_an_actual_without_a_target_is_not_scored_not_unfilled(tmp_path: Path, fmt: str) -> None:
    """80% is filled in but no previous year names the target (PS612): the status said 未填 (not filled),
    telling the user to fill in what was already there (a new-user trial)."""
    path = tmp_path / "unset.yaml"
    path.write_text(UNSET, encoding="utf-8")
    for lang, word, wrong in (("zh-TW", "未計分", "未填"), ("en", "not scored", "no value")):
        out = CliRunner().invoke(cli, ["compute", str(path), "-f", fmt, "--lang", lang],
                                 env={"COLUMNS": "120"}).stdout
        assert word in out
        assert f"○ {wrong}" not in out and f",{wrong}," not in out  # the status cell (csv: no symbol)
