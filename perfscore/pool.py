"""The one process pool: a function over many files, results in input order, surviving a dead worker.

Both `validate` (batch.py) and `compare` (league.py) run through `run_files`. A worker that dies (killed,
or by the OOM killer) must not hang the run: multiprocessing.Pool waits forever for its results, whereas
concurrent.futures notices the death, ends the other workers and fails what was left. Each file not done
then gets the caller's own failure value, naming it, so the command reports it and exits 2.

Test hook: PERFSCORE_TEST_KILL_WORKER=<file name> makes a worker SIGKILL itself on reaching a file of that
name. It is read only inside workers, never by the parent or a serial run.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from typing import TypeVar

Result = TypeVar("Result")

# Below this many files a pool costs more to start than it saves (measured: benchmarks/RESULTS.md).
POOL_MIN_FILES = 64
KILL_HOOK = "PERFSCORE_TEST_KILL_WORKER"
DIED = "a worker process died (killed, or out of memory?) before this file was done"


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


def run_files(function: Callable[[str], Result], files: list[str], count: int,
              died: Callable[[str, str], Result]) -> Iterator[Result]:
    """`function` of each file in input order, in `count` processes (serially for 1). `died(path, why)`
    stands in for each file a dead worker left undone. `function` must be picklable (module level)."""
    if count <= 1 or len(files) < 2:
        yield from map(function, files)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork on Linux: workers start with the analysis modules the parent already imported.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    # Chunks amortise the per-task round trip; several per worker keep a slow file from holding up others.
    size = max(1, min(32, len(files) // (count * 8)))
    chunks = [files[start:start + size] for start in range(0, len(files), size)]
    pool = ProcessPoolExecutor(count, mp_context=context)
    try:
        pending = deque((chunk, pool.submit(_chunk, function, chunk)) for chunk in chunks)
        while pending:  # popped as consumed, so finished results are not all held to the end
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [died(path, DIED) for path in chunk]
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunk(function: Callable[[str], Result], chunk: list[str]) -> list[Result]:
    doomed = os.environ.get(KILL_HOOK)
    results = []
    for path in chunk:
        if doomed and os.path.basename(path) == doomed:
            os.kill(os.getpid(), signal.SIGKILL)
        results.append(function(path))
    return results
