"""`perfscore compare`: ranking with ties, failures listed, facet alignment, every format, the pool."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner
from yoy_fixtures import simple, write

from perfscore.cli import cli
from perfscore.engine.league import build_league
from perfscore.formats.markdown import escape
from perfscore.views.league import rank
from tests.paths import EXAMPLE


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    # Totals: b 40 + 30 = 70; a 45 + 45 = 90; c 50 + 40 = 90 (ties a, keeps input order a, c);
    # d cannot be loaded. Input (sorted by file name) order: a, b, c, d.
    write(tmp_path, "a.yaml", simple("甲局", 2015, 45, 45))
    write(tmp_path, "b.yaml", simple("乙局", 2015, 40, 30))
    write(tmp_path, "c.yaml", simple("丙局", 2016, 50, 40))
    write(tmp_path, "d.yaml", "report: [\n")
    return tmp_path


def test_rank_is_stable_and_failures_go_last(folder: Path) -> None:
    rows = build_league([str(folder / n) for n in ("d.yaml", "c.yaml", "b.yaml", "a.yaml")], jobs=1)
    assert [(Path(r.file).name, r.total) for r in rank(rows)] == [
        ("c.yaml", D(90)), ("a.yaml", D(90)), ("b.yaml", D(70)), ("d.yaml", None)]
    assert rank(rows)[-1].error is not None and "PS101" in rank(rows)[-1].error


def test_json_rows(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(folder), "--format", "json"])
    assert result.exit_code == 1  # d.yaml could not be scored
    payload = json.loads(result.output)
    assert payload["facets"] == [{"key": "core", "name": "核心"}, {"key": "hr", "name": "人力"}]
    keys = ("rank", "organisation", "year", "roc_year", "total", "facets", "met", "unmet")
    got = [tuple(r[k] for k in keys) for r in payload["rows"]]
    assert got == [(1, "甲局", 2015, 104, 90, [45, 45], 0, 2), (1, "丙局", 2016, 105, 90, [50, 40], 1, 1),
                   (3, "乙局", 2015, 104, 70, [40, 30], 0, 2), (None, None, None, None, None, [], None, None)]
    assert payload["rows"][3]["error"].startswith(f"{folder / 'd.yaml'}:2:1: PS101")
    assert (payload["scored"], payload["failed"]) == (3, 1)


def test_table_shows_roc_year_and_error(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(folder)], env={"COLUMNS": "160"})
    assert result.exit_code == 1
    lines = result.output.splitlines()
    first = next(line for line in lines if "甲局" in line)
    assert first.split()[:7] == ["1", "甲局", "104", "90", "—", "45", "45"]
    assert any(line.startswith("✗ ") and "d.yaml:2:1: PS101" in line for line in lines)
    english = CliRunner().invoke(cli, ["compare", str(folder), "--lang", "en"], env={"COLUMNS": "160"})
    row = next(line for line in english.output.splitlines() if "甲局" in line)
    assert row.split()[:3] == ["1", "甲局", "2015"]


def test_csv(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(folder / "a.yaml"), str(folder / "b.yaml"), "-f", "csv"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["rank", "organisation", "year", "roc_year", "total", "grade", "核心", "人力", "met",
                       "unmet", "errors", "warnings", "file", "error", "scale", "share"]
    assert rows[1][:10] == ["1", "甲局", "2015", "104", "90", "", "45", "45", "0", "2"]
    assert rows[2][:10] == ["2", "乙局", "2015", "104", "70", "", "40", "30", "0", "2"]


def test_csv_file_gets_a_bom(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "league.csv"
    result = CliRunner().invoke(cli, ["compare", str(folder / "a.yaml"), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfrank,")


def test_markdown(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(folder), "-f", "markdown"])
    lines = result.output.splitlines()
    assert lines[0] == "| 名次 | 機關 | 年度 | 績效總分 | 等第 | 核心 | 人力 | 達成 | 未達成 | 檔案 |"
    # file paths are escaped like any text (`_` would start emphasis)
    assert lines[2] == f"| 1 | 甲局 | 104 | 90 | — | 45 | 45 | 0 | 2 | {escape(str(folder / 'a.yaml'))} |"
    assert lines[5].startswith("| — | ✗ 無法計分 | — |")
    assert lines[-1].startswith(f"- ✗ {escape(str(folder / 'd.yaml'))}:2:1: PS101")


def test_facets_align_by_id_then_name(tmp_path: Path) -> None:
    # x has ids core/hr; y has no ids and other names -> two more columns; z names match y's.
    write(tmp_path, "x.yaml", simple("x", 2015, 10, 20))
    write(tmp_path, "y.yaml", simple("y", 2015, 30, 40, ("創新", "經費"), ids=False))
    write(tmp_path, "z.yaml", simple("z", 2015, 5, 5, ("經費", "創新"), ids=False))
    payload = json.loads(CliRunner().invoke(cli, ["compare", str(tmp_path), "-f", "json"]).output)
    assert [f["key"] for f in payload["facets"]] == ["core", "hr", "創新", "經費"]
    assert [(r["organisation"], r["facets"]) for r in payload["rows"]] == [
        ("y", [None, None, 30, 40]), ("x", [10, 20, None, None]), ("z", [None, None, 5, 5])]


def test_missing_path_is_a_usage_error(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(folder / "a.yaml"), str(folder / "nope.yaml")])
    assert result.exit_code == 2 and "nope.yaml: no such file or folder" in result.output


def test_all_scored_exits_zero(folder: Path) -> None:
    assert CliRunner().invoke(cli, ["compare", str(folder / "a.yaml"), str(folder / "c.yaml")]).exit_code == 0


def test_pool_gives_the_serial_rows_in_input_order(folder: Path) -> None:
    files = [str(folder / n) for n in ("a.yaml", "b.yaml", "c.yaml", "d.yaml")] * 3
    serial = build_league(files, jobs=1)
    pooled = build_league(files, jobs=2)
    assert pooled == serial
    assert [r.file for r in pooled] == files


def test_compare_and_validate_choose_workers_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """One pool, one meaning of --jobs: compare and validate both ask the pool's `workers` (0 = automatic)."""
    from perfscore.engine.analyse import Options
    from perfscore.engine.pool import analyze_files

    asked: list[tuple[int, int]] = []
    monkeypatch.setattr("perfscore.engine.pool.workers", lambda jobs, files: asked.append((jobs, files)) or 1)
    build_league([str(EXAMPLE)], jobs=0)
    build_league([str(EXAMPLE)], jobs=None)
    build_league([str(EXAMPLE)], jobs=3)
    assert asked == [(0, 1), (0, 1), (3, 1)]
    for jobs in (0, 3):
        list(analyze_files([str(EXAMPLE)], Options(), jobs))
    assert asked[3:] == [(0, 1), (3, 1)]


