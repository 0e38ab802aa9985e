"""How to add a reader, worked end to end: a small JSON reader is registered for `.json`, and a report in
JSON is then analysed, scored, located and found in folders like a YAML one. Also: the registry picks
readers by suffix, with YAML for any other name.

A reader is any object with `read(raw, name, accept_bom) -> Source`. It turns bad data into findings
(never exceptions) and gives a locator that maps a data path to a line and column in its file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.findings import Finding
from perfscore.core.findings import Path as DataPath
from perfscore.engine.analyse import analyze_bytes, analyze_file
from perfscore.readers import Position, Source
from perfscore.readers.registry import READERS, read, reader_for, register
from perfscore.readers.yaml.reader import YAML
from perfscore.rules import rule
from tests.paths import EXAMPLE


class JsonLocator:
    """Finds the keys of a path in turn by their quoted text and points at the value after the last one.
    Enough for the indented JSON of this test: list indexes are not counted."""

    def __init__(self, text: str) -> None:
        self.text = text

    def locate(self, path: DataPath, key: bool = False) -> Position:
        at = 0
        for step in path:
            if isinstance(step, str):
                found = self.text.find(json.dumps(step, ensure_ascii=False), at)
                if found < 0:
                    break
                at = found
        if not key and path:  # the value: past the key, the colon and the space
            at = self.text.index(":", at) + 2
        line_start = self.text.rfind("\n", 0, at) + 1
        return self.text.count("\n", 0, at) + 1, at - line_start + 1


class JsonReader:
    def read(self, raw: bytes, name: str, accept_bom: bool = False) -> Source:
        try:
            text = raw.decode("utf-8")
            data = json.loads(text, parse_float=Decimal)  # exact decimals, as the YAML reader gives
        except UnicodeDecodeError:
            return Source(name, None, [Finding(name, 1, 1, "PS105", rule("PS105").severity, "not UTF-8")])
        except json.JSONDecodeError as error:
            return Source(name, None, [Finding(name, error.lineno, error.colno, "PS101", rule("PS101").severity,
                                               error.msg)], text)
        return Source(name, data, [], text, JsonLocator(text))


@pytest.fixture
def json_reader() -> Iterator[None]:
    register(".json", JsonReader())
    yield
    del READERS[".json"]


def _example_as_json() -> str:
    data = read(EXAMPLE.read_bytes(), str(EXAMPLE)).data
    return json.dumps(data, ensure_ascii=False, indent=2, default=float) + "\n"  # Decimal -> its shortest repr


def test_a_report_in_json_scores_like_the_same_report_in_yaml(tmp_path: Path, json_reader: None) -> None:
    path = tmp_path / "report.json"
    path.write_text(_example_as_json(), encoding="utf-8")
    from_json, from_yaml = analyze_file(path), analyze_file(EXAMPLE)
    assert from_json.result is not None and from_yaml.result is not None
    assert from_json.result.total == from_yaml.result.total
    assert [f.code for f in from_json.findings] == [f.code for f in from_yaml.findings]
    assert {f.file for f in from_json.findings} == {str(path)}


def test_its_locator_places_the_findings(json_reader: None) -> None:
    text = _example_as_json().replace('"year": 2015', '"year": "next year"', 1)
    outcome = analyze_bytes(text.encode("utf-8"), "r.json")
    [finding] = [f for f in outcome.findings if f.code.startswith("PS2")]
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1:].startswith('"next year"'), (line, finding)


def test_its_bad_data_is_a_finding(json_reader: None) -> None:
    outcome = analyze_bytes(b'{"report": ,}', "r.json")
    assert [(f.code, f.line, f.column) for f in outcome.findings] == [("PS101", 1, 12)]


def test_commands_read_it_and_folders_find_it(tmp_path: Path, json_reader: None) -> None:
    (tmp_path / "a.json").write_text(_example_as_json(), encoding="utf-8")
    (tmp_path / "b.yaml").write_bytes(EXAMPLE.read_bytes())
    result = CliRunner().invoke(cli, ["validate", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1, result.output  # the example's own two weight errors, in each file
    files = [(entry["file"], [f["code"] for f in entry["findings"]]) for entry in json.loads(result.output)["files"]]
    assert files == [(str(tmp_path / "a.json"), ["PS302", "PS303"]), (str(tmp_path / "b.yaml"), ["PS302", "PS303"])]


def test_the_registry_picks_by_suffix_and_falls_back_to_yaml(json_reader: None) -> None:
    assert isinstance(reader_for("x/report.JSON"), JsonReader)
    for name in ("r.yaml", "r.yml", "r.YML", "report.txt", "report", "dir.json/report"):
        assert reader_for(name) is YAML


def test_the_size_limit_holds_for_every_reader(json_reader: None) -> None:
    for name in ("r.json", "r.yaml"):
        source = read(b"{}" + b" " * 100, name, max_bytes=50)
        assert source.data is None and [f.code for f in source.findings] == ["PS106"]
