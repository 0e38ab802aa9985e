"""A large report's terminal table: above `BRIEF_ABOVE` indicators it shows the breakdown and the unmet
review with a note saying so; `--all` (or `--detail`) brings every facet table back. Small reports are
untouched (their goldens in test_example.py and test_terminal_width.py hold that byte for byte)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks import generate
from perfscore.cli import cli
from perfscore.core.i18n import label
from perfscore.engine.analyse import analyze_bytes
from perfscore.formats import RenderOptions
from perfscore.formats.report import table
from perfscore.views.report import result_view


def _view(indicators: int, lang: str) -> dict[str, object]:
    outcome = analyze_bytes(generate.report(indicators, seed=2).encode("utf-8"), "big.yaml")
    view = result_view(outcome, lang)
    assert view["counts"]["indicators"] == indicators  # type: ignore[index]
    return view


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_above_the_threshold_the_table_is_brief_and_says_so(lang: str) -> None:
    count = table.BRIEF_ABOVE + 1
    brief = table.render(_view(count, lang), RenderOptions(lang=lang, width=120))
    flat = " ".join(brief.split())
    assert label("large_report_brief", lang).format(count=count, limit=table.BRIEF_ABOVE).split()[0] in flat
    assert "--all" in flat and str(count) in flat
    assert label("facet_score", lang) not in brief  # no facet table: their titles carry this label
    assert label("breakdown", lang) in brief and label("unmet_review", lang) in brief
    assert label("summary", lang) in brief
    full = table.render(_view(count, lang), RenderOptions(lang=lang, width=120, full=True))
    assert label("facet_score", lang) in full and "--all" not in full
    detailed = table.render(_view(count, lang), RenderOptions(lang=lang, width=120, detail=True))
    assert label("facet_score", lang) in detailed


def test_at_the_threshold_every_facet_table_is_shown() -> None:
    shown = table.render(_view(table.BRIEF_ABOVE, "zh-TW"), RenderOptions(width=120))
    assert label("facet_score", "zh-TW") in shown and "--all" not in shown


def test_the_all_option_reaches_the_table(tmp_path: Path) -> None:
    path = generate.write_report(tmp_path / "big.yaml", table.BRIEF_ABOVE + 1, seed=2)
    brief = CliRunner().invoke(cli, ["compute", str(path), "--lang", "en"])
    full = CliRunner().invoke(cli, ["compute", str(path), "--lang", "en", "--all"])
    assert brief.exit_code == full.exit_code == 0, brief.output + full.output
    assert label("facet_score", "en") not in brief.output and "--all" in brief.output
    assert label("facet_score", "en") in full.output and len(full.output) > 2 * len(brief.output)
