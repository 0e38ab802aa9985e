"""A report with nothing scored yet (a rollover draft) or a year in progress (report.as_of) has no total: every
surface says 尚未計分 / not scored yet, leaves a gap or a NULL, and never shows a 0 for it, while the scored
years around it keep their 92.9 (core/unscored.py).

The years: the Chiayi example (2015, published total 92.9), its rollover draft (2016: no actual value, no
points), and the example again as 2017 (only its year changed), so a series reads 92.9, —, 92.9.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.trend import Point, easy_target
from perfscore.core.unscored import DRAFT, IN_PROGRESS
from perfscore.engine.analyse import Options, analyze_file
from tests.archive_corpus import IN_PROGRESS as IN_PROGRESS_YAML
from tests.paths import EXAMPLE


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("years")
    first, draft, third = folder / "2015.yaml", folder / "2016.yaml", folder / "2017.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    assert text.count("\n  year: 2015\n") == 1
    third.write_text(text.replace("\n  year: 2015\n", "\n  year: 2017\n"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["rollover", str(first), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    return [first, draft, third]


def run(*args: str, code: int | None = None, notes: bool = False) -> str:
    """stdout (with `notes`, stderr's notes too) of one command."""
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "200"})  # a wide table: one row a line
    if code is not None:
        assert result.exit_code == code, result.output
    return result.output if notes else result.stdout


def scored(path: Path) -> tuple[Decimal | None, str | None]:
    result = analyze_file(str(path), Options()).result
    assert result is not None
    return result.scored_total, result.not_scored


# -- the definition ---------------------------------------------------------------------------------------

def test_the_draft_is_not_scored_and_the_example_is(years: list[Path], tmp_path: Path) -> None:
    assert scored(years[0]) == (Decimal("92.9"), None)
    assert scored(years[1]) == (None, DRAFT)
    in_year = tmp_path / "2019.yaml"
    in_year.write_text(IN_PROGRESS_YAML, encoding="utf-8")
    assert scored(in_year) == (None, IN_PROGRESS)  # as_of: 2019-06, the year is open


def test_one_value_to_score_makes_a_draft_a_result(years: list[Path], tmp_path: Path) -> None:
    # The draft's 施政績效具體事蹟 section (weight 5) given 3 points: a result, 3 (no other point yet).
    text = years[1].read_text(encoding="utf-8")
    start = text.index("\nsections:")
    name = text.index("name:", start)
    line_end = text.index("\n", name)
    given = tmp_path / "given.yaml"
    given.write_text(text[:line_end] + "\n    points: 3" + text[line_end:], encoding="utf-8")
    assert scored(given) == (Decimal(3), None)


# -- compute --------------------------------------------------------------------------------------------

def test_json_total_is_null_with_its_reason(years: list[Path]) -> None:
    draft = json.loads(run("compute", str(years[1]), "-f", "json", "--lang", "en"))
    assert draft["total"] is None and draft["grade"] is None and draft["not_scored"] == "draft"
    assert draft["not_scored_reason"] == "not scored yet: no indicator, criterion or section has a value to score"
    zh = json.loads(run("compute", str(years[1]), "-f", "json", "--lang", "zh-TW"))
    assert zh["not_scored_reason"].startswith("尚未計分：")
    example = json.loads(run("compute", str(years[0]), "-f", "json"))
    assert example["total"] == 92.9 and "not_scored" not in example


@pytest.mark.parametrize(("fmt", "lang", "said", "zero"), [
    ("table", "zh-TW", "績效總分: 尚未計分", "績效總分: 0"),
    ("table", "en", "Total score: not scored", "Total score: 0"),
    ("markdown", "zh-TW", "**績效總分: 尚未計分**", "**績效總分: 0**"),
    ("markdown", "en", "| **Total score** |  | **not scored** |", "| **Total score** |  | **0** |"),
    ("html", "zh-TW", "<strong>尚未計分</strong>", '績效總分</span> <strong>0</strong>'),
])
def test_text_formats_say_not_scored(years: list[Path], fmt: str, lang: str, said: str, zero: str) -> None:
    out = run("compute", str(years[1]), "-f", fmt, "--lang", lang)
    assert said in out and zero not in out
    assert "92.9" in run("compute", str(years[0]), "-f", fmt, "--lang", lang)


@pytest.mark.parametrize(("fmt", "member"), [("odt", "content.xml"), ("xlsx", "xl/sharedStrings.xml"),
                                             ("ods", "content.xml")])
