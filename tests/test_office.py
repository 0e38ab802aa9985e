"""The office formats (`compute --format xlsx|ods|odt`) read back as a reader would: python-calamine opens
the XLSX and ODS like a spreadsheet, content.xml shows what LibreOffice or Word shows of the ODT, and
LibreOffice itself converts all three where it is installed.

The figures are the Chiayi City Government Administration Department's published 104 (2015) report
(examples/chiayi-2015-administration.yaml): total 92.9, subtotal 88.9, HR facet 13.9 of 20, and its two
unmet indicators (lifelong-learning hours 63% against 70%: achievement 63/70 = 90%, gap -7; out-of-office
log 40% against 50%: 40/50 = 80%, gap -10).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.formats import RenderOptions, load
from perfscore.views.report import result_view

UNMET = {"強化公務人員終身學習時數": ("70%", "63%", 0.9, -7.0),
         "因公外出是否確實填寫公出登記簿，並經權責主管核章": ("50%", "40%", 0.8, -10.0)}


def render(example: FileReport, fmt: str, lang: str = "zh-TW") -> bytes:
    data = load("report", fmt).render(result_view(example, lang), RenderOptions(lang=lang))
    assert isinstance(data, bytes)
    return data


def sheets(data: bytes) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_the_spreadsheets_hold_the_figures_as_numbers(example: FileReport, fmt: str) -> None:
    book = sheets(render(example, fmt))
    assert list(book) == ["策略績效目標", "績效總分", "未達績效目標項目檢討", "檢查結果"]
    breakdown = {row[0]: row[1:] for row in book["績效總分"][1:]}
    assert breakdown["績效總分"] == [100.0, 92.9]  # numbers, not the text "92.9"
    assert breakdown["策略績效目標分數"] == [95.0, 88.9]  # 35 + 20 + 20 + 20 weigh 95; 35 + 20 + 13.9 + 20
    assert breakdown["人力資源發展面向"] == [20.0, 13.9]
    assert breakdown["施政績效具體事蹟"] == [5.0, 4.0]
    assert breakdown["等第"] == ["", "優等"]
    header, *rows = book["未達績效目標項目檢討"]
    assert header[:8] == ["面向", "策略績效目標", "衡量指標", "原訂目標值", "達成目標值", "達成度", "差異值", "單位"]
    assert {row[2]: (row[3], row[4], row[5], row[6]) for row in rows} == UNMET  # 90% is the fraction 0.9
    title, header, *indicators = book["策略績效目標"]
    assert "嘉義市政府行政處 104 年度施政績效報告" in title  # above the header, for `perfscore import`
    assert len(indicators) == 38
    points = header.index("項目權分")
    assert all(isinstance(row[points], float) for row in indicators)
    # the facets' points add up to the subtotal: 35 + 20 + 13.9 + 20 (bonus goals score 0 here)
    assert round(sum(row[points] for row in indicators), 6) == 88.9
    assert [row[0] for row in book["檢查結果"][1:]] == ["PS302", "PS303"]


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_headers_follow_the_language(example: FileReport, fmt: str) -> None:
    book = sheets(render(example, fmt, "en"))
    assert list(book) == ["Goals and indicators", "Score breakdown", "Unmet indicators", "Findings"]
    assert book["Score breakdown"][0] == ["Section", "Weight", "Score"]
    assert book["Score breakdown"][-2] == ["Total score", 100.0, 92.9]


def test_the_xlsx_formats_numbers_as_a_reader_expects(example: FileReport) -> None:
    """Points and totals with the report's one decimal place, achievement as a whole percentage, the header
    frozen; no number is a string cell (t="s" or inlineStr)."""
    archive = zipfile.ZipFile(io.BytesIO(render(example, "xlsx")))
    styles = archive.read("xl/styles.xml").decode()
    assert 'formatCode="0.0"' in styles and 'formatCode="0%"' in styles
    unmet = archive.read("xl/worksheets/sheet3.xml").decode()
    assert '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' in unmet
    assert re.search(r'<c r="F2" s="\d+"><v>0.9</v></c>', unmet)  # 達成度 90% as the number 0.9
    breakdown = archive.read("xl/worksheets/sheet2.xml").decode()
    assert re.search(r'<c r="C10" s="\d+"><v>92.9</v></c>', breakdown)


def test_the_ods_keeps_exact_digits_and_formats(example: FileReport) -> None:
    content = zipfile.ZipFile(io.BytesIO(render(example, "ods"))).read("content.xml").decode()
    assert 'office:value-type="float" calcext:value-type="float" office:value="92.9"' in content
    assert 'office:value-type="percentage" calcext:value-type="percentage" office:value="0.9"' in content
    assert '<number:number number:decimal-places="1" number:min-decimal-places="1"' in content
    assert "<table:table-header-rows>" in content  # repeated on printed pages


def test_text_is_kept_exactly_with_line_breaks(example: FileReport, tmp_path: Path) -> None:
    text = example_text(tmp_path, "line one\n  indented, full-width　space\n\nafter a blank line =1+1")
    for fmt in ("xlsx", "ods"):
        book = sheets(render(text, fmt))
        analysis = book["策略績效目標"][1].index("績效衡量暨達成情形分析")  # row 0 is the title
        assert book["策略績效目標"][2][analysis] == "line one\n  indented, full-width　space\n\nafter a blank line =1+1"


def example_text(tmp_path: Path, analysis: str) -> FileReport:
    from perfscore.engine.analyse import analyze_file

    source = Path(__file__).resolve().parent.parent / "examples" / "chiayi-2015-administration.yaml"
    text = source.read_text(encoding="utf-8").replace(
        "analysis: |-\n              104 年度本府公報每月均如期發行", "analysis: |-\n              REPLACED\n", 1)
    text = re.sub(r"REPLACED\n[^\n]*\n", "REPLACED\n", text, count=1)
    indented = "\n".join("              " + line if line else "" for line in analysis.split("\n"))
    path = tmp_path / "report.yaml"
    path.write_text(text.replace("              REPLACED", indented, 1), encoding="utf-8")
    outcome = analyze_file(path)
    assert outcome.result is not None
    return outcome


def test_control_characters_become_visible_escapes(example: FileReport, tmp_path: Path) -> None:
    outcome = example_text(tmp_path, "x")
    indicator = outcome.report.facets[0].goals[0].indicators[0]  # type: ignore[union-attr]
    indicator.analysis = "bell\x07 escape\x1b[31m"
    for fmt in ("xlsx", "ods"):
        book = sheets(render(outcome, fmt))
        column = book["策略績效目標"][1].index("績效衡量暨達成情形分析")
        assert book["策略績效目標"][2][column] == "bell\\x07 escape\\x1b[31m"


def test_odt_is_the_html_document(example: FileReport) -> None:
    content = zipfile.ZipFile(io.BytesIO(render(example, "odt"))).read("content.xml").decode()
    text = re.sub(r"<[^>]+>", " ", content)
    parts = ["壹、前言", "貳、策略績效目標達成情形", "參、施政績效具體事蹟", "肆、績效總分",
             "伍、未達績效目標項目檢討", "陸、績效總評", "柒、檢查結果"]
    positions = [text.index(part) for part in parts]
    assert positions == sorted(positions)
    assert "績效總分 92.9" in text and "策略績效目標分數 88.9" in text and " 13.9 " in text
    for name in UNMET:
        assert name in text
    assert "PS302" in text and "PS303" in text
    assert "本處 104 年度共有「推動文書作業資訊化」" in text  # the agency's own 績效總評, next to ours
    assert 'table:number-rows-spanned="2"' in content  # a goal's cell spans its indicators
    assert content.count("<table:table-header-rows>") == 4 + 3  # four facets, breakdown, unmet, findings


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "odt"])
def test_two_runs_give_the_same_bytes(example: FileReport, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render(example, fmt)
    time.sleep(1.1)  # past a second: a zip timestamp or a creation date from the clock would differ
    assert render(example, fmt) == first
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(1980, 1, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    stamped = zipfile.ZipFile(io.BytesIO(render(example, fmt)))
    if fmt == "xlsx":  # XlsxWriter keeps its zip times at 1980; the document's created date follows the epoch
        assert "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z" in \
            stamped.read("docProps/core.xml").decode()
    else:
        assert {info.date_time for info in stamped.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert "<meta:creation-date>2023-11-14T22:13:20</meta:creation-date>" in stamped.read("meta.xml").decode()


def test_odf_packages_start_with_a_stored_mimetype(example: FileReport) -> None:
    for fmt, kind in (("ods", "spreadsheet"), ("odt", "text")):
        data = render(example, fmt)
        assert data[30:38] == b"mimetype"
        assert data[38:].startswith(f"application/vnd.oasis.opendocument.{kind}PK".encode())


def test_a_missing_library_names_the_extra(runner: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for library in ("xlsxwriter", "odfdo"):
        monkeypatch.setitem(sys.modules, library, None)  # `import` now fails as it would if not installed
    for fmt in ("xlsx", "ods", "odt"):
        result = runner.invoke(cli, ["compute", "examples/chiayi-2015-administration.yaml", "--format", fmt,
                                     "-o", str(tmp_path / f"r.{fmt}")])
        assert result.exit_code == 2
        assert "pip install 'perfscore[office]'" in result.stderr
        assert "Traceback" not in result.stderr and isinstance(result.exception, SystemExit)
        assert not (tmp_path / f"r.{fmt}").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_all_three(example: FileReport, tmp_path: Path) -> None:
    """LibreOffice converts each file to PDF (a private profile, so a desktop session's is never touched),
    and the PDF's text shows the figures: the file opened and its cells and paragraphs were read."""
    files = []
    for fmt in ("xlsx", "ods", "odt"):
        files.append(tmp_path / f"report-{fmt}.{fmt}")  # distinct stems: the PDFs must not overwrite each other
        files[-1].write_bytes(render(example, fmt))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, files)],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)})
    for fmt in ("xlsx", "ods", "odt"):
        text = pdf_text(tmp_path / "pdf" / f"report-{fmt}.pdf")
        assert "92.9" in text and "88.9" in text and "13.9" in text, fmt
        assert "90%" in text and "80%" in text, fmt
        if fmt != "odt":  # a sheet's cell is one line of PDF text; the ODT's narrow columns wrap the name
            assert "強化公務人員終身學習時數" in text
    assert "柒、檢查結果" in pdf_text(tmp_path / "pdf" / "report-odt.pdf")


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout


