"""`-` as a path: one report read from standard input, as editors and pre-commit pipes pass a buffer.

`--stdin-filename NAME` is the name its findings are located in (`NAME:12:3`) and picks the reader by
its suffix, as ruff's option does; without it the report is called `-`. Standard input is read up to
--max-bytes + 1, like a file. A terminal on standard input is refused rather than waited on: a user who
typed `-` by mistake would otherwise see the tool hang.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError

if TYPE_CHECKING:
    from perfscore.core.analysis import FileReport
    from perfscore.engine.analyse import Options


def stdin_filename_option(function: Any) -> Any:
    return click.option("--stdin-filename", metavar="NAME", default=None)(function)


def read_stdin(max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes of standard input; PerfscoreError for a terminal or a read failure."""
    stream = sys.stdin
    if stream is None or stream.isatty():
        raise PerfscoreError(say("stdin.terminal"))
    try:
        data: bytes = stream.buffer.read(max_bytes + 1)
    except (OSError, AttributeError) as exc:
        raise PerfscoreError(say("stdin.unreadable", reason=getattr(exc, "strerror", None) or exc)) from exc
    return data


def analyse_stdin(name: str | None, options: Options) -> FileReport:
    """The report on standard input, analysed like a file called `name` (or `-`)."""
    from perfscore.engine.analyse import analyze_bytes

    return analyze_bytes(read_stdin(options.max_bytes), name or "-", options)
