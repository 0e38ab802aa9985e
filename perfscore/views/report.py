"""The scored report as plain data (dicts, lists, str, Decimal): the one shape every report format reads.

This is also the `--format json` contract, documented in the README. Formats read this view only; they
never recompute a figure.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.analysis import FileReport
from perfscore.core.decimals import exact, plain
from perfscore.core.i18n import ROC_OFFSET, label, pick
from perfscore.core.rubric import RubricResult
from perfscore.core.scoring import GoalResult, IndicatorResult, LineItem
from perfscore.core.target_model import Direction, Target, describe_relative
from perfscore.core.unscored import not_scored_message
from perfscore.views import SCHEMA_VERSION
from perfscore.views.progress import periods_view, progress_view
from perfscore.views.stages import stages_view


def target_text(indicator: IndicatorResult, lang: str) -> str | None:
    """The target as shown; a relative one with where it came from, so that a reader can check it:
    `≥ 81.2%（上年度實際值 80.2% +1個百分點，2015.yaml）`."""
    target, relative = indicator.target, indicator.relative
    if target is None:
        return _unset(indicator, lang) if relative is not None else None
    if relative is None or relative.change is None:
        return target.text
    change = relative.change
    if change.kind == "points":
        moved = f" {change.text.removesuffix('pt')}{label('relative_points', lang)}"
    elif change.kind == "percent":
        sign = "-" if change.amount < 0 else "+"
        moved = f" ×(1{sign}{plain(abs(change.amount))}%)" if lang == "zh-TW" else \
            f" × (1 {sign} {plain(abs(change.amount))}%)"
    else:
        moved = f" {change.text}" if change.text else ""
    origin = f"{label('relative_previous', lang)} {relative.previous_actual}{moved}"
    if lang == "zh-TW":
        return f"{target.text}（{origin}，{relative.file}）"
    return f"{target.text} ({origin}, {relative.file})"


def _unset(indicator: IndicatorResult, lang: str) -> str:
    """A relative target that could not be set, as written (`≥ previous`), or described in the output's
    language when written as a mapping without a text of its own."""
    written = indicator.source.target
    if not isinstance(written, Target):
        return str(written)
    if "text" in written.model_fields_set:
        return written.text
    return describe_relative(written.direction is Direction.LOWER, written.change, written.change_percent,
                             label("relative_previous", lang))


def _relative(indicator: IndicatorResult) -> dict[str, Any]:
    """Where a relative target came from, for the JSON: traceable without reading the previous file."""
    relative = indicator.relative
    assert relative is not None
    change = relative.change
    return {"relative_to": "previous", "previous_file": relative.file, "previous_actual": relative.previous_actual,
            "previous_value": relative.previous_value, "change": change.text if change else None,
            "change_kind": change.kind if change else None, "change_amount": change.amount if change else None,
            "problem": relative.problem}


def _target(indicator: IndicatorResult, lang: str) -> dict[str, Any] | None:
    target = indicator.target
    if target is None:
        # A relative target that could not be set: no target, and the reason (PS611/PS612) in `relative`.
        return {"text": _unset(indicator, lang), "relative": _relative(indicator)} if indicator.relative else None
    data: dict[str, Any] = {"text": target_text(indicator, lang), "direction": target.direction.value,
                            "unit": target.unit}
    if target.direction in (Direction.HIGHER, Direction.LOWER):
        data["value"] = target.value
    elif target.direction is Direction.RANGE:
        data["low"], data["high"] = target.low, target.high
    elif target.direction is Direction.LADDER:
        data["reach"] = target.step_to_reach
        data["steps"] = [{"name": step.name, "value": step.value} for step in target.steps or ()]
    elif target.direction is Direction.BY:
        data["date"] = target.date
    if indicator.relative is not None:  # only on relative targets, so every other report's JSON stays as it was
        data["relative"] = _relative(indicator)
    return data


def gap_unit(indicator: IndicatorResult, lang: str) -> str:
    """The unit a gap is shown in: a deadline's months or days, else the indicator's unit."""
    return label(f"gap_{indicator.gap_unit}", lang) if indicator.gap_unit else indicator.unit


def status(indicator: IndicatorResult) -> str:
    return "unscored" if indicator.met is None else "met" if indicator.met else "unmet"


def indicator_view(indicator: IndicatorResult, lang: str) -> dict[str, Any]:
    source = indicator.source
    review = source.review
    cause, strategy = (review, review) if isinstance(review, str) else \
        ((review.cause, review.strategy) if review is not None else (None, None))
    published = source.published
    return {
        "id": source.id,
        "name": pick(indicator.name, source.name_en, lang),
        "weight": indicator.weight,
        "target": _target(indicator, lang),
        "actual": indicator.actual.text if indicator.actual else None,
        "actual_value": indicator.actual.value if indicator.actual else None,
        "unit": indicator.unit,
        "credit": indicator.rules.credit,
        "achievement": indicator.achievement,
        "achievement_exact": indicator.achievement_raw if indicator.achievement_raw is None
        or indicator.achievement_raw.is_finite() else None,
        "points": indicator.points,
        "status": status(indicator),
        "light": indicator.light,
        "bonus": indicator.bonus,
        "gap": indicator.gap,
        "published": None if published is None else
        {"achievement": published.achievement, "points": published.points,
         # the printed gap as written, only where written, so every other report's JSON stays as it was
         **({"gap": str(published.gap)} if published.gap is not None else {})},
        "analysis": source.analysis,
        "cause": cause,
        "strategy": strategy,
        "note": source.note,
        # Only where written, so that the JSON of every other report stays as it was:
        **({"light_computed": indicator.light_computed, "light_reason": source.light.reason}
           if source.light is not None else {}),
        **({"measure": source.measure} if source.measure is not None else {}),
        # The unit a gap is in where it is not the indicator's own: a deadline's months or days (a date target
        # has no unit of its own); a met indicator's margin (scoring.gaps: all) is shown in it too.
        **({"gap_unit": gap_unit(indicator, lang)}
           if indicator.gap is not None and (indicator.met or indicator.gap_unit) else {}),
        **({"assessment": source.assessment} if source.assessment is not None else {}),
        **({"periods": periods_view(indicator.tracking)} if indicator.tracking is not None else {}),
    }


def goal_view(goal: GoalResult, lang: str, lazy: bool = False) -> dict[str, Any]:
    """With `lazy`, the indicators are a one-shot iterator: a format that reads them once (JSON) then
    holds one indicator's view at a time instead of every one of them."""
    indicators = (indicator_view(i, lang) for i in goal.indicators)
    data: dict[str, Any] = {
        "id": goal.source.id,
        "name": pick(goal.name, goal.source.name_en, lang),
        "weight": goal.weight,
        "declared_weight": goal.declared_weight,
        "indicator_weight": goal.indicator_weight,
        "points": goal.points,
        "bonus_cap": goal.bonus_cap,
        "indicators": indicators if lazy else list(indicators),
    }
    if goal.rubric is not None:  # only on rubric goals, so that every other report's JSON stays as it was
        data["rubric"] = rubric_view(goal.rubric, lang)
    return data


