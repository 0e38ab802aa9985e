"""A diff as rich tables for the terminal: the indicators that changed, the counts, the score changes and
the target-setting findings."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.console import findings_lines, finish, print_wrapped, string_console
from perfscore.formats.diff import heading, score_rows, status, summary, what_changed
from perfscore.formats.grid import Cell, Column, layout
from perfscore.formats.terminal import shown_view


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    view = shown_view(view)
    console, buffer = string_console(options)
    print_wrapped(console, Text(heading(view, lang), style="bold"))
    if view["indicators"]:
        columns = [Column(label("status", lang), figure=True), Column(label("facet", lang), ratio=2),
                   Column(label("indicator", lang), ratio=4), Column(label("diff_what", lang), ratio=4)]
        rows: list[list[Cell]] = [[status(item, lang), item["facet"], f"{item['name']}\n[{item['key']}]",
                                   what_changed(item, lang)] for item in view["indicators"]]
        console.print(layout(console, columns, rows, options.width, title=label("diff_indicators", lang),
                             title_justify="left", expand=True).table)
    else:
        print_wrapped(console, Text(label("diff_none", lang)))
    print_wrapped(console, Text(summary(view, lang)))
    scores = [Column(label("facet", lang))] + [Column(label(f"diff_{key}", lang), justify="right", figure=True)
                                               for key in ("old", "new", "delta")]
    console.print(layout(console, scores, [list(row) for row in score_rows(view, lang)], options.width,
                         title=label("diff_scores", lang), title_justify="left").table)
    if view["findings"]:
        print_wrapped(console, Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            print_wrapped(console, line)
    return finish(buffer)
