"""In-year progress in the outputs of compute: table, markdown, csv, html and json show it; every other
format runs on a report in progress without failing (they may leave progress out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.archive_corpus import IN_PROGRESS

# visits: 60 to June × 12/6 = 120 ≥ 100, on track; permits: (30 + 28) × 12/6 = 116 < 120, at risk.


def compute(tmp_path: Path, fmt: str, lang: str = "zh-TW") -> str:
    source = tmp_path / "r.yaml"
    source.write_text(IN_PROGRESS, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["compute", str(source), "-f", fmt, "--lang", lang, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    return data.decode("utf-8") if fmt in ("table", "markdown", "csv", "html", "json") else ""


def test_json_progress(tmp_path: Path) -> None:
    progress = json.loads(compute(tmp_path, "json"))["progress"]
    assert progress["as_of"] == "2019-06" and progress["at_risk"] == 1
    assert [(i["indicator"], i["to_date"], i["projection"], i["at_risk"]) for i in progress["items"]] == [
        ("參觀人次", 60, 120, False), ("核發許可", 58, 116, True)]


def test_markdown_and_table_and_html_and_csv_show_progress(tmp_path: Path) -> None:
    markdown = compute(tmp_path, "markdown", "en")
    assert "### In-year progress (as of 2019-06)" in markdown
    assert "| 核發許可 | sum | 58 (2019-Q2) | 116 | 120 | at risk |" in markdown
    assert "年度進度（截至 2019-06）" in compute(tmp_path, "table")
    html = compute(tmp_path, "html")
    assert '<tr class="at-risk"><th scope="row">核發許可</th><td>加總</td><td class="num">58 (2019-Q2)</td>' in html
    csv = compute(tmp_path, "csv").splitlines()
    assert csv[0].endswith("彙整方式,至今實際值,年底預估值,預估")
    assert csv[1].endswith("累計,60,120,可望達成") and csv[2].endswith("加總,58,116,恐未達成")


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "ods", "odt"])
def test_other_formats_do_not_fail(tmp_path: Path, fmt: str) -> None:
    pytest.importorskip("weasyprint" if fmt == "pdf" else "odfdo")
    compute(tmp_path, fmt)


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_a_year_in_progress_with_no_actual_is_not_scored_yet(tmp_path: Path, fmt: str) -> None:
    """No indicator has an actual value in June, so nothing is scored: the total said 績效總分 0, read as a
    failing score (a new-user trial)."""
    for lang, words, zero in (("zh-TW", "尚未計分", "績效總分: 0"), ("en", "not scored", "Total score: 0")):
        text = compute(tmp_path, fmt, lang)
        assert words in text
        assert zero not in text.replace("*", "")
