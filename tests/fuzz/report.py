"""Per-surface fuzz report outside pytest: `python -m tests.fuzz.report [--long]` from the repository root
prints, for loader, scalars, escaping and rollover, the cases tried and the failures (known xfail cases
included, so the count falls to 0 once issue 14 is fixed). Exit code 1 when any case fails."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from tests.fuzz import escaping, loader, rollover, scalars


def _count(cases: Iterable[Callable[[], list[str]]]) -> tuple[int, list[str]]:
    tried, failures = 0, []
    for case in cases:
        tried += 1
        failures += case()
    return tried, failures


def surfaces(folder: Path, scale: int) -> dict[str, tuple[int, list[str]]]:
    plain = escaping.baselines(folder)
    out = {}
    out["loader"] = _count([*(lambda t=t: loader.check(t) for s in range(4 * scale) for t in loader.corpus(s, 300)),
                            *(lambda t=t: loader.check_tag(t) for t in loader.FORBIDDEN_TAGS)])
    texts = [(scalars.check_actual, t) for s in range(3 * scale) for b in (False, True)
             for t in scalars.actual_corpus(s, 400, b)]
    texts += [(scalars.check_target, t) for s in range(3 * scale) for b in (False, True)
              for t in scalars.target_corpus(s, 400, b)]
    texts += [(check, t) for check in (scalars.check_actual, scalars.check_target) for t in scalars.KNOWN_BAD]
    out["scalars"] = _count(lambda c=c, t=t: c(t) for c, t in texts)
    fields = [set(escaping.FIELDS)] + ([{f} for f in escaping.FIELDS] if scale > 1 else [])
    cases = []
    for index, (chosen, name) in enumerate((f, n) for f in fields for n in escaping.PAYLOADS):
        for command in escaping.COMMANDS:
            where = folder / f"e{index}-{command[0]}-{command[1]}"
            where.mkdir()
            cases.append(lambda w=where, c=command, f=chosen, n=name: escaping.check_payload(
                w, f, escaping.PAYLOADS[n], plain, [c]))
    out["escaping"] = _count(cases)
    roll = folder / "roll"
    roll.mkdir()
    out["rollover"] = _count([*(lambda t=t: rollover.check(t, roll) for t in rollover.corpus(1, 12 * scale)),
                              *(lambda t=t: rollover.check(t, roll) for _, t in rollover.KNOWN.values())])
    return out


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        results = surfaces(Path(folder), 10 if "--long" in argv else 1)
    for name, (tried, failures) in results.items():
        print(f"{name:10} {tried:6} cases  {len(failures):5} failures")
        for failure in failures[:5] if "-v" in argv else []:
            print("    " + failure[:160])
    return 1 if any(failures for _, failures in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
