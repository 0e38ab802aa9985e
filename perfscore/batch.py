"""Many files, as a stream: the findings of each file in input order, from a process pool when it pays.

`validate` needs only each file's findings, so the parsed report and its scores are dropped as soon as a
file is done: memory holds one report at a time (per worker), whatever the number of files. With many
files and more than one CPU, worker processes analyse them in parallel; `imap` keeps the input order and
hands results back as they come, in chunks, so a slow file holds up only its own chunk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from perfscore.errors import PerfscoreError
from perfscore.pipeline import FileReport, Options, analyze_file

# Below this many files a pool costs more to start than it saves (measured: benchmarks/RESULTS.md).
POOL_MIN_FILES = 64


def workers(requested: int, files: int) -> int:
    """How many processes to use: `requested` if given (1 = no pool), else one per usable CPU when
    there are enough files to share."""
    if requested:
        return max(1, min(requested, files))
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = os.cpu_count() or 1
    return min(cpus, files) if files >= POOL_MIN_FILES and cpus > 1 else 1


def _slim(path: str, options: Options) -> FileReport | PerfscoreError:
    try:
        report = analyze_file(path, options)
    except PerfscoreError as error:
        return error
    return FileReport(report.path, report.findings, skipped=report.skipped)


def _work(task: tuple[str, Options]) -> FileReport | PerfscoreError:
    return _slim(*task)


def analyze_files(files: list[str], options: Options, jobs: int = 0) -> Iterator[FileReport | PerfscoreError]:
    """Each file's findings (a FileReport without report or scores), or the error that stopped it."""
    count = workers(jobs, len(files))
    if count == 1:
        for path in files:
            yield _slim(path, options)
        return
    import multiprocessing

    # Import the analysis modules once here, so that forked workers start with them loaded.
    import perfscore.checks
    import perfscore.locate
    import perfscore.schema_errors
    import perfscore.scoring
    import perfscore.yamlfast  # noqa: F401

    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    chunk = max(1, min(32, len(files) // (count * 8)))
    with context.Pool(count) as pool:
        yield from pool.imap(_work, ((path, options) for path in files), chunksize=chunk)
