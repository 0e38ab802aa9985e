"""Schema rules (PS2xx): what the report format does not allow, from pydantic's validation errors, and
targets or actual values that validate but cannot be read.

`translate` turns validation errors into findings. It uses `errors(include_input=False)`: rendering the
input of a hostile file can take minutes.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from perfscore.core.catalogue import Message, say
from perfscore.core.dates import parse_date
from perfscore.core.fields import REFUSED, TOO_BIG
from perfscore.core.findings import Finding, Path
from perfscore.core.model import LightColour, Report
from perfscore.core.results import ReportResult
from perfscore.core.target_model import Target
from perfscore.core.targets import MAX_TEXT, NUMBER, STRICT_OPERATORS, Refusal, number_advice, parse_target
from perfscore.rules.base import ERROR, Rule
from perfscore.rules.loading import PS112

PS201 = Rule("PS201", "missing-key", ERROR, say("rule.PS201"))
PS202 = Rule("PS202", "unknown-key", ERROR, say("rule.PS202"))
PS203 = Rule("PS203", "invalid-value", ERROR, say("rule.PS203"))
PS204 = Rule("PS204", "bad-target", ERROR, say("rule.PS204"))
PS205 = Rule("PS205", "bad-actual", ERROR, say("rule.PS205"))
RULES = (PS201, PS202, PS203, PS204, PS205)

_TYPE_WORDS = {  # pydantic's error type -> the catalogue's word for what was expected
    "decimal_type": "number", "decimal_parsing": "number", "int_type": "whole", "int_parsing": "whole",
    "string_type": "text", "dict_type": "mapping", "list_type": "list", "model_type": "mapping",
    "bool_type": "boolean", "int_from_float": "whole",
}
# pydantic's constraint errors that a report can meet, by type -> the catalogue's key; their context names
# the bound (ge, gt, le, lt, expected).
_BOUNDS = {"greater_than_equal": "bound.ge", "greater_than": "bound.gt", "less_than_equal": "bound.le",
           "less_than": "bound.lt", "literal_error": "bound.literal"}


def translate(error: ValidationError, data: Any) -> list[Finding]:
    """One finding per validation error worth reading, at its path in `data`."""
    items = []
    for item in error.errors(include_input=False, include_url=False, include_context=True):
        kind = item["type"]
        path, tags, union_at, value = _data_path(tuple(item["loc"]), data, kind == "missing")
        # A mapping that failed a union with a model member: only that member's errors are worth reading.
        model_member = isinstance(_at(data, union_at), dict) and any(map(_is_model_tag, tags))
        items.append((kind, (item["msg"], item.get("ctx", {})), path, tags, union_at, value, model_member))
    modelled = {item[4] for item in items if item[6]}
    findings: list[Finding] = []
    seen: set[Path] = set()
    for kind, message, path, tags, union_at, value, model_member in items:
        if tags and not model_member and kind not in ("missing", "extra_forbidden", "invalid_key"):
            if union_at in modelled or path in seen:
                continue
            seen.add(path)
            rule = PS204 if path[-1:] == ("target",) else PS203
            findings.append(rule.at(path, say("PS203.union", name=_name(path), value=_show(value),
                                              hint=_union_hint(path))))
            continue
        if kind == "invalid_key" and (split := _split_number(_at(data, path[:-1]), path[-1])):
            findings.append(PS203.at(path, say("PS203.comma", field=_show(path[-1]), **split), key=True))
            continue
        findings.append(_finding(kind, message, path, value))
    return findings


def _split_number(parent: Any, key: Any) -> dict[str, str] | None:
    """`{target: 1,200}`: in a flow mapping the comma ends the entry, leaving a key 200 with no value after
    the key target with the value 1. The number as written, and the key it belonged to; else None."""
    if not (isinstance(parent, dict) and type(key) is int and 0 <= key <= 999 and parent.get(key) is None):
        return None
    keys = list(parent)
    before = keys[keys.index(key) - 1] if keys.index(key) > 0 else None
    value = parent.get(before) if isinstance(before, str) else None
    if type(value) is not int:
        return None
    return {"key": str(before), "number": f"{value},{key:03d}", "plain": f"{value}{key:03d}"}


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _is_model_tag(tag: str) -> bool:
    return tag[:1].isupper() or "[" in tag


def _finding(kind: str, error: tuple[str, dict[str, Any]], path: Path, value: Any) -> Finding:
    message, context = error
    if kind == "missing":
        parent = path[:-1]
        where = say("PS201.in", parent=_name(parent)) if _name(parent) else say("PS201.top")
        return PS201.at(parent, say("PS201.missing", field=path[-1], where=where), key=bool(parent))
    if kind == "extra_forbidden":
        known = _known_keys(path[:-1])
        import difflib  # only when a key is unknown: not on every run's start-up

        close = difflib.get_close_matches(str(path[-1]), known, n=1)
        suggestion = say("PS202.close", close=close[0]) if close else ""
        space: Message | str = ""
        for char, what in (("\u3000", "char.fullwidth_space"), ("\t", "char.tab")):
            if char in str(path[-1]):  # an indentation YAML did not read as one, so it became part of the key
                space = say("PS202.space", what=say(what))
        return PS202.at(path, say("PS202", key=path[-1], space=space, close=suggestion, known=", ".join(known)),
                        key=True)
    if kind == "invalid_key":  # a number or true/false written as a key (2015:, no:)
        return PS203.at(path, say("PS203.key", field=_show(path[-1])), key=True)
    if kind == TOO_BIG:
        return PS112.at(path, say("PS112.digits", shown=context["shown"], digits=context["digits"]))
    words = _TYPE_WORDS.get(kind)
    if words == "mapping" and path[-1:] == ("light",) and isinstance(value, str):
        # `light: white`: a light set by hand needs its reason, so it is a mapping; show the one to write
        colour = value if value in get_args(LightColour) else "white"
        return PS203.at(path, say("PS203.light", name=_name(path), value=_show(value), colour=colour))
    if words:
        return PS203.at(path, say("PS203.expected", name=_name(path), expected=say(f"type.{words}"),
                                  value=_show(value)))
    if kind == REFUSED:
        text: Message = context["message"]
    elif kind in _BOUNDS:
        text = say(_BOUNDS[kind], **{key: str(bound) for key, bound in context.items()})
    else:  # a constraint of pydantic's that no report field uses today: its own words, in both languages
        return PS203.at(path, say("PS203.library", name=_name(path), value=_show(value),
                                  text=message.removeprefix("Value error, ").replace("Input should be", "expected")))
    return PS203.at(path, say("PS203.refused", name=_name(path), text=text, value=_show(value)))


def _data_path(loc: tuple[Any, ...], data: Any, missing: bool) -> tuple[Path, list[str], Path, Any]:
    """Split pydantic's `loc` into the steps that exist in the data, the union-member tags, and the path
    of the value where the first tag appeared (the union's position)."""
    path: list[str | int] = []
    tags: list[str] = []
    union_at: Path = ()
    current = data
    for index, step in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(current, dict) and isinstance(step, str | int) and (step in current or (last and missing)):
            path.append(step)
            current = current.get(step)
        elif isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current):
            path.append(step)
            current = current[step]
        else:
            if not tags:
                union_at = tuple(path)
            tags.append(str(step))
    return tuple(path), tags, union_at, current


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return say("value.mapping")
    if isinstance(value, list):
        return say("value.list")
    if value is None:
        return say("value.nothing")
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _name(path: Path) -> str:
    return ".".join(str(step) if isinstance(step, str) else f"[{step}]" for step in path).replace(".[", "[")


