"""In-year tracking as plain data: each indicator's periods (`periods` in its view, only where written, so
every other report's JSON stays as it was) and, while the year is in progress (report.as_of), the progress
table every report format shows: value to date, straight-line projection to the year's end, at risk.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import pick
from perfscore.core.periods import Tracking, shown
from perfscore.core.results import ReportResult


def periods_view(tracking: Tracking) -> dict[str, Any]:
    """An indicator's periods: the values read, and the figures of a year in progress (None when closed,
    or when a PS731 problem stops the projection)."""
    return {
        "aggregate": tracking.aggregate,
        "values": [{"period": period.label, "value": value} for period, value in tracking.values],
        "months": tracking.months,
        "to_date": None if tracking.to_date is None else shown(tracking.to_date),
        "projection": None if tracking.projection is None else shown(tracking.projection),
        "projection_exact": tracking.projection,
        "at_risk": tracking.at_risk,
    }


def progress_view(result: ReportResult, lang: str) -> dict[str, Any] | None:
    """None in a closed year; else every indicator with periods, in report order."""
    if result.as_of is None:
        return None
    items = []
    for facet in result.facets:
        for goal in facet.goals:
            for indicator in goal.indicators:
                tracking = indicator.tracking
                if tracking is None:
                    continue
                items.append({
                    "facet": pick(facet.name, facet.source.name_en, lang),
                    "goal": pick(goal.name, goal.source.name_en, lang),
                    "indicator": pick(indicator.name, indicator.source.name_en, lang),
                    "target": indicator.target.text if indicator.target else None,
                    "unit": indicator.unit,
                    "latest": tracking.values[-1][0].label if tracking.values else None,
                    **periods_view(tracking),
                })
    return {"as_of": result.as_of, "items": items,
            "at_risk": sum(1 for item in items if item["at_risk"])}
