"""The JSON Schema of the report format, generated from the pydantic models for editors and other tools.

pydantic's own schema describes what `model_validate` accepts from JSON. A report is YAML read by
perfscore's loader, so a few places are corrected to say what a report may really contain: numbers may
be written as decimal text, percentages as `90%`, a target as shorthand text, a number or a mapping.
Descriptions for editors' hover text live here rather than in the models, keeping model.py about
validation. The output is deterministic (sorted keys, two-space indent, trailing newline) because it is
committed as schemas/perfscore.schema.json and a test compares the two.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from perfscore.core import fields, model

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Exact decimal text pydantic reads for a Decimal (quoted numbers such as "12.5"). ASCII digits only:
# the other forms pydantic tolerates (Arabic-Indic digits, "1e3") are not worth advertising to editors.
_DECIMAL_TEXT = r"^\s*[+-]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)\s*$"
# What fields.read_percent reads: a decimal with optional thousands separators and a trailing % or ％.
_PERCENT_TEXT = r"^\s*[+-]?(?:[0-9][0-9,，]*(?:\.[0-9]*)?|\.[0-9]+)\s*[%％]?\s*$"
_BOUNDS = {"gt": "exclusiveMinimum", "ge": "minimum", "lt": "exclusiveMaximum", "le": "maximum"}

_TARGET_TEXT = ("shorthand: 100%, 250, 120,000, >= 5, ≥5, 85%以上, 5案以上, 執行率80%, <= 7, 3 以下, 3件以內, "
                "80%~90%, 80-90%, 80%至90%, 完成 or done, or a deadline: 113年12月底前, 113年底, 113/12/31, "
                "2024-12-31")

# "Model.field" -> hover text. Fields without an entry keep pydantic's title (and the model's own
# description, where it has one).
DESCRIPTIONS: dict[str, str] = {
    "Report.report": "Who published the report, for which year, and the figures it printed.",
    "Report.scoring": "Report-wide scoring rules; every key is optional.",
    "Report.facets": "The strategic facets (面向), each with its goals and indicators.",
    "Report.sections": "Sections scored by an assessor, such as 施政績效具體事蹟.",
    "Report.bonus": "Report-level bonus (加分) and deduction (扣分) items.",
    "Report.grades": "Grade bands (等第), highest minimum first.",
    "Meta.title": "The report's title, e.g. 104 年度施政績效報告.",
    "Meta.organisation": "The publishing organisation, e.g. 嘉義市政府行政處.",
    "Meta.year": "Gregorian year (2015); shown as ROC year 104 in zh-TW output.",
    "Meta.locale": "Default output language.",
    "Meta.preface": "Optional preface text (前言).",
    "Meta.summary": "Optional overall assessment text (績效總評).",
    "Meta.published": "Figures as printed in the report, audited against the computed ones (PS403, PS404).",
    "Scoring.total": "Facet and section weights must add up to this (PS301).",
    "Scoring.places": "Decimal places for the total (and for points, unless points_places is set).",
    "Scoring.points_places": "Decimal places for indicator points when they differ from the total's: 2 keeps "
                             "26.25 while the total is rounded to places.",
    "Scoring.rounding": "Rounding mode for points and achievements; half_up unless the report says otherwise.",
    "Scoring.achievement_places": "Decimal places for achievement percentages (達成度).",
    "Scoring.achievement_cap": "Upper limit of an achievement, in percent; cascades to facets, goals and indicators.",
    "Scoring.credit": "How an achievement becomes points; cascades.",
    "Scoring.bands": "Credit bands for credit: bands, highest first; below the lowest band earns 0.",
    "Scoring.lights": "Achievement thresholds of the traffic light.",
    "Scoring.accept": "Finding codes this report deliberately accepts; they are not reported.",
    "Facet.weight": "The facet's weight; its goals' weights must add up to it (PS302).",
    "Facet.weights": "none: the facet is scored for achievement, met/unmet and a light only; it has no weight "
                     "and no points, and the report's total (scoring.total) leaves it out.",
    "Facet.published": "The facet's points as printed (權分合計), audited (PS403).",
    "Goal.weight": "Declared weight; must equal the sum of its indicators' weights (PS303). Derived when omitted.",
    "Goal.bonus_cap": "Makes this a bonus goal (加分): its points go to the bonus line, capped at this.",
    "Indicator.weight": "The indicator's weight (權分); required except in bonus goals.",
    "Indicator.target": "The target (目標值): " + _TARGET_TEXT + "; or a mapping with direction:.",
    "Indicator.actual": "The actual value (實際值): a number, a number with its unit (63%, 8案), or true/false "
                        "for a done target. Omit it in a draft (PS507).",
    "Indicator.unit": "The unit, when neither the target nor the actual text carries it.",
    "Indicator.points": "Points given by an assessor, for credit: assessed.",
    "Indicator.published": "Achievement (達成度), points (項目權分), light and gap (差異值) as printed, audited "
                           "(PS401, PS402, PS406, PS407).",
    "Published.gap": "The gap (差異值) as printed: actual − target, signed, in the indicator's unit (-7%, +2天; "
                     "a deadline's in 月 or 天, late positive), or 超前/落後 and its size (超前 16.46%).",
    "Indicator.analysis": "績效衡量暨達成情形分析.",
    "Indicator.review": "未達成原因分析暨因應策略 for an unmet indicator: one text, or cause: and strategy:.",
    "Indicator.note": "Free text, carried over by rollover. It does not justify a lowered target: that is "
                      "justification:.",
    "StructuredTarget.direction": "higher or lower is better, within a range, done or not, or a milestone ladder.",
    "StructuredTarget.value": "The value to reach (higher) or not to exceed (lower).",
    "StructuredTarget.low": "Lower end of a range target.",
    "StructuredTarget.high": "Upper end of a range target.",
    "StructuredTarget.text": "The target as displayed; defaults to one built from the other keys.",
    "StructuredTarget.steps": "The milestones of a ladder, in order, each with its value.",
    "StructuredTarget.reach": "The ladder step to reach; the last one by default.",
    "StructuredTarget.date": "The deadline of a `by` target: 2024-12-31, 2024-12, 113/12/31, 113年12月 or 113年底 "
                             "(a month means its last day).",
    "StructuredTarget.relative_to": "previous: the target is the previous year's actual value (report.previous or "
                                    "--previous), matched by id or name as diff matches; direction defaults to higher.",
    "StructuredTarget.change": "A relative target's change in the indicator's unit (+5, +5件, -1天), or in "
                               "percentage points on a percent indicator (+1pt, +1個百分點); +1% is refused as "
                               "ambiguous (PS611).",
    "StructuredTarget.change_percent": "A relative target's change in percent of the previous year's actual "
                                       "(2 means × 1.02; -2 means × 0.98).",
    "Meta.previous": "The previous year's report, relative to this file, whose actual values relative targets "
                     "are set from; --previous overrides it.",
    "Scoring.late_deduction": "Deadline targets: percent of the achievement deducted per month (or part of one) "
                              "late; without it a late deadline earns 0. Cascades.",
    "Section.points": "Points given by the assessor, between 0 and the weight.",
    "Section.items": "The listed achievements (具體事蹟).",
    "BonusItem.kind": "A bonus adds to the total, a deduction subtracts from it.",
    "BonusItem.cap": "The most this item can add or subtract (PS503).",
    "Grade.min": "The lowest total that earns this grade.",
}

# Structured targets: which keys each direction needs (model.Target._complete).
_NEEDS = {"higher": ["value"], "lower": ["value"], "range": ["low", "high"], "ladder": ["steps"]}


class _ReportSchema(GenerateJsonSchema):
    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        return _number_or_text(_DECIMAL_TEXT, "a number, or decimal text such as \"12.5\"", schema)

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        function = schema.get("function", {}).get("function")
        inner = schema["schema"]
        if function is fields.read_percent and inner.get("type") == "decimal":
            return _number_or_text(_PERCENT_TEXT, "a percentage: a number (90) or text (90%)", inner)
        return super().function_before_schema(schema)

    def encode_default(self, dft: Any) -> Any:
        if isinstance(dft, Decimal) and dft == dft.to_integral_value():
            return int(dft)  # 100, not "100": a default shown in an editor should look like what one writes
        return super().encode_default(dft)


def _number_or_text(pattern: str, description: str, schema: Any) -> JsonSchemaValue:
    number: dict[str, Any] = {"type": "number"}
    for bound, keyword in _BOUNDS.items():
        if schema.get(bound) is not None:
            number[keyword] = _json_number(schema[bound])
    return {"anyOf": [number, {"type": "string", "pattern": pattern}], "description": description}


def _json_number(value: Any) -> int | str:
    if isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral_value()):
        return int(value)
    raise ValueError(f"bound {value!r} is not a whole number; write it into the schema by hand")


def generate() -> dict[str, Any]:
    """The JSON Schema as a plain dict."""
    schema = model.Report.model_json_schema(schema_generator=_ReportSchema)
    definitions: dict[str, Any] = schema["$defs"]
    # In a report, the model's Target is the mapping form of a target: editors know it as StructuredTarget,
    # with its direction listed in place.
    target = definitions["StructuredTarget"] = definitions.pop("Target")
    target["title"] = "StructuredTarget"
    target["properties"]["direction"] = {**definitions.pop("Direction"), "title": "Direction"}
    target["properties"]["text"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Text"}
    _lift_bounds(schema)
    for name, definition in [("Report", schema), *definitions.items()]:
        for field, prop in definition.get("properties", {}).items():
            text = DESCRIPTIONS.get(f"{name}.{field}")
            if text:
                prop["description"] = text
    indicator = definitions["Indicator"]["properties"]
    indicator["target"] = {
        "title": "Target", "description": indicator["target"]["description"],
        "anyOf": [{"type": "number"}, {"type": "string", "minLength": 1, "description": _TARGET_TEXT},
                  {"$ref": "#/$defs/StructuredTarget"}],
        "examples": ["100%", ">= 5", "85%以上", "3件以內", "80%~90%", "完成"],
    }
    indicator["actual"] = {
        "title": "Actual", "description": indicator["actual"]["description"],
        "anyOf": [{"type": "number"}, {"type": "string"}, {"type": "boolean"}, {"type": "null"}],
        "examples": ["100%", "8案", "146,746", 86.43],
    }
    # An unweighted report (scoring.weights: none) may leave sections out (model.Report); a weighted one
    # needs them, a weight on each facet not declared unweighted, and on each indicator except in bonus
    # goals and unweighted facets (PS201).
    schema["required"] = [key for key in schema["required"] if key != "sections"]
    schema["if"] = {"required": ["scoring"], "properties": {"scoring": {
        "required": ["weights"], "properties": {"weights": {"const": "none"}}}}}
    weighted_goal = {"if": {"required": ["bonus_cap"], "properties": {"bonus_cap": {"not": {"type": "null"}}}},
                     "else": {"properties": {"indicators": {"items": {
                         "required": ["weight"], "properties": {"weight": {"not": {"type": "null"}}}}}}}}
    weighted_facet = {"if": {"required": ["weights"], "properties": {"weights": {"const": "none"}}},
                      "else": {"required": ["weight"], "properties": {"weight": {"not": {"type": "null"}},
                                                                      "goals": {"items": weighted_goal}}}}
    schema["else"] = {"required": ["sections"], "properties": {"facets": {"items": weighted_facet}}}
    # A relative target (relative_to:) needs no direction (higher by default) and takes its value from the
    # previous year, so the keys each direction needs apply only to the others.
    target["required"] = [key for key in target.get("required", []) if key != "direction"]
    if not target["required"]:
        del target["required"]
    target["anyOf"] = [{"required": ["direction"]}, {"required": ["relative_to"]}]
    target["allOf"] = [{"if": {"properties": {"direction": {"const": direction}}, "required": ["direction"],
                               "not": {"required": ["relative_to"]}},
                        "then": {"required": needs}} for direction, needs in _NEEDS.items()]
    return {
        "$schema": DIALECT,
        "title": "perfscore report",
        "description": "A government performance report (施政績效報告) scored by perfscore. "
                       "See docs/format.md.",
        **{key: value for key, value in schema.items() if key not in ("title", "description")},
    }


def _lift_bounds(node: Any) -> None:
    """pydantic leaves a bound it cannot place (Field(gt=0) on an optional percentage) as a bare "gt" key
    beside anyOf, which JSON Schema ignores; move it onto the number branches as exclusiveMinimum."""
    if isinstance(node, list):
        for item in node:
            _lift_bounds(item)
        return
    if not isinstance(node, dict):
        return
    bounds = {key: node.pop(key) for key in list(node) if key in _BOUNDS}
    if bounds:
        for branch in _number_branches(node):
            for bound, value in bounds.items():
                branch[_BOUNDS[bound]] = _json_number(value)
    for value in node.values():
        _lift_bounds(value)


def _number_branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    if node.get("type") == "number":
        return [node]
    return [branch for option in node.get("anyOf", []) if isinstance(option, dict)
            for branch in _number_branches(option)]


def render() -> str:
    """The schema as committed: sorted keys, two-space indent, UTF-8 text, one trailing newline."""
    return json.dumps(generate(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
