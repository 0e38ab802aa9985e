"""Reading one sheet's table cell by cell: merged ranges, values as text or exact numbers, and where each
value came from (`Built.places`), with a PS903/PS905 finding at the cell when a value cannot be used."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from perfscore.core.catalogue import Message, say
from perfscore.core.findings import Finding, Path
from perfscore.readers.sheets.grid import Grid
from perfscore.readers.sheets.headers import Layout
from perfscore.readers.sheets.values import Unreadable, as_number, as_text
from perfscore.rules.base import Rule
from perfscore.rules.sheets import PS903, PS905

Place = tuple[Grid, int, int]  # the sheet, 0-based row and column


@dataclass
class Built:
    """The facets read from every sheet, where each part came from, and the problems found."""

    facets: list[dict[str, Any]] = field(default_factory=list)
    places: dict[Path, Place] = field(default_factory=dict)  # a value's (or an item's) own cell
    spans: dict[Path, str] = field(default_factory=dict)  # an item's cells, `工作表1!A3:A7`, for comments
    findings: list[Finding] = field(default_factory=list)

    def problem(self, rule: Rule, place: Place, message: Message) -> None:
        grid, row, column = place
        self.findings.append(Finding("", row + 1, column + 1, rule.code, rule.severity, message,
                                     cell=grid.cell(row, column)))


class Cells:
    """The cells of one sheet's table under its header row (`layout`), read into `built`."""

    def __init__(self, layout: Layout, built: Built) -> None:
        self.layout, self.grid, self.built = layout, layout.grid, built
        self.covered: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for merged in self.grid.merged:
            for row in range(merged[0], merged[2] + 1):
                for column in range(merged[1], merged[3] + 1):
                    self.covered[row, column] = merged

    def text(self, row: int, name: str) -> str | None:
        column = self.layout.columns.get(name)
        if column is None:
            return None
        text: str | None = self.read(row, column, as_text)
        return text

    def read(self, row: int, column: int, how: Any) -> Any:
        """The cell's value read by `how`; a merged range's value holds in every row it spans, in its first
        column only (a heading merged across the table is not also a weight or a target)."""
        merged = self.covered.get((row, column))
        if merged is not None and column != merged[1]:
            return None
        source = (merged[0], merged[1]) if merged else (row, column)
        try:
            return how(self.grid.value(*source))
        except Unreadable as error:
            if source == (row, column):  # a merged cell is reported once, at its first cell
                self.built.problem(PS905, (self.grid, row, column), say("PS905", problem=error.message))
            return None

    def starts(self, row: int, name: str, current: str | None) -> bool:
        """Whether the facet or goal cell of `row` begins a new one (see the module docstring)."""
        column = self.layout.columns[name]
        merged = self.covered.get((row, column))
        if merged is not None:
            return merged[0] == row
        value = self.text(row, name)
        return value is not None and value != current

    def span(self, first: int, last: int, column: int) -> str:
        return self.grid.span((first, column), (last, column))

    def number(self, row: int, key: str) -> Decimal | str | None:
        column = self.layout.columns.get(key)
        return None if column is None else self.read(row, column, as_number)

    def checked(self, row: int, key: str, what: str) -> Decimal | str | None:
        """A number cell: the decimal, or its text with a PS903 finding (the report keeps the text); `what`
        names the cell (a catalogue PS903.* word)."""
        value = self.number(row, key)
        if isinstance(value, str):
            self.built.problem(PS903, (self.grid, row, self.layout.columns[key]),
                               say("PS903", what=say(f"PS903.{what}"), value=value))
        return value

    def place(self, path: Path, row: int, column: int) -> None:
        self.built.places[path] = (self.grid, row, column)

    def at(self, path: Path) -> Place:
        return self.built.places[path]


def as_text_or_none(value: object) -> str | None:
    try:
        return as_text(value)
    except Unreadable:
        return "?"  # an unreadable cell is still something in the row
