"""Unweighted reports and facets in every report format, read back as a reader would (HTML parsed, the PDF's
text through pdftotext, XLSX and ODS through python-calamine, ODT's content.xml): the counts by light, both
lights where an assessor set one by hand, the margin of met indicators, and never a weight, points or a
total (績效總分).

tests/data/unweighted-lights.yaml (scoring.weights: none, gaps: all), by hand:
- 線上申辦比率 93.17% of 80%: 116.46%, capped 100%, met, green; margin 93.17 - 80 = 13.17 (超前 13.17%)
- 案件平均處理天數 12天 against 10天以下: 10/12 = 83.33% -> 83%, amber (>= 80)
- 跨機關資料介接 4案 of 5案: 80%, amber by the figures, set green by hand (both shown)
- 自治條例修正 70% of 90%: 77.78% -> 78%, red
- 新制施行成效: no actual, white by hand
so green 2, amber 1, red 1, white 1.

tests/data/unweighted-facet.yaml: 業務面向 (100) holds 線上申辦比率 (60, 96.46% of 80%: met, 60 points, margin
16.46) and 案件平均處理天數 (40, 83.33%: 33.33 -> 33.3); total 60 + 33.3 = 93.3. 參考指標 has weights: none:
自治條例修正 red (77.78%), 法規說明會 5場 of 4場 green with margin 1場; it adds nothing to the total, so the
scale is 業務面向's 100 alone (no PS301).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from perfscore.core.analysis import FileReport
from perfscore.engine.analyse import analyze_bytes
from perfscore.formats import RenderOptions, load
from perfscore.views.report import result_view
from tests.paths import ROOT

LIGHTS = ROOT / "tests" / "data" / "unweighted-lights.yaml"
FACET = ROOT / "tests" / "data" / "unweighted-facet.yaml"
COUNTS = "● 綠燈 2、▲ 黃燈 1、■ 紅燈 1、◇ 白燈 1"
BOTH = "● 綠燈 (計算 ▲ 黃燈)"


def outcome(path: Path) -> FileReport:
    result = analyze_bytes(path.read_bytes(), path.name)
    assert result.result is not None
    return result


def render(path: Path, fmt: str, lang: str = "zh-TW", width: int = 120) -> Any:
    return load("report", fmt).render(result_view(outcome(path), lang), RenderOptions(lang=lang, width=width))


class _Text(HTMLParser):
    """The text of a page, and the text of each table's header cells."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.headers: list[str] = []
        self._in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_th = tag == "th" or (self._in_th and tag != "td")
        if tag == "th":
            self.headers.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self._in_th = False

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        if self._in_th:
            self.headers[-1] += data


