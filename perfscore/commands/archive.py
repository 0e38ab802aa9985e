"""`perfscore archive PATH... -o archive.sqlite`: every report found, in one SQLite database, updated
incrementally (perfscore.engine.archive; the schema in docs/archive.md)."""

from __future__ import annotations

import os

import click

from perfscore.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    exclude_option,
    fail,
    info,
    jobs_option,
    max_bytes_option,
    note,
    timed,
    verbosity_options,
)
from perfscore.commands.config import configurable
from perfscore.core import messages
from perfscore.core.errors import PerfscoreError


@click.command("archive")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path(),
              help="The SQLite archive to create or bring up to date (a folder with --format parquet).")
@click.option("--format", "-f", "fmt", type=click.Choice(["sqlite", "parquet"]), default="sqlite", show_default=True,
              help="sqlite: one database file; parquet: a folder with a Parquet file per table (extra: parquet).")
@jobs_option
@exclude_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], output: str, fmt: str, jobs: int, exclude: tuple[str, ...],
            max_bytes: int) -> None:
    """Archive every report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) into the
    SQLite database OUTPUT: tables report, facet, goal, indicator, criterion, section, bonus and finding,
    figures as exact decimal text, stable keys that join the years (the YAML id, else the names), and each
    report's path and sha256. Re-running re-reads only files whose hash changed and removes the reports
    of files no longer found. A report that cannot be scored is kept with its findings. The archive is
    changed in one transaction (a new one is built beside OUTPUT and renamed): never half written.

    --format parquet writes the same tables as OUTPUT/TABLE.parquet (figures as DECIMAL(38, 10), exact; a
    figure that does not fit is refused), built afresh each run. OUTPUT must be missing, empty or an earlier
    Parquet export: a folder holding any other file is refused.

    Exit codes: 0 archived; 2 a path that does not exist, an unreadable file (its last archived report is
    kept; a Parquet folder is left as it was), OUTPUT that is not a perfscore archive, a figure Parquet cannot
    hold, pyarrow missing for --format parquet, or a usage error.
    """
    from perfscore.engine.archive import build
    from perfscore.engine.archive_parquet import build_parquet
    from perfscore.engine.paths import expand_arguments, unique, without_reports

    if fmt == "sqlite" and os.path.isdir(output):
        fail(f"{output}: is a folder; -o names the SQLite archive file (or use --format parquet for a folder)")
    arguments, problems, notices = expand_arguments(paths, exclude)
    for notice in notices:
        info(notice)
    files = unique(arguments)
    try:
        with timed("archive"):
            summary = (build_parquet if fmt == "parquet" else build)(files, output, max_bytes, jobs)
    except (PerfscoreError, OSError) as error:
        fail(str(error))
    for skipped in summary.skipped:
        info(messages.SKIPPED.format(path=skipped.path, reason=skipped.skipped))
    archived = set(files) - {s.path for s in summary.skipped} - {e.split(": ")[0] for e in summary.errors}
    problems += without_reports(arguments, archived)
    for problem in problems + summary.errors:
        note(problem)
    info(f"{output}: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
         f"{summary.removed} removed")
    raise SystemExit(EXIT_USAGE if problems or summary.errors else EXIT_OK)
