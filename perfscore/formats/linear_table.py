"""A rich `Table` whose cost is linear in its cells and small per cell, for tables of thousands of rows.

rich renders each cell through a `Padding`, a `Text`, its wrapping and two rounds of line splitting and
cropping, and measures each cell by building a `Text` for it: about a millisecond a row, so `compute --all`
on 10,000 indicators took many seconds. The grid (`grid.py`) already wraps every cell to its column and
fixes the widths, so most of that work is spent finding out what is known. `LinearTable` keeps rich's
layout and its output to the byte (colour included) and does the known part directly:

- measuring: a cell of plain text (or single-style `Text`) measures as its widest line and widest word,
  exactly what rich's `Text` reports; only padding and clamps are added, in rich's order;
- drawing (columns of fixed width that neither wrap nor fold, as the grid makes them): a cell's line is
  justified and cropped to its column the way rich does it and drawn as the
  segments rich would draw (left padding, text, right padding), and rows are framed by the table's box.

Any cell or setting this does not cover (markup, highlighting, tabs or control characters, several styles
in one text, a footer, `leading`, row styles, vertical alignment other than rich's defaults) makes the
table fall back to rich's own code, so the output never depends on which path drew it.
`tests/test_linear_table.py` compares the two paths on random tables, in colour and without.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Column, Table
from rich.text import Text

# Characters rich's `Text` strips or expands (tabs, carriage returns and other controls): left to rich.
_SPECIAL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def _plain_cell(cell: Any) -> tuple[str, Style | str | None] | None:
    """(text, its style) for a cell this module draws as rich would; None for any other renderable."""
    if isinstance(cell, str):
        text, style = cell, None
    elif type(cell) is Text and not cell.spans and cell.justify is None and cell.overflow is None \
            and cell.no_wrap is None and cell.end == "\n":
        text, style = cell.plain, cell.style or None
    else:
        return None
    return None if _SPECIAL.search(text) else (text, style)


def _raw_measure(text: str) -> tuple[int, int]:
    """rich's `Text.__rich_measure__`: (widest word, widest line) in cells."""
    lines = text.splitlines()
    widest_line = max(map(cell_len, lines)) if lines else 0
    words = text.split()
    return (max(map(cell_len, words)) if words else widest_line), widest_line


def _measure_cell(raw: tuple[int, int], extra: int, width: int) -> tuple[int, int]:
    """`Measurement.get` of a `Padding(text)` with `extra` cells of padding in `width` cells."""
    if width < 1:
        return 0, 0
    if width - extra < 1:
        low, high = width, width
    else:
        low, high = min(raw[0], width), min(raw[1], width)  # the text's measurement, capped
        if high < 1:
            low, high = 0, 0
        low, high = min(low + extra, width), min(high + extra, width)
    low, high = Measurement(low, high).normalize().with_maximum(width)
    if high < 1:
        return 0, 0
    low, high = Measurement(low, high).normalize()
    return low, high


