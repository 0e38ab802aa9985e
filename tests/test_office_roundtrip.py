"""Issue 11's round trip: the Chiayi example exported by `compute --format xlsx|ods`, then read back by
`perfscore import`, scores as the printed report does (92.9, 38 indicators, the same two findings).

The export carries what import needs with no options: a title row above the goals table (嘉義市政府行政處 104
年度施政績效報告, read for title, organisation and year) and a 計分方式 column, so the HR facet's indicators
keep `credit: assessed` and their printed points. Before the fix the import stopped at PS906 (no title row)
and, given the title by hand, scored 98.5: the assessed points were recomputed by the linear rule.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.engine.analyse import analyze_file
from tests.paths import EXAMPLE_ARG, ROOT


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_the_exported_example_imports_back_to_the_same_score(fmt: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    book = tmp_path / f"chiayi.{fmt}"
    exported = CliRunner().invoke(cli, ["compute", EXAMPLE_ARG, "--format", fmt, "-o", str(book)])
    assert exported.exit_code == 0, exported.output
    out = tmp_path / "imported.yaml"
    imported = CliRunner().invoke(cli, ["import", str(book), "-o", str(out)])
    assert imported.exit_code == 1, imported.output  # the report's own two errors, located at their cells
    # row 28: the title row, the header row, then the HR facet's first goal is the 26th indicator row
    assert f"chiayi.{fmt}:策略績效目標!C28: PS302" in imported.output
    assert f"chiayi.{fmt}:策略績效目標!F28: PS303" in imported.output
    assert "PS402" not in imported.output  # every printed point is the one the import computes
    assert "total 92.9" in imported.output
    outcome = analyze_file(out)
    assert outcome.report is not None
    meta = outcome.report.report
    assert (meta.title, meta.organisation, meta.year) == ("104 年度施政績效報告", "嘉義市政府行政處", 2015)
    assert outcome.result is not None
    assert outcome.result.total == Decimal("92.9")
    assert outcome.result.subtotal == Decimal("88.9")
    assert [f.score for f in outcome.result.facets] == [Decimal(35), Decimal(20), Decimal("13.9"), Decimal(20)]
    counts = outcome.result.counts
    assert (counts.goals, counts.indicators, counts.met, counts.unmet) == (18, 38, 36, 2)
    assert [finding.code for finding in outcome.findings] == ["PS302", "PS303"]
    original = analyze_file(ROOT / EXAMPLE_ARG)
    assert original.result is not None
    assert [i.name for i in outcome.result.indicators()] == [i.name for i in original.result.indicators()]
    assert [i.points for i in outcome.result.indicators()] == [i.points for i in original.result.indicators()]
