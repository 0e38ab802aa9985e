"""The league table as a rich table for the terminal; the reasons reports cannot be scored below it."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table

from perfscore.formats import RenderOptions
from perfscore.formats.console import string_console
from perfscore.formats.league import cells, headers
from perfscore.formats.terminal import shown_view


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    view = shown_view(view)
    console, buffer = string_console(options)
    header = headers(view, lang)
    # The file column costs width; show it only when organisation and year do not tell rows apart.
    labels = [(r["organisation"], r["year"]) for r in view["rows"] if r["total"] is not None]
    with_file = len(set(labels)) < len(labels) or any(r["total"] is None for r in view["rows"])
    shown = header if with_file else header[:-1]
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    facets = range(5, 5 + len(view["facets"]))
    for index, title in enumerate(shown):
        text = index in (1, len(header) - 1)
        # Names and facet headers fold; short figures (rank, year, total, grade, counts) never do.
        table.add_column(title, justify="left" if text or index == 4 else "right", overflow="fold",
                         min_width=8 if text else None, no_wrap=not text and index not in facets)
    for row in view["rows"]:
        table.add_row(*cells(row, lang, len(header), view["mixed_scales"])[:len(shown)])
    console.print(table)
    for row in view["rows"]:
        if row["total"] is None:  # the reason goes below the table, where it has the full width
            console.print(f"✗ {row['error']}", overflow="fold", highlight=False)
    return buffer.getvalue()
