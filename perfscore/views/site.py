"""The views of `perfscore site`'s pages, built from what `compare` and `trend` already compute: the league
view per year for the index (views.league), and the trend view (views.trend) of an agency's totals and of
each of its indicators. Hrefs are relative and chosen by the caller; this module only places them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.analysis import LeagueRow
from perfscore.core.trend import Series
from perfscore.views.league import league_view
from perfscore.views.trend import trend_view


def index_view(rows: list[LeagueRow], agencies: list[dict[str, Any]], reports: dict[str, str],
               lang: str) -> dict[str, Any]:
    """The league table of each year (latest first) and the agencies; `reports` maps a file to its page."""
    by_year: dict[int, list[LeagueRow]] = {}
    for row in rows:
        if row.year is not None and row.scored:
            by_year.setdefault(row.year, []).append(row)
    return {"lang": lang, "reports": reports, "agencies": agencies,
            "years": [{"year": year, "league": league_view(by_year[year], lang)} for year in sorted(by_year,
                                                                                                      reverse=True)],
            "unscored": [row.error or row.file for row in rows if not row.scored]}


def agency_entry(name: str, href: str, total: Series) -> dict[str, Any]:
    """One agency's line on the index: how many years, the latest year's total and the totals' sparkline."""
    totals: list[Decimal | None] = [point.value for point in total.points]
    return {"name": name, "href": href, "years": len(total.points), "latest_year": total.points[-1].year,
            "latest_total": totals[-1], "totals": totals}


def agency_view(organisation: str, href: str, total: Series, indicators: list[tuple[Series, str]],
                reports: dict[int, str], lang: str) -> dict[str, Any]:
    """`indicators` pairs each indicator's series with its page; `reports` maps a year to its report page."""
    return {"lang": lang, "organisation": organisation, "href": href, "reports": reports,
            "trend": trend_view([total], "total", lang),
            "indicators": [{"series": trend_view([line], "indicator", lang)["series"][0], "href": page}
                           for line, page in indicators]}


def indicator_view(organisation: str, agency_href: str, line: Series, reports: dict[int, str],
                   lang: str) -> dict[str, Any]:
    return {"lang": lang, "organisation": organisation, "agency_href": agency_href, "reports": reports,
            "trend": trend_view([line], "indicator", lang)}

