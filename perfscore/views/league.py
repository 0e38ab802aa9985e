"""The league view: rows ranked by their share of the most they could score (total / scoring.total), best
first, so a report scored out of 30 and one out of 100 are ranked on the same footing (with one scale for
every row, that is the order of the totals), on facet columns aligned by facet id (else name), so
reports with different facets line up and a missing facet is None.

Python's sort is stable, so equal totals stay in input order. Unweighted reports (scoring.weights: none)
have no total, so no rank: they follow the ranked ones, in input order, with their counts by light; so do
reports not scored yet (a draft, an open year: core/unscored.py), never ranked at 0. Reports that cannot be
scored go last.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.analysis import FacetScore, LeagueRow
from perfscore.core.catalogue import Message
from perfscore.core.decimals import HUNDRED, divide, round_to
from perfscore.core.i18n import ROC_OFFSET, pick
from perfscore.core.unscored import DRAFT
from perfscore.views import SCHEMA_VERSION


def rank(rows: list[LeagueRow]) -> list[LeagueRow]:
    """Best share first; equal shares keep input order (a stable sort); then unweighted rows, then unscored
    rows, each in input order."""
    ranked = sorted((r for r in rows if r.ranked), key=lambda row: -_share(row))
    return ranked + [r for r in rows if r.scored and not r.ranked] + [r for r in rows if not r.scored]


def _share(row: LeagueRow) -> Decimal:
    """The total as a percentage of the report's scale (exact to 50 digits: only ranks compare it)."""
    assert row.total is not None
    scale = row.scale if row.scale is not None else HUNDRED
    return divide(row.total * HUNDRED, scale) if scale > 0 else row.total


def facet_columns(rows: list[LeagueRow]) -> list[FacetScore]:
    """One column per facet key (id, else name), in order of first appearance; the first name is shown."""
    seen: dict[str, FacetScore] = {}
    for row in rows:
        for facet in row.facets:
            seen.setdefault(facet.key, facet)
    return list(seen.values())


def league_view(rows: list[LeagueRow], lang: str) -> dict[str, Any]:
    """Ranked rows as plain data: the `--format json` contract. Equal totals share a rank: 1, 1, 3."""
    columns = facet_columns(rows)
    out = []
    position, previous = 0, None
    for index, row in enumerate(rank(rows), start=1):
        if row.ranked and _share(row) != previous:
            position, previous = index, _share(row)
        scores = {f.key: f.score for f in row.facets}
        out.append({
            "rank": position if row.ranked else None,
            "file": row.file,
            "organisation": pick(row.organisation, row.organisation_en, lang) if row.organisation else None,
            "year": row.year,
            "roc_year": row.year - ROC_OFFSET if row.year is not None else None,
            "total": row.total,
            "scale": row.scale,
            "share": round_to(_share(row), 1) if row.ranked else None,
            "grade": pick(row.grade, row.grade_en, lang) if row.grade else None,
            "facets": [scores.get(column.key) for column in columns] if row.scored else [],
            # a draft has met and missed nothing yet: no counts, rather than 0 and 0
            "met": row.met if row.scored and row.not_scored != DRAFT else None,
            "unmet": row.unmet if row.scored and row.not_scored != DRAFT else None,
            "errors": row.errors,
            "warnings": row.warnings,
            # a row that cannot be scored says why in the reader's language (a Message), or as the error was
            "error": row.error.text(lang) if isinstance(row.error, Message) else row.error,
            # Only on unweighted rows, so that every other row's JSON stays as it was:
            **({"weighted": False, "light_counts": row.light_counts} if not row.weighted else {}),
            **({"not_scored": row.not_scored} if row.not_scored is not None else {}),  # a draft, an open year
        })
    return {"schema_version": SCHEMA_VERSION, "lang": lang,
            "facets": [{"key": c.key, "name": pick(c.name, c.name_en, lang)} for c in columns],
            "rows": out, "mixed_scales": len({r.scale for r in rows if r.ranked}) > 1,
            "scored": sum(1 for r in rows if r.scored),
            "failed": sum(1 for r in rows if not r.scored)}
