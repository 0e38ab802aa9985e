"""The text edits behind `perfscore rollover`: spans of the original YAML deleted, replaced or inserted.

The edits work on the node tree the YAML reader composed while the file was analysed (the same parser
`validate` uses, so what validates can be rolled over), and the nodes' marks (character offsets) say
exactly what to cut. Everything works on the file's own line breaks (LF, CRLF, CR, NEL, LS, PS), which
the draft keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import yaml

from perfscore.core.decimals import plain
from perfscore.edit.yamltext import literal_ok, quoted
from perfscore.readers.yaml.libyaml import LINE_BREAKS

_BLANK = " \t\r\n\x85\u2028\u2029"  # YAML's white space and line breaks; str.strip() would take more
_EXPLICIT = re.compile(r"(?:^|(?<=[ \t]))\?[ \t]+$")  # the `? ` before an explicit key on its line


def _comment_indent(line: str) -> int | None:
    """The column of a comment line's `#`, or None for any other line."""
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) if stripped.startswith("#") else None


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str


class Draft:
    def __init__(self, text: str, root: Any) -> None:
        """`root`: the text's node tree, from the parser validate uses (the same parser must read the file,
        or a file that validates, `name:\tx` say, could fail here). Its marks count characters, as str
        indices do."""
        self.text = text
        self.root = root
        self.starts = line_starts(text)
        first_break = LINE_BREAKS.search(text)
        self.newline = first_break.group() if first_break else "\n"  # the draft keeps the file's own breaks
        self.edits: list[Edit] = []
        self.flow_additions: dict[int, tuple[str, str]] = {}  # id(flow mapping) -> (after key, entry)

    # --- navigation -----------------------------------------------------------------------------
    @staticmethod
    def entry(node: Any, key: str) -> tuple[Any, Any] | None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return key_node, value_node
        return None

    def at(self, path: tuple[str | int, ...]) -> Any:
        node = self.root
        for step in path:
            if isinstance(step, int):
                node = node.value[step] if isinstance(node, yaml.SequenceNode) else None
            else:
                found = self.entry(node, step)
                node = found[1] if found else None
            if node is None:
                return None
        return node

    def items(self, node: Any, key: str) -> list[Any]:
        found = self.entry(node, key)
        return list(found[1].value) if found and isinstance(found[1], yaml.SequenceNode) else []

    # --- text positions -------------------------------------------------------------------------
    def line_start(self, index: int) -> int:
        return self.starts[bisect_right(self.starts, index) - 1]

    def line_end(self, index: int) -> int:
        """Just past the line break of the line holding `index` (or the end of the text)."""
        following = bisect_right(self.starts, index)
        return self.starts[following] if following < len(self.starts) else len(self.text)

    def line(self, number: int) -> str:
        """Line `number` (0-based) without its line break."""
        start = self.starts[number]
        end = self.starts[number + 1] if number + 1 < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip(_BLANK)

    def content_end(self, node: Any) -> int:
        """End of the node's own text. A block collection's end mark lies at the next token, past any
        comments below it, and a block scalar's takes in the blank lines after it: both are cut back,
        so the comments that follow a value stay with what follows."""
        if isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
            last = node.value[-1]
            return max(self.entry_end(*last)) if isinstance(node, yaml.MappingNode) else self.content_end(last)
        start: int = node.start_mark.index
        return start + len(self.text[start:node.end_mark.index].rstrip(_BLANK))

    def entry_end(self, key: Any, value: Any) -> tuple[int, int]:
        """Content ends of a key and its value; an empty value's marks may lie at the next token, so it has none."""
        empty = isinstance(value, yaml.ScalarNode) and value.value == "" and not value.style
        return self.content_end(key), -1 if empty else self.content_end(value)

    def comments_above(self, start: int, column: int) -> int:
        """Extend a deletion upward over comment lines at the key's own indentation (they describe it)."""
        number = bisect_right(self.starts, start) - 1
        while number > 0 and _comment_indent(self.line(number - 1)) == column:
            number -= 1
        return self.starts[number]

    def comments_under(self, end: int, column: int) -> int:
        """Extend a deletion from a line start `end` over the comment lines indented under the deleted key:
        they go with its value. Comments at the key's column or left of it describe what follows."""
        number = bisect_right(self.starts, end) - 1
        while end < len(self.text) and self.starts[number] == end and \
                (_comment_indent(self.line(number)) or -1) > column:
            end = self.line_end(end)
            number += 1
        return end

    def entry_start(self, key: Any) -> int:
        """Where an entry begins: at its key, or at the `?` of an explicit key on the same line."""
        start: int = key.start_mark.index
        before = self.text[self.line_start(start):start]
        explicit = _EXPLICIT.search(before)
        return start - len(explicit.group()) if explicit else start

    # --- edits ----------------------------------------------------------------------------------
    def delete(self, mapping: Any, keys: frozenset[str]) -> None:
        if not isinstance(mapping, yaml.MappingNode):
            return
        pairs = mapping.value
        doomed = {i for i, (k, _) in enumerate(pairs) if isinstance(k, yaml.ScalarNode) and k.value in keys}
        addition = self.flow_additions.get(id(mapping)) if mapping.flow_style else None
        if not doomed and addition is None:
            return
        if mapping.flow_style:  # rebuild `{a: 1, b: 2}` from the kept entries' own text, plus any addition
            kept = []
            for i, (k, v) in enumerate(pairs):
                if i not in doomed:
                    kept.append(self.absorb(k.start_mark.index, v.end_mark.index))
                if addition is not None and k.value == addition[0]:
                    kept.append(addition[1])
            rebuilt = "{" + ", ".join(kept) + "}"
            self.edits.append(Edit(mapping.start_mark.index, mapping.end_mark.index, rebuilt))
            return
        skip = -1
        for i in sorted(doomed):
            if i <= skip:
                continue
            key, value = pairs[i]
            start = self.entry_start(key)
            end = max(self.entry_end(key, value))
            if self.text[self.line_start(start):start].strip() == "":
                first = self.comments_above(self.line_start(start), start - self.line_start(start))
                last = self.comments_under(self.line_end(end - 1), start - self.line_start(start))
                self.edits.append(Edit(first, last, ""))
                continue
            # The first key after "- ": delete up to the next kept key, which moves up behind the dash.
            following = next((j for j in range(i + 1, len(pairs)) if j not in doomed), None)
            if following is None:
                end = max(max(self.entry_end(*pair)) for pair in pairs[i:])
                self.edits.append(Edit(start, end, "{}"))
                skip = len(pairs)
                continue
            column = start - self.line_start(start)
            cut = self.comments_under(self.line_end(max(max(self.entry_end(*pair)) for pair in pairs[i:following]) - 1),
                                      column)
            next_key = self.entry_start(pairs[following][0])
            if "#" not in self.text[cut:next_key]:
                self.edits.append(Edit(start, next_key, ""))
            else:  # comments stand before the kept key: they stay, and the dash stands alone on its line
                self.edits.append(Edit(len(self.text[:start].rstrip(" \t")), cut, self.newline))
            skip = following

    def absorb(self, start: int, end: int) -> str:
        """The text of [start, end) with the edits already made inside it, which it takes over."""
        inside = [e for e in self.edits if start <= e.start and e.end <= end]
        self.edits = [e for e in self.edits if e not in inside]
        text = self.text[start:end]
        for edit in sorted(inside, key=lambda e: (e.start, e.end), reverse=True):
            text = text[:edit.start - start] + edit.text + text[edit.end - start:]
        return text

    def replace(self, node: Any, text: str) -> None:
        self.edits.append(Edit(node.start_mark.index, node.end_mark.index, text))

    def insert_after(self, mapping: Any, key: str, line: str, comment: str) -> None:
        """Add `line` as a new entry right after `key` (same indentation), with a trailing comment."""
        found = self.entry(mapping, key)
        if found is None:
            return
        key_node, value_node = found
        if mapping.flow_style:  # no room for a comment inside {...}; `delete` writes it in the rebuild
            self.flow_additions[id(mapping)] = (key, line)
            return
        at = self.line_end(max(self.entry_end(key_node, value_node)) - 1)
        newline = "" if at in self.starts else self.newline  # the value ends the file without a line break
        indent = " " * key_node.start_mark.column
        self.edits.append(Edit(at, at, f"{newline}{indent}{line}  # {comment}{self.newline}"))

    def set_entries(self, mapping: Any, entries: list[tuple[str, Any]], literal: frozenset[str] = frozenset()) -> None:
        """Give `mapping` these `key: value` entries (value: str, bool, Decimal, or a list of (key, str) pairs
        for a nested mapping): an existing entry is rewritten whole, a new one added after the last entry, at
        the keys' indentation. Text is double-quoted; under a key in `literal` it is a `|-` block where it
        reads back as itself (a prose text, as the report's own are written)."""
        flow = bool(mapping.flow_style)
        column = mapping.value[0][0].start_mark.column
        added = []
        for key, value in entries:
            found = self.entry(mapping, key)
            if found is None:
                added.append(self.entry_text(key, self.rendered(value, column, flow, key in literal)))
                continue
            key_node, value_node = found
            self.edits.append(Edit(self.entry_start(key_node), max(self.entry_end(key_node, value_node)),
                                   self.entry_text(key, self.rendered(value, column, flow, key in literal))))
        if not added:
            return
        if flow:  # before the closing brace
            at = mapping.end_mark.index - 1
            self.edits.append(Edit(at, at, "".join(f", {entry}" for entry in added)))
            return
        at = self.line_end(max(self.entry_end(*mapping.value[-1])) - 1)
        newline = "" if at in self.starts else self.newline  # the value ends the file without a line break
        indent = " " * column
        self.edits.append(Edit(at, at, newline + "".join(f"{indent}{entry}{self.newline}" for entry in added)))

    def entry_text(self, key: str, rendered: str) -> str:
        """`key: value`, or `key:` and a nested block mapping on the lines below (no trailing blank)."""
        return f"{key}:{'' if rendered.startswith(self.newline) else ' '}{rendered}"

    def rendered(self, value: Any, column: int, flow: bool, literal: bool) -> str:
        """A value for a key at `column`: a nested mapping, `true`/`false`, a number, or text."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, Decimal):  # a number stays a number: points must not become text
            return plain(value)
        if isinstance(value, list):
            if flow:
                return "{" + ", ".join(f"{k}: {quoted(v)}" for k, v in value) + "}"
            inner = " " * (column + 2)
            return "".join(f"{self.newline}{inner}{k}: {self.rendered(v, column + 2, flow, literal)}" for k, v in value)
        text = str(value)
        if flow or not literal or not literal_ok(text):
            return quoted(text)
        inner = " " * (column + 2)
        return "|-" + "".join(f"{self.newline}{inner}{line}" if line else self.newline for line in text.split("\n"))

    def apply(self) -> str:
        text = self.text
        previous_start = len(text) + 1
        self.edits.sort(key=lambda e: (e.start, e.end))
        for edit in reversed(self.edits):
            if edit.end > previous_start:
                raise ValueError(f"overlapping edits at {edit.start}..{edit.end}")  # a bug, not bad data
            text = text[:edit.start] + edit.text + text[edit.end:]
            previous_start = edit.start
        return text


def origin(draft: str, source: str, edits: tuple[Edit, ...], line: int, column: int) -> tuple[int, int]:
    """The 1-based line and column in `source` of a 1-based position in `draft`, made from it by `edits`
    (in order): a finding about the draft is shown where the user can see its cause. A position inside
    inserted text maps to where the insertion was made."""
    index = _index(draft, line, column)
    shift = 0  # how much longer the draft is than the source before `index`
    for edit in edits:
        if index < edit.start + shift:
            break
        if index < edit.start + shift + len(edit.text):
            index = edit.start + shift
            break
        shift += len(edit.text) - (edit.end - edit.start)
    index = min(index - shift, len(source))
    starts = line_starts(source)
    number = bisect_right(starts, index)
    return number, index - starts[number - 1] + 1


def line_starts(text: str) -> list[int]:
    """Where each line of `text` begins, as character indices."""
    return [0] + [match.end() for match in LINE_BREAKS.finditer(text)]


def _index(text: str, line: int, column: int) -> int:
    starts = line_starts(text)
    return min(starts[max(1, min(line, len(starts))) - 1] + max(column, 1) - 1, len(text))
