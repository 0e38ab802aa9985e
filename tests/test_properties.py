"""Property tests: the valid example, mutated at random, through the whole CLI in-process.

For every input: exit code 0 or 1, no traceback, output that parses, every finding located at line >= 1
and column >= 1 within the file. Mutations: delete, duplicate, retype, truncate and rename keys and
values in the data, and damage the text (truncate bytes, drop or repeat lines, insert hostile snippets).

CI runs a modest, derandomized number of examples; `pytest -m slow` runs a long one for local use.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from perfscore.cli import cli
from perfscore.core.decimals import plain
from perfscore.engine.analyse import analyze_bytes
from perfscore.readers.registry import read

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "chiayi-2015-administration.yaml"
RAW = EXAMPLE.read_bytes()
DATA = read(RAW, "example").data
CI = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What a value may be retyped to: every kind the loader can produce, and a few that a report cannot hold.
REPLACEMENTS: list[Any] = ["text", "", "90%", ">= 5", "完成", "1e40", "1e999999999", "-1e-999999999", 7, 0, -1, 10**40,
                           Decimal("0.5"), Decimal("-2.25"),
                           Decimal("1." + "0" * 40 + "1"), True, False, None, [], [1, "a"], {}, {"name": "x"}]
SNIPPETS = ["\xff", "&a ", "*a", "!!python/object/apply:os.system ['true'] ", "[", "{", "]", ": ", "\t", "- ",
            "'", '"', "%", "\r", "? ", "no", ".nan", "010", "1e3", "\ufeff", "\x00", "#", "|", ">", "&a [1]\nb: *a"]


class Mutated(bytes):
    """The mutated file, shown by its size and first bytes: hypothesis would otherwise print all 70 kB of a
    failing example (and warn about it). Reproduce one with the printed seed, or write it out in `check`."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes: {bytes(self[:60])!r}...>"


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True  # the loader shares equal Decimals from a cache; the dump must not turn them into aliases


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = plain(value)
    return dumper.represent_scalar("tag:yaml.org,2002:" + ("float" if "." in text else "int"), text)


_Dumper.add_representer(Decimal, _decimal)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


PATHS = paths(DATA)


def parent_of(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


def mutate(data: Any, draw: Any) -> None:
    path = draw(st.sampled_from(PATHS))
    try:
        parent = parent_of(data, path)
        value = parent[path[-1]]
    except (KeyError, IndexError, TypeError):
        return  # an earlier mutation removed or retyped this part
    action = draw(st.sampled_from(["delete", "duplicate", "retype", "truncate", "rename"]))
    key = path[-1]
    if action == "delete":
        del parent[key]
    elif action == "duplicate":
        if isinstance(parent, list):
            parent.insert(key, json.loads(json.dumps(value, default=str)) if isinstance(value, dict | list) else value)
        else:
            parent[f"{key}"] = value  # same key: a no-op here; text-level duplication covers duplicate keys
    elif action == "retype":
        parent[key] = draw(st.sampled_from(REPLACEMENTS))
    elif action == "truncate":
        if isinstance(value, str | list):
            parent[key] = value[: draw(st.integers(0, max(len(value) - 1, 0)))]
        elif isinstance(value, dict):
            parent[key] = dict(list(value.items())[: draw(st.integers(0, max(len(value) - 1, 0)))])
        else:
            parent[key] = draw(st.sampled_from(REPLACEMENTS))
    elif isinstance(parent, dict):
        del parent[key]
        parent[draw(st.sampled_from([f"{key}s", str(key)[:-1] or "x", str(key).upper(), "2015", "no"]))] = value


def damage(raw: bytes, draw: Any) -> bytes:
    action = draw(st.sampled_from(["cut", "drop-line", "repeat-line", "insert"]))
    if action == "cut":
        return raw[: draw(st.integers(0, len(raw)))]
    lines = raw.split(b"\n")
    index = draw(st.integers(0, len(lines) - 1))
    if action == "drop-line":
        del lines[index]
    elif action == "repeat-line":
        lines.insert(index, lines[index])
    else:
        line = lines[index]
        at = draw(st.integers(0, len(line)))
        lines[index] = line[:at] + draw(st.sampled_from(SNIPPETS)).encode("utf-8", "surrogateescape") + line[at:]
    return b"\n".join(lines)


@st.composite
def mutated_reports(draw: Any) -> Mutated:
    if draw(st.booleans()):
        data = json.loads(json.dumps(DATA, default=str))  # a deep copy; Decimals come back below
        data = _restore_decimals(data, DATA)
        for _ in range(draw(st.integers(1, 4))):
            mutate(data, draw)
        raw = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False).encode("utf-8")
    else:
        raw = RAW
    for _ in range(draw(st.integers(0 if raw is not RAW else 1, 3))):
        raw = damage(raw, draw)
    return Mutated(raw)


