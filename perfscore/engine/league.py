"""`perfscore compare`: one league-table row per report, computed in worker processes when that pays.

A row is plain, picklable data (str, int, Decimal), so workers send back a few hundred bytes rather than
the whole scored report. Rows keep the input order; the ranking is the league view's
(perfscore.views.league).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from perfscore.core.analysis import FacetScore, LeagueRow
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.engine.pool import run_files


def league_row(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LeagueRow:
    """Score one file into a row; never raises for bad data or an unreadable file."""
    from perfscore.engine.analyse import Options, analyze_file

    try:
        # The same rule as validate: a YAML mapping with none of a report's keys is not a report.
        outcome = analyze_file(path, Options(max_bytes=max_bytes, skip_foreign=True))
    except PerfscoreError as error:
        return LeagueRow(path, error=error.message, unreadable=True)
    if outcome.skipped is not None:
        return LeagueRow(path, skipped=outcome.skipped)
    row = LeagueRow(path, errors=outcome.errors, warnings=outcome.warnings)
    report, result = outcome.report, outcome.result
    if report is None or result is None:
        first = outcome.findings[0] if outcome.findings else None
        row.error = say("league.first_error", where=first.located(), code=first.code, message=first.message) \
            if first else say("league.unscorable")
        return row
    meta = report.report
    row.organisation, row.organisation_en, row.year = meta.organisation, meta.organisation_en, meta.year
    row.locale = meta.locale
    row.met, row.unmet = result.counts.met, result.counts.unmet
    if not result.weighted:  # no total, scale or grade to show: never a rank on a total of 0
        row.weighted, row.light_counts = False, dict(result.light_counts)
        return row
    if result.not_scored is not None:  # a draft or an open year: listed after the ranked rows, never at 0
        row.not_scored = result.not_scored
        return row
    row.total, row.grade, row.grade_en = result.total, result.grade, result.grade_en
    row.scale = report.scoring.total
    # An unweighted facet (weights: none) has no score, so no column of 0s.
    row.facets = [FacetScore(f.source.id or f.name, f.name, f.source.name_en, f.score) for f in result.facets
                  if f.weighted]
    return row


def _unreadable(path: str, why: str) -> LeagueRow:
    return LeagueRow(path, error=say("path.error", path=path, reason=why), unreadable=True)


def build_league(files: list[str], max_bytes: int = DEFAULT_MAX_BYTES, jobs: int | None = None,
                 advance: Callable[[], None] | None = None) -> list[LeagueRow]:
    """Rows in input order. `jobs` None or 0 chooses: a process per core for many files, else one."""
    rows = []
    for row in run_files(partial(league_row, max_bytes=max_bytes), files, jobs or 0, _unreadable):
        rows.append(row)
        if advance is not None:
            advance()
    return rows
