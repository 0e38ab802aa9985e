"""The streams a table goes to: a console that cannot encode a character (cp950, a Traditional Chinese
Windows console) degrades instead of crashing, and a piped table takes the terminal's width."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.paths import EXAMPLE_ARG, ROOT

BASE_ENV = {key: value for key, value in os.environ.items()
            if key not in ("COLUMNS", "FORCE_COLOR", "GITHUB_ACTIONS", "PYTHONIOENCODING")}
BASE_ENV["NO_COLOR"] = "1"


def _run(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "perfscore", *args], cwd=ROOT, env={**BASE_ENV, **(env or {})},
                          capture_output="stdout" not in kwargs, timeout=120, check=False, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("draft") / "draft-2016.yaml"
    assert _run("rollover", EXAMPLE_ARG, "-o", str(path)).returncode == 0
    return str(path)


@pytest.mark.parametrize(("args", "code"), [
    (["compute", EXAMPLE_ARG], 0),
    (["compute", EXAMPLE_ARG, "-f", "csv"], 0),
    (["validate", EXAMPLE_ARG], 1),  # the example's two errors, PS302 and PS303
    (["compare", EXAMPLE_ARG, "DRAFT"], 0),
])
def test_cp950_degrades_and_never_crashes(draft: str, args: list[str], code: int) -> None:
    done = _run(*[draft if arg == "DRAFT" else arg for arg in args], env={"PYTHONIOENCODING": "cp950",
                                                                           "COLUMNS": "100"})
    assert b"Traceback" not in done.stderr and b"UnicodeEncodeError" not in done.stderr, done.stderr
    assert done.returncode == code
    text = done.stdout.decode("cp950")  # every byte is valid cp950
    if args[0] == "compute":
        # the example's targets `≥5` and `…達成率 ≥ 75%` (hr-4-1): cp950 has no ≥, so `>=` stands in
        assert ">=5" in text and ">= 75%" in text and "≥" not in text
    if "csv" in args:  # the byte-order mark has no cp950 form: left out, the header intact
        assert text.startswith("面向代碼,面向,")
    else:
        assert "嘉義市政" in text or args[0] == "validate"
    if args[0] == "validate":
        assert "PS302" in text and "PS303" in text


def test_utf8_output_is_untouched() -> None:
    done = _run("compute", EXAMPLE_ARG, env={"PYTHONIOENCODING": "utf-8", "COLUMNS": "100"})
    assert "≥5" in done.stdout.decode("utf-8")


def _pty_of_width(columns: int) -> tuple[int, int]:
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    return controller, terminal


def test_piped_output_takes_the_width_of_the_terminal_on_stderr(tmp_path: Path) -> None:
    """`perfscore compute r.yaml | less`: stdout is a pipe, stderr the 70-column terminal."""
    controller, terminal = _pty_of_width(70)
    try:
        done = _run("compute", EXAMPLE_ARG, stdout=subprocess.PIPE, stderr=terminal)
    finally:
        os.close(terminal)
        os.close(controller)
    widths = [cell_len(line) for line in done.stdout.decode().splitlines()]
    # The widest lines are the wrapped findings (zh-TW, the example's locale): a two-cell character never
    # fits in the last column, so they end at 69 or 70. The rules under the headers stop one short.
    assert max(widths) in (69, 70)


def test_piped_output_without_a_terminal_is_80_columns_and_columns_wins() -> None:
    # a new session has no controlling terminal: a CI job
    done = _run("compute", EXAMPLE_ARG, start_new_session=True, stdin=subprocess.DEVNULL)
    assert max(cell_len(line) for line in done.stdout.decode().splitlines()) in (79, 80)  # as above
    done = _run("compute", EXAMPLE_ARG, env={"COLUMNS": "100"}, start_new_session=True)
    assert 80 < max(cell_len(line) for line in done.stdout.decode().splitlines()) <= 100


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_a_binary_format_is_refused_on_a_terminal_but_not_in_a_pipe(fmt: str) -> None:
    # Before, the workbook's bytes were dumped on the terminal and the run exited 0
    controller, terminal = _pty_of_width(80)
    try:
        done = _run("compute", EXAMPLE_ARG, "--format", fmt, "--lang", "en", stdout=terminal, stderr=subprocess.PIPE)
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == 2
    assert b"binary file, which a terminal cannot show: name a file with -o" in done.stderr
    piped = _run("compute", EXAMPLE_ARG, "--format", fmt)
    assert piped.returncode == 0 and piped.stdout[:2] == b"PK"  # a zip: both workbooks are
