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
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError


# --help: the catalogue's help.archive (core/catalogue/help.py), in the run's language
@click.command("archive")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path())
@click.option("--format", "-f", "fmt", type=click.Choice(["sqlite", "parquet"]), default="sqlite", show_default=True)
@jobs_option
@exclude_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], output: str, fmt: str, jobs: int, exclude: tuple[str, ...],
            max_bytes: int) -> None:
    from perfscore.engine.archive import build
    from perfscore.engine.archive_parquet import build_parquet
    from perfscore.engine.paths import expand_arguments, unique, without_reports

    if fmt == "sqlite" and os.path.isdir(output):
        fail(say("archive.sqlite_folder", path=output))
    arguments, problems, notices = expand_arguments(paths, exclude)
    for notice in notices:
        info(notice)
    files = unique(arguments)
    try:
        with timed("phase.archive"):
            summary = (build_parquet if fmt == "parquet" else build)(files, output, max_bytes, jobs)
    except (PerfscoreError, OSError) as error:
        fail(error)
    for skipped in summary.skipped:
        info(say("skipped", file=skipped.path, reason=skipped.skipped))
    archived = set(files) - {s.path for s in summary.skipped} - {e.split(": ")[0] for e in summary.errors}
    problems += without_reports(arguments, archived)
    for problem in problems + summary.errors:
        note(problem)
    info(say("archive.summary", path=output, added=summary.added, updated=summary.updated,
             unchanged=summary.unchanged, removed=summary.removed))
    raise SystemExit(EXIT_USAGE if problems or summary.errors else EXIT_OK)
