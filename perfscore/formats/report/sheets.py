"""The scored report as sheets (`office.sheet`): what `--format xlsx` and `--format ods` write, one layout for
both.

Sheets named and headed in the reader's language: the goals and indicators (one row per indicator,
its facet and goal repeated so a filter or a pivot works, ids in hidden columns for matching rows), the
score breakdown (an unweighted report: the counts by light instead), the counts by light of unweighted
facets and the review stages where the report has them, the review of unmet indicators and the findings.
Weights are numbers as written; points and totals have the report's `scoring.places`, achievements are
percentages with its `scoring.achievement_places` (both read from the figures, which the scoring rounds to
exactly those places).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from perfscore.core.i18n import label
from perfscore.formats.common import (
    LIGHT_SYMBOLS,
    criterion_cells,
    dated_gap,
    heading,
    is_weighted,
    light_name,
    light_text,
    margin_text,
    review_text,
    rubric_sum,
    shown_stage_items,
    stage_comments,
    stage_item_name,
    status_label,
)
from perfscore.formats.office.sheet import Cell, Column, Kind, Sheet


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
    # An unweighted report's breakdown is its counts by light; the other sheets only where there is
    # something to show, so that every other report's workbook stays as it was.
    sheets = [goals_sheet(view, lang, points, achievement),
              breakdown_sheet(view, lang, points) if is_weighted(view) else lights_sheet(view, lang)]
    if is_weighted(view) and not all(is_weighted(facet) for facet in view["facets"]):
        sheets.append(lights_sheet(view, lang))
    if view.get("stages"):
        sheets.append(stages_sheet(view, lang))
    return [*sheets, unmet_sheet(view, lang, achievement), findings_sheet(view, lang)]


def goals_sheet(view: dict[str, Any], lang: str, points: int, achievement: int) -> Sheet:
    """One row per indicator. An unweighted report has no weight, bonus or points columns; a light column
    (both lights where one was set by hand) and a margin column (超前) appear where some indicator needs
    them."""
    def col(key: str, kind: Kind = Kind.TEXT, places: int | None = None, hidden: bool = False) -> Column:
        return Column(label(key, lang), kind, places, hidden)

    indicators = [i for f in view["facets"] for g in f["goals"] for i in g["indicators"]]
    weighted = is_weighted(view)
    lights = not all(is_weighted(facet) for facet in view["facets"]) or any("light_computed" in i for i in indicators)
    margins = any(margin_text(i, lang) for i in indicators)
    # How each indicator is scored, where some is not linear (the default): `perfscore import` reads it back,
    # so an assessed facet's points stay the assessor's (the keyword as the YAML writes it).
    credits = weighted and any(i["credit"] != "linear" for i in indicators)
    columns: list[tuple[Column, Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], Cell]]] = [
        (col("facet_id", hidden=True), lambda f, g, i: f["id"]), (col("facet"), lambda f, g, i: f["name"]),
        *([(col("facet_weight", Kind.NUMBER), lambda f, g, i: f["weight"])] if weighted else []),
        (col("goal_id", hidden=True), lambda f, g, i: g["id"]), (col("goal"), lambda f, g, i: g["name"]),
        *([(col("goal_weight", Kind.NUMBER), lambda f, g, i: None if g["bonus_cap"] is not None else g["weight"]),
           (col("bonus_cap", Kind.NUMBER), lambda f, g, i: g["bonus_cap"])] if weighted else []),
        (col("indicator_id", hidden=True), lambda f, g, i: i["id"]), (col("indicator"), lambda f, g, i: i["name"]),
        *([(col("weight", Kind.NUMBER), lambda f, g, i: i["weight"])] if weighted else []),
        (col("target"), lambda f, g, i: i["target"]["text"] if i["target"] else None),
        (col("actual"), lambda f, g, i: i["actual"]), (col("unit"), lambda f, g, i: i["unit"] or None),
        (col("achievement", Kind.PERCENT, achievement), lambda f, g, i: i["achievement"]),
        *([(col("points", Kind.NUMBER, points), lambda f, g, i: i["points"])] if weighted else []),
        *([(col("credit"), lambda f, g, i: i["credit"])] if credits else []),
        (col("status"), lambda f, g, i: status_label(i, lang)),
        *([(col("light"), lambda f, g, i: light_text(view, i, lang) if i["light"] else None)] if lights else []),
        (col("gap", Kind.NUMBER), lambda f, g, i: i["gap"]),
        *([(col("gap_in"), lambda f, g, i: dated_gap(i))] if any(dated_gap(i) for i in indicators) else []),
        *([(col("margin"), lambda f, g, i: margin_text(i, lang))] if margins else []),
        (col("analysis", Kind.WRAP), lambda f, g, i: i["analysis"]), (col("review", Kind.WRAP),
                                                                      lambda f, g, i: review_text(i))]
    sheet = Sheet(label("sheet_goals", lang), [column for column, _ in columns], title=heading(view["report"], lang))
    for facet in view["facets"]:
        for goal in facet["goals"]:
            for indicator in [*rubric_rows(goal, lang), *goal["indicators"]]:
                sheet.add(*(cell(facet, goal, indicator) for _, cell in columns))
    return sheet


def rubric_rows(goal: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """A rubric goal as rows shaped like indicators, as the CSV shows it: one per criterion (配分 in the
    weight column, 自評 in the points column, both also spelt out in the target and actual columns),
    then the goal's own row with the sum its points come from (`評核分數 86/100 × 20`)."""
    rubric = goal.get("rubric")
    if not rubric:
        return []
    blank = {"target": None, "actual": None, "unit": None, "achievement": None, "light": None, "gap": None,
             "analysis": None, "cause": None, "strategy": None, "credit": "assessed"}
    rows = []
    for criterion in rubric["criteria"]:
        given_max, given = criterion_cells(criterion, lang)
        rows.append({**blank, "id": criterion["id"], "name": criterion["name"], "weight": criterion["max"],
                     "target": {"text": given_max}, "actual": given, "points": criterion["points"],
                     "status": "criterion", "analysis": criterion["note"]})
    rows.append({**blank, "id": None, "name": rubric_sum(goal, lang), "weight": goal["weight"],
                 "points": goal["points"], "status": "rubric_score"})
    return rows


