"""Hostile and broken files through the whole CLI: each one is a located, coded finding and exit 1, never a
traceback, a hang, a crash or code that runs. Nesting bombs run in a subprocess: if the guard ever failed,
libyaml's C recursion would kill that process, not the test run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.limits import MAX_DEPTH

ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1", "COLUMNS": "200"}
ROOT = Path(__file__).resolve().parent.parent
VALID_START = "report: {title: t, organisation: o, year: 2015}\nscoring: {}\nsections: []\n"


def check(tmp_path: Path, content: bytes, *extra: str) -> list[tuple[str, int, int, str]]:
    """Validate one file in-process; assert exit 1 and no traceback; return (code, line, column, message)."""
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    for fmt in ("text", "github"):
        result = CliRunner().invoke(cli, ["validate", str(path), "-f", fmt, "--lang", "en", *extra], env=ENV)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["validate", str(path), "-f", "json", "--lang", "en", *extra], env=ENV)
    assert result.exit_code == 1
    [entry] = json.loads(result.stdout)["files"]
    found = [(f["code"], f["line"], f["column"], f["message"]) for f in entry["findings"]]
    assert found and all(line >= 1 and column >= 1 for _, line, column, _ in found)
    return found


def codes(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int]]:
    return [(code, line, column) for code, line, column, _ in found]


def test_billion_laughs_is_refused_at_the_first_alias(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]  # 9**10 nodes expanded
    found = check(tmp_path, ("\n".join(lines) + "\n").encode())
    assert codes(found) == [("PS103", 1, 5)]  # the anchored value that an alias reuses


def test_a_single_alias_and_a_merge_key_are_refused(tmp_path: Path) -> None:
    assert codes(check(tmp_path, b"a: &x 1\nb: *x\n")) == [("PS103", 1, 4)]
    assert [c for c, *_ in check(tmp_path, b"a: &x {k: 1}\nb:\n  <<: *x\n")] == ["PS103"]


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/object/new:os.system",
                                 "!!python/name:os.system", "!<tag:yaml.org,2002:python/object/apply:os.system>"])
def test_python_tags_run_no_code(tmp_path: Path, tag: str) -> None:
    marker = tmp_path / "pwned"
    content = f"report: {tag} [\"touch {marker}\"]\n".encode()
    found = check(tmp_path, content)
    assert [c for c, *_ in found] == ["PS104"]
    assert found[0][1:3] == (1, 9)
    assert not marker.exists()


def test_a_custom_local_tag_is_refused(tmp_path: Path) -> None:
    assert codes(check(tmp_path, VALID_START.encode() + b"facets: !custom []\n")) == [("PS104", 4, 9)]


@pytest.mark.parametrize(("value", "kind"), [("!!str {b: 1}", "mapping"), ("!!int [1]", "sequence"),
                                             ("!!map x", "scalar"), ("!!seq {b: 1}", "mapping")])
def test_a_standard_tag_on_the_wrong_kind_of_value(tmp_path: Path, value: str, kind: str) -> None:
    # PyYAML's constructor assumed the kind and raised AttributeError here: now a finding
    found = check(tmp_path, f"{VALID_START}facets: {value}\n".encode())
    assert [(code, line, column) for code, line, column, _ in found] == [("PS104", 4, 9)]
    assert f"does not fit this {kind}" in found[0][3]


def test_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    found = check(tmp_path, b"report:\n  title: ab\xff\n")
    assert codes(found) == [("PS105", 2, 12)]
    assert "0xff is not UTF-8" in found[0][3]


def test_big5_text(tmp_path: Path) -> None:
    assert codes(check(tmp_path, "report:\n  title: 行政處\n".encode("big5")))[0][:2] == ("PS105", 2)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, encoding: str) -> None:
    raw = "report: {}\n".encode(encoding)
    if encoding != "utf-16":  # without a BOM it still cannot be read as UTF-8 YAML
        found = check(tmp_path, raw)
        assert found[0][0] in ("PS101", "PS105")
        return
    assert codes(check(tmp_path, raw)) == [("PS105", 1, 1)]


def test_a_utf8_bom_is_reported_and_the_rest_still_checked(tmp_path: Path) -> None:
    found = check(tmp_path, b"\xef\xbb\xbf" + VALID_START.encode() + b"facets: []\n")
    assert codes(found) == [("PS105", 1, 1), ("PS203", 4, 9)]  # facets needs at least one


def test_an_empty_file(tmp_path: Path) -> None:
    assert codes(check(tmp_path, b"")) == [("PS108", 1, 1)]
    assert codes(check(tmp_path, b"# only a comment\n\n")) == [("PS108", 1, 1)]


@pytest.mark.parametrize("content", [b"- a\n- b\n", b"just text\n", b"42\n", b"[]\n", b"null\n"])
def test_a_top_level_that_is_not_a_mapping(tmp_path: Path, content: bytes) -> None:
    assert codes(check(tmp_path, content)) == [("PS108", 1, 1)]


def run_subprocess(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "perfscore", "validate", str(path), "-f", "json"],
                          capture_output=True, text=True, timeout=120, env={"NO_COLOR": "1", "PATH": ""})


@pytest.mark.parametrize(("content", "where"), [
    ("[" * 100_000, (1, MAX_DEPTH + 1)),
    ("{" * 100_000, (1, MAX_DEPTH + 1)),
    ("a: " + "[" * 100_000 + "\n", (1, MAX_DEPTH + 3)),
    ("- " * 5_000 + "x\n", (1, 2 * MAX_DEPTH + 1)),
    ("".join(" " * level + f"k{level}:\n" for level in range(5_000)) + "\n", (MAX_DEPTH + 1, MAX_DEPTH + 1)),
    ("".join("  " * level + f"k{level}:\n" for level in range(2_000)) + "\n", (MAX_DEPTH + 1, 2 * MAX_DEPTH + 1)),
    ("".join("  " * level + "-\n" for level in range(3_000)) + "\n", (MAX_DEPTH + 1, 2 * MAX_DEPTH + 1)),
], ids=["flow-lists", "flow-maps", "flow-in-block", "block-lists", "maps-1-space", "maps-2-spaces", "dashes"])
def test_deep_nesting_is_refused_in_a_subprocess(tmp_path: Path, content: str, where: tuple[int, int]) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(content, encoding="utf-8")
    completed = run_subprocess(path)
    assert completed.returncode == 1, completed.stderr[-2000:]  # a crash would be a negative signal number
    assert "Traceback" not in completed.stdout + completed.stderr
    [entry] = json.loads(completed.stdout)["files"]
    assert [(f["code"], f["line"], f["column"]) for f in entry["findings"]] == [("PS107", *where)]


def test_nesting_within_the_limit_is_not_refused(tmp_path: Path) -> None:
    found = check(tmp_path, ("report: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n").encode())
    assert "PS107" not in [c for c, *_ in found]


def test_integers_too_big(tmp_path: Path) -> None:
    found = check(tmp_path, VALID_START.replace("2015", "1" + "0" * 4_000).encode() + b"facets: []\n")
    assert codes(found)[0] == ("PS112", 1, 43)
    assert all(len(message) < 300 for *_, message in found)  # 4001 digits are never echoed back
    found = check(tmp_path, b"report:\n  year: 1.0000000000000000000000000000000001\n")
    assert ("PS112", 2, 9) in codes(found)


@pytest.mark.parametrize("value", ['"1e40"', "'1e999999999'", '"1' + "0" * 40 + '"', '"1e-999999999"'])
def test_quoted_numbers_too_big_or_too_fine_are_refused_before_scoring(tmp_path: Path, value: str) -> None:
    # Quoted, they are text to the loader, and pydantic reads them as Decimals; scoring 1E+999999999 would
    # build a billion-digit number. A subprocess, so a regression hangs or dies there, under a timeout.
    text = (ROOT / "examples" / "chiayi-2015-administration.yaml").read_text(encoding="utf-8")
    path = tmp_path / "big.yaml"
    path.write_text(text.replace("    weight: 35\n", f"    weight: {value}\n", 1), encoding="utf-8")
    completed = run_subprocess(path)
    assert completed.returncode == 1 and "Traceback" not in completed.stdout + completed.stderr
    [entry] = json.loads(completed.stdout)["files"]
    assert [(f["code"], f["line"], f["column"]) for f in entry["findings"] if f["code"] == "PS112"] == [
        ("PS112", 59, 13)]  # the core facet's weight


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "+.Inf"])
def test_nan_and_infinity(tmp_path: Path, value: str) -> None:
    found = check(tmp_path, VALID_START.encode() + f"facets:\n  - name: f\n    weight: {value}\n".encode())
    assert ("PS111", 6, 13) in codes(found)
    assert [c for c, line, *_ in codes(found) if line == 6] == ["PS111"]  # no "expected a number" on top


@pytest.mark.parametrize("value", ["no", "No", "on", "off", "yes", "y", "n", "OFF"])
def test_yaml11_booleans(tmp_path: Path, value: str) -> None:
    found = check(tmp_path, f"report:\n  title: {value}\n".encode())
    assert ("PS109", 2, 10) in codes(found)
    assert f'write "{value}" for text' in next(m for c, *_, m in found if c == "PS109")


@pytest.mark.parametrize("value", ["1e3", "1E3", "2.5e-1", "010", "0o17", "0x1F", "1:20", "-017"])
def test_numbers_that_change_meaning_between_yaml_versions(tmp_path: Path, value: str) -> None:
    found = check(tmp_path, VALID_START.encode() + f"facets:\n  - name: f\n    weight: {value}\n".encode())
    assert [c for c, line, *_ in codes(found) if line == 6] == ["PS110"]


def test_quoted_look_alikes_are_plain_text(tmp_path: Path) -> None:
    found = check(tmp_path, b"report:\n  title: 'no'\n  organisation: \"1e3\"\n  year: 2015\n")
    assert {c for c, *_ in found} == {"PS201"}  # only the missing top-level keys


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    content = VALID_START.encode() + b"facets: []\n"
    assert codes(check(tmp_path, content, "--max-bytes", str(len(content) - 1))) == [("PS106", 1, 1)]
    found = check(tmp_path, content, "--max-bytes", str(len(content)))
    assert "PS106" not in [c for c, *_ in found]


def test_a_file_over_the_default_limit_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:  # sparse: 20 MiB + 1 of zeros without writing them
        handle.truncate(20 * 1024 * 1024 + 1)
    result = CliRunner().invoke(cli, ["validate", str(path), "-f", "json"], env=ENV)
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("PS106", 1, 1)
    assert "20,971,521 bytes, over the limit of 20,971,520" in finding["message"]


def test_a_large_invalid_report_never_echoes_its_input(tmp_path: Path) -> None:
    # 2,000 facets whose weight is a 500-character text and whose goals are a number: 4,000 schema errors.
    # pydantic errors are read with include_input=False, and messages show at most 60 characters of a value.
    junk = "x" * 500
    facets = "".join(f"  - name: f{n}\n    weight: {junk}\n    goals: 5\n" for n in range(2_000))
    found = check(tmp_path, VALID_START.encode() + b"facets:\n" + facets.encode())
    assert len(found) == 4_000
    assert {c for c, *_ in found} == {"PS203"}
    assert all(junk not in message and len(message) < 200 for *_, message in found)
    assert found[0][:3] == ("PS203", 6, 13)
    assert found[-1][:3] == ("PS203", 3 * 1_999 + 7, 12)  # the last facet's goals
