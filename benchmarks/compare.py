"""Before/after: the same scenarios run with several perfscore installations, interleaved in one run.

    python -m benchmarks.compare --data DIR before=/tmp/base/.venv/bin/perfscore after=.venv/bin/perfscore

Prints a Markdown table of median times and peak RSS per installation, so the effect of a change is
measured on the same machine at the same moment as its baseline.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import scenarios
from benchmarks.measure import Command, interleave


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare")
    parser.add_argument(
        "installs", nargs="+", metavar="NAME=PERFSCORE", help="a label and a perfscore executable"
    )
    parser.add_argument("--data", type=Path, required=True, help="where the generated inputs are (or go)")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--only", nargs="*", help="cases whose name holds one of these words (e.g. 10k example)")
    args = parser.parse_args()
    inputs = scenarios.write_inputs(args.data, False, args.files)
    cases = {
        "validate example": ["validate", str(scenarios.EXAMPLE)],
        "compute example json": ["compute", str(scenarios.EXAMPLE), "--format", "json"],
        "validate 10k": ["validate", str(inputs["10k"])],
        "compute 10k json": ["compute", str(inputs["10k"]), "--format", "json"],
        "compute 10k html": ["compute", str(inputs["10k"]), "--format", "html"],
        "compute 10k table": ["compute", str(inputs["10k"]), "--format", "table"],
        "compute 10k table --all": ["compute", str(inputs["10k"]), "--format", "table", "--all"],
        "validate folder": ["validate", str(inputs["folder"])],
    }
    if args.only:
        cases = {case: argv for case, argv in cases.items() if any(word in case for word in args.only)}
    commands = [
        Command(f"{case}|{name}", f"{case} ({name})", [executable, *argv], memory=True)
        for case, argv in cases.items()
        for name, executable in (item.split("=", 1) for item in args.installs)
    ]
    interleave(commands, args.reps)
    names = [item.split("=", 1)[0] for item in args.installs]
    print("| scenario | " + " | ".join(f"{n} ms | {n} MB" for n in names) + " |")
    print("|---|" + "---:|---:|" * len(names))
    for case in cases:
        cells = []
        for name in names:
            command = next(c for c in commands if c.key == f"{case}|{name}")
            rss = command.max_rss_mb
            cells += [f"{command.seconds * 1000:,.0f}", f"{rss:,.0f}" if rss is not None else "–"]
        print(f"| {case} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
