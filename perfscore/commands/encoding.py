"""Output to a stream that cannot encode every character: degrade, never crash.

A Traditional Chinese Windows console (cp950, also `PYTHONIOENCODING=cp950`) has every CJK character of a
report but not `≥`, `≤`, `−` or `✗`, nor the byte-order mark a CSV starts with; an ASCII log has none of
them. Python's default is to raise UnicodeEncodeError in the middle of the output. Here stdout and stderr
(when they use the strict default) encode what they can and put an ASCII stand-in for the rest: `>=` for
`≥`, nothing for the byte-order mark, `?` for a character with no stand-in. A user's own error handler
(`PYTHONIOENCODING=cp950:replace`) is kept.
"""

from __future__ import annotations

import codecs
import io
from typing import Any

HANDLER = "perfscore-fallback"

# The stand-ins keep a figure's meaning: `>= 5` for `≥ 5`, `-2` for `−2`.
FALLBACKS = {
    "≥": ">=", "≧": ">=", "≤": "<=", "≦": "<=", "≠": "!=", "−": "-", "–": "-", "—": "-", "→": "->",
    "…": "...", "✗": "x", "✓": "v", "●": "*", "▲": "^", "■": "#", "○": "o", "％": "%", "\ufeff": "",
    "\u00a0": " ", "\u3000": "  ",
}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start:error.end]
    return "".join(FALLBACKS.get(char, "?") for char in text), error.end


codecs.register_error(HANDLER, _fallback)


def degrade_gracefully(*streams: Any) -> None:
    """Make each text stream that would raise on an unencodable character use the fallbacks instead."""
    for stream in streams:
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            encoding = codecs.lookup(stream.encoding).name
            if not encoding.startswith("utf"):  # UTF-8, -16, -32 encode everything: leave them untouched
                stream.reconfigure(errors=HANDLER)
