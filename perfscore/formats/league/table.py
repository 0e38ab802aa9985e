"""The league table as a rich table for the terminal; the reasons reports cannot be scored below it."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from perfscore.formats import RenderOptions
from perfscore.formats.console import finish, hidden_note, print_wrapped, string_console
from perfscore.formats.grid import Cell, Column, layout
from perfscore.formats.league import cells, failed, headers, unweighted, unweighted_note
from perfscore.formats.terminal import shown_view


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    view = shown_view(view)
    console, buffer = string_console(options)
    header = headers(view, lang)
    # The file column costs width; show it only when organisation and year do not tell rows apart.
    labels = [(r["organisation"], r["year"]) for r in view["rows"] if not failed(r)]
    with_file = len(set(labels)) < len(labels) or any(failed(r) for r in view["rows"])
    shown = header if with_file else header[:-1]
    facets = range(5, 5 + len(view["facets"]))
    columns = []
    for index, title in enumerate(shown):
        text = index in (1, len(header) - 1)
        # Names and the file wrap; figures, the year and the grade never do. Facet scores are the columns
        # that go, last first, when the terminal is too narrow for them; a note says so.
        columns.append(Column(title, justify="left" if text or index == 4 else "right", figure=not text,
                              min_width=8 if text else None, droppable=index in facets))
    rows: list[list[Cell]] = [list(cells(row, lang, len(header), view["mixed_scales"])[:len(shown)])
                              for row in view["rows"]]
    grid = layout(console, columns, rows, options.width, expand=False)
    console.print(grid.table)
    hidden_note(console, grid.dropped, lang, ("csv", "json", "markdown"))
    # What an unweighted report has instead of a total, and why a report failed, go below the table,
    # where they have the full width.
    for row in view["rows"]:
        if unweighted(row):
            print_wrapped(console, Text(unweighted_note(row, lang)))
    for row in view["rows"]:
        if failed(row):
            print_wrapped(console, Text(f"✗ {row['error']}"))
    return finish(buffer)
