"""The one process pool: a function over many files, results in input order, surviving a dead worker.

Both `validate` (`analyze_files`, below) and `compare` (league.py) run through `run_files`, which alone
decides how many processes `--jobs` means. `validate` needs only each file's findings, so the parsed
report and its scores are dropped as soon as a file is done: memory holds one report at a time (per
worker), whatever the number of files.

A worker that dies (killed,
or by the OOM killer) must not hang the run: multiprocessing.Pool waits forever for its results, whereas
concurrent.futures notices the death and ends the other workers. The file the dead worker was on gets
the caller's own failure value, naming it, so the command reports it and exits 2; the files not yet done
are run again in a fresh pool.

Test hook: PERFSCORE_TEST_KILL_WORKER=<file name> makes a worker SIGKILL itself on reaching a file of that
name. It is read only inside workers, never by the parent or a serial run.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Generator, Iterator
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from perfscore.core.analysis import FileReport
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.engine.analyse import Options, analyze_file

if TYPE_CHECKING:
    from concurrent.futures import Future

Result = TypeVar("Result")

# Below this many files a pool costs more to start than it saves (measured: benchmarks/RESULTS.md).
POOL_MIN_FILES = 64
KILL_HOOK = "PERFSCORE_TEST_KILL_WORKER"
DIED = say("pool.died")


def workers(requested: int, files: int) -> int:
    """How many processes to use: `requested` if given (1 = no pool), else (0) one per usable CPU when
    there are enough files to share."""
    if requested:
        return max(1, min(requested, files))
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = os.cpu_count() or 1
    return min(cpus, files) if files >= POOL_MIN_FILES and cpus > 1 else 1


def analyze_files(files: list[str], options: Options, jobs: int = 0) -> Iterator[FileReport | PerfscoreError]:
    """Each file's findings (a FileReport without report or scores), or the error that stopped it."""
    yield from run_files(partial(_findings_only, options=options), files, jobs, _died)


def _findings_only(path: str, options: Options) -> FileReport | PerfscoreError:
    try:
        report = analyze_file(path, options)
    except PerfscoreError as error:
        return error
    return FileReport(report.path, report.findings, skipped=report.skipped, locale=report.locale)


def _died(path: str, why: str) -> FileReport | PerfscoreError:
    return PerfscoreError(say("path.error", path=path, reason=why))


def run_files(function: Callable[[str], Result], files: list[str], jobs: int,
              died: Callable[[str, str], Result]) -> Iterator[Result]:
    """`function` of each file in input order, in as many processes as `jobs` asks (see `workers`).
    `died(path, why)` stands in for each file a worker died on. `function` must be picklable (module level)."""
    count = workers(jobs, len(files))
    if count <= 1 or len(files) < 2:
        yield from map(function, files)
        return
    doomed: set[str] = set()
    todo = files
    while todo:
        with tempfile.TemporaryDirectory(prefix="perfscore-pool-") as board:
            todo = yield from _round(function, todo, count, died, doomed, board)


def _round(function: Callable[[str], Result], files: list[str], count: int, died: Callable[[str, str], Result],
           doomed: set[str], board: str) -> Generator[Result, None, list[str]]:
    """One pool over `files`; returns the files left to do after a worker died (adding the ones it died on
    to `doomed`), or [] once all are done. Each round dooms at least one more file, so rounds end."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork on Linux: workers start with the analysis modules the parent already imported.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    # Chunks amortise the per-task round trip; several per worker keep a slow file from holding up others.
    size = max(1, min(32, len(files) // (count * 8)))
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_start, initargs=(board,))
    try:
        pending: deque[tuple[list[str], Future[list[Result]] | None]] = deque()
        for run in _runs(files, doomed):
            if run[0] in doomed:
                pending.append((run, None))  # not run again: stands in order for its died() values
                continue
            for start in range(0, len(run), size):
                chunk = run[start:start + size]
                pending.append((chunk, pool.submit(_chunk, function, chunk)))
        while pending:  # popped as consumed, so finished results are not all held to the end
            chunk, future = pending.popleft()
            if future is None:
                yield from (died(path, DIED) for path in chunk)
                continue
            try:
                yield from future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)  # the other workers have cleared their notes once they are gone
                left = chunk + [path for later, _ in pending for path in later]
                culprits = _on_board(board) & set(left)
                doomed |= culprits or set(left)  # no name on the board: fail all that is left, to be sure
                return left
        return []
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _runs(files: list[str], doomed: set[str]) -> Iterator[list[str]]:
    """`files` cut into runs of consecutive files that are all doomed or all not."""
    run: list[str] = []
    for path in files:
        if run and (path in doomed) != (run[0] in doomed):
            yield run
            run = []
        run.append(path)
    if run:
        yield run


def _on_board(board: str) -> set[str]:
    """The files workers had started and not finished: each worker keeps its current file's name in
    board/<pid>, cleared when its chunk is done or when it is told to stop."""
    names = set()
    for entry in os.scandir(board):
        with open(entry.path, encoding="utf-8") as note:
            names.add(note.read())
    return names - {""}


_note = ""


def _start(board: str) -> None:
    global _note
    _note = os.path.join(board, str(os.getpid()))
    # The pool ends the other workers with SIGTERM when one dies; they clear their note first, so only
    # the file the dead one was on is blamed and theirs are tried again.
    signal.signal(signal.SIGTERM, _stop)


def _stop(signum: int, frame: object) -> None:
    _write_note("")
    os._exit(1)


def _write_note(text: str) -> None:
    with open(_note, "w", encoding="utf-8") as note:
        note.write(text)


def _chunk(function: Callable[[str], Result], chunk: list[str]) -> list[Result]:
    doomed = os.environ.get(KILL_HOOK)
    results = []
    for path in chunk:
        _write_note(path)
        if doomed and os.path.basename(path) == doomed:
            os.kill(os.getpid(), signal.SIGKILL)
        results.append(function(path))
    _write_note("")
    return results
