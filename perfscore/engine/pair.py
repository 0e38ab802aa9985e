"""`perfscore diff` end to end: analyse OLD and NEW, compare them, and locate the target-setting
findings in NEW's text (with OLD's line named in the message)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from perfscore.core.analysis import DiffOutcome
from perfscore.core.findings import Finding
from perfscore.engine.analyse import Options, analyze_bytes, read_bytes
from perfscore.rules.registry import rule

if TYPE_CHECKING:
    pass


def _text(raw: bytes) -> str:
    from perfscore.readers.yaml_exact import decode

    text, _ = decode(raw, "", accept_bom=True)
    return text or ""


def run_diff(old_path: str, new_path: str, margin: Decimal, options: Options | None = None) -> DiffOutcome:
    """Raises PerfscoreError only when a file cannot be read."""
    options = options or Options()
    from perfscore.core.yoy import diff
    from perfscore.readers.yaml_locate import Locator

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
