"""The fast path of the YAML loader: builds the data straight from libyaml's event stream.

Why: composing the node tree and walking it again costs more time than parsing, and the tree holds
about 30 bytes of memory per byte of YAML. Most files are clean, and a clean file needs neither the tree
nor the marks in it. So this path reads events into plain data with an explicit stack (no recursion, so
no depth can crash it) and gives up, returning `BAIL`, at the first thing that is not plainly clean:
an anchor, alias or explicit tag, a scalar that the strict constructors of the exact loader would report, a
duplicate or non-text key, nesting deeper than the limit, more than one document, a top level that is
not a mapping, or any syntax error. The caller then runs the exact loader, which finds and locates
every problem as before. So a result from here is always one the exact loader would have returned
with no findings: the data are equal, and the findings are empty.
"""

from __future__ import annotations

import sys
from typing import Any

from yaml import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
    YAMLError,
)

from perfscore.core.decimals import to_decimal
from perfscore.core.limits import MAX_DEPTH, MAX_DIGITS
from perfscore.readers.yaml.libyaml import FastSafeLoader
from perfscore.rules.loading import NUMBER_STARTS, YAML11_BOOLS, YAML12_NUMBER

BAIL: Any = object()
_MISSING: Any = object()
_NON_FINITE = frozenset((".nan", ".inf", "+.inf", "-.inf"))
_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP = (
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
# The resolver's own table: the first character of a plain scalar picks the patterns to try, exactly as
# yaml.resolver.BaseResolver.resolve does when no path resolvers are registered (none are).
_IMPLICIT: dict[Any, list[tuple[str, Any]]] = FastSafeLoader.yaml_implicit_resolvers
_WILDCARD = _IMPLICIT.get(None, [])


def _scalar(event: Any) -> Any:
    """The value of a scalar event, or BAIL when the exact loader would report or reject it."""
    if event.anchor is not None or event.tag is not None:
        return BAIL
    value: str = event.value
    if not event.implicit[0]:
        tag = _STR  # quoted or block scalars: the resolver returns the default tag
    else:
        tag = _STR
        for candidate, pattern in _IMPLICIT.get(value[0] if value else "", []) + _WILDCARD:
            if pattern.match(value):
                tag = candidate
                break
    if tag == _STR:
        if not event.style and (value in _PLAIN_YN or (value[:1] in NUMBER_STARTS and YAML12_NUMBER.match(value))):
            return BAIL
        return value
    if tag == _INT:
        digits = value.lstrip("+-")
        if (
            "_" in value
            or not digits.isdigit()
            or (len(digits) > 1 and digits[0] == "0")
            or len(digits) > MAX_DIGITS
        ):
            return BAIL
        return int(value)
    if tag == _FLOAT:
        if value.lower() in _NON_FINITE:
            return BAIL
        number = to_decimal(value)
        if number is None or len(number.as_tuple().digits) > MAX_DIGITS:
            return BAIL
        return number
    if tag == _BOOL:
        lowered = value.lower()
        return BAIL if lowered in YAML11_BOOLS else lowered == "true"
    if tag == _NULL:
        return None
    if tag == _TIMESTAMP:
        return value
    return BAIL  # merge (<<), value (=) and anything else: the exact loader explains it


# Keys (`name`, `weight`, `target`… on every indicator) and short values (`完成`, `100%`, units) repeat
# thousands of times in a big report, and libyaml makes a new string for each: one shared copy of each
# saves about a quarter of the plain data's memory (6.5 MB of keys and 3 MB of values on 10,000
# indicators), and the model keeps the shared values.
_SHARED_LENGTH = 24
_intern = sys.intern

_PLAIN_YN = frozenset(("y", "Y", "n", "N"))  # text to PyYAML, booleans to YAML 1.1: the exact loader says so


def fast_load(text: str) -> Any:
    """The data of a clean one-document YAML text whose top level is a mapping, else BAIL."""
    loader = FastSafeLoader(text)
    get = loader.get_event
    try:
        if get().__class__ is not StreamStartEvent or get().__class__ is not DocumentStartEvent:
            return BAIL
        stack: list[tuple[Any, bool, Any]] = []
        current: Any = None
        in_map = False
        key: Any = _MISSING
        root: Any = BAIL
        while True:
            event: Any = get()
            kind = event.__class__
            if kind is ScalarEvent:
                value = _scalar(event)
                if value is BAIL or current is None:
                    return BAIL
                if value.__class__ is str and len(value) <= _SHARED_LENGTH:
                    value = _intern(value)
                if not in_map:
                    current.append(value)
                elif key is _MISSING:
                    if value is None or value in current:
                        return BAIL  # a null key or a duplicate: the exact loader reports it
                    key = value
                else:
                    current[key] = value
                    key = _MISSING
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None or len(stack) >= MAX_DEPTH:
                    return BAIL
                new: Any = {} if kind is MappingStartEvent else []
                if current is None:
                    if kind is not MappingStartEvent:
                        return BAIL
                    root = new
                elif not in_map:
                    current.append(new)
                elif key is _MISSING:
                    return BAIL  # a mapping or list used as a key
                else:
                    current[key] = new
                stack.append((current, in_map, key))
                current, in_map, key = new, kind is MappingStartEvent, _MISSING
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                current, in_map, key = stack.pop()
                key = _MISSING
            elif kind is DocumentEndEvent:
                break
            else:
                return BAIL  # an alias, or anything unexpected
        return root if get().__class__ is StreamEndEvent else BAIL
    except YAMLError:
        return BAIL
    finally:
        loader.dispose()