def _union_hint(path: Path) -> Message:
    if path[-1:] in (("target",), ("actual",), ("review",)):
        return say(f"hint.{path[-1]}")
    return say("hint.format")


def _known_keys(path: Path) -> list[str]:
    model: Any = Report
    for step in path:
        if isinstance(step, int):
            continue
        field = model.model_fields.get(step) if _is_model(model) else None
        if field is None:
            return []
        model = _model_in(field.annotation)
    return list(model.model_fields) if _is_model(model) else []


def _is_model(candidate: Any) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, BaseModel)


def _model_in(annotation: Any) -> Any:
    if _is_model(annotation):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


# --- targets and actual values that validate but cannot be read ---------------------------------------

_SHORTHANDS = "100%, 250, >= 5, ≥5, <= 7, 85%以上, 5案以上, 執行率80%, 3 以下, 80%~90%, 完成"


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for facet in result.facets:  # optional only where unweighted (scoring.weights: none, or the facet's)
        if facet.source.weight is None and facet.weighted:
            yield PS201.at(facet.path, say("PS201.facet_weight", name=facet.name), key=True)
    weighted = {id(i) for facet in result.facets if facet.weighted for g in facet.goals for i in g.indicators}
    for indicator in result.indicators():
        source = indicator.source
        if source.weight is None and not indicator.bonus and id(indicator) in weighted:
            yield PS201.at(indicator.path, say("PS201.weight", name=indicator.name), key=True)
        refused = indicator.refused
        if refused is None:
            continue
        if refused.reason is Refusal.TARGET_TRUE_FALSE:
            yield PS204.at(indicator.path + ("target",), say("PS204.boolean"))
        elif refused.reason is Refusal.TARGET_UNREADABLE and isinstance(source.target, str):
            yield PS204.at(indicator.path + ("target",), _unreadable(source.target))
        elif refused.reason in ACTUAL_REFUSALS:
            yield PS205.at(indicator.path + ("actual",), ACTUAL_REFUSALS[refused.reason](source.actual,
                                                                                        indicator.target))


