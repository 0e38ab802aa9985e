"""The league view: rows ranked by total, best first, and the facet columns they line up on.

Python's sort is stable, so equal totals stay in input order. Reports that cannot be scored go last.
"""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.analysis import FacetScore, LeagueRow


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
