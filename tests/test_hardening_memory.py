"""Issue #14, #18 and the JSON encoder: `compute -f json` stays within a bounded multiple of the file size,
and the faster encoder writes exactly the bytes the old one did.

The oracle is the encoder as it was before the rewrite (main at 8be8e3a: one json.dumps per scalar), kept
here so that every output is compared with what it would have written from the same data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import write_report
from perfscore.core.decimals import plain
from perfscore.formats.jsonout import dump_bytes, dumps

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "examples/chiayi-2015-administration.yaml"  # relative: the path is part of the output
# peak RSS above the start-up of the same command on the tiny example, per byte of YAML. Before the fix
# a 4.2 MiB file took about 148 MB above start-up (34x); after it, about 111 MB (25x).
RSS_PER_BYTE = 28


def _run(*args: str, cwd: Path = ROOT) -> tuple[bytes, int]:
    """Run perfscore and return its stdout and its peak RSS in KiB. /usr/bin/time measures the command
    alone; wait4 on our own child would also count this process's size, inherited at the fork."""
    command = [sys.executable, "-m", "perfscore", *args]
    with tempfile.NamedTemporaryFile("r") as report:
        timed = ["/usr/bin/time", "-f", "%M", "-o", report.name] if os.access("/usr/bin/time", os.X_OK) else []
        process = subprocess.Popen([*timed, *command], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert process.stdout is not None
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
        assert process.returncode in (0, 1), args
        return out, int(report.read().split()[-1]) if timed else usage.ru_maxrss


def _oracle(value: Any, indent: int = 2) -> str:
    return "".join(_oracle_parts(value, indent, 0)) + "\n"


def _oracle_parts(value: Any, indent: int, level: int) -> list[str]:
    if isinstance(value, Decimal):
        return [plain(value) if value.is_finite() else "null"]
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return [json.dumps(value, ensure_ascii=False)]
    if isinstance(value, Iterator):
        value = list(value)
    pad, inner = "\n" + " " * (indent * level), "\n" + " " * (indent * (level + 1))
    if isinstance(value, dict):
        if not value:
            return ["{}"]
        parts = ["{"]
        for index, (key, item) in enumerate(value.items()):
            parts += [inner, json.dumps(str(key), ensure_ascii=False), ": ", *_oracle_parts(item, indent, level + 1)]
            if index < len(value) - 1:
                parts.append(",")
        return [*parts, pad, "}"]
    if isinstance(value, list | tuple):
        if not value:
            return ["[]"]
        parts = ["["]
        for index, item in enumerate(value):
            parts += [inner, *_oracle_parts(item, indent, level + 1)]
            if index < len(value) - 1:
                parts.append(",")
        return [*parts, pad, "]"]
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


JSON_COMMANDS = [
    ("compute", EXAMPLE, "-f", "json"),
    ("compute", EXAMPLE, "-f", "json", "--lang", "en"),
    ("validate", EXAMPLE, "-f", "json"),
    ("compare", EXAMPLE, "-f", "json"),
    ("diff", EXAMPLE, EXAMPLE, "-f", "json"),
    ("rules", "-f", "json"),
]
ENCODER_USERS = ["perfscore.formats.report.json", "perfscore.formats.findings.json", "perfscore.formats.league.json",
                 "perfscore.formats.diff.json", "perfscore.formats.jsonout"]  # rules imports it when it runs


def _oracle_bytes(value: Any, indent: int = 2) -> bytes:
    return _oracle(value, indent).encode("utf-8")


def _both_encoders(monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> tuple[bytes, bytes]:
    """The command's output with the new encoder, then with the oracle in every module that encodes."""
    import importlib

    from click.testing import CliRunner

    from perfscore.cli import cli

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    new = CliRunner().invoke(cli, list(args)).stdout_bytes
    for name in ENCODER_USERS:
        module = importlib.import_module(name)
        if hasattr(module, "dumps"):
            monkeypatch.setattr(module, "dumps", _oracle)
        if hasattr(module, "dump_bytes"):
            monkeypatch.setattr(module, "dump_bytes", _oracle_bytes)
    old = CliRunner().invoke(cli, list(args)).stdout_bytes
    return new, old


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=lambda args: " ".join(a for a in args if a != EXAMPLE))
def test_json_outputs_are_byte_identical_to_the_old_encoder(monkeypatch: pytest.MonkeyPatch,
                                                            args: tuple[str, ...]) -> None:
    new, old = _both_encoders(monkeypatch, args)
    assert new[:1] in (b"{", b"[") and new == old


@pytest.fixture(scope="module")
def big_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, bytes, int, int, Path]:
    """(file size, JSON written with -o, peak RSS KiB for it, peak RSS KiB for the tiny example, folder)."""
    folder = tmp_path_factory.mktemp("memory")
    source = write_report(folder / "big.yaml", 10_000)
    _, baseline = _run("compute", EXAMPLE, "-f", "json", "-o", str(folder / "small.json"))
    _, peak = _run("compute", source.name, "-f", "json", "-o", "big.json", cwd=folder)
    return source.stat().st_size, (folder / "big.json").read_bytes(), peak, baseline, folder


