"""Many files, as a stream: the findings of each file in input order, from the process pool when it pays.

`validate` needs only each file's findings, so the parsed report and its scores are dropped as soon as a
file is done: memory holds one report at a time (per worker), whatever the number of files. With many
files and more than one CPU, worker processes (perfscore.engine.pool) analyse them in parallel, in input order.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from perfscore.core.analysis import FileReport
from perfscore.core.errors import PerfscoreError
from perfscore.engine.analyse import Options, analyze_file
from perfscore.engine.pool import POOL_MIN_FILES, run_files, workers

__all__ = ["POOL_MIN_FILES", "analyze_files", "workers"]


def _slim(path: str, options: Options) -> FileReport | PerfscoreError:
    try:
        report = analyze_file(path, options)
    except PerfscoreError as error:
        return error
    return FileReport(report.path, report.findings, skipped=report.skipped)


def _died(path: str, why: str) -> FileReport | PerfscoreError:
    return PerfscoreError(f"{path}: {why}")


def analyze_files(files: list[str], options: Options, jobs: int = 0) -> Iterator[FileReport | PerfscoreError]:
    """Each file's findings (a FileReport without report or scores), or the error that stopped it."""
    count = workers(jobs, len(files))
    if count > 1:
        # Import the analysis modules once here, so that forked workers start with them loaded.
        pass
    yield from run_files(partial(_slim, options=options), files, count, _died)