def rubric_view(rubric: RubricResult, lang: str) -> dict[str, Any]:
    """A rubric goal's criteria and the sums its points come from: given / max × weight."""
    return {
        "given": rubric.given, "max": rubric.max, "weight": rubric.weight, "points_exact": rubric.points_exact,
        "criteria": [{"id": c.source.id, "name": pick(c.name, c.source.name_en, lang), "max": c.max,
                      "points": c.points, "given": c.given, "note": c.source.note} for c in rubric.criteria],
    }


def unmet_row(indicator: IndicatorResult, facet_name: str, goal_name: str, lang: str) -> dict[str, Any]:
    view = indicator_view(indicator, lang)
    return {
        "facet": facet_name, "goal": goal_name, "indicator": view["name"],
        "target": target_text(indicator, lang), "actual": view["actual"],
        "achievement": indicator.achievement, "gap": indicator.gap, "unit": gap_unit(indicator, lang),
        "cause": view["cause"], "strategy": view["strategy"],
    }


@exact
def result_view(outcome: FileReport, lang: str, lazy: bool = False) -> dict[str, Any]:
    """Everything a report format needs; `result` and `report` must be present. `lazy`: see goal_view."""
    report, result = outcome.report, outcome.result
    assert report is not None and result is not None
    meta = report.report
    facets: list[dict[str, Any]] = []
    unmet: list[dict[str, Any]] = []
    for facet in result.facets:
        facet_name = pick(facet.name, facet.source.name_en, lang)
        goals = [goal_view(goal, lang, lazy) for goal in facet.goals]
        for goal, goal_data in zip(facet.goals, goals, strict=True):
            for indicator in goal.indicators:
                if indicator.met is False:
                    unmet.append(unmet_row(indicator, facet_name, goal_data["name"], lang))
        facet_data = {"id": facet.source.id, "name": facet_name, "weight": facet.weight, "score": facet.score,
                      "goals": goals}
        facets.append(facet_data if facet.weighted else unweighted_facet(facet_data, facet.light_counts))
    view: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "file": outcome.path,
        "lang": lang,
        "report": {
            "title": pick(meta.title, meta.title_en, lang),
            "organisation": pick(meta.organisation, meta.organisation_en, lang),
            "year": meta.year, "roc_year": meta.year - ROC_OFFSET, "locale": meta.locale,
            "preface": meta.preface, "summary": meta.summary,
        },
        "weight_total": report.scoring.total,
        "total": result.total,
        "grade": pick(result.grade, result.grade_en, lang) if result.grade else None,
        "subtotal": result.subtotal,
        "subtotal_weight": sum((facet.weight for facet in result.facets), Decimal(0)),
        "sections_total": result.section_total,
        "bonus_total": result.bonus_total,
        "deduction_total": result.deduction_total,
        "facets": facets,
        "sections": [dict(_line(item, lang), items=list(section.items))
                     for item, section in zip(result.sections, report.sections, strict=True)],
        "bonus": [_line(item, lang) for item in result.bonuses],
        "counts": {"goals": result.counts.goals, "indicators": result.counts.indicators,
                   "met": result.counts.met, "unmet": result.counts.unmet,
                   "unscored": result.counts.unscored},
        "goal_names": [goal["name"] for facet in facets for goal in facet["goals"]],
        "unmet": unmet,
        "findings": [finding.as_dict(lang) for finding in outcome.findings],
    }
    stages = stages_view(report, result, lang)
    if stages is not None:  # only in a report with review stages, so every other report's JSON stays as it was
        view["stages"] = stages
    progress = progress_view(result, lang)
    if progress is not None:  # only while the year is in progress (report.as_of)
        view["progress"] = progress
    lights = report.scoring.lights
    if lights.names or lights.names_en:
        # A name in the output's language, else the standard one in that language: a report that names its
        # lights only in Chinese (names:, no names_en:) gets green, amber, red and white in English.
        own = (lights.names_en if lang == "en" else lights.names) or {}
        view["light_names"] = {colour: own.get(colour) or label(f"light_{colour}", lang)
                               for colour in ("green", "amber", "red", "white")}
    reason = not_scored_message(result)
    if reason is not None:  # only on a draft or an open year, so a scored report's JSON stays as it was
        view["total"] = None  # never 績效總分 0: formats say 尚未計分 (formats.common.total_text)
        view["not_scored"], view["not_scored_reason"] = result.not_scored, reason.text(lang)
    return view if result.weighted else unweighted(view, result.light_counts)


