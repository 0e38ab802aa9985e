"""The league table as Markdown; the reasons reports cannot be scored as a list below it."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.league import cells, failed, headers, unweighted, unweighted_note
from perfscore.formats.markdown import escape


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    header = headers(view, lang)
    align = ["--:" if i not in (1, 4, len(header) - 1) else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(escape(h) for h in header) + " |", "|" + "|".join(align) + "|"]
    for row in view["rows"]:
        lines.append("| " + " | ".join(escape(c) for c in cells(row, lang, len(header), view["mixed_scales"])) + " |")
    notes = [f"- {escape(unweighted_note(row, lang))}" for row in view["rows"] if unweighted(row)]
    notes += [f"- ✗ {escape(row['error'])}" for row in view["rows"] if failed(row)]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"
