"""`perfscore trend`: series followed by identity across years (renames included), worked by hand on the corpus
of tests/archive_corpus.py, in every format."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.trend import Point, easy_target
from perfscore.formats.trend import sparkline
from tests.archive_corpus import write_corpus


def trend(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["trend", *args])
    return result.exit_code, result.stdout


def data(out: str) -> dict[str, object]:
    """The JSON with every number as its exact text (28, 29.5)."""
    return json.loads(out, parse_float=lambda text: text, parse_int=lambda text: text)  # type: ignore[no-any-return]


@pytest.fixture
def folder(tmp_path: Path) -> str:
    write_corpus(tmp_path)
    return str(tmp_path)


def test_total_series_by_hand(folder: str) -> None:
    code, out = trend(folder, "--total", "--format", "json")
    assert code == 0
    series = {s["organisation"]: [(p["year"], p["value"]) for p in s["points"]] for s in data(out)["series"]}
    assert series == {"甲局": [("2015", "28"), ("2016", "28"), ("2017", "28"), ("2018", "26")],
                      "乙局": [("2015", "29.5"), ("2016", "28"), ("2017", "30")]}


def test_a_renamed_indicator_is_one_series(folder: str) -> None:
    code, out = trend(folder, "--indicator", "陳情案件", "--format", "json")  # its old name finds it
    assert code == 0
    [line] = data(out)["series"]
    assert line["names"] == ["陳情案件", "陳情及申訴案件"] and line["key"] == "complaints"
    assert [p["value"] for p in line["points"]] == ["12.5", "8", "10", "10"]
    assert line["easy"] is False


def test_the_easy_targets_are_flagged(folder: str) -> None:
    out = data(trend(folder, "--format", "json")[1])
    assert sorted((s["organisation"], s["key"]) for s in out["series"] if s["easy"]) == [("乙局", "permits"),
                                                                                         ("甲局", "visits")]


def test_facet_series_and_unknown_ids(folder: str) -> None:
    out = data(trend(folder, "--facet", "core", "--format", "json")[1])
    values = [[p["value"] for p in s["points"]] for s in out["series"]]
    assert values == [["28", "28", "28", "26"], ["29.5", "28", "30"]]
    result = CliRunner().invoke(cli, ["trend", folder, "--indicator", "nothing"])
    assert result.exit_code == 2 and "nothing" in result.stderr
    assert CliRunner().invoke(cli, ["trend", folder, "--total", "--facet", "core"]).exit_code == 2


def test_table_shows_years_sparkline_and_flag(folder: str) -> None:
    code, out = trend(folder, "--lang", "en")
    assert code == 0
    visits = next(line for line in out.splitlines() if line.startswith("甲局") and "參觀人次" in line)
    # 120 130 125 140: lowest ▁, highest █; 130 -> (10/20)*7 = 3.5 -> 4 (▅), 125 -> 1.75 -> 2 (▃)
    assert visits.split()[2:] == ["120", "130", "125", "140", "▁▅▃█", "target", "never", "raised,", "beaten",
                                  "every", "year"]


def test_csv_and_html(folder: str) -> None:
    code, out = trend(folder, "--total", "--format", "csv")
    assert code == 0
    assert out.splitlines()[1] == "甲局,total,total,總分,2015,104,28,,,,,false"
    code, html = trend(folder, "--total", "--format", "html")
    assert code == 0 and html.count("<svg") == 2 and "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert "<td>29.5</td>" in html


def test_easy_target_rules() -> None:
    def points(direction: str, pairs: list[tuple[str, str]]) -> list[Point]:
        return [Point(2015 + k, Decimal(a), Decimal(t), direction=direction) for k, (t, a) in enumerate(pairs)]

    assert easy_target(points("higher", [("10", "11"), ("10", "12")]))
    assert not easy_target(points("higher", [("10", "11"), ("11", "12")]))  # raised
    assert not easy_target(points("higher", [("10", "10"), ("10", "12")]))  # met, not beaten
    assert easy_target(points("lower", [("5", "4"), ("6", "3")]))  # a lower-is-better target that rose
    assert not easy_target(points("lower", [("5", "4"), ("4", "3")]))  # fell: harder
    assert not easy_target(points("higher", [("10", "11")]))  # one year says nothing


def test_sparkline() -> None:
    assert sparkline([Decimal(0), Decimal(7), None, Decimal("3.5")]) == "▁█ ▅"
    assert sparkline([Decimal(5), Decimal(5)]) == "▄▄"


def test_trend_json_carries_the_periods_of_a_year_in_progress(tmp_path: Path) -> None:
    from tests.archive_corpus import write_corpus, write_in_progress
    write_corpus(tmp_path / "corpus")
    write_in_progress(tmp_path / "corpus")
    result = CliRunner().invoke(cli, ["trend", str(tmp_path / "corpus"), "--indicator", "visits", "-f", "json"])
    data = json.loads(result.stdout)  # stderr notes that 甲局's 2019 is not scored yet (in progress)
    assert "甲局 2019 年：尚未計分" in result.stderr
    points = next(line for line in data["series"] if line["organisation"] == "甲局")["points"]
    # 2015-2018 closed, no periods (their JSON as before); 2019 in progress: 60 to June × 12/6 = 120
    assert [("periods" in p) for p in points] == [False, False, False, False, True]
    assert points[-1]["periods"] == [{"period": "2019-03", "value": 25}, {"period": "2019-06", "value": 60}]
    assert points[-1]["projection"] == 120 and points[-1]["value"] is None


def test_an_unweighted_report_has_no_total_and_its_facets_no_score() -> None:
    # examples/taipei-water-2025-performance.yaml: scoring.weights: none, so no total for 2025, never a 0.
    taipei = str(Path(__file__).parent.parent / "examples" / "taipei-water-2025-performance.yaml")
    code, out = trend(taipei, "--total", "--format", "json")
    assert code == 0
    assert [(p["year"], p["value"]) for p in data(out)["series"][0]["points"]] == [("2025", None)]  # type: ignore[index]
    code, out = trend(taipei, "--facet", "goals", "--format", "json")
    assert [(p["year"], p["value"]) for p in data(out)["series"][0]["points"]] == [("2025", None)]  # type: ignore[index]


def test_html_chart_starts_at_zero_with_years_and_each_organisation_its_own_years(folder: str) -> None:
    """甲局 totals 28, 28, 28, 26 (2015-2018), 乙局 29.5, 28, 30 (2015-2017). The axis ran from the lowest to
    the highest value, so a change of 2 filled the chart; now it runs 0 to 30 (the highest, 30, rounded up to
    a step of 5: ticks 0, 7.5, 15, 22.5, 30), years are labelled, and 乙局's table has no 107 年度 column
    (a new-user trial)."""
    code, html = trend(folder, "--total", "--format", "html")
    assert code == 0
    first, second = html.split("<h2>")[1:]
    assert first.startswith("甲局") and second.startswith("乙局")
    svg = first[first.index("<svg"):first.index("</svg>")]
    ticks = [text.split(">")[-1] for text in svg.split("</text>") if 'text-anchor="end"' in text]
    assert ticks == ["0", "7.5", "15", "22.5", "30"]
    assert all(f">{year} 年度</text>" in svg for year in (104, 105, 106, 107))
    assert second.count("年度</th>") == 3 and "107 年度" not in second
    assert "縱軸自 0 起算" in html


def test_html_notes_a_year_without_a_value() -> None:
    from perfscore.formats import RenderOptions
    from perfscore.formats.trend.html import render

    point = {"target_text": "", "roc_year": 0}
    view = {"years": [2015, 2016], "series": [
        {"organisation": "丙局", "kind": "total", "name": "總分", "easy": False,
         "points": [{**point, "year": 2015, "value": None}, {**point, "year": 2016, "value": None}]}]}
    html = render(view, RenderOptions(lang="zh-TW"))
    assert "<td>—</td><td>—</td>" in html and "— 表示該年度沒有數值" in html
