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
from typing import Any

from pydantic import BaseModel, ValidationError

from perfscore.core.fields import TOO_BIG
from perfscore.core.findings import Finding, Path
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.core.target_model import Target
from perfscore.core.targets import MAX_TEXT, NUMBER, STRICT_OPERATORS, Refusal, number_advice, parse_target
from perfscore.rules.base import ERROR, Rule
from perfscore.rules.loading import PS112

PS201 = Rule("PS201", "missing-key", ERROR, "A required key is missing.")
PS202 = Rule("PS202", "unknown-key", ERROR, "A key the format does not know; a typo never passes silently.")
PS203 = Rule("PS203", "invalid-value", ERROR, "A value has the wrong type or is out of range.")
PS204 = Rule("PS204", "bad-target", ERROR, "A target that is neither a known shorthand nor a valid structured "
             "target.")
PS205 = Rule("PS205", "bad-actual", ERROR, "An actual value that cannot be compared with its target.")
RULES = (PS201, PS202, PS203, PS204, PS205)

_TYPE_WORDS = {
    "decimal_type": "a number", "decimal_parsing": "a number", "int_type": "a whole number",
    "int_parsing": "a whole number", "string_type": "a text", "dict_type": "a mapping", "list_type": "a list",
    "model_type": "a mapping", "bool_type": "true or false", "int_from_float": "a whole number",
}


def translate(error: ValidationError, data: Any) -> list[Finding]:
    """One finding per validation error worth reading, at its path in `data`."""
    items = []
    for item in error.errors(include_input=False, include_url=False, include_context=False):
        kind = item["type"]
        path, tags, union_at, value = _data_path(tuple(item["loc"]), data, kind == "missing")
        # A mapping that failed a union with a model member: only that member's errors are worth reading.
        model_member = isinstance(_at(data, union_at), dict) and any(map(_is_model_tag, tags))
        items.append((kind, item["msg"], path, tags, union_at, value, model_member))
    modelled = {item[4] for item in items if item[6]}
    findings: list[Finding] = []
    seen: set[Path] = set()
    for kind, message, path, tags, union_at, value, model_member in items:
        if tags and not model_member and kind not in ("missing", "extra_forbidden", "invalid_key"):
            if union_at in modelled or path in seen:
                continue
            seen.add(path)
            rule = PS204 if path[-1:] == ("target",) else PS203
            findings.append(rule.at(path, f"{_name(path)}: {_show(value)} is not valid here; {_union_hint(path)}"))
            continue
        findings.append(_finding(kind, message, path, value))
    return findings


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _is_model_tag(tag: str) -> bool:
    return tag[:1].isupper() or "[" in tag