def html_text(page: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(page)
    return re.sub(r"\s+", " ", " ".join(parser.parts)), parser.headers


def no_weights(text: str) -> None:
    """No total (績效總分), no 權分, and 權重 only inside the note that the report has none."""
    assert "績效總分" not in text and "權分" not in text
    assert text.replace("本報告不設權重", "").count("權重") == 0


def test_the_view_marks_an_unweighted_report() -> None:
    # Lost in the merge of feat-lights: the view had no `weighted` and no `light_counts`, so the table
    # printed 權重 — and a 績效總分 table of dashes, and HTML failed with a TypeError.
    view = result_view(outcome(LIGHTS), "zh-TW")
    assert view["weighted"] is False
    assert view["light_counts"] == {"green": 2, "amber": 1, "red": 1, "white": 1, "none": 0}
    assert view["sections"] == [] and view["bonus"] == []
    assert [facet["light_counts"] for facet in view["facets"]] == [view["light_counts"]]


def test_json() -> None:
    data = json.loads(render(LIGHTS, "json"))
    assert data["weighted"] is False and data["total"] is None and data["grade"] is None
    assert data["light_counts"]["green"] == 2
    override = data["facets"][0]["goals"][0]["indicators"][2]
    assert (override["light"], override["light_computed"]) == ("green", "amber")
    assert data["facets"][0]["goals"][0]["indicators"][0]["gap"] == 13.17


def test_table() -> None:
    text = render(LIGHTS, "table")
    no_weights(re.sub(r"\s+", " ", text))
    assert f"燈號統計: {COUNTS}" in text
    assert BOTH in re.sub(r"\s+", " ", text)
    assert "超前 13.17%" in re.sub(r"\s+", " ", text)


def test_markdown() -> None:
    text = render(LIGHTS, "markdown")
    no_weights(text)
    assert f"**燈號統計: {COUNTS}**" in text
    assert f"| {BOTH} | 未達成 |" in text
    assert "| ● 綠燈 | 達成 超前 13.17% |" in text


def test_csv_has_no_weight_or_points_columns() -> None:
    header, *rows = [line.split(",") for line in render(LIGHTS, "csv").lstrip("\ufeff").splitlines()]
    # no points column at all: 公布項目權分 (published points) stayed (a new-user trial)
    assert [name for name in header if "權重" in name or "權分" in name] == []
    lights = [row[header.index("燈號")] for row in rows]
    assert lights == ["綠燈", "黃燈", "綠燈", "紅燈", "白燈"]  # green 2, amber 1, red 1, white 1
    computed = {row[header.index("衡量指標")]: row[header.index("計算燈號")] for row in rows}
    assert computed["跨機關資料介接"] == "黃燈" and computed["新制施行成效"] == ""  # white: no computed light


def test_html() -> None:
    text, headers = html_text(render(LIGHTS, "html"))
    no_weights(text)
    assert not {"權重", "項目權分", "績效分數"} & set(headers)
    assert f"燈號統計 {COUNTS}" in text
    assert f"{BOTH} 未達成" in text and "超前 13.17%" in text
    # the table of counts: one row for the facet, one column per light by its name
    assert [h for h in headers if "燈" in h] == ["● 綠燈", "▲ 黃燈", "■ 紅燈", "◇ 白燈"]
    assert "關鍵績效指標 2 1 1 1" in text


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_spreadsheets(fmt: str) -> None:
    book = CalamineWorkbook.from_filelike(io.BytesIO(render(LIGHTS, fmt)))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    assert list(sheets) == ["策略績效目標", "燈號統計", "未達績效目標項目檢討", "檢查結果"]
    assert sheets["燈號統計"] == [["面向", "● 綠燈", "▲ 黃燈", "■ 紅燈", "◇ 白燈"],
                                 ["關鍵績效指標", 2.0, 1.0, 1.0, 1.0]]
    _, header, *rows = sheets["策略績效目標"]  # the title row, then the header
    assert not {"權重", "面向權重", "目標權重", "項目權分", "加分上限"} & set(header)
    assert [row[header.index("燈號")] for row in rows][2] == BOTH
    assert rows[0][header.index("超前")] == "超前 13.17%"
    no_weights(" ".join(str(cell) for sheet in sheets.values() for row in sheet for cell in row))


def test_odt() -> None:
    content = zipfile.ZipFile(io.BytesIO(render(LIGHTS, "odt"))).read("content.xml").decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content))
    no_weights(text)
    assert f"燈號統計 {COUNTS}" in text and BOTH in text and "超前 13.17%" in text
    assert "關鍵績效指標 2 1 1 1" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_pdf(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    path = tmp_path / "report.pdf"
    path.write_bytes(render(LIGHTS, "pdf"))
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                              check=True, timeout=60).stdout)
    no_weights(text)
    assert COUNTS in text and "超前 13.17%" in text and "(計算 ▲ 黃燈)" in text


# --- one unweighted facet in a weighted report ---------------------------------------------------------


def test_an_unweighted_facet_is_outside_the_total() -> None:
    result = outcome(FACET)
    assert result.result is not None and result.findings == []  # no PS201 for its weights, no PS301
    assert result.result.total.to_eng_string() == "93.3"
    view = result_view(result, "zh-TW")
    reference = view["facets"][1]
    assert reference["weighted"] is False and reference["weight"] is None and reference["score"] is None
    assert reference["light_counts"] == {"green": 1, "amber": 0, "red": 1, "white": 0, "none": 0}
    assert "weighted" not in view["facets"][0] and "weighted" not in view  # weighted parts' JSON unchanged


