"""Without WeasyPrint, `--format pdf` says which extra to install and exits 2: no traceback, no file. This
runs whether or not WeasyPrint is installed (it is hidden from the import system here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.paths import EXAMPLE_ARG


def test_missing_weasyprint_names_the_extra(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now raises ImportError
    out = tmp_path / "report.pdf"
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith("perfscore: --format pdf needs WeasyPrint: pip install 'perfscore[pdf]'")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and not out.exists()


def test_pdf_is_listed_in_help(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compute", "--help"])
    assert "pdf" in result.stdout.split("--format")[1].split("\n  -")[0]