def _restore_decimals(copy: Any, original: Any) -> Any:
    if isinstance(original, Decimal):
        return original
    if isinstance(original, dict):
        return {key: _restore_decimals(copy[key], value) for key, value in original.items()}
    if isinstance(original, list):
        return [_restore_decimals(item, value) for item, value in zip(copy, original, strict=True)]
    return copy


def check(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "mutated.yaml"
    path.write_bytes(raw)
    # YAML (and so every mark) counts CR, LF, CRLF, NEL, LS and PS as line breaks
    lines = len(re.split("\r\n|[\r\n\x85\u2028\u2029]", raw.decode("utf-8", errors="replace")))
    for fmt in ("json", "text", "github"):
        result = CliRunner().invoke(cli, ["validate", str(path), "-f", fmt], env={"NO_COLOR": "1",
                                                                                  "GITHUB_ACTIONS": ""})
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
        if fmt != "json":
            continue
        payload = json.loads(result.stdout)
        findings = [f for entry in payload["files"] for f in entry["findings"]]
        for finding in findings:
            assert finding["line"] >= 1 and finding["column"] >= 1, finding
            assert finding["line"] <= lines, (finding, lines)
            assert finding["code"].startswith("PS") and finding["message"]
        assert (result.exit_code == 1) == any(f["severity"] == "error" for f in findings)


@CI
@given(raw=mutated_reports())
@example(raw=Mutated(b"\rreport:\n  t"))  # found by the long run: a lone CR is a YAML line break
@example(raw=Mutated(b"report: {title: t}\nfacets:\n- name: f\n  weight: '1e999999999'"))
def test_mutated_reports_never_crash(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    check(raw, tmp_path_factory.mktemp("m"))


@pytest.mark.slow
@LONG
@given(raw=mutated_reports())
def test_mutated_reports_never_crash_long_run(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    check(raw, tmp_path_factory.mktemp("m"))


@st.composite
def mutated_data(draw: Any) -> Mutated:
    data = _restore_decimals(json.loads(json.dumps(DATA, default=str)), DATA)
    for _ in range(draw(st.integers(1, 4))):
        mutate(data, draw)
    return Mutated(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False).encode("utf-8"))


def agree(raw: bytes) -> None:
    """The committed JSON Schema and perfscore agree where JSON Schema can express the rule: a report with
    no loading or schema finding (PS1xx, PS2xx) is valid for the schema, so an editor never marks a report
    perfscore accepts; and one the schema accepts has no missing or unknown key (PS201, PS202)."""
    from test_schema import as_json, validator

    loaded = read(raw, "m.yaml")
    if loaded.data is None:
        return
    codes = {finding.code for finding in analyze_bytes(raw, "m.yaml").findings}
    schema_errors = [(e.message, list(e.absolute_path)) for e in validator().iter_errors(as_json(loaded.data))]
    if not any(code.startswith(("PS1", "PS2")) for code in codes):
        assert schema_errors == [], codes
    if not schema_errors:
        assert not codes & {"PS201", "PS202"}


@CI
@given(raw=mutated_data())
def test_the_json_schema_agrees_with_perfscore(raw: bytes) -> None:
    agree(raw)


@pytest.mark.slow
@LONG
@given(raw=mutated_data())
def test_the_json_schema_agrees_with_perfscore_long_run(raw: bytes) -> None:
    agree(raw)


def test_the_unmutated_round_trip_is_still_the_example(tmp_path: Path) -> None:
    # The data-level mutations start from a dump of the example: make sure that dump is itself faithful.
    raw = yaml.dump(_restore_decimals(json.loads(json.dumps(DATA, default=str)), DATA), Dumper=_Dumper,
                    allow_unicode=True, sort_keys=False).encode("utf-8")
    assert read(raw, "x").data == DATA
    result = CliRunner().invoke(cli, ["validate", str(EXAMPLE), "-f", "json"], env={"GITHUB_ACTIONS": ""})
    path = tmp_path / "dumped.yaml"
    path.write_bytes(raw)
    again = CliRunner().invoke(cli, ["validate", str(path), "-f", "json"], env={"GITHUB_ACTIONS": ""})
    codes = [[f["code"] for f in entry["findings"]] for entry in json.loads(result.stdout)["files"]]
    assert codes == [[f["code"] for f in entry["findings"]] for entry in json.loads(again.stdout)["files"]]
