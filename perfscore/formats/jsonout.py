"""JSON with exact decimals: `92.9` is written from the Decimal's digits, never through float.

The output is what `json.dumps(value, indent=2, ensure_ascii=False)` would write (keys through str()),
but built without one encoder per scalar and without holding a list of every fragment: fragments are
joined every few thousand, so a large report costs its output and little more. `dump_bytes` writes the
UTF-8 straight away: a str holding one Chinese character costs two or four bytes for every ASCII one, and
encoding it afterwards would hold a second copy.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from decimal import Decimal
from json.encoder import encode_basestring  # the C function json.dumps(ensure_ascii=False) uses for str
from typing import Any

from perfscore.core.decimals import plain

_FLUSH = 4096  # fragments held before they are joined and handed on
# A list may also be a one-shot iterator (view.result_view(lazy=True)): each item is encoded as it comes.


def dumps(value: Any, indent: int = 2) -> str:
    chunks: list[str] = []
    _encode(value, indent, chunks.append)
    return "".join(chunks)


def dump_bytes(value: Any, indent: int = 2) -> bytes:
    """`dumps(value, indent)` as UTF-8."""
    buffer = io.BytesIO()
    _encode(value, indent, lambda text: buffer.write(text.encode("utf-8")))
    return buffer.getvalue()


def _encode(value: Any, indent: int, sink: Callable[[str], object]) -> None:
    parts: list[str] = []
    add = parts.append

    def next_entry(index: int, between: str) -> None:
        if index:
            add(between)
        if len(parts) >= _FLUSH:
            sink("".join(parts))
            parts.clear()

    def write(item: Any, level: int) -> None:
        if isinstance(item, str):
            add(encode_basestring(item))
        elif isinstance(item, Decimal):
            add(plain(item) if item.is_finite() else "null")
        elif item is None:
            add("null")
        elif item is True or item is False:
            add("true" if item else "false")
        elif isinstance(item, int):
            add(int.__repr__(item))  # what json writes for an int subclass (an IntEnum) too
        elif isinstance(item, dict):
            if not item:
                add("{}")
                return
            inner = "\n" + " " * (indent * (level + 1))
            add("{" + inner)
            for index, (key, entry) in enumerate(item.items()):
                next_entry(index, "," + inner)
                add(encode_basestring(str(key)))
                add(": ")
                write(entry, level + 1)
            add("\n" + " " * (indent * level) + "}")
        elif isinstance(item, list | tuple | Iterator):
            inner = "\n" + " " * (indent * (level + 1))
            index = -1
            for index, entry in enumerate(item):
                next_entry(index, "," + inner)
                if not index:
                    add("[" + inner)
                write(entry, level + 1)
            add("[]" if index < 0 else "\n" + " " * (indent * level) + "]")
        else:
            raise TypeError(f"cannot encode {type(item).__name__} as JSON")

    write(value, 0)
    add("\n")
    sink("".join(parts))
