"""Scenario (n): a national archive, about 22 local governments × 40 departments × 30 years ≈ 26,000 reports.

`python -m benchmarks --only national [--national 22x40x30]`. Each department is one organisation with a
report per year (1995-2024); a year's report is the generator's 40-indicator report for that department and
year, its indicators' ids made stable (the facet's id and the indicator's place in the facet), so from year
to year the same ids recur with new targets and values (and new names: the generator draws them afresh, and
an id keeps its series through a rename), and `trend` and `site` follow them; a facet that grows adds ids,
one that shrinks ends them (`trend` starts a new series when an id comes back after a gap). Timed one after
another, so the ratios come from one run on one machine state:

- `validate` of the corpus: the reference;
- `archive` cold (a new database), then incremental after 1% of the files changed;
- `site` of the corpus, and of half of it (the governments of the first half), for linearity;
- a trend query: `trend --total` of one department (30 reports), and the docs' "never harder" SQL over the
  whole archive.

Targets: cold archive under 60 s, incremental under 5 s, and the site linear: its time per report on the
whole corpus within 25% of the half's.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from benchmarks import generate
from benchmarks.measure import Command, run_once
from benchmarks.scenarios import ROOT, Result, Target, Tools

FIRST_YEAR = 1995


def write_corpus(folder: Path, governments: int, departments: int, years: int) -> list[Path]:
    """`governments`/<g>/<d>/<year>.yaml; generated once per folder (the same arguments, the same bytes)."""
    done = folder / ".complete"
    paths = [folder / f"g{g:02d}" / f"d{d:02d}" / f"{FIRST_YEAR + y}.yaml"
             for g in range(governments) for d in range(departments) for y in range(years)]
    if done.exists():
        return paths
    for path in paths:
        g, d, year = int(path.parent.parent.name[1:]), int(path.parent.name[1:]), int(path.stem)
        text = generate.report(40, seed=1000 + g * 100 + d, index=year)
        lines = []
        facet, ordinal = "", 0
        for line in text.split("\n"):
            if line.startswith("  - id: "):
                facet, ordinal = line[len("  - id: "):], 0
            elif line.startswith("          - id: "):  # an indicator: named by its place in the facet
                ordinal += 1
                line = f"          - id: {facet}-i{ordinal}"
            elif line.startswith("  organisation: "):
                line = f"  organisation: 第{g + 1:02d}縣市政府第{d + 1:02d}局"
            elif line.startswith("  year: "):
                line = f"  year: {year}"
            elif line.startswith("  title: "):
                line = f"  title: {year - 1911} 年度施政績效報告"
            lines.append(line)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
    done.write_text("", encoding="utf-8")
    return paths


def _timed(command: Command) -> Command:
    command.samples.append(run_once(command.argv))
    if command.expect is not None and not command.returncodes <= set(command.expect):
        raise SystemExit(f"benchmark: {command.label} exited {sorted(command.returncodes)}: {' '.join(command.argv)}")
    return command


def _touch(paths: list[Path]) -> None:
    """Change one figure in each file: the published counts line stays, the preface gains a sentence."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("  preface: |-\n", "  preface: |-\n    本年度資料已更新。\n", 1), encoding="utf-8")


NEVER_HARDER = """
WITH s AS (
  SELECT r.organisation, i.key, r.year, i.direction,
         CAST(i.target_value AS NUMERIC) AS target, CAST(i.actual_value AS NUMERIC) AS actual,
         LAG(CAST(i.target_value AS NUMERIC)) OVER (PARTITION BY r.organisation, i.key ORDER BY r.year) AS before
  FROM indicator AS i JOIN report AS r USING (report_id)
  WHERE i.direction IN ('higher', 'lower') AND i.target_value IS NOT NULL AND i.actual_value IS NOT NULL)
SELECT organisation, key, COUNT(*) FROM s GROUP BY organisation, key
HAVING COUNT(*) >= 2 AND COUNT(DISTINCT direction) = 1
   AND SUM(CASE WHEN direction = 'higher' THEN actual <= target ELSE actual >= target END) = 0
   AND SUM(CASE WHEN before IS NULL THEN 0 WHEN direction = 'higher' THEN target > before
            ELSE target < before END) = 0"""


