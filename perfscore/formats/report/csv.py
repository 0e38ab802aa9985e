"""The report as CSV (`perfscore compute --format csv`): one row per indicator, the header in the reader's
language, in the dialect of `formats.csvout`."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.common import rubric_sum
from perfscore.formats.csvout import cell, table_text

COLUMNS = ("facet_id", "facet", "goal_id", "goal", "indicator_id", "indicator", "weight", "target", "actual",
           "unit", "achievement_pct", "points", "status", "light", "gap", "published_achievement",
           "published_points")
# A year in progress (report.as_of) adds these, so every closed year's CSV stays as it was.
PROGRESS = ("progress_aggregate", "progress_to_date", "progress_projection", "progress_status")


def rows(view: dict[str, Any], lang: str) -> list[list[str]]:
    """The header in the reader's language, then one row per indicator in report order."""
    progress = "progress" in view
    table = [[label(key, lang) for key in COLUMNS + (PROGRESS if progress else ())]]
    for facet in view["facets"]:
        for goal in facet["goals"]:
            if goal.get("rubric"):
                table += _criteria(facet, goal, lang)
            for indicator in goal["indicators"]:
                published = indicator["published"] or {}
                target = indicator["target"]
                table.append([cell(value) for value in (
                    facet["id"], facet["name"], goal["id"], goal["name"], indicator["id"], indicator["name"],
                    indicator["weight"], target["text"] if target else None, indicator["actual"],
                    indicator["unit"], indicator["achievement"], indicator["points"],
                    label(indicator["status"], lang), label(f"light_{indicator['light']}", lang),
                    indicator["gap"], published.get("achievement"), published.get("points"))]
                    + (_progress(indicator.get("periods"), lang) if progress else []))
    width = len(table[0])  # a rubric's rows have no progress columns: left empty
    return [row + [""] * (width - len(row)) for row in table]


def _progress(periods: dict[str, Any] | None, lang: str) -> list[str]:
    if periods is None:
        return ["", "", "", ""]
    outlook = None if periods["at_risk"] is None else \
        label("progress_at_risk" if periods["at_risk"] else "progress_on_track", lang)
    return [cell(value) for value in (label(f"aggregate_{periods['aggregate']}", lang), periods["to_date"],
                                      periods["projection"], outlook)]


def _criteria(facet: dict[str, Any], goal: dict[str, Any], lang: str) -> list[list[str]]:
    """A rubric goal: one row per criterion, its 配分 in the weight column and its 自評 in the points column,
    status 評核項目 (never met or unmet), then the goal's own row with its weight and points."""
    kind = label("criterion", lang)
    table = [[cell(value) for value in (
        facet["id"], facet["name"], goal["id"], goal["name"], criterion["id"], criterion["name"], criterion["max"],
        None, None, None, None, criterion["points"], kind, None, None, None, None)]
        for criterion in goal["rubric"]["criteria"]]
    table.append([cell(value) for value in (
        facet["id"], facet["name"], goal["id"], goal["name"], None, rubric_sum(goal, lang), goal["weight"], None,
        None, None, None, goal["points"], label("rubric_score", lang), None, None, None, None)])
    return table


def render(view: dict[str, Any], options: RenderOptions) -> str:
    return table_text(rows(view, options.lang), options.bom)
