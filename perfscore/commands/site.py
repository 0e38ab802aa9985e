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
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError


@click.command("site")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False),
              help="The folder of the site: new, empty, or a site written before.")
@lang_option
@jobs_option
@exclude_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], output: str, lang: str | None, jobs: int, exclude: tuple[str, ...],
            max_bytes: int) -> None:
    """Write a static website of every report in PATHS (files, folders searched for *.yaml/*.yml, or glob
    patterns) into the folder OUTPUT: an index, a page per year with its league table, a page per agency
    with its total over the years as a chart, a page per report (as `compute --format html`) and a page per
    indicator with its history (followed across years as `trend` follows it). No script, no request: it
    opens from file:// or any web server, under any path.

    OUTPUT is built beside itself and swapped in, so a failure leaves the last site as it was. Files in
    OUTPUT that the site did not write are kept; a folder that holds files and is not a site is refused.

    Exit codes: 0 every report is on the site; 1 a report could not be scored (listed on the index);
    2 a path that does not exist, an unreadable file, a worker that died (OUTPUT is left as it was), OUTPUT
    that is not a site, or a usage error.
    """
    from perfscore.engine.paths import expand_arguments, unique, without_reports
    from perfscore.site.build import build, describe

    arguments, problems, notices = expand_arguments(paths, exclude)
    for notice in notices:
        info(notice)
    files = unique(arguments)
    try:
        with timed("site"):
            summary = build(files, output, lang, max_bytes, jobs)
    except (PerfscoreError, OSError) as error:
        fail(str(error))
    for row in summary.skipped:
        info(say("skipped", file=row.file, reason=row.skipped))
    unreadable = [row for row in summary.rows if row.unreadable]
    problems += without_reports(arguments, {row.file for row in summary.rows if not row.unreadable})
    unscored = [row.error or row.file for row in summary.rows if not row.scored]
    for problem in problems + unscored + summary.notes:
        note(problem)
    info(describe(summary, output, lang or "en"))
    if problems or unreadable:
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if any(not row.scored for row in summary.rows) else EXIT_OK)
