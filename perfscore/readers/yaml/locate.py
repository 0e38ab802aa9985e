"""Maps paths into the data back to 1-based line and column in the YAML text.

The node tree is composed at most once per file. The exact loader hands over the tree it has already
composed; after the fast path there is none, and it is composed only when the first finding asks for a
position, so a clean file never pays for it. Composing does not construct values, so aliases cannot expand
here.
"""

from __future__ import annotations

from typing import Any

import yaml

from perfscore.core.findings import Path
from perfscore.readers import Position
from perfscore.readers.yaml.libyaml import FastSafeLoader


class YamlLocator:
    def __init__(self, text: str, tree: Any = None) -> None:
        self._text = text
        self._root: Any = tree
        self._composed = tree is not None

    def tree(self) -> Any:
        """The root node of the text (None when it is not YAML), composed on the first call if not given."""
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=FastSafeLoader)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def locate(self, path: Path, key: bool = False) -> Position:
        """Line and column of the value at `path` (or of its key); the nearest ancestor if it is absent."""
        node = self.tree()
        if node is None:
            return 1, 1
        mark = node.start_mark
        for index, step in enumerate(path):
            last = index == len(path) - 1
            child, key_node = _child(node, step)
            if child is None:
                break
            mark = key_node.start_mark if (last and key and key_node is not None) else child.start_mark
            node = child
        return mark.line + 1, mark.column + 1


def _child(node: Any, step: str | int) -> tuple[Any, Any]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(step):
                return value_node, key_node
        return None, None
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        item = node.value[step]
        return item, item
    return None, None
