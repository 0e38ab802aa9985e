"""One flat pass over libyaml's events before the exact loader composes a tree: how deep the nesting goes,
and which nodes carry an explicit tag.

Why a pass of its own: libyaml's composer recurses in C, so depth must be measured on the flat event
stream first; and the composed tree cannot tell `!!bool x` from a plain `x` resolved to the same tag, nor
`! 1` from `1`, while an event carries the tag exactly as written.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from perfscore.core.limits import MAX_DEPTH
from perfscore.readers.yaml.libyaml import FastSafeLoader

# Where explicit tags stand: (character index of the node's start, node class) -> the tag as written.
Tags = dict[tuple[int, type], str]

_NODE_OF = {yaml.ScalarEvent: yaml.ScalarNode, yaml.MappingStartEvent: yaml.MappingNode,
            yaml.SequenceStartEvent: yaml.SequenceNode}
_SUSPECT_DEEP = re.compile(rf"^[ \t?:-]{{{MAX_DEPTH},}}", re.MULTILINE)
# Re-reading with the pure-Python parser costs about 5 s per MB; below this many characters before libyaml's
# refusal it is quick, and it points at the first level too deep instead of libyaml's 1001st.
_REREAD_LIMIT = 100_000


def survey(text: str) -> tuple[Any, Tags]:
    """The mark of the first collection nested too deep (None if none), and the explicit tags before it.

    Runs only when a cheap look at the text says deep nesting or a tag is possible at all. A syntax error
    ends the pass quietly: the real load reports it with its mark.
    """
    tags: Tags = {}
    maybe_deep = text.count("[") + text.count("{") >= MAX_DEPTH or _SUSPECT_DEEP.search(text) is not None
    if not maybe_deep and "!" not in text:
        return None, tags
    try:
        return _walk(text, FastSafeLoader, tags), tags
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):  # newer libyaml refuses deep nesting itself ...
            return None, {}
        # ... while scanning up to 1024 characters ahead for a flow key, before yielding the events we count
        if exc.problem_mark is None or exc.problem_mark.index > _REREAD_LIMIT:
            return exc.problem_mark, {}
        try:  # PyYAML's pure-Python parser yields them early enough to point at the first level too deep
            return _walk(text, yaml.SafeLoader, {}) or exc.problem_mark, {}
        except yaml.YAMLError:
            return exc.problem_mark, {}
    except yaml.YAMLError:
        return None, {}


def _walk(text: str, loader: Any, tags: Tags) -> Any:
    depth = 0
    events: Any = yaml.parse(text, Loader=loader)
    for event in events:
        node = _NODE_OF.get(event.__class__)
        if node is not None:
            if event.tag is not None:
                tags[event.start_mark.index, node] = event.tag
            if node is not yaml.ScalarNode:
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None

