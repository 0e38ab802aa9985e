"""Options and helpers shared by the commands: colour, width, language, format, output and exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.formats import Format, RenderOptions, builtin_names, load
from perfscore.formats.terminal import shown

if TYPE_CHECKING:
    from perfscore.core.analysis import FileReport

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def wants_color(stream: Any = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def terminal_width() -> int:
    """The width to lay tables out at: COLUMNS when it is set (and sane), else the terminal's, found on
    stdout, stderr or the controlling terminal (so `perfscore compute r.yaml | less` fits the screen less
    shows), else 80, the width a file or a CI log is read at."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and 20 <= int(columns) <= 1000:
        return int(columns)
    for stream in (sys.stdout, sys.stderr):
        try:
            return os.get_terminal_size(stream.fileno()).columns or 80
        except (AttributeError, OSError, ValueError):
            continue  # not a terminal, or a stream without a descriptor (a test's buffer)
    try:
        descriptor = os.open("/dev/tty", os.O_RDONLY | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return 80  # no controlling terminal: a CI job, a cron job, a service
    try:
        return os.get_terminal_size(descriptor).columns or 80
    except OSError:
        return 80
    finally:
        os.close(descriptor)


def max_bytes_option(function: Any) -> Any:
    return click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                        help="Refuse files larger than this many bytes (PS106).")(function)


def lang_option(function: Any) -> Any:
    return click.option("--lang", type=click.Choice(["zh-TW", "en"]), default=None,
                        help="Output language. Default: the report's locale.")(function)


class FormatName(click.Choice):  # type: ignore[type-arg]  # generic from click 8.2 on, plain before
    """`--format NAME` for views of one kind: `--help` lists the built-in formats; a name that is not built
    in is looked up among the installed `perfscore.formats` entry points, and is a usage error (exit 2)
    when there is none."""

    def __init__(self, kind: str) -> None:
        super().__init__(builtin_names(kind))
        self.kind = kind

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value not in self.choices:
            try:
                load(self.kind, value)
                return value
            except LookupError:
                pass  # Choice says what the built-in names are
        return super().convert(value, param, ctx)


def format_option(kind: str) -> Callable[[Any], Any]:
    """`--format/-f NAME`, default `table`, for a command that renders views of `kind`."""
    return click.option("--format", "-f", "fmt", type=FormatName(kind), default="table", show_default=True,
                        help="Output format.")


def output_option(function: Any) -> Any:
    return click.option("--output", "-o", type=click.Path(dir_okay=False),
                        help="Write to this file (atomically).")(function)


def publish(fmt: Format, view: Any, options: RenderOptions, output: str | None, inputs: tuple[str, ...],
            color: bool | None = None) -> None:
    """Render `view` and write it (see `emit`); a failure to render or write is a usage error (exit 2)."""
    try:
        emit(fmt.render(view, options), output, color, inputs)
    except PerfscoreError as error:
        fail(str(error))


def exit_unscorable(reports: list[FileReport], what: str) -> NoReturn:
    """Show on stderr the findings that keep `reports` from being scored, say they cannot be `what`
    ("scored", "rolled over") until those are fixed, and exit 1."""
    from perfscore.formats.findings import text
    from perfscore.views.findings import findings_view

    options = RenderOptions(color=wants_color(sys.stderr), width=terminal_width())
    click.echo(text.render(findings_view(reports), options), err=True, nl=False)
    note(f"{', '.join(report.path for report in reports)} cannot be {what} until the errors above are fixed")
    raise SystemExit(EXIT_FINDINGS)


def emit(data: str | bytes, output: str | None, color: bool | None = None, inputs: tuple[str, ...] = ()) -> None:
    """Write text (as UTF-8) or bytes to `output` atomically, or to stdout. `color=True` keeps ANSI codes
    that click would strip from a pipe (FORCE_COLOR); None lets click decide. An output that is one of the
    `inputs` is refused: writing a rendering over the report it came from would lose the report."""
    if output:
        from perfscore.commands.output import write_atomic

        if any(_same_file(output, path) for path in inputs):
            raise PerfscoreError(f"{output}: refusing to overwrite an input file; choose another -o path")

        write_atomic(output, data)
    else:
        click.echo(data, nl=False, color=color)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def note(message: str) -> None:
    """`perfscore: message` on stderr; a path or value in it is shown, never obeyed by the terminal."""
    click.echo(f"perfscore: {shown(message)}", err=True)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    note(message)
    raise SystemExit(code)
