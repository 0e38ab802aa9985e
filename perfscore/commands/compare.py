"""`perfscore compare PATH...`: a league table of reports (departments or years), best total first."""

from __future__ import annotations

import sys

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    format_option,
    lang_option,
    max_bytes_option,
    note,
    output_option,
    publish,
    terminal_width,
    wants_color,
)
from perfscore.formats import RenderOptions, load


@click.command("compare")
@click.argument("paths", nargs=-1, required=True)
@format_option("league")
@lang_option
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes; 0 picks one per core (up to 8) for 64 files or more, else 1.")
@output_option
@max_bytes_option
def command(paths: tuple[str, ...], fmt: str, lang: str | None, jobs: int, output: str | None,
            max_bytes: int) -> None:
    """Score every report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) and print
    one row per report: organisation, year, total, grade, facet scores (aligned by facet id, else name),
    met and unmet counts. Sorted by total, best first; equal totals keep the input order. A report that
    cannot be scored is listed last with its first error and does not stop the others.

    Exit codes: 0 every report was scored; 1 some report could not be scored; 2 a path that does not
    exist, a folder without YAML, an unreadable file, or a usage error.
    """
    from perfscore.engine.league import build_league
    from perfscore.engine.paths import expand
    from perfscore.views.league import league_view

    files, problems, notices = expand(paths)
    for problem in notices + problems:
        note(problem)
    if not files:
        raise SystemExit(EXIT_USAGE)
    stderr = sys.stderr
    if stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        console = Console(file=sys.stderr, no_color=not wants_color(stderr))
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("compare", total=len(files))
            rows = build_league(files, max_bytes, jobs, lambda: progress.advance(task))
    else:
        rows = build_league(files, max_bytes, jobs)
    locale = next((r.locale for r in rows if r.locale is not None), "zh-TW")
    options = RenderOptions(lang=lang or locale, color=fmt == "table" and not output and wants_color(),
                            width=terminal_width(), bom=bool(output))
    publish(load("league", fmt), league_view(rows, options.lang), options, output, tuple(files))
    if problems or any(r.unreadable for r in rows):
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if any(not r.scored for r in rows) else EXIT_OK)