def _finding(kind: str, message: str, path: Path, value: Any) -> Finding:
    if kind == "missing":
        parent = path[:-1]
        return PS201.at(parent, f"missing key {path[-1]!r} in {_name(parent) or 'the top level'}", key=bool(parent))
    if kind == "extra_forbidden":
        known = _known_keys(path[:-1])
        import difflib  # only when a key is unknown: not on every run's start-up

        close = difflib.get_close_matches(str(path[-1]), known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        for char, what in (("\u3000", "a full-width space (U+3000)"), ("\t", "a tab")):
            if char in str(path[-1]):  # an indentation YAML did not read as one, so it became part of the key
                hint = f"the key holds {what}: indent with ordinary spaces; " + hint
        return PS202.at(path, f"unknown key {path[-1]!r}; {hint}valid keys here: {', '.join(known)}", key=True)
    if kind == "invalid_key":  # a number or true/false written as a key (2015:, no:)
        return PS203.at(path, f"the key {_show(path[-1])} is not a name; keys are names such as weight "
                        "(quote it if it is meant as text)", key=True)
    if kind == TOO_BIG:
        return PS112.at(path, message)
    words = _TYPE_WORDS.get(kind)
    text = f"expected {words}, got {_show(value)}" if words else \
        f"{message.removeprefix('Value error, ').replace('Input should be', 'expected')} (got {_show(value)})"
    return PS203.at(path, f"{_name(path)}: {text}")


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
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _name(path: Path) -> str:
    return ".".join(str(step) if isinstance(step, str) else f"[{step}]" for step in path).replace(".[", "[")


def _union_hint(path: Path) -> str:
    if path[-1:] == ("target",):
        return "write a target such as 100%, >= 5, 85%以上 or a mapping with direction:"
    if path[-1:] == ("actual",):
        return "write a number, a number with its unit (63%), or true/false"
    if path[-1:] == ("review",):
        return "write one text, or a mapping with cause: and strategy:"
    return "see the format guide"


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
    for facet in result.facets:  # optional only in an unweighted report (scoring.weights: none)
        if facet.source.weight is None and result.weighted:
            yield PS201.at(facet.path, f"facet {facet.name!r} has no weight; add weight: (or declare an "
                           "unweighted report with scoring: {weights: none})", key=True)
    for indicator in result.indicators():
        source = indicator.source
        if source.weight is None and not indicator.bonus and result.weighted:
            yield PS201.at(indicator.path, f"indicator {indicator.name!r} has no weight; add weight: (only "
                           "indicators of bonus goals may omit it)", key=True)
        refused = indicator.refused
        if refused is None:
            continue
        if refused.reason is Refusal.TARGET_TRUE_FALSE:
            yield PS204.at(indicator.path + ("target",), "a target cannot be true/false; for a done/not-done "
                           "indicator write target: 完成 (or done)")
        elif refused.reason is Refusal.TARGET_UNREADABLE and isinstance(source.target, str):
            yield PS204.at(indicator.path + ("target",), _unreadable(source.target))
        elif refused.reason in ACTUAL_REFUSALS:
            yield PS205.at(indicator.path + ("actual",), ACTUAL_REFUSALS[refused.reason](source.actual,
                                                                                         indicator.target))


def _unreadable(written: str) -> str:
    shown = written if len(written) <= 60 else written[:57] + "..."
    if len(written) > MAX_TEXT:
        return f"the target {shown!r} is over {MAX_TEXT} characters; a target is a short phrase such as {_SHORTHANDS}"
    if any(op in written for op in STRICT_OPERATORS) and not any(op in written for op in (">=", "<=", "＞＝", "＜＝")):
        return (f"cannot read the target {shown!r}: strict targets (> or <) are not supported, because the "
                f"boundary itself would be unmet at 100%; write {_inclusive(written)} (以上 and 以下 include the "
                "number)")
    advice = number_advice(written)
    if advice:
        return f"cannot read the target {shown!r} as a number: {advice}"
    return f"cannot read the target {shown!r}; write a shorthand such as {_SHORTHANDS}, or a structured target " \
        "with direction:"


def _inclusive(written: str) -> str:
    """The inclusive forms of a strict target, in its own direction and with its own number and unit:
    `< 3` -> `<= 3, ≤ 3 or 3以下`; `> 5%` -> `>= 5%, ≥ 5% or 5%以上`."""
    match = re.search(rf"([<＜>＞])\s*({NUMBER})\s*(\S{{0,6}})", written)
    lower = match is not None and match.group(1) in "<＜"
    figure = f"{match.group(2)}{match.group(3)}" if match else "5"
    operator, symbol, word = ("<=", "≤", "以下") if lower else (">=", "≥", "以上")
    return f"{operator} {figure}, {symbol} {figure} or {figure}{word}"


def not_done(written: object, target: Target | None) -> str:
    return f"the target is done/not done, so the actual must be true, false, 完成 or 未完成, not {written!r}"


def not_a_step(written: object, target: Target | None) -> str:
    names = [step.name for step in target.steps or ()] if target else []
    return f"{written!r} is not a step of the ladder; write one of: {', '.join(names)}"


def no_number(written: object, target: Target | None) -> str:
    shown = written if isinstance(written, str) and len(written) <= 60 else str(written)[:57] + "..."
    advice = number_advice(shown)
    if advice:
        return f"cannot read the actual value {shown!r} as a number: {advice}"
    if isinstance(written, str) and parse_target(written) is not None:
        return (f"the actual value {shown!r} is a bound, not a figure: write the figure reached without ≥, ≤, "
                "以上, 以下 or a range")
    return (f"cannot read a number in the actual value {shown!r}; write the figure reached in digits, "
            f"e.g. {_actual_example(shown, target)!r}")


def _actual_example(shown: str, target: Target | None) -> str:
    """An actual value in the target's unit: `一件` -> `1件` when it starts with a Chinese numeral one to ten,
    else a figure of the target's kind (`12件`, `85%`)."""
    numeral = "一二三四五六七八九十".find(shown[:1]) + 1 if shown else 0
    unit = target.unit if target and target.unit else ""
    if numeral:
        return f"{numeral}{unit}"
    return f"85{unit}" if unit == "%" else f"12{unit}"


def not_a_date(written: object, target: Target | None) -> str:
    shown = target.text if target else ""
    return f"the target {shown!r} is a deadline, so the actual must be the date or month it was done (113/12/20, " \
        f"113年12月, 2024-12-20), or 未完成 if it was not done; {written!r} cannot tell whether it " \
        "was done on time"


# Why an actual value as written (the report's, or a filled-in cell's: rules.fill) is PS205, in words.
ACTUAL_REFUSALS = {Refusal.ACTUAL_NOT_DONE: not_done, Refusal.ACTUAL_NOT_A_STEP: not_a_step,
                   Refusal.ACTUAL_NO_NUMBER: no_number, Refusal.ACTUAL_NOT_A_DATE: not_a_date}
