"""`perfscore compare`: one league-table row per report, computed in worker processes when that pays.

A row is plain, picklable data (str, int, Decimal), so workers send back a few hundred bytes rather than
the whole scored report. Rows keep the input order; `rank` sorts by total, best first, and Python's
sort is stable, so equal totals stay in input order. Reports that cannot be scored go last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from perfscore.errors import PerfscoreError
from perfscore.limits import DEFAULT_MAX_BYTES
from perfscore.pool import run_files, workers


@dataclass(frozen=True)
class FacetScore:
    key: str  # the facet's id, else its name: what columns are aligned on
    name: str
    name_en: str | None
    score: Decimal


@dataclass
class LeagueRow:
    file: str
    organisation: str | None = None
    organisation_en: str | None = None
    year: int | None = None
    locale: str | None = None
    total: Decimal | None = None
    grade: str | None = None
    grade_en: str | None = None
    facets: list[FacetScore] = field(default_factory=list)
    met: int = 0
    unmet: int = 0
    errors: int = 0
    warnings: int = 0
    error: str | None = None  # why the report could not be scored: its first finding
    unreadable: bool = False  # an operational failure (exit 2), not bad data

    @property
    def scored(self) -> bool:
        return self.total is not None


def league_row(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LeagueRow:
    """Score one file into a row; never raises for bad data or an unreadable file."""
    from perfscore.pipeline import Options, analyze_file

    try:
        outcome = analyze_file(path, Options(max_bytes=max_bytes))
    except PerfscoreError as error:
        return LeagueRow(path, error=str(error), unreadable=True)
    row = LeagueRow(path, errors=outcome.errors, warnings=outcome.warnings)
    report, result = outcome.report, outcome.result
    if report is None or result is None:
        first = outcome.findings[0] if outcome.findings else None
        row.error = f"{first.located()}: {first.code} {first.message}" if first else "cannot be scored"
        return row
    meta = report.report
    row.organisation, row.organisation_en, row.year = meta.organisation, meta.organisation_en, meta.year
    row.locale = meta.locale
    row.total, row.grade, row.grade_en = result.total, result.grade, result.grade_en
    row.facets = [FacetScore(f.source.id or f.name, f.name, f.source.name_en, f.score) for f in result.facets]
    row.met, row.unmet = result.counts.met, result.counts.unmet
    return row


def _unreadable(path: str, why: str) -> LeagueRow:
    return LeagueRow(path, error=f"{path}: {why}", unreadable=True)


def build_league(files: list[str], max_bytes: int = DEFAULT_MAX_BYTES, jobs: int | None = None,
                 advance: Callable[[], None] | None = None) -> list[LeagueRow]:
    """Rows in input order. `jobs` None or 0 chooses: a process per core for many files, else one."""
    rows = []
    count = workers(jobs or 0, len(files))
    for row in run_files(partial(league_row, max_bytes=max_bytes), files, count, _unreadable):
        rows.append(row)
        if advance is not None:
            advance()
    return rows


def rank(rows: list[LeagueRow]) -> list[LeagueRow]:
    """Best total first; equal totals keep input order (a stable sort); unscored rows last, in order."""
    scored = sorted((r for r in rows if r.total is not None), key=_descending_total)
    return scored + [r for r in rows if r.total is None]


def _descending_total(row: LeagueRow) -> Decimal:
    assert row.total is not None
    return -row.total


def facet_columns(rows: list[LeagueRow]) -> list[FacetScore]:
    """One column per facet key (id, else name), in order of first appearance; the first name is shown."""
    seen: dict[str, FacetScore] = {}
    for row in rows:
        for facet in row.facets:
            seen.setdefault(facet.key, facet)
    return list(seen.values())