def national(tools: Tools, data: Path, shape: tuple[int, int, int]) -> Result:
    governments, departments, years = shape
    corpus = data / f"national-{governments}x{departments}x{years}"
    print(f"    generating {governments * departments * years:,} reports in {corpus} ...", flush=True)
    paths = write_corpus(corpus, governments, departments, years)
    half = [corpus / f"g{g:02d}" for g in range(max(1, governments // 2))]
    half_count = len(half) * departments * years
    work = data / "national-out"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    ps = tools.perfscore
    db = work / "archive.sqlite"
    validate = _timed(Command("validate", "perfscore validate (corpus)", [*ps, "validate", str(corpus)], expect=(0,)))
    cold = _timed(Command("cold", "perfscore archive, cold", [*ps, "archive", str(corpus), "-o", str(db)],
                          expect=(0,)))
    changed = paths[:: 100]  # 1%
    _touch(changed)
    warm = _timed(Command("warm", f"perfscore archive, {len(changed)} files changed (1%)",
                          [*ps, "archive", str(corpus), "-o", str(db)], expect=(0,)))
    site = _timed(Command("site", "perfscore site (corpus)", [*ps, "site", str(corpus), "-o", str(work / "site")],
                          expect=(0,)))
    site_half = _timed(Command("site_half", f"perfscore site (half: {half_count:,} reports)",
                               [*ps, "site", *map(str, half), "-o", str(work / "site-half")], expect=(0,)))
    trend = _timed(Command("trend", "perfscore trend --total (one department, 30 reports)",
                           [*ps, "trend", "--total", "-f", "json", str(corpus / "g00" / "d00")], expect=(0,)))
    start = time.perf_counter()
    flagged = sqlite3.connect(db).execute(NEVER_HARDER).fetchall()
    query = time.perf_counter() - start
    count = len(paths)
    result = Result("n", f"(n) national archive: {count:,} reports ({governments} × {departments} × {years})",
                    [validate, cold, warm, site, site_half, trend], "validate")
    per_full, per_half = site.seconds / count, site_half.seconds / half_count
    result.targets += [Target("archive cold", cold.seconds, 60, unit=" s"),
                       Target("archive incremental (1% changed)", warm.seconds, 5, unit=" s"),
                       Target("site: time per report, whole ÷ half", per_full / per_half, 1.25)]
    result.notes += [f"archive cold ÷ validate {cold.seconds / validate.seconds:.2f}, incremental ÷ validate "
                     f"{warm.seconds / validate.seconds:.2f}, site ÷ validate {site.seconds / validate.seconds:.2f}",
                     f"per report: validate {validate.seconds / count * 1e3:.1f} ms, archive "
                     f"{cold.seconds / count * 1e3:.1f} ms, site {per_full * 1e3:.1f} ms "
                     f"(half: {per_half * 1e3:.1f} ms)",
                     f"the 'never harder' SQL of docs/archive.md over the archive: {query:.2f} s, "
                     f"{len(flagged):,} rows",
                     f"site pages: {sum(1 for _ in (work / 'site').rglob('*.html')):,}"]
    return result


def shape(text: str) -> tuple[int, int, int]:
    """`22x40x30` -> (22, 40, 30)."""
    parts = [int(part) for part in text.lower().split("x")]
    if len(parts) != 3 or min(parts) < 1:
        raise ValueError(f"{text!r}: write governments x departments x years, e.g. 22x40x30")
    return parts[0], parts[1], parts[2]


__all__ = ["ROOT", "national", "shape", "write_corpus"]
