"""`perfscore compare PATH...`: a league table of reports (departments or years), best total first."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    bom_option,
    exclude_option,
    format_option,
    info,
    jobs_option,
    lang_option,
    max_bytes_option,
    note,
    output_option,
    publish,
    terminal_width,
    timed,
    verbosity_options,
    wants_bom,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang
from perfscore.core.catalogue import say
from perfscore.formats import RenderOptions, load

if TYPE_CHECKING:
    from perfscore.core.analysis import LeagueRow


# --help: the catalogue's help.compare (core/catalogue/help.py), in the run's language
@click.command("compare")
@click.argument("paths", nargs=-1, required=True, type=click.Path())  # a Path: the shell completes file names
@format_option("league")
@lang_option
@jobs_option
@exclude_option
@output_option
@bom_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], fmt: str, lang: str | None, jobs: int, exclude: tuple[str, ...],
            output: str | None, bom: bool | None, max_bytes: int) -> None:
    from perfscore.engine.paths import expand_arguments, unique, without_reports
    from perfscore.views.league import league_view

    arguments, problems, notices = expand_arguments(paths, exclude)
    for notice in notices:
        info(notice)
    files = unique(arguments)
    with timed("phase.read_score"):
        rows = _rows(files, max_bytes, jobs)
    for row in rows:
        if row.skipped is not None:
            info(say("skipped", file=row.file, reason=row.skipped))
    problems += without_reports(arguments, {row.file for row in rows if row.skipped is None and not row.unreadable})
    rows = [row for row in rows if row.skipped is None]
    for problem in problems:
        note(problem)
    if not rows:
        raise SystemExit(EXIT_USAGE)
    locale = next((r.locale for r in rows if r.locale is not None), "zh-TW")
    options = RenderOptions(lang=resolve_lang(lang, locale), color=fmt == "table" and not output and wants_color(),
                            width=terminal_width(), bom=wants_bom(bom, output))
    publish(load("league", fmt), league_view(rows, options.lang), options, output, tuple(files))
    if problems or any(r.unreadable for r in rows):
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if any(not r.scored for r in rows) else EXIT_OK)



def _rows(files: list[str], max_bytes: int, jobs: int) -> list[LeagueRow]:
    """Every file's row; with a progress bar on stderr when it is a terminal."""
    from perfscore.engine.league import build_league

    if not files or not sys.stderr.isatty():
        return build_league(files, max_bytes, jobs)
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=sys.stderr, no_color=not wants_color(sys.stderr))
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("compare", total=len(files))
        return build_league(files, max_bytes, jobs, lambda: progress.advance(task))
