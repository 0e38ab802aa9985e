"""The report as CSV (`perfscore compute --format csv`): one row per indicator, the header in the reader's
language, in the dialect of `formats.csvout`."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text

COLUMNS = ("facet_id", "facet", "goal_id", "goal", "indicator_id", "indicator", "weight", "target", "actual",
           "unit", "achievement_pct", "points", "status", "light", "gap", "published_achievement",
           "published_points")


def rows(view: dict[str, Any], lang: str) -> list[list[str]]:
    """The header in the reader's language, then one row per indicator in report order."""
    table = [[label(key, lang) for key in COLUMNS]]
    for facet in view["facets"]:
        for goal in facet["goals"]:
            for indicator in goal["indicators"]:
                published = indicator["published"] or {}
                target = indicator["target"]
                table.append([cell(value) for value in (
                    facet["id"], facet["name"], goal["id"], goal["name"], indicator["id"], indicator["name"],
                    indicator["weight"], target["text"] if target else None, indicator["actual"],
                    indicator["unit"], indicator["achievement"], indicator["points"],
                    label(indicator["status"], lang), label(f"light_{indicator['light']}", lang),
                    indicator["gap"], published.get("achievement"), published.get("points"))])
    return table


def render(view: dict[str, Any], options: RenderOptions) -> str:
    return table_text(rows(view, options.lang), options.bom)