def breakdown_sheet(view: dict[str, Any], lang: str, points: int) -> Sheet:
    """The breakdown as the HTML's 績效總分 table: facets, subtotal, sections, bonus and deduction lines
    (their weight column holds the cap; a deduction's score is negative, as it counts), total and grade.
    An unweighted facet is outside the total's scale and has no line (the lights sheet has it)."""
    sheet = Sheet(label("sheet_breakdown", lang), [Column(label("section", lang)),
                                                    Column(label("weight", lang), Kind.NUMBER),
                                                    Column(label("score", lang), Kind.NUMBER, points)])
    for facet in view["facets"]:
        if is_weighted(facet):
            sheet.add(facet["name"], facet["weight"], facet["score"])
    sheet.add(label("subtotal", lang), view["subtotal_weight"], view["subtotal"])
    for section in view["sections"]:
        sheet.add(section["name"], section["weight"], section["score"])
    for item in view["bonus"]:
        score = item["score"] if item["kind"] == "bonus" else -item["score"]
        sheet.add(f"{label(item['kind'], lang)}{label('colon', lang)}{item['name']}", item["cap"], score)
    sheet.add(label("total", lang), view["weight_total"],
              label("not_scored", lang) if view.get("not_scored") else view["total"])
    if view["grade"]:
        sheet.add(label("grade", lang), None, view["grade"])
    return sheet


def lights_sheet(view: dict[str, Any], lang: str) -> Sheet:
    """Counts by light of each unweighted facet (every facet of an unweighted report, then their sum),
    one column per light by the report's names (`● 綠燈`)."""
    facets = [facet for facet in view["facets"] if not is_weighted(facet)]
    colours = [colour for colour in facets[0]["light_counts"]
               if colour != "none" or any(facet["light_counts"][colour] for facet in facets)]
    sheet = Sheet(label("sheet_lights", lang), [Column(label("facet", lang)), *(
        Column(f"{LIGHT_SYMBOLS[colour]} {light_name(view, colour, lang)}", Kind.NUMBER) for colour in colours)])
    for facet in facets:
        sheet.add(facet["name"], *(Decimal(facet["light_counts"][colour]) for colour in colours))
    if not is_weighted(view) and len(facets) > 1:
        sheet.add(label("light_counts", lang), *(Decimal(view["light_counts"][colour]) for colour in colours))
    return sheet


def stages_sheet(view: dict[str, Any], lang: str) -> Sheet:
    """The review stages side by side: each item whose stages differ (or carry a comment), per stage its
    points (a number) and light, the comments, then the total after each stage."""
    stages = view["stages"]
    names = stages["names"]
    lights = any(record["light"] for item in stages["items"] for record in item["records"].values())
    columns = [Column(label("stage_item", lang))]
    for name in names:
        columns.append(Column(name, Kind.NUMBER))
        if lights:
            columns.append(Column(f"{name} {label('light', lang)}"))
    sheet = Sheet(label("sheet_stages", lang), [*columns, Column(label("stage_comment", lang), Kind.WRAP)])
    for item in shown_stage_items(view):
        cells: list[Cell] = [stage_item_name(item, lang)]
        for name in names:
            record = item["records"].get(name) or {"points": None, "light": None}
            cells.append(record["points"])
            if lights:
                cells.append(label(f"light_{record['light']}", lang) if record["light"] else None)
        sheet.add(*cells, stage_comments(item) or None)
    totals: list[Cell] = [label("stage_total", lang)]
    for name in names:
        totals += [stages["totals"][name], *([None] if lights else [])]
    sheet.add(*totals, None)
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
