"""Report text and paths made safe to print on a terminal: control characters are shown, never obeyed.

A report's text (double-quoted YAML may hold "\\e]52;…", a clipboard write) and a file's name are
untrusted. Before either reaches a terminal, every C0 control, DEL, C1 control (`\\x9b` is a one-byte
CSI) and Unicode bidi control (which can make text read differently from what it is) is replaced by a
visible escape such as `\\x1b` or `\\u202e`. Line breaks may be kept where a table shows multi-line text.
Machine formats (JSON, CSV) never pass through here: they keep the text exactly.
"""

from __future__ import annotations

import re
from typing import Any

# The characters with Unicode's Bidi_Control property.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
# A line break (LF or CRLF) kept; a lone CR would move the cursor back over the line and hide it.
_UNSAFE_BUT_BREAKS = re.compile(f"\r(?!\n)|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, lines: bool = False) -> str:
    """`text` with every control character as a visible escape; `lines=True` keeps line breaks (LF, CRLF)
    for a place that shows multi-line text, else they are escaped too, so one finding or one path stays
    one line."""
    return (_UNSAFE_BUT_BREAKS if lines else _UNSAFE).sub(_escape, text)


def shown_view(data: Any) -> Any:
    """A view (dicts, lists, strings, numbers) with every string passed through `shown(…, lines=True)`,
    for the terminal tables, which draw many fields of it."""
    if isinstance(data, str):
        return shown(data, lines=True)
    if isinstance(data, dict):
        return {key: shown_view(value) for key, value in data.items()}
    if isinstance(data, list):
        return [shown_view(value) for value in data]
    return data
