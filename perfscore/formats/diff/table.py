"""A diff as rich tables for the terminal: the indicators that changed, the counts, the score changes and
the target-setting findings."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.console import findings_lines, string_console
from perfscore.formats.diff import heading, score_rows, status, summary, what_changed
from perfscore.formats.terminal import shown_view


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    view = shown_view(view)
    console, buffer = string_console(options)
    console.print(Text(heading(view, lang), style="bold"))
    if view["indicators"]:
        table = Table(title=label("diff_indicators", lang), title_justify="left", box=box.SIMPLE_HEAD,
                      expand=True)
        table.add_column(label("status", lang), no_wrap=True)
        table.add_column(label("facet", lang), ratio=2, overflow="fold")
        table.add_column(label("indicator", lang), ratio=4, overflow="fold")
        table.add_column(label("diff_what", lang), ratio=4, overflow="fold")
        for item in view["indicators"]:
            table.add_row(status(item, lang), item["facet"], f"{item['name']}\n[{item['key']}]",
                          what_changed(item, lang))
        console.print(table)
    else:
        console.print(label("diff_none", lang))
    console.print(summary(view, lang))
    scores = Table(title=label("diff_scores", lang), title_justify="left", box=box.SIMPLE_HEAD)
    scores.add_column(label("facet", lang), overflow="fold")
    for key in ("old", "new", "delta"):
        scores.add_column(label(f"diff_{key}", lang), justify="right")
    for row in score_rows(view, lang):
        scores.add_row(*row)
    console.print(scores)
    if view["findings"]:
        console.print(Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            console.print(line, overflow="fold")
    return buffer.getvalue()
