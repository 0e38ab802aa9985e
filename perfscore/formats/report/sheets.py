"""The scored report as sheets (`office.sheet`): what `--format xlsx` and `--format ods` write, one layout for
both.

Four sheets, named and headed in the reader's language: the goals and indicators (one row per indicator,
its facet and goal repeated so a filter or a pivot works, ids in hidden columns for matching rows), the
score breakdown, the review of unmet indicators and the findings. Weights are numbers as written; points
and totals have the report's `scoring.places`, achievements are percentages with its
`scoring.achievement_places` (both read from the figures, which the scoring rounds to exactly those places).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.i18n import label
from perfscore.formats.common import review_text
from perfscore.formats.office.sheet import Column, Kind, Sheet


def places_of(value: Any, default: int = 0) -> int:
    """The decimal places a rounded figure was given (13.9 -> 1, 35 -> 0); `default` for no figure."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return default
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else default


def report_sheets(view: dict[str, Any], lang: str) -> list[Sheet]:
    points = places_of(view["total"], 1)
    achievements = [i["achievement"] for f in view["facets"] for g in f["goals"] for i in g["indicators"]
                    if i["achievement"] is not None]
    achievement = places_of(achievements[0] if achievements else None)
    return [goals_sheet(view, lang, points, achievement), breakdown_sheet(view, lang, points),
            unmet_sheet(view, lang, achievement), findings_sheet(view, lang)]


def goals_sheet(view: dict[str, Any], lang: str, points: int, achievement: int) -> Sheet:
    def col(key: str, kind: Kind = Kind.TEXT, places: int | None = None, hidden: bool = False) -> Column:
        return Column(label(key, lang), kind, places, hidden)

    sheet = Sheet(label("sheet_goals", lang), [
        col("facet_id", hidden=True), col("facet"), col("facet_weight", Kind.NUMBER),
        col("goal_id", hidden=True), col("goal"), col("goal_weight", Kind.NUMBER), col("bonus_cap", Kind.NUMBER),
        col("indicator_id", hidden=True), col("indicator"), col("weight", Kind.NUMBER), col("target"),
        col("actual"), col("unit"), col("achievement", Kind.PERCENT, achievement),
        col("points", Kind.NUMBER, points), col("status"), col("gap", Kind.NUMBER), col("analysis", Kind.WRAP),
        col("review", Kind.WRAP)])
    for facet in view["facets"]:
        for goal in facet["goals"]:
            bonus = goal["bonus_cap"] is not None
            for indicator in goal["indicators"]:
                target = indicator["target"]
                sheet.add(facet["id"], facet["name"], facet["weight"], goal["id"], goal["name"],
                          None if bonus else goal["weight"], goal["bonus_cap"], indicator["id"], indicator["name"],
                          indicator["weight"], target["text"] if target else None, indicator["actual"],
                          indicator["unit"] or None, indicator["achievement"], indicator["points"],
                          label(indicator["status"], lang), indicator["gap"], indicator["analysis"],
                          review_text(indicator))
    return sheet


def breakdown_sheet(view: dict[str, Any], lang: str, points: int) -> Sheet:
    """The breakdown as the HTML's 績效總分 table: facets, subtotal, sections, bonus and deduction lines
    (their weight column holds the cap; a deduction's score is negative, as it counts), total and grade."""
    sheet = Sheet(label("sheet_breakdown", lang), [Column(label("section", lang)),
                                                    Column(label("weight", lang), Kind.NUMBER),
                                                    Column(label("score", lang), Kind.NUMBER, points)])
    for facet in view["facets"]:
        sheet.add(facet["name"], facet["weight"], facet["score"])
    sheet.add(label("subtotal", lang), view["subtotal_weight"], view["subtotal"])
    for section in view["sections"]:
        sheet.add(section["name"], section["weight"], section["score"])
    for item in view["bonus"]:
        score = item["score"] if item["kind"] == "bonus" else -item["score"]
        sheet.add(f"{label(item['kind'], lang)}{label('colon', lang)}{item['name']}", item["cap"], score)
    sheet.add(label("total", lang), view["weight_total"], view["total"])
    if view["grade"]:
        sheet.add(label("grade", lang), None, view["grade"])
    return sheet


def unmet_sheet(view: dict[str, Any], lang: str, achievement: int) -> Sheet:
    keys = ("facet", "goal", "indicator", "target", "actual")
    sheet = Sheet(label("sheet_unmet", lang), [
        *(Column(label(key, lang)) for key in keys), Column(label("achievement", lang), Kind.PERCENT, achievement),
        Column(label("gap", lang), Kind.NUMBER), Column(label("unit", lang)),
        Column(label("review", lang), Kind.WRAP)])
    for row in view["unmet"]:
        sheet.add(*(row[key] for key in keys), row["achievement"], row["gap"], row["unit"] or None,
                  review_text(row))
    return sheet


def findings_sheet(view: dict[str, Any], lang: str) -> Sheet:
    sheet = Sheet(label("sheet_findings", lang), [Column(label(key, lang)) for key in
                                                  ("code", "severity", "location")]
                  + [Column(label("message", lang), Kind.WRAP)])
    for finding in view["findings"]:
        sheet.add(finding["code"], label(finding["severity"], lang),
                  f"{finding['file']}:{finding['line']}:{finding['column']}", finding["message"])
    return sheet