def unweighted(view: dict[str, Any], light_counts: dict[str, int]) -> dict[str, Any]:
    """An unweighted report (scoring.weights: none): every weight, point and total is None, never 0, so
    that no format prints 權重 0 or 績效總分 0; the counts by light take the total's place."""
    for key in ("weight_total", "total", "subtotal", "subtotal_weight", "sections_total", "bonus_total",
                "deduction_total"):
        view[key] = None
    view["sections"], view["bonus"] = [], []
    view["weighted"] = False
    view["light_counts"] = dict(light_counts)
    return view


def unweighted_facet(facet: dict[str, Any], light_counts: dict[str, int]) -> dict[str, Any]:
    """A facet with no weights (its own weights: none, or the report's): weights and points None, never 0,
    and its counts by light; `weighted: false` only here, so weighted facets' JSON stays as it was."""
    facet["weight"] = facet["score"] = None
    for goal in facet["goals"]:
        goal["weight"] = goal["declared_weight"] = goal["indicator_weight"] = goal["points"] = None
        goal["indicators"] = [dict(i, weight=None, points=None) for i in goal["indicators"]]
    facet["weighted"] = False
    facet["light_counts"] = dict(light_counts)
    return facet


def _line(item: LineItem, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {"name": pick(item.name, item.name_en, lang), "kind": item.kind}
    if item.kind == "section":
        data.update(weight=item.weight, score=item.points)
    else:
        data.update(cap=item.weight, score=item.points, given=item.given)
    return data
