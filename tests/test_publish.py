"""Publishing: the format registry, byte-identical output, atomic -o, csv and markdown contents."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.commands.compute import command as compute_command
from perfscore.commands.output import write_atomic
from perfscore.core.analysis import FileReport
from perfscore.core.errors import PerfscoreError
from perfscore.formats import BUILTIN, RenderOptions, load, one_pass
from perfscore.views.report import result_view

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_ARG = "examples/chiayi-2015-administration.yaml"  # relative to ROOT, where the runner works

TEXT_FORMATS = ["table", "json", "markdown", "csv", "html"]
OFFICE_FORMATS = ["xlsx", "ods", "odt"]  # zip files: read back in tests/test_office.py
ALL_FORMATS = TEXT_FORMATS + OFFICE_FORMATS
BINARY_FORMATS = ["pdf"]  # read back by their own tests (tests/test_pdf.py)


# --- registry -----------------------------------------------------------------------------------------

def test_registry_has_every_format_of_the_issue() -> None:
    assert sorted(BUILTIN["report"]) == sorted(ALL_FORMATS + BINARY_FORMATS)


@pytest.mark.parametrize("name", sorted(TEXT_FORMATS))
@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_every_registered_format_returns_text(example: FileReport, name: str, lang: str) -> None:
    """Text, or bytes that are UTF-8 text (a format may return bytes to skip a second copy as str)."""
    renderer = load("report", name)
    output = renderer.render(result_view(example, lang, lazy=one_pass(renderer)), RenderOptions(lang=lang))
    assert isinstance(output, str | bytes)
    text = output.decode("utf-8") if isinstance(output, bytes) else output
    assert len(text) > 500
    # The csv has one row per indicator and no totals; every other format shows the total.
    assert ("0.4" in text) if name == "csv" else ("92.9" in text)


def test_format_choices_equal_the_registry() -> None:
    option = next(p for p in compute_command.params if p.name == "fmt")
    assert sorted(option.type.choices) == sorted(BUILTIN["report"])  # type: ignore[attr-defined]


# --- determinism --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_same_input_gives_identical_bytes(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    outputs = []
    for attempt in range(2):
        out = tmp_path / f"{attempt}.{fmt}"
        result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 500


@pytest.mark.parametrize("fmt", ["html", "csv", "json", "xlsx", "ods", "odt"])
def test_output_does_not_depend_on_hash_seed(fmt: str) -> None:
    """Dict and set order in CPython depends on PYTHONHASHSEED for str keys: run two processes."""
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1", "COLUMNS": "100"}
        completed = subprocess.run([sys.executable, "-m", "perfscore", "compute", EXAMPLE_ARG, "-f", fmt],
                                   cwd=ROOT, env=env, capture_output=True, check=True)
        outputs.append(completed.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 500


# --- atomic -o ----------------------------------------------------------------------------------------

def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_output_file_is_written(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "**績效總分: 92.9**" in out.read_text(encoding="utf-8")
    assert _leftovers(tmp_path) == []


def test_failed_rename_keeps_the_old_file(runner: CliRunner, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "html", "-o", str(out)])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "No space left on device" in result.stderr
    assert out.read_text(encoding="utf-8") == "old report"
    assert _leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.csv"

    def broken_fsync(descriptor: int) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(RuntimeError, match="disk went away"):
        write_atomic(out, "a,b\r\n" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_failing_renderer_writes_nothing(runner: CliRunner, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.md"
    out.write_text("old", encoding="utf-8")

    def explode(view: dict[str, object], options: RenderOptions) -> str:
        raise PerfscoreError("renderer failed")

    monkeypatch.setattr("perfscore.formats.report.markdown.render", explode)
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 2
    assert "renderer failed" in result.stderr
    assert out.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_missing_output_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "report.html"
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "html", "-o", str(out)])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and str(tmp_path / "no" / "such") in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "no").exists()


# --- csv ----------------------------------------------------------------------------------------------

def _csv(runner: CliRunner, *extra: str) -> bytes:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "csv", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_csv_has_a_bom_when_written_to_a_file_and_not_on_standard_output(runner: CliRunner, tmp_path: Path) -> None:
    # The one rule of every CSV (commands.common.wants_bom): -o FILE is for Excel, stdout for a pipe.
    with_bom, without = _csv(runner, "--bom"), _csv(runner)
    assert with_bom.startswith(b"\xef\xbb\xbf")
    assert not without.startswith(b"\xef\xbb\xbf")
    assert with_bom[3:] == without
    assert _csv(runner, "--no-bom") == without
    out = tmp_path / "report.csv"
    assert runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "csv", "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == with_bom
    assert runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "csv", "-o", str(out), "--no-bom"]).exit_code == 0
    assert out.read_bytes() == without


def test_csv_rows_hold_exact_figures(runner: CliRunner) -> None:
    rows = list(csv.reader(io.StringIO(_csv(runner, "--no-bom").decode("utf-8"))))
    header, data = rows[0], rows[1:]
    assert len(data) == 38
    assert header[:6] == ["面向代碼", "面向", "目標代碼", "策略績效目標", "指標代碼", "衡量指標"]
    by_name = {row[5]: dict(zip(header, row, strict=True)) for row in data}
    learning = by_name["強化公務人員終身學習時數"]
    # 63 / 70 = 90% (amber: >= 80, < 100); gap 63 - 70 = -7; points assessed by the personnel office: 0
    assert (learning["原訂目標值"], learning["達成目標值"], learning["達成度(%)"]) == ("70%", "63%", "90")
    assert (learning["狀態"], learning["燈號"], learning["差異值"]) == ("未達成", "黃燈", "-7")
    logbook = by_name["因公外出是否確實填寫公出登記簿，並經權責主管核章"]
    # 40 / 50 = 80%; gap 40 - 50 = -10; assessed points 0.4, written as the exact text 0.4
    assert (logbook["達成度(%)"], logbook["項目權分"], logbook["差異值"]) == ("80", "0.4", "-10")
    assert (logbook["公布達成度(%)"], logbook["公布項目權分"]) == ("80", "0.4")
    assert sum(1 for row in data if row[header.index("狀態")] == "達成") == 36


def test_csv_header_follows_the_language(runner: CliRunner) -> None:
    first = _csv(runner, "--no-bom", "--lang", "en").decode("utf-8").splitlines()[0]
    assert first.startswith("Facet id,Facet,Goal id,Strategic goal,Indicator id,Indicator,Weight,Target")


def test_csv_defuses_formulas() -> None:
    from perfscore.formats.csvout import cell

    assert cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("執行率80%") == "執行率80%"


# --- markdown -----------------------------------------------------------------------------------------

def test_markdown_has_the_totals_and_the_unmet_review(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown"])
    text = result.stdout
    assert "| 人力資源發展面向 | 20 | 13.9 |" in text
    assert "| **策略績效目標分數** |  | **88.9** |" in text
    assert "| **績效總分** |  | **92.9** |" in text
    assert "| **等第** |  | **優等** |" in text
    assert "| 人力資源發展面向 | 推動組織學習，促進公務人員終身學習 | 強化公務人員終身學習時數 " \
           "| 70% | 63% | 90% | -7% |" in text
    assert text.count("\n| 人力資源發展面向 | ") == 3  # one breakdown row, two unmet rows


def test_markdown_quotes_the_agency_s_own_summary(runner: CliRunner) -> None:
    text = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown"]).stdout
    summary = text[text.index("### 績效總評"):text.index("### 檢查結果")]
    generated = "共 18 項績效目標，38 項衡量指標；36 項達成年度目標值，2 項未達原定目標值。"
    assert summary.index(generated) < summary.index("**機關自評（報告原文）**") < summary.index("> 本處 104 年度共有")
    assert "有 2 項衡量指標未達原定目標值，經檢討分析後亦一併提出因應策略" in summary  # the example's own words


def test_markdown_escapes_cell_breakers() -> None:
    from perfscore.formats.markdown import escape

    assert escape("a | b\nc") == "a \\| b<br>c"
    assert escape("<script>x</script> *bold* [link](u)") == \
        "&lt;script&gt;x&lt;/script&gt; \\*bold\\* \\[link\\](u)"
    assert escape(None) == "—"


# --- json contract and its documentation ----------------------------------------------------------------

def test_json_keys_are_documented_in_the_readme(runner: CliRunner) -> None:
    import json

    data = json.loads(runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "json"]).stdout)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = readme[readme.index("### JSON output of `compute`"):readme.index("### Publishing formats")]
    indicator = data["facets"][0]["goals"][0]["indicators"][0]
    keys = {*data, *data["report"], *data["facets"][0], *data["facets"][0]["goals"][0], *indicator,
            *data["sections"][0], *data["bonus"][0], *data["counts"], *data["unmet"][0], *data["findings"][0]}
    missing = sorted(key for key in keys if not re.search(rf"\b{key}\b", documented))
    assert missing == []
    figures = (data["total"], data["subtotal"], data["subtotal_weight"], data["weight_total"])
    assert figures == (92.9, 88.9, 95, 100)
    assert data["counts"] == {"goals": 18, "indicators": 38, "met": 36, "unmet": 2, "unscored": 0}
    assert len(data["sections"][0]["items"]) == 14


def test_output_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import stat

    fresh = tmp_path / "fresh.txt"
    umask = os.umask(0o022)
    try:
        write_atomic(fresh, "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600
    kept = tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert (kept.read_text(), stat.S_IMODE(kept.stat().st_mode)) == ("new", 0o640)
