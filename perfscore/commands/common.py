"""Options and helpers shared by the commands: colour, width, language, format, output and exit codes."""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from perfscore.commands.speech import now, said
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.formats import Format, FormatError, FormatWarning, RenderOptions, builtin_names, load
from perfscore.formats.terminal import shown

if TYPE_CHECKING:
    from perfscore.core.analysis import FileReport

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
QUIET, NORMAL, VERBOSE = -1, 0, 1
# Set once per run by `verbosity_options`; read by `info` and `verbose_note` (stderr only, never output).
_run: dict[str, Any] = {"level": NORMAL, "timings": {}}


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


# The options' help texts are catalogue entries (core/catalogue/helpoptions.py, `help.PARAM`), put on them
# in the run's language when help is shown (commands.helptext).
def max_bytes_option(function: Any) -> Any:
    return click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                        show_default=True)(function)


def previous_option(function: Any) -> Any:
    return click.option("--previous", type=click.Path(dir_okay=False), default=None)(function)


def lang_option(function: Any) -> Any:
    return click.option("--lang", type=click.Choice(["zh-TW", "en"]), default=None)(function)


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
    return click.option("--format", "-f", "fmt", type=FormatName(kind), default="table", show_default=True)


def jobs_option(function: Any) -> Any:
    """One `--jobs` for every command that reads many files (engine.pool.workers decides what 0 means)."""
    return click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True)(function)


def exclude_option(function: Any) -> Any:
    return click.option("--exclude", multiple=True, metavar="PATTERN")(function)


def bom_option(function: Any) -> Any:
    return click.option("--bom/--no-bom", default=None)(function)


def wants_bom(bom: bool | None, output: str | None) -> bool:
    """One rule for every CSV: a file written with -o is for a spreadsheet, so it gets the BOM Excel needs;
    standard output goes to a pipe or a terminal, where a BOM is a stray character. --bom/--no-bom win."""
    return bool(output) if bom is None else bom


def output_option(function: Any) -> Any:
    return click.option("--output", "-o", type=click.Path(dir_okay=False))(function)


def publish(fmt: Format, view: Any, options: RenderOptions, output: str | None, inputs: tuple[str, ...],
            color: bool | None = None) -> None:
    """Render `view` and write it (see `emit`); a failure to render or write is a usage error (exit 2). What
    the format warns about (FormatWarning) is shown on stderr once the output is written."""
    import warnings

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", FormatWarning)
            with timed("phase.render"):
                data = fmt.render(view, options)
        with timed("phase.write"):
            emit(data, output, color, inputs)
    except (PerfscoreError, FormatError) as error:
        fail(error)
    for warning in caught:
        if issubclass(warning.category, FormatWarning):
            note(warning.message)
        else:  # not ours to show: hand it back to whatever filters the caller set
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)


def exit_unscorable(reports: list[FileReport], what: str, lang: str | None = None) -> NoReturn:
    """Show on stderr the findings that keep `reports` from being scored, say they cannot be `what`
    (`what`: "scored", "rolled", "template", "filled") until those are fixed, and exit 1. `lang` is the
    command's --lang; the findings are said in the language it resolves to with the reports' locale."""
    from perfscore.commands.language import resolve_lang, shared_locale
    from perfscore.formats.findings import text
    from perfscore.views.findings import findings_view

    language = resolve_lang(lang, shared_locale(report.locale for report in reports))
    options = RenderOptions(lang=language, color=wants_color(sys.stderr), width=terminal_width())
    click.echo(text.render(findings_view(reports), options), err=True, nl=False)
    # the note in the findings' language, so one message does not switch languages halfway
    note(say("run.unscorable", paths=", ".join(report.path for report in reports),
             what=say(f"what.{what}")).text(language))
    raise SystemExit(EXIT_FINDINGS)


def emit(data: str | bytes, output: str | None, color: bool | None = None, inputs: tuple[str, ...] = ()) -> None:
    """Write text (as UTF-8) or bytes to `output` atomically, or to stdout. `color=True` keeps ANSI codes
    that click would strip from a pipe (FORCE_COLOR); None lets click decide. An output that is one of the
    `inputs` is refused: writing a rendering over the report it came from would lose the report."""
    if output:
        from perfscore.commands.output import write_atomic

        if any(_same_file(output, path) for path in inputs):
            raise PerfscoreError(say("output.is_input", path=output))

        write_atomic(output, data)
    else:
        click.echo(data, nl=False, color=color)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def note(message: str | BaseException) -> None:
    """`perfscore: message` on stderr, always (an error, or why the run fails); a path or value in it is
    shown, never obeyed by the terminal."""
    click.echo(f"perfscore: {shown(said(message))}", err=True)


def info(message: str | BaseException) -> None:
    """A note that informs without failing the run (a skipped file, what was written): hidden by -q."""
    if _run["level"] > QUIET:
        note(message)


def verbose_note(message: str | BaseException) -> None:
    """A note for -v only: what configuration was read, how long the run took."""
    if _run["level"] >= VERBOSE:
        note(message)


def quiet() -> bool:
    return bool(_run["level"] <= QUIET)


class timed:  # lower case: read as a `with` statement, like a function
    """`with timed("phase.render"):` adds the block's duration to the -v timings; the phase is a catalogue
    key, named in the run's language when the timings are shown."""

    def __init__(self, phase: str) -> None:
        self.phase = phase

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        timings = _run["timings"]
        timings[self.phase] = timings.get(self.phase, 0.0) + time.perf_counter() - self.start


def verbosity_options(function: Any) -> Any:
    """`-q/--quiet` (only errors: no notices, and `validate` prints error findings without the summary)
    and `-v/--verbose` (the configuration read and the run's timings, on stderr)."""

    @functools.wraps(function)
    def run(*args: Any, quiet: bool, verbose: bool, **kwargs: Any) -> Any:
        if quiet and verbose:
            raise click.UsageError(now("option.quiet_verbose"))
        _run["level"] = QUIET if quiet else VERBOSE if verbose else NORMAL
        _run["timings"] = {}
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            if verbose:  # the phases are named only when shown: a run without -v never renders them
                phases = "".join(now("run.phase", name=now(phase), ms=f"{seconds * 1000:.0f}")
                                 for phase, seconds in _run["timings"].items())
                verbose_note(say("run.timing", total=f"{(time.perf_counter() - start) * 1000:.0f}",
                                 phases=phases))

    run = click.option("--verbose", "-v", is_flag=True)(run)
    return click.option("--quiet", "-q", is_flag=True)(run)


def fail(message: str | BaseException, code: int = EXIT_USAGE) -> NoReturn:
    """Say `message` (a catalogue Message, an error raised with one, or a text) and exit with `code`."""
    note(message)
    raise SystemExit(code)
