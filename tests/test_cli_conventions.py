"""One behaviour across subcommands, and the CI conventions: `-` for standard input, -q and -v, the
non-report skip rule in every multi-file command, one --jobs, CSV and --bom wherever there is CSV, one
message for one problem."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.paths import EXAMPLE, EXAMPLE_ARG

BOM = b"\xef\xbb\xbf"
PS302 = "364:13: PS302 error"  # validate --lang en


def test_stdin_is_read_for_validate_and_compute_and_located_by_stdin_filename(runner: CliRunner) -> None:
    text = EXAMPLE.read_bytes()
    named = runner.invoke(cli, ["validate", "-", "--stdin-filename", "data/2015.yaml", "--lang", "en"], input=text)
    assert named.exit_code == 1
    assert named.stdout.startswith(f"data/2015.yaml:{PS302}")
    bare = runner.invoke(cli, ["validate", "-", "--lang", "en"], input=text)
    assert bare.stdout.startswith(f"-:{PS302}")
    scored = runner.invoke(cli, ["compute", "-", "-f", "json"], input=text)
    assert scored.exit_code == 0 and '"total": 92.9,' in scored.stdout


def test_stdin_from_a_terminal_is_refused_not_waited_on(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    stream = io.TextIOWrapper(Terminal())
    monkeypatch.setattr("sys.stdin", stream)
    from perfscore.commands.stdin import read_stdin
    from perfscore.core.errors import PerfscoreError

    with pytest.raises(PerfscoreError, match="standard input is a terminal"):
        read_stdin(100)


def test_quiet_prints_only_the_errors(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", "-q", "examples/", "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split(": ")[1][:9] for line in lines] == ["PS302 err", "PS303 err"]  # no skipped line, no summary
    assert result.stderr == ""


def test_quiet_keeps_path_problems(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", "-q", EXAMPLE_ARG, "missing.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "perfscore: missing.yaml: no such file or folder\n"


def test_verbose_prints_the_configuration_and_timings_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / ".perfscore.toml"
    config.write_text("strict = true\n", encoding="utf-8")
    plain = runner.invoke(cli, ["validate", EXAMPLE_ARG, "-f", "json"])
    result = runner.invoke(cli, ["validate", "-v", EXAMPLE_ARG, "-f", "json", "--config", str(config)])
    assert result.stdout == plain.stdout  # stdout unchanged: -v never spoils machine output
    assert plain.stderr == ""  # the repository's pyproject.toml has no [tool.perfscore]: nothing read
    assert f"perfscore: configuration: {config}\n" in result.stderr
    assert re.search(r"^perfscore: timing: \d+ ms in the command, read and check \d+ ms, render \d+ ms, write \d+ "
                     r"ms$", result.stderr, re.MULTILINE)


def test_compare_skips_a_non_report_yaml_as_validate_does(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "examples/", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(row["file"] for row in rows) == [EXAMPLE_ARG, "examples/rubric-sample-self-assessment.yaml",
                                                   "examples/taipei-water-2025-performance.yaml"]
    assert "perfscore: examples/ci/github-workflow.yml: skipped, not a perfscore report" in result.stderr
    assert runner.invoke(cli, ["compare", "-q", "examples/", "-f", "csv"]).stderr == ""


def test_a_folder_with_no_report_is_the_same_problem_in_validate_and_compare(tmp_path: Path,
                                                                             runner: CliRunner) -> None:
    (tmp_path / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    expected = f"perfscore: {tmp_path}: no perfscore report among its 1 YAML file(s)\n"
    for command in ("validate", "compare"):
        result = runner.invoke(cli, [command, str(tmp_path)])
        assert result.exit_code == 2, command
        assert expected in result.stderr, command


@pytest.mark.parametrize("command", ["validate", "compare"])
def test_jobs_means_the_same_everywhere(runner: CliRunner, command: str) -> None:
    for jobs in ("0", "2"):
        assert runner.invoke(cli, [command, EXAMPLE_ARG, "--jobs", jobs]).exit_code == 1 if command == "validate" \
            else runner.invoke(cli, [command, EXAMPLE_ARG, "--jobs", jobs]).exit_code == 0
    bad = runner.invoke(cli, [command, EXAMPLE_ARG, "--jobs", "-1"])
    assert bad.exit_code == 2 and "-1 is not in the range x>=0" in bad.stderr


@pytest.mark.parametrize("command", [["compute", EXAMPLE_ARG], ["compare", EXAMPLE_ARG],
                                     ["diff", EXAMPLE_ARG, EXAMPLE_ARG]])
def test_every_csv_has_a_bom_in_a_file_and_none_on_standard_output(runner: CliRunner, tmp_path: Path,
                                                                   command: list[str]) -> None:
    shown = runner.invoke(cli, [*command, "-f", "csv"])
    assert shown.exit_code == 0, shown.output
    assert not shown.stdout_bytes.startswith(BOM)
    out = tmp_path / "out.csv"
    assert runner.invoke(cli, [*command, "-f", "csv", "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == BOM + shown.stdout_bytes
    assert runner.invoke(cli, [*command, "-f", "csv", "-o", str(out), "--no-bom"]).exit_code == 0
    assert out.read_bytes() == shown.stdout_bytes
    assert runner.invoke(cli, [*command, "-f", "csv", "--bom"]).stdout_bytes == BOM + shown.stdout_bytes


def test_diff_csv_rows(runner: CliRunner, tmp_path: Path) -> None:
    # The example against itself with one actual changed: 發行市府公報 100% -> 90% (target 100%).
    text = EXAMPLE.read_text(encoding="utf-8")
    new = tmp_path / "2016.yaml"
    assert "            actual: 100%\n" in text
    new.write_text(text.replace("year: 2015", "year: 2016").replace("            actual: 100%\n",
                                                                      "            actual: 90%\n", 1), encoding="utf-8")
    result = runner.invoke(cli, ["diff", EXAMPLE_ARG, str(new), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    changed = [row for row in rows if row["kind"] == "indicator"]
    assert len(changed) == 1
    assert (changed[0]["name"], changed[0]["old_actual"], changed[0]["new_actual"]) == ("發行市府公報", "100%", "90%")
    assert [row["kind"] for row in rows].count("total") == 1


@pytest.mark.parametrize("argv", [["compute", "nope.yaml"], ["diff", "nope.yaml", EXAMPLE_ARG],
                                  ["rollover", "nope.yaml"], ["validate", "nope.yaml"], ["compare", "nope.yaml"]])
def test_a_missing_file_reads_the_same_in_every_command(runner: CliRunner, argv: list[str]) -> None:
    result = runner.invoke(cli, argv)
    assert result.exit_code == 2
    assert "perfscore: nope.yaml: no such file or folder\n" in result.stderr


def test_rollover_draft_note_is_hidden_by_quiet(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "2015.yaml")
    result = runner.invoke(cli, ["rollover", "-q", str(tmp_path / "2015.yaml"), "-o", str(tmp_path / "2016.yaml")])
    assert result.exit_code == 0 and result.stderr == ""


def test_shell_completion_offers_the_ci_formats_and_file_names(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the README's `eval "$(_PERFSCORE_COMPLETE=bash_source perfscore)"` script asks perfscore.
    runner = CliRunner()
    formats = runner.invoke(cli, [], prog_name="perfscore", env={"_PERFSCORE_COMPLETE": "bash_complete",
                                                                 "COMP_WORDS": "perfscore validate --format ",
                                                                 "COMP_CWORD": "3"})
    assert formats.stdout.split() == [f"plain,{name}" for name in
                                      ("github", "gitlab", "json", "junit", "rdjson", "sarif", "text")]
    paths = runner.invoke(cli, [], prog_name="perfscore", env={"_PERFSCORE_COMPLETE": "bash_complete",
                                                               "COMP_WORDS": "perfscore validate exa",
                                                               "COMP_CWORD": "2"})
    assert paths.stdout.split() == ["file,exa"]  # the shell then completes file and folder names