def test_generated_10k_compute_json_is_byte_identical_to_the_old_encoder(
        big_run: tuple[int, bytes, int, int, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from perfscore.engine.analyse import analyze_file
    from perfscore.views.report import result_view

    monkeypatch.chdir(big_run[4])  # the file's path is part of the output: analyse it as the run named it
    outcome = analyze_file("big.yaml")
    assert outcome.report is not None and len(outcome.report.facets) > 1
    view = result_view(outcome, outcome.report.report.locale)
    assert big_run[1] == _oracle(view).encode("utf-8")


def test_compute_json_peak_memory_is_a_bounded_multiple_of_the_file_size(
        big_run: tuple[int, bytes, int, int, Path]) -> None:
    size, _, peak, baseline, _ = big_run
    assert size > 4_000_000
    above = peak * 1024 - baseline * 1024
    assert above <= RSS_PER_BYTE * size, f"{above / size:.1f} x the file size above start-up"


TRICKY: list[Any] = [
    "", "plain", "引號\"與\\反斜線", "\x00\x01\x1f\x7f", "\t\n\r\b\f", "\u2028\u2029", "😀 non-BMP", "\ud800",
    "</script>", 0, -1, 10**30, True, False, None, [], {}, [[]], {"": {}}, {"a": [1, {"b": None}]},
    {2: "int key", True: "bool key", None: "none key"},
]


def _str_keys(value: Any) -> Any:
    """The old encoder wrote str(key): True -> "True", None -> "None", where json writes "true", "null"."""
    if isinstance(value, dict):
        return {str(key): _str_keys(item) for key, item in value.items()}
    return [_str_keys(item) for item in value] if isinstance(value, list) else value


@pytest.mark.parametrize("value", TRICKY, ids=repr)
def test_encoder_matches_the_json_module_on_plain_values(value: Any) -> None:
    for data in (value, {"k": [value, {"v": value}]}):
        assert dumps(data) == json.dumps(_str_keys(data), indent=2, ensure_ascii=False) + "\n"


def test_encoder_writes_decimals_exactly_and_non_finite_as_null() -> None:
    value = {"a": Decimal("92.90"), "b": (Decimal("1E+2"), Decimal("NaN"), Decimal("-Infinity")), "c": Decimal("-0")}
    assert dumps(value) == '{\n  "a": 92.9,\n  "b": [\n    100,\n    null,\n    null\n  ],\n  "c": 0\n}\n'
    assert dumps(Decimal("0.000001")) == "0.000001\n"


def test_encoder_refuses_unknown_types() -> None:
    with pytest.raises(TypeError, match="cannot encode set"):
        dumps({"a": {1}})


def test_encoder_writes_a_one_shot_iterator_as_the_list_it_yields() -> None:
    assert dumps({"a": iter([]), "b": (n for n in [1, "x"])}) == dumps({"a": [], "b": [1, "x"]})
    assert dumps({"a": iter([])}) == '{\n  "a": []\n}\n'


@pytest.mark.parametrize("value", [v for v in TRICKY if v != "\ud800"], ids=repr)  # no UTF-8 for a lone surrogate
def test_byte_encoder_writes_the_text_encoders_output_as_utf8(value: Any) -> None:
    for data in (value, {"k": [value, {"v": value}], "big": ["漢字 and ASCII"] * 5000}):
        assert dump_bytes(data) == dumps(data).encode("utf-8")
