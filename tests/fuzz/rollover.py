"""Rollover surface: the example and a small report, with marked comments and line-break variants, rolled
over in-process. The draft must validate with no finding the source lacks beyond PS507/PS508 (nothing
reported yet), and every marked comment must survive."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from click.testing import CliRunner

from perfscore.cli import cli
from tests.paths import EXAMPLE

SMALL = """report: {title: 2015 report, organisation: o, year: 2015}
scoring: {}
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - name: i
            weight: 100
            target: "100"
            actual: "150"
            analysis: |
              done well
            note: n
sections: []
"""
KEPT = re.compile(r"^( *)(?:- )?(?:name|weight|target|id|goals|indicators|note|facets|sections):")
# Known crashes and losses (issue 14): each is one source text.
KNOWN = {
    "tab after a key": ("issue 14 #8", SMALL.replace("name: i", "name:\ti")),
    "explicit keys": ("issue 14 #9", SMALL.replace('actual: "150"', '? actual\n            : "150"')),
    "CR-only line breaks": ("issue 14 #16", SMALL.replace("\n", "\r")),
    "NEL line breaks": ("issue 14 #16", SMALL.replace("\n", "\x85")),
    "comment after a deleted block value": ("issue 14 #17", SMALL.replace(
        "            analysis: |\n              done well\n            note: n",
        "            review:\n              cause: c\n            # keep-after-block\n            note: n")),
}


def with_comments(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        match = KEPT.match(line)
        if match and rng.random() < 0.3:
            out.append(f"{match.group(1)}# keep-{index}")
        out.append(line)
    return "\n".join(out)


def corpus(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    sources = [EXAMPLE.read_text(encoding="utf-8"), SMALL]
    return [with_comments(rng.choice(sources), rng).replace("\n", rng.choice(["\n", "\n", "\r\n"]))
            for _ in range(count)]


def _codes(path: Path) -> tuple[int, set[str]]:
    result = CliRunner().invoke(cli, ["validate", str(path), "-f", "json"], env={"GITHUB_ACTIONS": ""})
    return result.exit_code, {f["code"] for entry in json.loads(result.stdout)["files"] for f in entry["findings"]}


def check(text: str, folder: Path) -> list[str]:
    source, draft = folder / "source.yaml", folder / "draft.yaml"
    source.write_bytes(text.encode("utf-8"))
    draft.unlink(missing_ok=True)
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(draft)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return [f"{text[:60]!r}: rollover crashed: {result.exception!r}"]
    if result.exit_code != 0 or not draft.exists():
        return [f"{text[:60]!r}: rollover refused a valid report: {result.output[-200:]}"]
    _, before = _codes(source)
    _, after = _codes(draft)
    failures = [f"{text[:60]!r}: the draft has new findings {sorted(after - before - {'PS507', 'PS508'})}"
                ] if after - before - {"PS507", "PS508"} else []
    written = draft.read_text(encoding="utf-8")
    lost = [c for c in re.findall(r"# keep-[\w-]+", text) if c not in written]
    return failures + ([f"{text[:60]!r}: comments lost {lost}"] if lost else [])