UNWEIGHTED = """\
report: {title: t, organisation: 丁局, year: 2015}
scoring: {weights: none, lights: {green: 100, amber: 80}}
sections: []
facets:
  - name: 關鍵
    goals:
      - name: g
        indicators:
          - {name: i, target: "100", actual: "100"}
          - {name: j, target: "100", actual: "85", review: x}
          - {name: k, target: "100", actual: "50", review: x}
"""
# i 100/100 = 100%: green, met; j 85%: amber (≥ 80), unmet; k 50%: red, unmet. So met 1, unmet 2.
LIGHTS = {"green": 1, "amber": 1, "red": 1, "white": 0, "none": 0}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    # a: 45 + 45 = 90, ranked 1; u: unweighted, no rank and no total (never 0 / 100 = 0%).
    write(tmp_path, "a.yaml", simple("甲局", 2015, 45, 45))
    write(tmp_path, "u.yaml", UNWEIGHTED)
    return tmp_path


def test_an_unweighted_report_has_no_rank_and_no_zeros(mixed: Path) -> None:
    run = CliRunner().invoke(cli, ["compare", str(mixed), "-f", "json"])
    assert run.exit_code == 0, run.output  # no total by design is not a failure
    view = json.loads(run.output)
    ranked, unweighted = view["rows"]
    assert (ranked["rank"], ranked["total"]) == (1, 90) and "weighted" not in ranked
    assert {key: unweighted[key] for key in ("rank", "total", "scale", "share", "grade", "facets", "met",
                                             "unmet", "weighted", "light_counts", "error")} == {
        "rank": None, "total": None, "scale": None, "share": None, "grade": None, "facets": [None, None],
        "met": 1, "unmet": 2, "weighted": False, "light_counts": LIGHTS, "error": None}
    assert (view["scored"], view["failed"], view["mixed_scales"]) == (2, 0, False)