def _justified(text: str, width: int, justify: str) -> str:
    """One line of a cell as rich's `Text.wrap(no_wrap=True, overflow="crop")` leaves it."""
    if justify == "left":
        length = cell_len(text)
        if length > width:
            return set_cell_size(text, width)
        return text + " " * (width - length) if length < width else text
    text = text.rstrip()
    if cell_len(text) > width:
        text = set_cell_size(text, width)
    if justify == "right":
        return " " * (width - cell_len(text)) + text
    text = " " * ((width - cell_len(text)) // 2) + text  # center
    return text + " " * (width - cell_len(text))


class LinearTable(Table):
    """A rich `Table` that measures and draws plain cells directly (see the module docstring)."""

    def _plain(self) -> bool:
        return not (self.show_footer or self.leading or self.row_styles or self.highlight) and all(
            row.style is None for row in self.rows
        ) and all(not column.highlight and column.vertical == "top" and column.justify in ("left", "right", "center")
                  for column in self.columns)

    def _column_texts(self, column: Column) -> list[tuple[str, Style | str | None]] | None:
        cells = [column.header] if self.show_header else []
        cells.extend(column._cells)
        texts = []
        for cell in cells:
            plain = _plain_cell(cell)
            if plain is None:
                return None
            texts.append(plain)
        return texts

    def _measure_column(self, console: Console, options: ConsoleOptions, column: Column) -> Measurement:
        texts = self._column_texts(column) if column.width is None and self._plain() else None
        if texts is None:
            return super()._measure_column(console, options, column)
        width = options.max_width
        if width < 1:
            return Measurement(0, 0)
        padding = self._get_padding_width(column._index)
        _top, right, _bottom, left = self._cell_padding(column._index)
        extra = left + right
        # Each cell's measurement grows with its widest word and widest line alone, so the column's is that of
        # the widest word and line over its cells; a text of n characters spans at most 2n cells.
        low = high = -1
        for text, _style in texts:
            if 2 * len(text) > low:
                word, line = _raw_measure(text)
                low, high = max(low, word), max(high, line)
        # (1, width) when there is no cell at all, as rich measures an empty column
        measurement = Measurement(*_measure_cell((low, high), extra, width)) if low >= 0 else Measurement(1, width)
        measurement = measurement.with_maximum(width)
        return measurement.clamp(None if column.min_width is None else column.min_width + padding,
                                  None if column.max_width is None else column.max_width + padding)

    def _cell_padding(self, index: int) -> tuple[int, int, int, int]:
        """Left and right padding of a cell of column `index` as rich's `_get_cells` gives it (top and bottom
        are not used here: the grid's tables have none)."""
        top, right, bottom, left = self.padding
        if self.collapse_padding and index:
            left = max(0, left - right)
        if not self.pad_edge:
            if index == 0:
                left = 0
            if index == len(self.columns) - 1:
                right = 0
        return top, right, bottom, left

    def _render(self, console: Console, options: ConsoleOptions, widths: list[int]) -> RenderResult:
        columns = self.columns
        texts = [self._column_texts(column) for column in columns] if self._plain() else None
        inner = [width - pad[1] - pad[3] for width, pad in zip(widths, map(self._cell_padding, range(len(columns))),
                                                                  strict=True)]
        if texts is None or any(t is None for t in texts) or self.padding[0] or self.padding[2] or not self.box \
                or min(inner, default=1) < 1 or not all(c.no_wrap and c.overflow == "crop" for c in columns):
            yield from super()._render(console, options, widths)
            return
        yield from self._draw(console, options, widths, texts)  # type: ignore[arg-type]

    def _draw(self, console: Console, options: ConsoleOptions, widths: list[int],
              texts: list[list[tuple[str, Style | str | None]]]) -> Iterator[Segment]:
        get_style = console.get_style
        border = get_style(self.style or "") + get_style(self.border_style or "")
        assert self.box is not None
        box = self.box.substitute(options, safe=console.safe_box if self.safe_box is None else self.safe_box)
        box = box if self.show_header else box.get_plain_headed_box()
        line = Segment.line()
        header_style = get_style(self.header_style or "")
        painters = [(_Painter(console, header_style + get_style(column.header_style), width, pad, column.justify),
                     _Painter(console, get_style(column.style or ""), width, pad, column.justify))
                    for column, width, pad in zip(self.columns, widths, map(self._cell_padding, range(len(widths))),
                                                  strict=True)]
        frames = [(Segment(box.head_left, border), Segment(box.head_right, border), Segment(box.head_vertical, border)),
                  (Segment(box.mid_left, border), Segment(box.mid_right, border), Segment(box.mid_vertical, border)),
                  (Segment(box.foot_left, border), Segment(box.foot_right, border), Segment(box.foot_vertical, border))]
        frames = [(left, right, divider if divider.text.strip() else Segment(divider.text, Style() + divider.style))
                  for left, right, divider in frames]
        if self.show_edge:
            yield Segment(box.get_top(widths), border)
            yield line
        count = len(texts[0]) if texts else 0
        for index in range(count):
            first, last = index == 0, index == count - 1
            header = first and self.show_header
            cells = [painter[0 if header else 1].lines(*column[index]) for painter, column in zip(painters, texts,
                                                                                                  strict=True)]
            height = max(len(cell) for cell in cells)
            for cell, painter in zip(cells, painters, strict=True):
                if len(cell) < height:  # rich aligns a header at the bottom, a cell at the top
                    blank = [painter[0 if header else 1].blank] * (height - len(cell))
                    cell[:] = blank + cell if header else cell + blank
            left, right, divider = frames[0 if first else (2 if last else 1)]
            for number in range(height):
                if self.show_edge:
                    yield left
                for position, cell in enumerate(cells):
                    yield from cell[number]
                    if position < len(cells) - 1:
                        yield divider
                if self.show_edge:
                    yield right
                yield line
            if header:
                yield Segment(box.get_row(widths, "head", edge=self.show_edge), border)
                yield line
                continue
            row = self.rows[index - self.show_header]
            if (self.show_lines or row.end_section) and not last:
                yield Segment(box.get_row(widths, "row", edge=self.show_edge), border)
                yield line
        if self.show_edge:
            yield Segment(box.get_bottom(widths), border)
            yield line


class _Painter:
    """Draws the cells of one column (its header, or its body) as rich draws a `Padding` around a text:
    padding, the justified text, padding, the styles combined as rich combines them."""

    def __init__(self, console: Console, base: Style, width: int, pad: tuple[int, int, int, int],
                 justify: str) -> None:
        self.console, self.base, self.justify = console, base, justify
        self.inner = width - pad[1] - pad[3]
        pad_style = base if base else Style()
        self.left = [Segment(" " * pad[3], pad_style)] if pad[3] else []
        self.right = [Segment(" " * pad[1], pad_style)] if pad[1] else []
        self.blank = [Segment(" " * width, base)]
        self.styles: dict[Style | str | None, Style | None] = {}

    def _shown(self, style: Style | str | None) -> Style | None:
        """The text's segment style: the column's style and then the text's, as rich's `apply_style` adds."""
        if style not in self.styles:
            text_style = self.console.get_style(style) if style else None
            self.styles[style] = (self.base + text_style if text_style else self.base) if self.base else text_style
        return self.styles[style]

    def lines(self, text: str, style: Style | str | None) -> list[list[Segment]]:
        shown = self._shown(style)
        return [[*self.left, Segment(_justified(part, self.inner, self.justify), shown), *self.right]
                for part in text.split("\n")]
