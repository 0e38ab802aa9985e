"""What every family of rules is built from: `Rule`, one finding code with its name, default severity and
summary, and `Check`, what a family runs on a scored report. Each family module declares its rules next
to the checks that emit them; `perfscore.rules` registers them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from perfscore.core.catalogue import Message
from perfscore.core.findings import Finding, Path, Severity
from perfscore.core.model import Report
from perfscore.core.results import ReportResult

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Rule:
    """A finding code: stable once released, listed by `perfscore rules` and the README."""

    code: str
    name: str
    severity: Severity
    summary: Message  # the catalogue's rule.CODE: `perfscore rules` says it in either language

    def at(self, path: Path, message: Message, *, key: bool = False, old_path: Path | None = None) -> Finding:
        """A finding of this rule at `path` in the data, with the rule's severity; the engine locates it."""
        return Finding.at(self.code, self.severity, path, message, key=key, old_path=old_path)

    def in_cell(self, file: str, sheet: str, row: int, column: int, message: Message) -> Finding:
        """A finding of this rule at a spreadsheet's cell (`file:Sheet!C7`; row and column 1-based), located
        already: a workbook's reader knows its cells as the YAML reader knows its lines."""
        return Finding.in_cell(self.code, self.severity, file, sheet, row, column, message)


# A check reads one validated, scored report and yields findings at paths into its data.
Check = Callable[[Report, ReportResult], Iterable[Finding]]
