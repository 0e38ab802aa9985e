"""`perfscore validate` as a CI gate: many paths, locations, codes, the three formats and CI conventions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from perfscore.cli import cli
from perfscore.core.findings import Finding, Severity
from perfscore.formats.findings.github import github_command

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "chiayi-2015-administration.yaml"
# These tests quote validate's English messages and summary line: they ask for English.
CLEAN_ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": "100", "PERFSCORE_LANG": "en"}
MINIMAL = """\
report:
  title: t
  organisation: o
  year: 2015
scoring: {}
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - name: i
            weight: 100
            target: 100%
            actual: 100%
sections: []
"""


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], env={**CLEAN_ENV, **(env or {})})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings_of(result: Result) -> list[tuple[str, int, int, str]]:
    data = json.loads(result.stdout)
    return [(f["file"], f["line"], f["column"], f["code"]) for entry in data["files"] for f in entry["findings"]]


# --- many inputs -------------------------------------------------------------------------------------


def test_a_clean_report_passes_with_a_summary_line(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.yaml", MINIMAL)
    result = invoke("validate", path)
    assert result.exit_code == 0
    assert result.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n"


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "report: [\n")
    write(tmp_path, "b/c.yml", MINIMAL.replace("weight: 100\n    goals", "weight: 90\n    goals"))
    write(tmp_path, "d.yaml", MINIMAL)
    result = invoke("validate", tmp_path, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [entry["file"] for entry in data["files"]] == [str(tmp_path / n) for n in ("a.yaml", "b/c.yml", "d.yaml")]
    assert [entry["errors"] for entry in data["files"]] == [1, 2, 0]  # PS101; PS301 and PS302 (90 vs 100)
    assert data["summary"] == {"files": 3, "errors": 3, "warnings": 0, "infos": 0, "skipped": 0, "problems": 0}


def test_summary_counts_every_file(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "report: [\n")
    write(tmp_path, "b.yaml", "")
    result = invoke("validate", tmp_path)
    assert result.stdout.splitlines()[-1] == "2 files checked: 2 errors, 0 warnings, 0 infos"


def test_a_missing_path_is_exit_2_but_the_others_are_still_checked(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", MINIMAL)
    bad = write(tmp_path, "bad.yaml", "report: [\n")
    result = invoke("validate", tmp_path / "nope.yaml", good, bad, "--format", "json")
    assert result.exit_code == 2
    assert f"perfscore: {tmp_path / 'nope.yaml'}: no such file or folder" in result.stderr
    data = json.loads(result.stdout)
    assert [entry["file"] for entry in data["files"]] == [str(good), str(bad)]
    assert data["files"][1]["findings"][0]["code"] == "PS101"
    assert data["problems"] == [f"{tmp_path / 'nope.yaml'}: no such file or folder"]


def test_a_folder_without_yaml_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "notes.txt", "report: x\n")
    result = invoke("validate", tmp_path)
    assert result.exit_code == 2
    assert "a folder with no *.yaml or *.yml files in it" in result.stderr
    assert result.stdout.endswith("0 files checked: 0 errors, 0 warnings, 0 infos; 1 path problem\n")


def test_a_folder_of_yaml_that_holds_no_report_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "workflow.yml", "name: ci\non: [push]\njobs: {}\n")
    result = invoke("validate", tmp_path)
    assert result.exit_code == 2
    assert "no perfscore report among its 1 YAML file(s)" in result.stderr


def test_a_pattern_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "*.yaml"))
    assert result.exit_code == 2
    assert "the pattern matches no file" in result.stderr


def test_globs_match_files_and_folders(tmp_path: Path) -> None:
    write(tmp_path, "2015/a.yaml", MINIMAL)
    write(tmp_path, "2016/b.yml", MINIMAL)
    write(tmp_path, "2016/c.yaml", MINIMAL)
    write(tmp_path, "other/d.yaml", "report: [\n")
    result = invoke("validate", str(tmp_path / "20*"), "--format", "json")
    assert result.exit_code == 0
    assert [e["file"] for e in json.loads(result.stdout)["files"]] == [
        str(tmp_path / "2015/a.yaml"), str(tmp_path / "2016/b.yml"), str(tmp_path / "2016/c.yaml")]
    result = invoke("validate", str(tmp_path / "**" / "c.yaml"), "--format", "json")
    assert [e["file"] for e in json.loads(result.stdout)["files"]] == [str(tmp_path / "2016/c.yaml")]


def test_a_file_named_twice_is_checked_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", MINIMAL)
    result = invoke("validate", path, tmp_path, str(tmp_path / "*.yaml"))
    assert result.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n"


def test_folders_skip_hidden_entries_but_named_files_are_checked(tmp_path: Path) -> None:
    write(tmp_path, "data/a.yaml", MINIMAL)
    write(tmp_path, "data/.venv/lib/bad.yaml", "report: [\n")
    write(tmp_path, "data/.hidden.yaml", "report: [\n")
    assert invoke("validate", tmp_path / "data").exit_code == 0
    assert invoke("validate", tmp_path / "data" / ".hidden.yaml").exit_code == 1
    assert invoke("validate", tmp_path / "data" / ".venv").exit_code == 1  # a hidden folder named outright


def test_yaml_that_is_not_a_report_is_skipped_with_a_notice(tmp_path: Path) -> None:
    write(tmp_path, "r.yaml", MINIMAL)
    write(tmp_path, "ci/workflow.yml", "name: ci\non:\n  push:\njobs: {}\n")
    result = invoke("validate", tmp_path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert f"{tmp_path / 'ci/workflow.yml'}: skipped, not a perfscore report (none of the keys report, scoring, " \
           "facets, sections, bonus, grades, dropped)" in lines
    assert lines[-1] == "1 file checked: 0 errors, 0 warnings, 0 infos; 1 skipped (not a report)"
    data = json.loads(invoke("validate", tmp_path, "-f", "json").stdout)
    assert data["skipped"] == [{"file": str(tmp_path / "ci/workflow.yml"), "reason": "not a perfscore report (none "
                                "of the keys report, scoring, facets, sections, bonus, grades, dropped)"}]
    assert data["summary"]["skipped"] == 1
    # A top-level list is never a report, but it is an error (PS108), not skipped: the issue asks for exit 1.
    write(tmp_path, "hooks.yaml", "- id: x\n  entry: y\n")
    assert invoke("validate", tmp_path).exit_code == 1


def test_a_report_with_misspelt_or_missing_keys_is_not_skipped(tmp_path: Path) -> None:
    # Only a mapping with none of the report keys is foreign; one report key makes it a (broken) report.
    path = write(tmp_path, "r.yaml", "Report: {}\nfacet: []\n")
    result = invoke("validate", path, "-f", "json")
    assert result.exit_code == 1
    assert {code for *_, code in findings_of(result)} == {"PS201", "PS202"}
    for text in ("", "just text\n", "report: [\n"):  # empty, a scalar, broken YAML: errors, never skipped
        assert invoke("validate", write(tmp_path, "e.yaml", text)).exit_code == 1


def test_the_shipped_examples_folder(tmp_path: Path) -> None:
    result = invoke("validate", ROOT / "examples")
    # The seed's own inconsistency (PS302, PS303); the rubric and Taipei Water examples are clean.
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "3 files checked: 2 errors, 0 warnings, 0 infos; 1 skipped (not a " \
        "report)"
    assert "examples/ci/github-workflow.yml: skipped" in result.stdout


# --- locations ---------------------------------------------------------------------------------------


def line_of(path: Path, line: int, column: int) -> str:
    return path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:]


def test_a_missing_key_points_at_its_parent_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", MINIMAL.replace("          - name: i\n            weight: 100\n",
                                                     "          - weight: 100\n"))
    [(_, line, column, code)] = findings_of(invoke("validate", path, "-f", "json"))
    assert (code, line, column) == ("PS201", 12, 13)
    assert line_of(path, line, column) == "weight: 100"  # the indicator mapping that lacks name:


def test_an_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", MINIMAL.replace("            target: 100%", "            targte: 100%"))
    result = invoke("validate", path, "-f", "json")
    found = findings_of(result)
    assert ("PS202", 14, 13) in [(code, line, column) for _, line, column, code in found]
    assert line_of(path, 14, 13) == "targte: 100%"
    assert "did you mean 'target'?" in result.stdout


def test_a_wrong_value_points_at_the_value(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", MINIMAL.replace("year: 2015", "year: twenty"))
    [(_, line, column, code)] = findings_of(invoke("validate", path, "-f", "json"))
    assert (code, line_of(path, line, column)) == ("PS203", "twenty")


def test_a_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", "report:\n  title: [unclosed\n  year: 2015\n")
    [(_, line, column, code)] = findings_of(invoke("validate", path, "-f", "json"))
    assert code == "PS101" and line >= 2 and column >= 1


def test_a_duplicate_key_reports_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", MINIMAL.replace("  year: 2015\n", "  year: 2015\n  year: 2016\n"))
    result = invoke("validate", path)
    assert result.exit_code == 1
    assert f"{path}:5:3: PS102 error duplicate key 'year': first defined at line 4, column 3" in result.stdout


def test_consistency_findings_point_at_the_weight_in_the_example() -> None:
    result = invoke("validate", EXAMPLE, "-f", "json")
    found = sorted((code, line, column) for _, line, column, code in findings_of(result))
    assert found == [("PS302", 364, 13), ("PS303", 373, 17)]
    assert line_of(EXAMPLE, 364, 13) == "20"  # the HR facet's weight: 20
    assert line_of(EXAMPLE, 373, 17) == "3"  # goal hr-1's declared weight: 3


# --- codes and severities ------------------------------------------------------------------------------


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    text = MINIMAL.replace("            actual: 100%\n", "            actual: 90%\n")  # unmet, no review: PS504
    path = write(tmp_path, "r.yaml", text)
    result = invoke("validate", path)
    assert result.exit_code == 0
    assert "PS504 warning" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 file checked: 0 errors, 1 warning, 0 infos"
    assert invoke("validate", path, "--strict").exit_code == 1


def test_select_and_ignore(tmp_path: Path) -> None:
    assert invoke("validate", EXAMPLE, "--ignore", "PS302,PS303").exit_code == 0
    assert invoke("validate", EXAMPLE, "--ignore", "ps3").exit_code == 0  # a prefix, any case
    result = invoke("validate", EXAMPLE, "--select", "PS303", "-f", "json")
    assert [code for *_, code in findings_of(result)] == ["PS303"]
    assert invoke("validate", EXAMPLE, "--select", "PS4").exit_code == 0


def test_an_unknown_code_is_a_usage_error() -> None:
    result = invoke("validate", EXAMPLE, "--ignore", "PS999")
    assert result.exit_code == 2
    assert "unknown code PS999" in result.stderr


def test_a_report_accepts_codes_for_itself(tmp_path: Path) -> None:
    text = MINIMAL.replace("scoring: {}", "scoring: {accept: [PS504]}").replace("actual: 100%", "actual: 90%")
    result = invoke("validate", write(tmp_path, "r.yaml", text), "--strict")
    assert (result.exit_code, result.stdout) == (0, "1 file checked: 0 errors, 0 warnings, 0 infos\n")


# --- formats -------------------------------------------------------------------------------------------


def test_text_is_one_unwrapped_line_per_finding() -> None:
    result = invoke("validate", EXAMPLE, env={"COLUMNS": "40"})
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(re.match(rf"{re.escape(str(EXAMPLE))}:\d+:\d+: PS30[23] error ", line) for line in lines[:2])


def test_json_schema_of_the_output() -> None:
    result = invoke("validate", EXAMPLE, "--format", "json")
    data = json.loads(result.stdout)
    assert list(data) == ["schema_version", "summary", "files", "skipped", "problems"]
    assert data["schema_version"] == 1
    assert list(data["summary"]) == ["files", "errors", "warnings", "infos", "skipped", "problems"]
    [entry] = data["files"]
    assert list(entry) == ["file", "errors", "warnings", "findings"]
    for finding in entry["findings"]:
        assert list(finding) == ["code", "severity", "message", "file", "line", "column"]
        assert finding["file"] == str(EXAMPLE) and finding["severity"] == "error"


def test_github_format_groups_per_file_and_counts(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.yaml", "report: [\n")
    good = write(tmp_path, "good.yaml", MINIMAL)
    result = invoke("validate", bad, good, "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"::group::{bad}"
    assert lines[1].startswith(f"::error file={bad},line=2,col=1,title=PS101 yaml-syntax::")
    assert lines[2:] == ["::endgroup::", "2 files checked: 1 error, 0 warnings, 0 infos"]  # no group for good


def test_github_is_the_default_under_actions() -> None:
    result = invoke("validate", EXAMPLE, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::group::")
    assert "::error file=" in result.stdout
    assert invoke("validate", EXAMPLE, "-f", "text", env={"GITHUB_ACTIONS": "true"}).stdout.startswith(str(EXAMPLE))


def test_github_escaping_follows_the_runner() -> None:
    # Message (data): % CR LF escaped; ":" and "," kept. Properties additionally escape ":" and ",".
    finding = Finding("dir,x/a:b%.yaml", 3, 4, "PS203", Severity.ERROR, "50% done,\r\nnext: line")
    assert github_command(finding) == ("::error file=dir%2Cx/a%3Ab%25.yaml,line=3,col=4,"
                                       "title=PS203 invalid-value::50%25 done,%0D%0Anext: line")
    notice = Finding("a.yaml", 1, 1, "PS507", Severity.INFO, "draft")
    assert github_command(notice) == "::notice file=a.yaml,line=1,col=1,title=PS507 no-actual::draft"


def test_github_reports_path_problems_and_skips_as_annotations(tmp_path: Path) -> None:
    write(tmp_path, "wf.yml", "name: ci\njobs: {}\n")
    result = invoke("validate", tmp_path / "missing,file.yaml", tmp_path / "wf.yml", "-f", "github")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0] == f"::error title=perfscore::{tmp_path}/missing,file.yaml: no such file or folder"
    assert lines[1].startswith(f"::notice file={tmp_path}/wf.yml,title=skipped::not a perfscore report")


def test_colour_only_on_request_and_never_with_no_color() -> None:
    assert "\x1b[" not in invoke("validate", EXAMPLE).stdout  # CliRunner is not a terminal
    assert "\x1b[" in invoke("validate", EXAMPLE, env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in invoke("validate", EXAMPLE, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in invoke("validate", EXAMPLE, "-f", "json", env={"FORCE_COLOR": "1"}).stdout


def test_output_file_is_written(tmp_path: Path) -> None:
    out = tmp_path / "findings.json"
    result = invoke("validate", EXAMPLE, "-f", "json", "-o", out, env={"FORCE_COLOR": "1"})
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["errors"] == 2


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_every_format_of_an_empty_run_is_well_formed(tmp_path: Path, fmt: str) -> None:
    result = invoke("validate", tmp_path / "nope", "-f", fmt)
    assert result.exit_code == 2
    if fmt == "json":
        assert json.loads(result.stdout)["problems"] == [f"{tmp_path / 'nope'}: no such file or folder"]


@pytest.mark.parametrize(("old", "new", "code", "line", "hint"), [
    ("target: 100%", "target: true", "PS204", 14, "a target cannot be true/false"),  # not the number 1
    ("scoring: {}", "scoring: {places: true}", "PS203", 5, "expected a whole number"),  # not 1 place
    ("  year: 2015", '  year: "2015"', "PS203", 4, "expected a whole number"),
])
def test_booleans_and_text_never_become_numbers(tmp_path: Path, old: str, new: str, code: str, line: int,
                                                hint: str) -> None:
    path = write(tmp_path, "r.yaml", MINIMAL.replace(old, new, 1))
    result = invoke("validate", path, "-f", "json")
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["code"], finding["line"]) == (code, line)
    assert hint in finding["message"]
