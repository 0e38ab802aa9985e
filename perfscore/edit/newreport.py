"""A new report's YAML text from plain data, with comments: what `perfscore import` writes.

Block style in the key order of the documented format, two-space indents as in the bundled example. Text
is kept exactly: a single line is written plain when YAML reads it back as the same text, a text of several
lines as a literal block (`|-`), and anything else (a leading space, a carriage return, a control
character, a trailing line break) double-quoted with escapes. A comment above a facet, goal or indicator
names the cells it came from (`# 工作表1!A3:A7`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from perfscore.core.decimals import plain
from perfscore.core.findings import Path
from perfscore.readers.yaml.reader import YAML

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back exactly."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _UNPRINTABLE.match(char):
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or _UNPRINTABLE.search(text) or "\n" in text or "\t" in text:
        return False
    if ": " in text or " #" in text or text.endswith(":") or text[0] in "-?:,[]{}#&*!|>'\"%@`":
        return False
    # perfscore's own reader decides: it reads `yes`, `010` or `1e3` as anything but this text, or refuses it.
    again = YAML.read(f"v: {text}\n".encode(), "-")
    return not again.findings and again.data == {"v": text} and isinstance(again.data["v"], str)


def _literal_ok(text: str) -> bool:
    return "\n" in text and not text.endswith("\n") and not text.startswith((" ", "\n")) and \
        "\r" not in text and not _UNPRINTABLE.search(text)


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text if _plain_ok(text) else quoted(text)


def comment(text: str) -> str:
    """One comment line's text: line breaks and control characters cannot stand in a comment."""
    return _UNPRINTABLE.sub(" ", text.replace("\r", " ").replace("\n", " "))


class _Writer:
    def __init__(self, spans: Mapping[Path, str], notes: Mapping[Path, str]) -> None:
        self.spans, self.notes = spans, notes
        self.lines: list[str] = []

    def mapping(self, data: Mapping[str, Any], indent: int, path: Path, first_prefix: str | None = None) -> None:
        for position, (key, value) in enumerate(data.items()):
            pad = first_prefix if first_prefix is not None and position == 0 else " " * indent
            here = (*path, key)
            if here in self.notes:
                self.lines.append(f"{' ' * indent}# {comment(self.notes[here])}")
            self.value(f"{pad}{key}:", value, indent, here)

    def value(self, head: str, value: Any, indent: int, path: Path) -> None:
        if isinstance(value, Mapping):
            if not value:
                self.lines.append(f"{head} {{}}")
                return
            self.lines.append(head)
            self.mapping(value, indent + 2, path)
        elif isinstance(value, list):
            if not value:
                self.lines.append(f"{head} []")
                return
            self.lines.append(head)
            for index, item in enumerate(value):
                self.item(item, indent + 2, (*path, index))
        elif isinstance(value, str) and _literal_ok(value) and not _plain_ok(value):
            self.lines.append(f"{head} |-")
            self.lines.extend(f"{' ' * (indent + 2)}{line}" if line else "" for line in value.split("\n"))
        else:
            self.lines.append(f"{head} {scalar(value)}")

    def item(self, item: Any, indent: int, path: Path) -> None:
        if path in self.spans:
            self.lines.append(f"{' ' * indent}# {comment(self.spans[path])}")
        if isinstance(item, Mapping) and item:
            self.mapping(item, indent + 2, path, first_prefix=f"{' ' * indent}- ")
        elif isinstance(item, str) and _literal_ok(item) and not _plain_ok(item):
            self.lines.append(f"{' ' * indent}- |-")
            self.lines.extend(f"{' ' * (indent + 2)}{line}" if line else "" for line in item.split("\n"))
        else:
            self.lines.append(f"{' ' * indent}- {scalar(item) if not isinstance(item, Mapping) else '{}'}")


def report_yaml(data: Mapping[str, Any], header: list[str], spans: Mapping[Path, str] | None = None,
                notes: Mapping[Path, str] | None = None) -> str:
    """The YAML text of `data`: `header` as comment lines on top, a blank line between top-level parts."""
    writer = _Writer(spans or {}, notes or {})
    writer.lines.extend(f"# {comment(line)}" if line else "#" for line in header)
    for key, value in data.items():
        writer.lines.append("")
        if ("@", key) in writer.notes:
            writer.lines.append(f"# {comment(writer.notes['@', key])}")
        writer.value(f"{key}:", value, 0, (key,))
    return "\n".join(writer.lines).lstrip("\n") + "\n"