def test_office_formats_say_not_scored(years: list[Path], tmp_path: Path, fmt: str, member: str) -> None:
    out = tmp_path / f"draft.{fmt}"
    run("compute", str(years[1]), "-f", fmt, "-o", str(out), code=0)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        assert "尚未計分" in archive.read(member).decode("utf-8")


def test_an_in_year_report_says_not_scored(tmp_path: Path) -> None:
    in_year = tmp_path / "2019.yaml"
    in_year.write_text(IN_PROGRESS_YAML, encoding="utf-8")
    out = run("compute", str(in_year), code=0)
    assert "績效總分: 尚未計分" in out and "年度進行中（資料截至 2019-06）" in out


# -- compare, trend, site, archive ----------------------------------------------------------------------

def test_compare_lists_the_draft_after_the_ranked_without_rank_or_zero(years: list[Path]) -> None:
    rows = json.loads(run("compare", *map(str, years), "-f", "json"))["rows"]
    assert [(r["year"], r["rank"], r["total"]) for r in rows] == [
        (2015, 1, 92.9), (2017, 1, 92.9), (2016, None, None)]
    assert rows[2]["not_scored"] == "draft" and rows[2]["met"] is None and rows[2]["error"] is None
    table = run("compare", *map(str, years))
    draft_line = next(line for line in table.splitlines() if " 105 " in line)
    assert "尚未計分" in draft_line and not re.search(r"(?<![\d.])0(?![\d.])", draft_line)
    header, *_, last = [line.split(",") for line in run("compare", *map(str, years), "-f", "csv").splitlines()]
    draft = dict(zip(header, last, strict=True))
    assert draft["not_scored"] == "draft" and draft["year"] == "2016"
    assert draft["total"] == draft["rank"] == draft["met"] == draft["核心業務面向"] == ""


def test_trend_leaves_a_gap_and_says_why(years: list[Path]) -> None:
    data = json.loads(run("trend", *map(str, years), "--total", "-f", "json", "--lang", "en"))
    assert [(p["year"], p["value"]) for p in data["series"][0]["points"]] == [
        (2015, 92.9), (2016, None), (2017, 92.9)]
    table = run("trend", *map(str, years), "--total", "--lang", "en", notes=True)
    assert "2016: not scored yet, so no point for that year (not a 0)" in table
    assert re.search(r"92\.9 +— +92\.9", table)
    csv = run("trend", *map(str, years), "--total", "-f", "csv").splitlines()
    assert any(line.startswith("嘉義市政府行政處,total,total,總分,2016,105,,") for line in csv)
    html = run("trend", *map(str, years), "--total", "-f", "html")
    assert "2016:" not in html and html.count("<polyline") == 2  # the line breaks at the gap


def test_the_facet_trend_has_no_zero_either(years: list[Path]) -> None:
    data = json.loads(run("trend", *map(str, years), "--facet", "core", "-f", "json"))
    # the example's 核心業務面向 scores 35 in 2015 and 2017; the draft's 0 would be a fall to nothing
    assert [p["value"] for p in data["series"][0]["points"]] == [35, None, 35]


def test_the_easy_flag_leaves_a_year_not_scored_out() -> None:
    # ≥ 100 beaten with 120 in 2015 and 2017, the target never raised; 2016 a draft (no value): still flagged.
    beaten = {"target": Decimal(100), "direction": "higher"}
    points = [Point(2015, Decimal(120), **beaten), Point(2016, None, scored=False, **beaten),
              Point(2017, Decimal(120), **beaten)]
    assert easy_target(points)
    assert not easy_target(points[1:2])  # the draft alone counts as no year at all


def test_site_and_archive_have_no_zero_for_the_draft(years: list[Path], tmp_path: Path) -> None:
    site = tmp_path / "site"
    run("site", *map(str, years), "-o", str(site), code=0)
    agency = next((site / "agency").glob("*.html")).read_text(encoding="utf-8")
    totals = agency[agency.index('id="totals"'):agency.index('id="indicators"')]
    assert "<td>92.9</td><td>—</td><td>92.9</td>" in totals and "2016:" not in totals
    assert "<td>0</td>" not in totals
    assert "尚未計分" in (site / "year" / "2016.html").read_text(encoding="utf-8")
    database = tmp_path / "a.sqlite"
    run("archive", *map(str, years), "-o", str(database), code=0)
    with sqlite3.connect(database) as connection:
        found = sorted(connection.execute("select year, total, grade from report"))
    assert found == [(2015, "92.9", "優等"), (2016, None, None), (2017, "92.9", "優等")]
