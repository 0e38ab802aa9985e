"""`perfscore diff` end to end: analyse OLD and NEW, compare them, and locate the target-setting
findings in NEW's text (with OLD's line named in the message)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from perfscore.findings import Finding
from perfscore.pipeline import FileReport, Options, analyze_bytes, read_bytes
from perfscore.rules import rule

if TYPE_CHECKING:
    from perfscore.yoy import Diff


@dataclass
class DiffOutcome:
    old: FileReport
    new: FileReport
    diff: Diff | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def scored(self) -> bool:
        return self.diff is not None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity.value == "error")


def _text(raw: bytes) -> str:
    from perfscore.yamlload import decode

    text, _ = decode(raw, "", accept_bom=True)
    return text or ""


def run_diff(old_path: str, new_path: str, margin: Decimal, options: Options | None = None) -> DiffOutcome:
    """Raises PerfscoreError only when a file cannot be read."""
    options = options or Options()
    from perfscore.locate import Locator
    from perfscore.yoy import diff

    old_raw, new_raw = read_bytes(old_path, options.max_bytes), read_bytes(new_path, options.max_bytes)
    old, new = analyze_bytes(old_raw, old_path, options), analyze_bytes(new_raw, new_path, options)
    outcome = DiffOutcome(old, new)
    if old.report is None or old.result is None or new.report is None or new.result is None:
        return outcome
    outcome.diff = diff(old.report, old.result, new.report, new.result, margin)
    old_locator, new_locator = Locator(_text(old_raw)), Locator(_text(new_raw))
    accepted = frozenset(new.report.scoring.accept)
    for problem in outcome.diff.problems:
        if not options.keeps(problem.code, accepted):
            continue
        line, column = new_locator.locate(problem.path, problem.key)
        old_line, _ = old_locator.locate(problem.old_path)
        message = f"{problem.message} (last year: {old_path}:{old_line})"
        outcome.findings.append(Finding(new_path, line, column, problem.code, rule(problem.code).severity,
                                        message))
    outcome.findings.sort()
    return outcome