def test_an_unweighted_report_comes_after_the_ranked_and_before_failures(mixed: Path) -> None:
    write(mixed, "0.yaml", "report: [\n")
    rows = rank(build_league([str(mixed / n) for n in ("0.yaml", "u.yaml", "a.yaml")], jobs=1))
    assert [Path(r.file).name for r in rows] == ["a.yaml", "u.yaml", "0.yaml"]


def test_an_unweighted_report_in_the_table_and_markdown(mixed: Path) -> None:
    table = CliRunner().invoke(cli, ["compare", str(mixed)], env={"COLUMNS": "120"})
    assert table.exit_code == 0
    line = next(line for line in table.output.splitlines() if "丁局" in line)
    assert line.split() == ["—", "丁局", "104", "不計分", "—", "—", "—", "1", "2"]
    assert "丁局 104：不計分（本報告不設權重，不排名），燈號統計 ● 綠燈 1、▲ 黃燈 1、■ 紅燈 1、◇ 白燈 0" \
        in table.output
    markdown = CliRunner().invoke(cli, ["compare", str(mixed), "-f", "markdown", "--lang", "en"]).output
    assert f"| — | 丁局 | 2015 | unweighted | — | — | — | 1 | 2 | {escape(str(mixed / 'u.yaml'))} |" in markdown
    assert "- 丁局 2015: unweighted (no weights, so no total and no rank); lights ● green 1, ▲ amber 1, " \
        "■ red 1, ◇ white 0" in markdown
    assert "0 / 100" not in markdown and "= 0%" not in markdown


def test_an_unweighted_report_in_csv(mixed: Path) -> None:
    run = CliRunner().invoke(cli, ["compare", str(mixed), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(run.output)))
    assert [(r["rank"], r["total"], r["scale"], r["share"], r["weighted"], r["green"], r["amber"], r["red"],
             r["met"], r["unmet"]) for r in rows] == [
        ("1", "90", "100", "90", "true", "", "", "", "0", "2"),  # 90 of 100 twice: both unmet
        ("", "", "", "", "false", "1", "1", "1", "1", "2")]
    # Without an unweighted report the CSV keeps its columns.
    (mixed / "u.yaml").unlink()
    header = CliRunner().invoke(cli, ["compare", str(mixed), "-f", "csv"]).output.splitlines()[0]
    assert header.endswith(",scale,share")


def test_an_unweighted_facet_has_no_column(tmp_path: Path) -> None:
    # tests/data/unweighted-facet.yaml: 業務面向 weighs 100, 參考指標 has weights: none (no score, no 0 column).
    run = CliRunner().invoke(cli, ["compare", str(Path(__file__).parent / "data" / "unweighted-facet.yaml"),
                                   "-f", "json"])
    view = json.loads(run.output)
    assert [f["name"] for f in view["facets"]] == ["業務面向"] and len(view["rows"][0]["facets"]) == 1
