"""The report as CSV (`perfscore compute --format csv`): one row per indicator, the header in the reader's
language, in the dialect of `formats.csvout`.

An unweighted report has no weight or points columns (never a column of blanks that reads as 0); a light
set by hand adds the computed light and the reason beside the light; review stages add one column per
stage (what it recorded for the item: `32 黃燈`), the comments, and a last row with the total after each
stage. Columns appear only where the report needs them, so every other report's CSV stays as it was.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.common import (
    dated_gap,
    is_weighted,
    light_name,
    rubric_sum,
    stage_cell,
    stage_comments,
    status_label,
)
from perfscore.formats.csvout import cell, table_text

COLUMNS = ("facet_id", "facet", "goal_id", "goal", "indicator_id", "indicator", "weight", "target", "actual",
           "unit", "achievement_pct", "points", "status", "light", "gap", "published_achievement",
           "published_points")
# A year in progress (report.as_of) adds these, so every closed year's CSV stays as it was.
PROGRESS = ("progress_aggregate", "progress_to_date", "progress_projection", "progress_status")
OVERRIDE_COLUMNS = ("light_computed_column", "light_reason")


def rows(view: dict[str, Any], lang: str) -> list[list[str]]:
    """The header in the reader's language, then one row per indicator in report order."""
    # An unweighted report has no points: no weight, points or published points column (docs/format.md).
    keys = [key for key in COLUMNS if is_weighted(view) or key not in ("weight", "points", "published_points")]
    indicators = [i for f in view["facets"] for g in f["goals"] for i in g["indicators"]]
    if any("light_computed" in i for i in indicators):
        keys[keys.index("light") + 1:keys.index("light") + 1] = OVERRIDE_COLUMNS
    if any(dated_gap(i) for i in indicators):  # a deadline's gap: 15 what? (months or days)
        keys.insert(keys.index("gap") + 1, "gap_in")
    stages = view.get("stages")
    names = stages["names"] if stages else []
    staged = {item["path"]: item for item in stages["items"]} if stages else {}
    progress = "progress" in view
    table = [[label(key, lang) for key in keys] + names + ([label("stage_comment", lang)] if stages else [])
             + ([label(key, lang) for key in PROGRESS] if progress else [])]

    def add(values: dict[str, Any], path: str | None = None, periods: dict[str, Any] | None = None) -> None:
        item = staged.get(path or "")
        extra = [] if not stages else \
            [stage_cell(item["records"].get(name), lang) if item else None for name in names] + \
            [stage_comments(item) if item else None]
        table.append([cell(values.get(key)) for key in keys] + [cell(value) for value in extra]
                     + (_progress(periods, lang) if progress else []))

    for f_index, facet in enumerate(view["facets"]):
        for g_index, goal in enumerate(facet["goals"]):
            where = {"facet_id": facet["id"], "facet": facet["name"], "goal_id": goal["id"], "goal": goal["name"]}
            g_path = f"facets.{f_index}.goals.{g_index}"
            if goal.get("rubric"):
                _criteria(add, where, goal, g_path, lang)
            for i_index, indicator in enumerate(goal["indicators"]):
                published = indicator["published"] or {}
                target = indicator["target"]
                computed = indicator.get("light_computed")
                computed = None if computed == "none" else computed  # no light of its own: nothing to show
                add({**where, "indicator_id": indicator["id"], "indicator": indicator["name"],
                     "weight": indicator["weight"], "target": target["text"] if target else None,
                     "actual": indicator["actual"], "unit": indicator["unit"],
                     "achievement_pct": indicator["achievement"], "points": indicator["points"],
                     "status": status_label(indicator, lang), "light": light_name(view, indicator["light"], lang),
                     "light_computed_column": light_name(view, computed, lang) if computed else None,
                     "light_reason": indicator.get("light_reason"), "gap": indicator["gap"],
                     "gap_in": dated_gap(indicator),
                     "published_achievement": published.get("achievement"),
                     "published_points": published.get("points")}, f"{g_path}.indicators.{i_index}",
                    indicator.get("periods"))
    if stages:
        table.append([cell(label("stage_total", lang) if key == "indicator" else None) for key in keys]
                     + [cell(stages["totals"][name]) for name in names] + [""]
                     + (["", "", "", ""] if progress else []))
    return table


def _progress(periods: dict[str, Any] | None, lang: str) -> list[str]:
    if periods is None:
        return ["", "", "", ""]
    outlook = None if periods["at_risk"] is None else \
        label("progress_at_risk" if periods["at_risk"] else "progress_on_track", lang)
    return [cell(value) for value in (label(f"aggregate_{periods['aggregate']}", lang), periods["to_date"],
                                      periods["projection"], outlook)]


def _criteria(add: Any, where: dict[str, Any], goal: dict[str, Any], g_path: str, lang: str) -> None:
    """A rubric goal: one row per criterion, its 配分 in the weight column and its 自評 in the points column,
    status 評核項目 (never met or unmet), then the goal's own row with its weight and points."""
    kind = label("criterion", lang)
    for c_index, criterion in enumerate(goal["rubric"]["criteria"]):
        add({**where, "indicator_id": criterion["id"], "indicator": criterion["name"], "weight": criterion["max"],
             "points": criterion["points"], "status": kind}, f"{g_path}.criteria.{c_index}")
    add({**where, "indicator": rubric_sum(goal, lang), "weight": goal["weight"], "points": goal["points"],
         "status": label("rubric_score", lang)}, g_path)


def render(view: dict[str, Any], options: RenderOptions) -> str:
    return table_text(rows(view, options.lang), options.bom)
