"""Issue #14, the loader's share: explicit tags other than !!str/!!int/!!float are refused where they stand,
deep nesting after a long clean prefix is refused without re-reading the file in pure Python, and control
characters are located where they are, not at 1:1."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.limits import MAX_DEPTH
from perfscore.readers import Source
from perfscore.readers.registry import read
from perfscore.readers.yaml.events import BAIL, fast_load
from perfscore.readers.yaml.exact import exact_load
from perfscore.readers.yaml.reader import load_text
from tests.paths import EXAMPLE


def load(text: str) -> Source:
    return read(text.encode("utf-8"), "t.yaml")


def located(loaded: Source) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in loaded.findings]


# --- 1. explicit tags ------------------------------------------------------------------------------------

REFUSED_TAGS = [  # each tag starts at line 2, column 4 ("b: " is three characters)
    "!!bool 完成",
    "!!bool true",
    "!!timestamp 2015-01-01",
    "!!timestamp whenever",
    "!!null x",
    "!!null ~",
    "!!map {c: 1}",
    "!!seq [1]",
    "!<tag:yaml.org,2002:bool> 完成",
    "! 1",
    "!!binary aGk=",
]


@pytest.mark.parametrize("value", REFUSED_TAGS)
def test_tags_other_than_str_int_float_are_refused_at_the_tag(value: str) -> None:
    loaded = load(f"a: 1\nb: {value}\n")
    assert located(loaded) == [("PS104", 2, 4)]
    assert loaded.data is None


def test_a_tag_handle_spelling_a_standard_tag_is_still_refused() -> None:
    loaded = load("%TAG !e! tag:yaml.org,2002:\n---\na: !e!bool 完成\n")
    assert located(loaded) == [("PS104", 3, 4)]


def test_a_tagged_key_is_refused_without_blaming_its_mapping() -> None:
    # the block mapping and its first key start at the same place; only the key carries the tag
    loaded = load("!!bool k: 1\n")
    assert located(loaded) == [("PS104", 1, 1)]
    assert "bool" in loaded.findings[0].message


@pytest.mark.parametrize(("value", "expected"), [
    ("!!str 1", "1"), ("!!str 完成", "完成"), ("!!str 1e3", "1e3"), ("!!str y", "y"),
    ("!!int 12", 12), ("!!int -3", -3), ("!!float 1.50", Decimal("1.50")), ("!!float 2", Decimal("2")),
    ("!<tag:yaml.org,2002:str> 010", "010"),
])
def test_str_int_and_float_tags_are_read_plainly(value: str, expected: object) -> None:
    loaded = load(f"a: {value}\n")
    assert loaded.findings == []
    assert loaded.data == {"a": expected}
    assert type(loaded.data["a"]) is type(expected)


@pytest.mark.parametrize("value", [
    "!!int abc", "!!int ²", "!!int ١٢٣", "!!int 1.5", "!!int ''", "!!int 完成",
    "!!float abc", "!!float 1١", "!!float 1,000", "!!float ''", "!!float 完成",
])
def test_int_and_float_tags_on_other_text_are_located_findings(value: str) -> None:
    loaded = load(f"a: 1\nb: {value}\n")
    assert located(loaded) == [("PS104", 2, 4)]
    assert "not" in loaded.findings[0].message and value.split()[0] in loaded.findings[0].message


@pytest.mark.parametrize("value", [*REFUSED_TAGS, "!!int abc", "!!float 1,000", "!!str 1"])
def test_both_loaders_agree_on_tags(value: str) -> None:
    text = f"a: 1\nb: {value}\n"
    assert fast_load(text) is BAIL
    assert load_text(text, "t.yaml").findings == exact_load(text, "t.yaml").findings


def test_a_bool_tag_on_a_completion_target_fails_validation(tmp_path: Path) -> None:
    original = EXAMPLE.read_text(encoding="utf-8")
    lines = original.split("\n")
    assert lines[70:72] == ["            target: 100%", "            actual: 100%"]  # lines 71 and 72
    lines[70:72] = ["            target: 完成", "            actual: !!bool 完成"]
    path = tmp_path / "tagged.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path), "-f", "json"], env={"NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    [entry] = json.loads(result.stdout)["files"]
    # twelve spaces and "actual: " are twenty characters: the tag starts at column 21
    assert [(f["code"], f["line"], f["column"]) for f in entry["findings"]] == [("PS104", 72, 21)]


# --- 2. deep nesting after a long clean prefix ----------------------------------------------------------

def _deep_after(lines: int) -> str:
    return "a:\n" + "  - {x: 1}\n" * lines + "b: " + "[" * 2_000 + "\n"


def test_deep_nesting_far_into_a_file_is_not_re_read_in_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole file was re-read by the pure-Python parser")

    monkeypatch.setattr(yaml.SafeLoader, "__init__", refuse)
    text = _deep_after(20_000)  # "b:" is on line 1 + 20,000 + 1
    for loaded in (load_text(text, "t.yaml"), exact_load(text, "t.yaml")):
        assert [(f.code, f.line) for f in loaded.findings] == [("PS107", 20_002)]
        assert loaded.findings[0].column > MAX_DEPTH
        assert loaded.data is None


def test_deep_nesting_near_the_start_is_still_pointed_at_the_first_level_too_deep() -> None:
    text = _deep_after(100)
    # root mapping is level 1; "b: " fills columns 1-3, so the 64th "[" (level 65) is at column 3 + 64
    expected = [("PS107", 102, 3 + MAX_DEPTH)]
    assert located(load_text(text, "t.yaml")) == expected
    assert located(exact_load(text, "t.yaml")) == expected


def test_deep_nesting_after_200000_lines_is_refused_in_a_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(_deep_after(200_000), encoding="utf-8")
    # the timeout only keeps a regression from hanging the run; it asserts no speed
    done = subprocess.run([sys.executable, "-m", "perfscore", "validate", str(path), "-f", "json"],
                          capture_output=True, text=True, timeout=300, env={"NO_COLOR": "1", "PATH": ""})
    assert done.returncode == 1, done.stderr[-2000:]
    [entry] = json.loads(done.stdout)["files"]
    assert [(f["code"], f["line"]) for f in entry["findings"]] == [("PS107", 200_002)]


# --- 3. control characters ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "where"), [
    ("\x07a: 1\n", (1, 1)),
    ("a: 1\nb: x\x00y\n", (2, 5)),
    ("a: 完成\x07\n", (1, 6)),  # a : space 完 成 = five characters before it
    ("a: 1\nb: 2\nc: 嘉義\x7f\n", (3, 6)),
    ("a: 1\nb: '\x80'\n", (2, 5)),
    ("a: 完\ufffe\n", (1, 5)),
    ("a: 1\r\nb: \x9f\n", (2, 4)),
    ("a: 1 # 註解\x01\n", (1, 10)),
    ("名稱: 行政處\n目標:\n  - 完成\x1b\n", (3, 7)),
])
def test_control_characters_are_located_where_they_are(text: str, where: tuple[int, int]) -> None:
    for loaded in (load(text), exact_load(text, "t.yaml")):
        assert [(f.code, f.line, f.column) for f in loaded.findings] == [("PS101", *where)]
        assert loaded.data is None
    character = next(c for c in text if c not in "\t\r\n" and (c < " " or "\x7f" <= c <= "\x9f" or c == "\ufffe"))
    assert f"U+{ord(character):04X}" in load(text).findings[0].message
