"""Review stages in the outputs: the table, HTML, markdown and ODT show the stages side by side where they
differ, with the total after each stage; the spreadsheets add a sheet of them (points as numbers), CSV a
column per stage and a row of totals; JSON carries every stage; a report without stages has none of it.

Figures as in tests/rules/test_stages.py: totals 自評 94, 初核 88, 複核 86 (40 + 36 + 18, 40 + 32 + 16,
40 + 30 + 16), and 86 counts.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from python_calamine import CalamineWorkbook

from perfscore.cli import cli
from tests.paths import EXAMPLE
from tests.rules.test_stages import REPORT


def _compute(path: Path, *args: str) -> str:
    run = CliRunner().invoke(cli, ["compute", str(path), *args], env={"COLUMNS": "120"})
    assert run.exit_code == 0, run.output
    return run.output


def test_table_shows_the_stages_that_differ_and_each_total(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    lines = _compute(path).splitlines()
    start = next(index for index, line in enumerate(lines) if "審查階段" in line)
    block = lines[start:start + 8]
    assert any(line.split()[:5] == ["乙", "(指標)", "36", "32", "30"] and "複核: 佐證不足" in line for line in block)
    assert any(line.split()[:3] == ["s", "(具體事蹟)", "18"] and line.split()[3:5] == ["16", "—"] for line in block)
    assert any(line.split() == ["各階段績效總分", "94", "88", "86"] for line in block)
    # the goal's lights differ (黃燈 at 初核, 紅燈 at 複核)
    assert any(line.split()[:4] == ["g", "(目標)", "—", "黃燈"] for line in block)


def test_html_has_the_stage_table(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    page = _compute(path, "--format", "html", "--lang", "en")
    assert "<h3 id=\"review-stages\">Review stages</h3>" in page
    assert ('<tr class="total"><th scope="row">Total at each stage</th><td class="num">94</td>'
            '<td class="num">88</td><td class="num">86</td>') in page


def test_json_carries_all_stages_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    view = json.loads(_compute(path, "--format", "json"))
    assert view["total"] == 86
    assert view["stages"]["names"] == ["自評", "初核", "複核"]
    assert view["stages"]["totals"] == {"自評": 94, "初核": 88, "複核": 86}
    assert [item["path"] for item in view["stages"]["items"]] == [
        "facets.0.goals.0", "facets.0.goals.0.indicators.1", "sections.0"]


def test_a_report_without_stages_shows_none() -> None:
    assert "stages" not in json.loads(_compute(EXAMPLE, "--format", "json"))
    assert "審查階段" not in _compute(EXAMPLE)


def test_markdown_has_the_stage_table(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    text = _compute(path, "--format", "markdown")
    assert "| 項目 | 自評 | 初核 | 複核 | 審查意見 |" in text
    assert "| 乙 (指標) | 36 | 32 | 30 | 複核: 佐證不足 |" in text
    assert "| g (目標) | — | 黃燈 | 紅燈 | 初核: 建議加強 |" in text
    assert "| 各階段績效總分 | 94 | 88 | 86 |  |" in text
    assert "審查階段" not in _compute(EXAMPLE, "--format", "markdown")


def test_csv_has_a_column_per_stage_and_the_totals(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    header, *rows = [line.split(",") for line in _compute(path, "--format", "csv", "--no-bom").splitlines()]
    assert header[-4:] == ["自評", "初核", "複核", "審查意見"]
    by_name = {row[header.index("衡量指標")]: row[-4:] for row in rows}
    assert by_name["甲"] == ["", "", "", ""]  # no stages recorded
    assert by_name["乙"] == ["36", "32", "30", "複核: 佐證不足"]
    assert by_name["各階段績效總分"] == ["94", "88", "86", ""]
    assert "自評" not in _compute(EXAMPLE, "--format", "csv")


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_spreadsheets_have_a_stage_sheet(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    out = tmp_path / f"staged.{fmt}"
    _compute(path, "--format", fmt, "-o", str(out))
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["策略績效目標", "績效總分", "審查階段", "未達績效目標項目檢討", "檢查結果"]
    rows = book.get_sheet_by_name("審查階段").to_python()
    assert rows[0] == ["項目", "自評", "自評 燈號", "初核", "初核 燈號", "複核", "複核 燈號", "審查意見"]
    assert rows[2] == ["乙 (指標)", 36.0, "", 32.0, "", 30.0, "", "複核: 佐證不足"]  # points as numbers
    assert rows[1][:7] == ["g (目標)", "", "", "", "黃燈", "", "紅燈"]
    assert rows[-1][:6] == ["各階段績效總分", 94.0, "", 88.0, "", 86.0]


def test_odt_has_the_stage_table(tmp_path: Path) -> None:
    path = tmp_path / "staged.yaml"
    path.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "staged.odt"
    _compute(path, "--format", "odt", "-o", str(out))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", zipfile.ZipFile(out).read("content.xml").decode()))
    assert "審查階段（自評、初核、複核） 項目 自評 初核 複核 審查意見" in text
    assert "乙 (指標) 36 32 30 複核: 佐證不足" in text and "各階段績效總分 94 88 86" in text
