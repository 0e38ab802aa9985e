"""Terminal tables whose figures never break: rich lays the columns out, `linebreak` wraps the text.

A table is described as columns and rows of plain text (or single-style `Text`). Each column needs at least
its widest atom (`linebreak.need`); a figure column (target, actual, score…) needs its whole cells when they
are short, so `5案以上` or `120,000` is never split. When the needs do not fit the width, droppable columns go,
last first, and the caller names them in a note. rich then computes the widths exactly as it did before
(so wide tables keep their layout), every header and cell is wrapped by `linebreak.wrap` to its column, and
the table is drawn with those widths fixed, so rich folds nothing itself. Both the measuring and the drawing
go through `LinearTable` (linear_table.py), which gives rich's output byte for byte at a small cost per cell,
so the facet tables of 10,000 indicators take about a quarter of the time they took (3 s of CPU instead of 12).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from rich import box as boxes
from rich.cells import cell_len
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

from perfscore.formats.linear_table import LinearTable
from perfscore.formats.linebreak import need, wrap

# A cell of a figure column up to this many cells is one piece (`85%以上`, `執行率80%`); a longer one (a
# target written as a sentence) wraps like text, never inside a figure.
FIGURE_CELLS = 16
# A text column need not be wider than this to avoid folding: a longer word (a path) may fold.
TEXT_NEED_CAP = 20

Cell = str | Text


@dataclass(frozen=True)
class Column:
    header: str
    justify: JustifyMethod = "left"
    ratio: int | None = None
    figure: bool = False
    droppable: bool = False
    min_width: int | None = None
    width: int | None = None  # a fixed width (widened to the column's need)
    style: str | None = None


@dataclass
class Grid:
    """What `layout` returns: the table to print and the headers of the columns left out."""

    table: Table
    dropped: list[str] = field(default_factory=list)


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _cell_need(cell: Cell, figure: bool) -> int:
    text = _plain(cell)
    if figure:
        widest = max(cell_len(line) for line in text.split("\n"))
        if widest <= FIGURE_CELLS:
            return widest
    return min(need(text), TEXT_NEED_CAP)


def _needs(columns: list[Column], rows: list[list[Cell]]) -> list[int]:
    needs = []
    for index, column in enumerate(columns):
        most = max(need(column.header), column.min_width or 0, 1)
        seen = set()  # a facet's or goal's name repeats on every row of the unmet review
        for row in rows:
            # A cell needs at most its widest line (at most 2 cells a character) and never more than the caps:
            # once the column needs that much, the rest of its cells cannot change it (a big report's rows).
            if most >= max(FIGURE_CELLS, TEXT_NEED_CAP):
                break
            text = _plain(row[index])
            if 2 * len(text) > most and text not in seen:
                seen.add(text)
                most = max(most, _cell_need(text, column.figure))
        needs.append(most)
    return needs


def _fit(widths: list[int], needs: list[int], room: int) -> list[int] | None:
    """`widths` with each raised to its need, the cells taken from the columns with the most to spare
    (rich's ratios ignore a flexible column's minimum); None when the needs cannot all fit in `room`."""
    if sum(needs) > room:
        return None
    widths = [max(width, want) for width, want in zip(widths, needs, strict=True)]
    while sum(widths) > room:
        spare = max(range(len(widths)), key=lambda index: widths[index] - needs[index])
        widths[spare] -= 1
    return widths


def _table(columns: list[Column], needs: list[int], widths: list[int] | None, **kwargs: Any) -> Table:
    table = LinearTable(**kwargs)
    for index, column in enumerate(columns):
        if widths is None:
            fixed = max(column.width, needs[index]) if column.width else None
            table.add_column(column.header, justify=column.justify, ratio=column.ratio, overflow="fold",
                             min_width=needs[index], width=fixed, style=column.style)
        else:
            header = "\n".join(wrap(column.header, widths[index]))
            table.add_column(header, justify=column.justify, width=widths[index], no_wrap=True,
                             overflow="crop", style=column.style)
    return table


def _wrapped(cell: Cell, width: int) -> Cell:
    if isinstance(cell, Text):
        return Text("\n".join(wrap(cell.plain, width)), style=cell.style)
    return "\n".join(wrap(cell, width))


def layout(console: Console, columns: list[Column], rows: list[list[Cell]], width: int,
           ends: frozenset[int] = frozenset(), title: str | None = None, **kwargs: Any) -> Grid:
    """The table of `rows` under `columns` in `width` cells (see the module docstring). `ends` are the rows
    that end a section; `kwargs` go to rich's `Table` (box, expand, pad_edge, show_header…)."""
    kwargs.setdefault("box", boxes.SIMPLE_HEAD)
    # Tighter padding (two spaces between columns, none at the edges) before a column goes.
    paddings: list[dict[str, Any]] = [{}, {"collapse_padding": True, "pad_edge": False}]
    shown = list(range(len(columns)))
    dropped: list[str] = []
    while True:
        visible = [columns[index] for index in shown]
        cells = [[row[index] for index in shown] for row in rows]
        needs = _needs(visible, cells)
        for tighter in paddings:
            options = {**kwargs, **tighter}
            probe = _table(visible, needs, None, **options)
            for row in cells:
                probe.add_row(*row)
            padding = [probe._get_padding_width(index) for index in range(len(visible))]
            room = width - probe._extra_width
            widths = probe._calculate_column_widths(console, console.options.update_width(room))
            inner = _fit([total - pad for total, pad in zip(widths, padding, strict=True)], needs,
                         room - sum(padding))
            if inner is not None:
                break
        droppable = [index for index in shown if columns[index].droppable]
        if inner is not None or not droppable:
            break
        shown.remove(droppable[-1])
        dropped.insert(0, columns[droppable[-1]].header)
    if inner is None:  # nothing left to drop: give each column what rich can, folding as a last resort
        inner = [max(1, total - pad) for total, pad in zip(widths, padding, strict=True)]
    widths = [w + pad for w, pad in zip(inner, padding, strict=True)]
    final = _table([replace(column, width=None) for column in visible], needs, inner, **options)
    if title is not None:
        final.title = "\n".join(wrap(title, sum(widths) + probe._extra_width))
    for position, row in enumerate(cells):
        final.add_row(*(_wrapped(cell, w) for cell, w in zip(row, inner, strict=True)),
                      end_section=position in ends)
    return Grid(final, dropped)

