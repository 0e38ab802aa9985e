"""How to add a format, worked: a package registers an object with `render(view, options)` in the
`perfscore.formats` entry-point group under `KIND.NAME`, and `--format NAME` renders with it.

The package here is a real (if tiny) installed distribution: a module and a `.dist-info` folder with its
entry points, put on sys.path, which is all `pip install` leaves behind for importlib.metadata to read.
"""

from __future__ import annotations

import importlib.metadata
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore import formats
from perfscore.cli import cli

EXAMPLE_ARG = "examples/chiayi-2015-administration.yaml"  # relative to the repository root, where runner works

# The whole third-party format: one line per report, from the view; it computes nothing.
ONE_LINE_FORMAT = '''
"""perfscore's report as one line: organisation, year, total and grade."""


def render(view, options):
    meta = view["report"]
    return f"{meta['organisation']}\\t{meta['year']}\\t{view['total']}\\t{view['grade']}\\n"
'''


def install(folder: Path, entry_points: str) -> None:
    """Leave in `folder` what installing the package `perfscore-oneline` would: its module and metadata."""
    (folder / "perfscore_oneline.py").write_text(textwrap.dedent(ONE_LINE_FORMAT), encoding="utf-8")
    info = folder / "perfscore_oneline-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: perfscore-oneline\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{formats.ENTRY_POINT_GROUP}]\n{entry_points}", encoding="utf-8")


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    install(tmp_path, "report.oneline = perfscore_oneline\nreport.json = perfscore_oneline\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    formats._installed.cache_clear()
    yield tmp_path
    formats._installed.cache_clear()


def test_an_installed_format_is_chosen_by_name(runner: CliRunner, installed: Path) -> None:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "--format", "oneline", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Chiayi City Government, Administration Department\t2015\t92.9\tExcellent\n"


def test_an_installed_format_writes_with_o(runner: CliRunner, installed: Path) -> None:
    out = installed / "line.tsv"
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "oneline", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "嘉義市政府行政處\t2015\t92.9\t優等\n"


def test_an_installed_format_cannot_replace_a_built_in_one(runner: CliRunner, installed: Path) -> None:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "json"])
    assert result.exit_code == 0 and result.stdout.startswith('{\n  "schema_version": 1,')


def test_a_format_is_registered_for_one_kind_of_view(runner: CliRunner, installed: Path) -> None:
    result = runner.invoke(cli, ["validate", EXAMPLE_ARG, "-f", "oneline"])
    assert result.exit_code == 2
    assert "Invalid value for '--format' / '-f': 'oneline' is not one of 'github', 'gitlab', 'json', 'junit', " \
           "'rdjson', 'sarif', 'text'." in result.stderr


def test_an_unknown_format_is_a_usage_error_naming_the_built_in_ones(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "docx"])
    assert result.exit_code == 2
    assert ("'docx' is not one of 'csv', 'html', 'json', 'markdown', 'pdf', 'table', 'xlsx', 'ods', 'odt'."
            in result.stderr)
    assert result.stdout == ""


def test_help_lists_the_built_in_formats(runner: CliRunner) -> None:
    for command, names in (("compute", "csv|html|json|markdown|pdf|table|xlsx|ods|odt"),
                           ("validate", "github|gitlab|json|junit|rdjson|sarif|text"),
                           ("diff", "table|json|markdown|csv"), ("compare", "table|json|csv|markdown")):
        assert f"[{names}]" in runner.invoke(cli, [command, "--help"]).stdout


def test_a_built_in_format_never_reads_package_metadata(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**selection: str) -> None:
        raise AssertionError(f"entry points read for {selection}")

    monkeypatch.setattr(importlib.metadata, "entry_points", refuse)
    for fmt in formats.builtin_names("report"):
        assert runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", fmt, "--lang", "en"]).exit_code == 0, fmt


@pytest.mark.parametrize("kind", sorted(formats.BUILTIN))
def test_every_built_in_format_is_a_format(kind: str) -> None:
    for name in formats.builtin_names(kind):
        assert callable(formats.load(kind, name).render), f"{kind}.{name}"