def test_decimal_places_follow_the_report(tmp_path: Path) -> None:
    """With `places: 2` the points column shows 0.00 and a score keeps both decimals (2 of 3 for an
    indicator of weight 3 at 66.67%, linear credit: 3 × 2/3 = 2.00)."""
    from perfscore.engine.analyse import analyze_file

    path = tmp_path / "small.yaml"
    path.write_text("report: {title: t, organisation: o, year: 2024}\nscoring: {total: 3, places: 2, "
                    "achievement_places: 1}\nfacets:\n  - name: f\n    weight: 3\n    goals:\n      - name: g\n"
                    "        indicators:\n          - {name: i, weight: 3, target: '3', actual: '2'}\nsections: []\n",
                    encoding="utf-8")
    outcome = analyze_file(path)
    assert outcome.result is not None
    archive = zipfile.ZipFile(io.BytesIO(render(outcome, "xlsx")))
    styles = archive.read("xl/styles.xml").decode()
    assert 'formatCode="0.00"' in styles and 'formatCode="0.0%"' in styles
    content = zipfile.ZipFile(io.BytesIO(render(outcome, "ods"))).read("content.xml").decode()
    assert 'office:value="0.667"' in content  # 66.7% to one place, as the fraction 0.667
    assert Decimal("2.00") == outcome.result.total