def _unreadable(written: str) -> Message:
    shown = written if len(written) <= 60 else written[:57] + "..."
    if len(written) > MAX_TEXT:
        return say("PS204.long", shown=shown, limit=MAX_TEXT, shorthands=_SHORTHANDS)
    if any(op in written for op in STRICT_OPERATORS) and not any(op in written for op in (">=", "<=", "＞＝", "＜＝")):
        return say("PS204.strict", shown=shown, inclusive=_inclusive(written))
    advice = number_advice(written)
    if advice:
        return say("PS204.number", shown=shown, advice=advice)
    return say("PS204.unreadable", shown=shown, shorthands=_SHORTHANDS)


def _inclusive(written: str) -> Message:
    """The inclusive forms of a strict target, in its own direction and with its own number and unit:
    `< 3` -> `<= 3, ≤ 3 or 3以下`; `> 5%` -> `>= 5%, ≥ 5% or 5%以上`."""
    match = re.search(rf"([<＜>＞])\s*({NUMBER})\s*(\S{{0,6}})", written)
    lower = match is not None and match.group(1) in "<＜"
    figure = f"{match.group(2)}{match.group(3)}" if match else "5"
    operator, symbol, word = ("<=", "≤", "以下") if lower else (">=", "≥", "以上")
    return say("PS204.inclusive", operator=operator, symbol=symbol, figure=figure, word=word)


def not_done(written: object, target: Target | None) -> Message:
    return say("PS205.not_done", written=written)


def not_a_step(written: object, target: Target | None) -> Message:
    names = [step.name for step in target.steps or ()] if target else []
    return say("PS205.not_a_step", written=written, names=", ".join(names))


def no_number(written: object, target: Target | None) -> Message:
    shown = written if isinstance(written, str) and len(written) <= 60 else str(written)[:57] + "..."
    advice = number_advice(shown)
    if advice:
        return say("PS205.number", shown=shown, advice=advice)
    if isinstance(written, str) and parse_date(written) is not None:  # 2024-05-01 against 5案: not a bound
        return say("PS205.date", shown=shown, target=target.text if target else "",
                   example=_actual_example(shown, target))
    if isinstance(written, str) and parse_target(written) is not None:
        return say("PS205.bound", shown=shown)
    return say("PS205.no_number", shown=shown, example=_actual_example(shown, target))


def _actual_example(shown: str, target: Target | None) -> str:
    """An actual value in the target's unit: `一件` -> `1件` when it starts with a Chinese numeral one to ten,
    else a figure of the target's kind (`12件`, `85%`)."""
    numeral = "一二三四五六七八九十".find(shown[:1]) + 1 if shown else 0
    unit = target.unit if target and target.unit else ""
    if numeral:
        return f"{numeral}{unit}"
    return f"85{unit}" if unit == "%" else f"12{unit}"


def not_a_date(written: object, target: Target | None) -> Message:
    return say("PS205.not_a_date", shown=target.text if target else "", written=written)


# Why an actual value as written (the report's, or a filled-in cell's: rules.fill) is PS205, in words.
ACTUAL_REFUSALS = {Refusal.ACTUAL_NOT_DONE: not_done, Refusal.ACTUAL_NOT_A_STEP: not_a_step,
                   Refusal.ACTUAL_NO_NUMBER: no_number, Refusal.ACTUAL_NOT_A_DATE: not_a_date}
