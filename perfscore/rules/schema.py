"""Turns pydantic validation errors into located, readable problems.

Uses `errors(include_input=False)`: rendering the input of a hostile file can take minutes.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from perfscore.core.model import Report
from perfscore.core.problems import Path, Problem

_TYPE_WORDS = {
    "decimal_type": "a number", "decimal_parsing": "a number", "int_type": "a whole number",
    "int_parsing": "a whole number", "string_type": "a text", "dict_type": "a mapping", "list_type": "a list",
    "model_type": "a mapping", "bool_type": "true or false", "int_from_float": "a whole number",
}


def problems_from(error: ValidationError, data: Any) -> list[Problem]:
    items = []
    for item in error.errors(include_input=False, include_url=False, include_context=False):
        kind = item["type"]
        path, tags, union_at, value = _data_path(tuple(item["loc"]), data, kind == "missing")
        # A mapping that failed a union with a model member: only that member's errors are worth reading.
        model_member = isinstance(_at(data, union_at), dict) and any(map(_is_model_tag, tags))
        items.append((kind, item["msg"], path, tags, union_at, value, model_member))
    modelled = {item[4] for item in items if item[6]}
    problems: list[Problem] = []
    seen: set[Path] = set()
    for kind, message, path, tags, union_at, value, model_member in items:
        if tags and not model_member and kind not in ("missing", "extra_forbidden", "invalid_key"):
            if union_at in modelled or path in seen:
                continue
            seen.add(path)
            code = "PS204" if path[-1:] == ("target",) else "PS203"
            problems.append(Problem(code, path, f"{_name(path)}: {_show(value)} is not valid here; "
                                    f"{_union_hint(path)}"))
            continue
        problems.append(_problem(kind, message, path, value))
    return problems


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _is_model_tag(tag: str) -> bool:
    return tag[:1].isupper() or "[" in tag


def _problem(kind: str, message: str, path: Path, value: Any) -> Problem:
    if kind == "missing":
        parent = path[:-1]
        return Problem("PS201", parent, f"missing key {path[-1]!r} in {_name(parent) or 'the top level'}",
                       key=bool(parent))
    if kind == "extra_forbidden":
        known = _known_keys(path[:-1])
        close = difflib.get_close_matches(str(path[-1]), known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        for char, what in (("\u3000", "a full-width space (U+3000)"), ("\t", "a tab")):
            if char in str(path[-1]):  # an indentation YAML did not read as one, so it became part of the key
                hint = f"the key holds {what}: indent with ordinary spaces; " + hint
        return Problem("PS202", path, f"unknown key {path[-1]!r}; {hint}valid keys here: {', '.join(known)}",
                       key=True)
    if kind == "invalid_key":  # a number or true/false written as a key (2015:, no:)
        return Problem("PS203", path, f"the key {_show(path[-1])} is not a name; keys are names such as weight "
                       "(quote it if it is meant as text)", key=True)
    words = _TYPE_WORDS.get(kind)
    text = f"expected {words}, got {_show(value)}" if words else \
        f"{message.removeprefix('Value error, ').replace('Input should be', 'expected')} (got {_show(value)})"
    return Problem("PS203", path, f"{_name(path)}: {text}")


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
