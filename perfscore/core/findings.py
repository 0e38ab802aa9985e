"""Findings: what is wrong with a report, as sortable values with a code, a severity and a location.

A rule finds a problem in the data, where it knows a path such as `("facets", 2, "goals", 0, "weight")`
but no file position; the engine then locates it, filling the file and the position in its text. One
type serves both stages, so nothing is copied from one shape into another.

The message is a catalogue `Message` (a key and its arguments), never a string: each command and format
renders it in the run's language with `text(lang)`; `str(finding.message)` is the English sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from perfscore.core.catalogue import Message

Path = tuple[str | int, ...]  # keys and list indexes from the top of the data to one value


class Severity(str, Enum):
    """How much a finding matters: error, warning or info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem. `line` and `column` are 1-based; 0 means "the whole file".

    A spreadsheet has no lines: its reader names the cell (`Sheet1!C7`) in `cell`, and fills `line` and
    `column` with the cell's row and column numbers so that findings still sort in reading order.
    Before it is located, `path` says where in the data the problem is, `key` whether to point at the
    key rather than the value, and `old_path`, for a year-over-year finding, the evidence in last year's
    data; they take no part in ordering or equality.
    """

    file: str
    line: int
    column: int
    code: str
    severity: Severity
    message: Message
    cell: str | None = None
    path: Path = field(default=(), compare=False)
    key: bool = field(default=False, compare=False)
    old_path: Path | None = field(default=None, compare=False)

    @classmethod
    def at(cls, code: str, severity: Severity, path: Path, message: Message, *, key: bool = False,
           old_path: Path | None = None) -> Finding:
        """A finding not yet located: `path` into the data, and no file."""
        return cls("", 0, 0, code, severity, message, path=path, key=key, old_path=old_path)

    @classmethod
    def in_cell(cls, code: str, severity: Severity, file: str, sheet: str, row: int, column: int,
                message: Message) -> Finding:
        """A finding at a spreadsheet's cell: `row` and `column` 1-based (row 7, column 3 is `Sheet!C7`)."""
        return cls(file, row, column, code, severity, message, cell=f"{sheet}!{column_letters(column - 1)}{row}")

    def placed(self, file: str, line: int, column: int, message: Message | None = None) -> Finding:
        """This finding at `file:line:column`, its message completed when the position adds to it."""
        return replace(self, file=file, line=line, column=column,
                       message=self.message if message is None else message)

    def located(self) -> str:
        where = self.cell if self.cell is not None else f"{self.line}:{self.column}"
        return f"{self.file}:{where}"

    def text(self, lang: str = "en") -> str:
        """The message in `lang` ("zh-TW" or "en")."""
        # A Message always, in perfscore (mypy holds every site to it); a plain string only from a caller
        # that builds findings by hand, such as a test or a plugin, which is then shown as written.
        message: str = self.message
        return self.message.text(lang) if isinstance(message, Message) else message

    def as_dict(self, lang: str = "en") -> dict[str, object]:
        """Plain data; `message` in `lang`, and `message_en`, the English sentence machines can match on,
        when `lang` is not English (an English output stays as it was)."""
        data: dict[str, object] = {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.text(lang),
            "file": self.file,
            "line": self.line,
            "column": self.column,
        }
        if lang != "en":
            data["message_en"] = self.text("en")
        if self.cell is not None:
            data["cell"] = self.cell
        return data


def column_letters(column: int) -> str:
    """A spreadsheet column's letters from its 0-based index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