def test_an_unweighted_facet_in_each_format() -> None:
    table = re.sub(r"\s+", " ", render(FACET, "table"))
    assert "2. 參考指標 燈號統計 ● 綠燈 1、▲ 黃燈 0、■ 紅燈 1、◇ 白燈 0" in table
    assert "績效總分: 93.3" in table and "超前 16.46%" in table and "超前 1場" in table
    assert "參考指標 —" not in table  # no breakdown line of dashes
    markdown = render(FACET, "markdown")
    assert "| 業務面向 | 100 | 93.3 |" in markdown and "| 參考指標 |" not in markdown.split("### 燈號")[0]
    assert "| 業務面向 | 提升服務效能 | 線上申辦比率 | 80% | 96.46% | 100% | 超前 16.46% |" in markdown
    text, _ = html_text(render(FACET, "html"))
    assert "二、參考指標：燈號統計 ● 綠燈 1、▲ 黃燈 0、■ 紅燈 1、◇ 白燈 0" in text
    assert "參考指標 1 0 1 0" in text and "權分合計 93.3" in text
    book = CalamineWorkbook.from_filelike(io.BytesIO(render(FACET, "xlsx")))
    assert book.sheet_names == ["策略績效目標", "績效總分", "燈號統計", "未達績效目標項目檢討", "檢查結果"]
    breakdown = book.get_sheet_by_name("績效總分").to_python()
    assert [row[0] for row in breakdown] == ["項目", "業務面向", "策略績效目標分數", "績效總分"]


# --- the margin of met indicators (scoring.gaps: all) ----------------------------------------------------


def test_the_margin_of_met_indicators_in_each_format(tmp_path: Path) -> None:
    # 線上申辦比率 96.46% of 80%: 96.46 - 80 = 16.46 ahead; a lower-is-better target met early is ahead by
    # the gap's size: 8天 against 10天以下 is 2天 ahead (the gap is -2)
    path = tmp_path / "margin.yaml"
    path.write_text(FACET.read_text(encoding="utf-8").replace("actual: 12天, review: 人力出缺", "actual: 8天"),
                    encoding="utf-8")
    for fmt in ("table", "markdown"):
        text = re.sub(r"\s+", " ", render(path, fmt))
        assert "超前 16.46%" in text and "超前 2天" in text, fmt
    text, _ = html_text(render(path, "html"))
    assert "● 達成 超前 16.46%" in text and "超前 2天" in text
    odt = zipfile.ZipFile(io.BytesIO(render(path, "odt"))).read("content.xml").decode()
    assert "超前 16.46%" in odt and "超前 2天" in odt
    book = CalamineWorkbook.from_filelike(io.BytesIO(render(path, "ods")))
    _, header, *rows = book.get_sheet_by_name("策略績效目標").to_python()  # the title row first
    assert [row[header.index("超前")] for row in rows][:2] == ["超前 16.46%", "超前 2天"]
    assert [row[header.index("差異值")] for row in rows][:2] == [16.46, -2.0]


def test_no_margin_unless_the_report_asks() -> None:
    path = ROOT / "examples" / "chiayi-2015-administration.yaml"
    for fmt in ("table", "markdown", "html"):
        assert "超前" not in render(path, fmt), fmt


def test_light_names_fall_back_to_the_standard_ones_of_the_output_language() -> None:
    # tests/data/unweighted-lights.yaml names its lights only in zh-TW (names:, no names_en:). The counts
    # are 2 green, 1 amber, 1 red, 1 white (COUNTS above).
    english = render(LIGHTS, "markdown", "en")
    assert "● green 2, ▲ amber 1, ■ red 1, ◇ white 1" in english
    assert not any(name in english for name in ("綠燈", "黃燈", "紅燈", "白燈"))
    assert result_view(outcome(LIGHTS), "en")["light_names"] == {
        "green": "green", "amber": "amber", "red": "red", "white": "white"}
    # An English name where given (names_en:), the standard one for the rest; zh-TW keeps the report's own.
    text = LIGHTS.read_text(encoding="utf-8").replace(
        "    names: {green: 綠燈, amber: 黃燈, red: 紅燈, white: 白燈}\n",
        "    names: {green: 達成, amber: 落後}\n    names_en: {green: on track}\n")
    changed = analyze_bytes(text.encode(), "r.yaml")
    assert result_view(changed, "en")["light_names"] == {
        "green": "on track", "amber": "amber", "red": "red", "white": "white"}
    assert result_view(changed, "zh-TW")["light_names"] == {
        "green": "達成", "amber": "落後", "red": "紅燈", "white": "白燈"}
