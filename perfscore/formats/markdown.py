"""GitHub-flavoured Markdown, the one dialect of every Markdown format (report, diff, league).

Every text from a report is escaped: a `|` would split a table cell, a newline would end the row, and `<`,
`*`, `[` would turn an author's text into markup (GitHub renders inline HTML); control characters are
shown as escapes (`formats.terminal`), since the text is read on a terminal or a web page, never run.
"""

from __future__ import annotations

from perfscore.formats.terminal import shown

_ESCAPES = str.maketrans({
    "\\": "\\\\", "|": "\\|", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "#": "\\#",
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
})


def escape(text: str | None) -> str:
    """User text fit for a table cell: markup neutralised, line breaks kept as <br>."""
    if not text:
        return "—"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(shown(line.strip()).translate(_ESCAPES) for line in lines if line.strip()) or "—"


def code(text: str) -> str:
    """User text (an id, a path) as an inline code span, where markup is not interpreted: only a `|` (a
    table splits cells even there) and line breaks need care. A backtick would close the span, so such
    text is escaped as prose instead."""
    return escape(text) if "`" in text else "`" + shown(text).replace("|", "\\|") + "`"


def table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    align = ["---:" if index in right else "---" for index in range(len(header))]
    return ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |",
            *("| " + " | ".join(row) + " |" for row in rows)]
