"""Readers: bytes and a display name in, a `Source` out.

A reader knows one file format. It hands on the plain data (dicts, lists, str, int, Decimal, bool, None),
or None when the file cannot be used; the findings of loading it, already located; the decoded text when
the format has one; and a `Locator`, which turns a path into the data, such as
`("facets", 2, "goals", 0, "weight")`, into a place in the file. Everything after reading (validation,
scoring, checks) works on the plain data and speaks in such paths, so a new input format needs a reader
and nothing else. `perfscore.readers.registry` picks the reader by the file's suffix; how to add one is
shown, end to end, in tests/test_readers.py.

This module names the contract only: it imports no parser, so naming a reader costs no import of one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from perfscore.core.findings import Finding, Path

# 1-based line and column. A spreadsheet's locator gives a cell's row and column here, and also has a
# `cell(path) -> str | None` method naming it (工作表1!C7), which the engine puts in the finding's `cell`;
# findings made at a cell directly use `Finding.in_cell`.
Position = tuple[int, int]


class Locator(Protocol):
    def locate(self, path: Path, key: bool = False) -> Position:
        """Where the value at `path` stands (or its key, with `key`); the nearest ancestor when it is absent."""
        ...


class Nowhere:
    """The locator of a source with no data: there is nothing to point into but the start."""

    def locate(self, path: Path, key: bool = False) -> Position:
        return 1, 1


@dataclass
class Source:
    """One file as read. The engine consumes `data` (it lets go of it once the report model holds it);
    `text` and `locator` stay, for locating findings later and for editing the file (rollover)."""

    name: str
    data: Any
    findings: list[Finding] = field(default_factory=list)
    text: str | None = None
    locator: Locator = field(default_factory=Nowhere)


class Reader(Protocol):
    def read(self, raw: bytes, name: str, accept_bom: bool = False) -> Source:
        """The source of `raw`, shown as `name`. Bad data gives findings, never an exception. `accept_bom`
        says a byte-order mark is not worth a finding (PS105 is not selected); formats without one ignore it."""
        ...
