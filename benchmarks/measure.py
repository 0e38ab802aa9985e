"""Timing child processes: wall time and peak memory of each run, repeated and interleaved.

Peak memory is measured in a separate run under `/usr/bin/time -f %M` (GNU time): `os.wait4` in this
process would report at least this process's own size, which a forked child inherits until it execs.
With a process pool the figure is the largest single process of the tree (the kernel keeps a maximum,
not a sum).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int
    returncode: int


@dataclass
class Command:
    key: str
    label: str
    argv: list[str]
    reps: int | None = None  # fewer repetitions for slow peers; None = the run's default
    expect: tuple[int, ...] | None = None  # exit codes that mean the run did what it should
    memory: bool = False  # also measure peak RSS (one extra run)
    samples: list[Sample] = field(default_factory=list)
    peak_kb: int | None = None

    @property
    def seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def max_rss_mb(self) -> float | None:
        return self.peak_kb / 1024 if self.peak_kb is not None else None

    @property
    def returncodes(self) -> set[int]:
        return {s.returncode for s in self.samples}


def run_once(argv: list[str]) -> Sample:
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Sample(elapsed, usage.ru_maxrss, process.returncode)


GNU_TIME = "/usr/bin/time"


def peak_kb(argv: list[str]) -> int | None:
    """Peak resident set size of one run, in KiB; None without GNU time."""
    if not os.path.exists(GNU_TIME) or not shutil.which(GNU_TIME):
        return None
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        subprocess.run(
            [GNU_TIME, "-f", "%M", "-o", report.name, *argv],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        text = report.read().strip().splitlines()
    return int(text[-1]) if text and text[-1].isdigit() else None


def interleave(commands: list[Command], reps: int, progress: bool = True) -> None:
    """Run every command `reps` times (or its own `reps`), rotating the order each round, so that slow
    drifts of the machine spread over all commands instead of landing on one."""
    rounds = max([reps, *(c.reps or 0 for c in commands)])
    for index in range(rounds):
        shift = index % len(commands)
        for command in commands[shift:] + commands[:shift]:
            if index < (command.reps or reps):
                command.samples.append(run_once(command.argv))
        if progress:
            print(f"    round {index + 1}/{rounds} done", flush=True)
    for command in commands:
        if command.memory:
            command.peak_kb = peak_kb(command.argv)
        if command.expect is not None and not command.returncodes <= set(command.expect):
            raise SystemExit(
                f"benchmark: {command.label} exited {sorted(command.returncodes)}, "
                f"expected {list(command.expect)}: {' '.join(command.argv)}"
            )
