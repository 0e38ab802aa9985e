"""Issue #14, #18 and the JSON encoder: `compute -f json` stays within a bounded multiple of the file size,
and the faster encoder writes exactly the bytes the old one did.

The golden bytes and hashes were produced by the encoder before it was rewritten (main at 8be8e3a).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import write_report
from perfscore.render.jsonout import dumps

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "examples/chiayi-2015-administration.yaml"  # relative: the path is part of the output
GOLDEN = Path(__file__).resolve().parent / "golden"

# sha256 of the old encoder's output for the other JSON formats on the example
OLD_HASHES = {
    ("compute", EXAMPLE, "-f", "json", "--lang", "en"):
        "a11a8c8b6aa0e98ef8c64bb6b8d9c722135d3064fea50d75a1629f0d71ab4a50",
    ("validate", EXAMPLE, "-f", "json"): "bc28368cb1fae6a8840a5ac5abc4e22b3e538c58edef777127d170edc9efa0da",
    ("compare", EXAMPLE, "-f", "json"): "49f78813e695343eaefe895ac18cb027be59c45505bb74dc8a5983a1ce87bf47",
    ("diff", EXAMPLE, EXAMPLE, "-f", "json"):
        "03c5af3aabe6f6f7aa4d5c2932e99590944d8d24ca6d67a09d12e9f8a28b58ba",
    ("rules", "-f", "json"): "b83977b0db482bccb053b70eabb8498db65f10c125fa4a70abcf5a300a0cf317",
}
# `compute big.yaml -f json` of benchmarks.generate.write_report(big.yaml, 10_000), from the old encoder
GENERATED_10K_HASH = "41b62182a9893a73665f5a37431495024ed0a7ff13d882b06a213ead7535dabb"
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


def test_example_compute_json_is_byte_identical_to_the_old_encoder() -> None:
    out, _ = _run("compute", EXAMPLE, "-f", "json")
    assert out == (GOLDEN / "chiayi-2015-compute.json").read_bytes()


@pytest.mark.parametrize("args", list(OLD_HASHES), ids=lambda args: " ".join(a for a in args if a != EXAMPLE))
def test_other_json_outputs_are_byte_identical_to_the_old_encoder(args: tuple[str, ...]) -> None:
    out, _ = _run(*args)
    assert hashlib.sha256(out).hexdigest() == OLD_HASHES[args]


@pytest.fixture(scope="module")
def big_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, bytes, int, int]:
    """(file size, JSON written with -o, peak RSS KiB for it, peak RSS KiB for the tiny example)."""
    folder = tmp_path_factory.mktemp("memory")
    source = write_report(folder / "big.yaml", 10_000)
    _, baseline = _run("compute", EXAMPLE, "-f", "json", "-o", str(folder / "small.json"))
    _, peak = _run("compute", source.name, "-f", "json", "-o", "big.json", cwd=folder)
    return source.stat().st_size, (folder / "big.json").read_bytes(), peak, baseline


def test_generated_10k_compute_json_is_byte_identical_to_the_old_encoder(
        big_run: tuple[int, bytes, int, int]) -> None:
    assert hashlib.sha256(big_run[1]).hexdigest() == GENERATED_10K_HASH


def test_compute_json_peak_memory_is_a_bounded_multiple_of_the_file_size(
        big_run: tuple[int, bytes, int, int]) -> None:
    size, _, peak, baseline = big_run
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
