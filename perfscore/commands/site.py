"""`perfscore site PATH... -o DIR`: a static website of every report found (perfscore.site.build)."""

from __future__ import annotations

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    exclude_option,
    fail,
    info,
    jobs_option,
    lang_option,
    max_bytes_option,
    note,
    timed,
    verbosity_options,
)
from perfscore.commands.config import configurable
from perfscore.commands.speech import current
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError


# --help: the catalogue's help.site (core/catalogue/help.py), in the run's language
@click.command("site")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False))
@lang_option
@jobs_option
@exclude_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], output: str, lang: str | None, jobs: int, exclude: tuple[str, ...],
            max_bytes: int) -> None:
    from perfscore.engine.paths import expand_arguments, unique, without_reports
    from perfscore.site.build import build, describe

    arguments, problems, notices = expand_arguments(paths, exclude)
    for notice in notices:
        info(notice)
    files = unique(arguments)
    try:
        with timed("phase.site"):
            summary = build(files, output, lang, max_bytes, jobs)
    except (PerfscoreError, OSError) as error:
        fail(error)
    for row in summary.skipped:
        info(say("skipped", file=row.file, reason=row.skipped))
    unreadable = [row for row in summary.rows if row.unreadable]
    problems += without_reports(arguments, {row.file for row in summary.rows if not row.unreadable})
    unscored = [row.error or row.file for row in summary.rows if not row.scored]
    for problem in problems + unscored + summary.notes:
        note(problem)
    info(describe(summary, output, current()))  # the years in the language the note is said in
    if problems or unreadable:
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if any(not row.scored for row in summary.rows) else EXIT_OK)
