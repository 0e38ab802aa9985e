"""Review stages in the outputs: the table and HTML show the stages side by side where they differ, with
the total after each stage; JSON carries every stage; a report without stages has none of it.

Figures as in tests/rules/test_stages.py: totals 自評 94, 初核 88, 複核 86 (40 + 36 + 18, 40 + 32 + 16,
40 + 30 + 16), and 86 counts.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

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
