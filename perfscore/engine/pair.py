"""`perfscore diff` end to end: analyse OLD and NEW, compare them, and locate the target-setting
findings in NEW's text (with OLD's line named in the message)."""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.analysis import DiffOutcome
from perfscore.engine.analyse import Options, analyze_bytes, read_bytes


def _text(raw: bytes) -> str:
    from perfscore.readers.yaml_exact import decode

    text, _ = decode(raw, "", accept_bom=True)
    return text or ""


def run_diff(old_path: str, new_path: str, margin: Decimal, options: Options | None = None) -> DiffOutcome:
    """Raises PerfscoreError only when a file cannot be read."""
    options = options or Options()
    from perfscore.core.yoy import diff
    from perfscore.readers.yaml_locate import Locator
    from perfscore.rules.yoy import check_pair

    old_raw, new_raw = read_bytes(old_path, options.max_bytes), read_bytes(new_path, options.max_bytes)
    old, new = analyze_bytes(old_raw, old_path, options), analyze_bytes(new_raw, new_path, options)
    outcome = DiffOutcome(old, new)
    if old.report is None or old.result is None or new.report is None or new.result is None:
        return outcome
    outcome.diff = diff(old.result, new.result)
    old_locator, new_locator = Locator(_text(old_raw)), Locator(_text(new_raw))
    accepted = frozenset(new.report.scoring.accept)
    for finding in check_pair(new.report, outcome.diff, margin):
        if not options.keeps(finding.code, accepted):
            continue
        old_line, _ = old_locator.locate(finding.old_path or ())
        outcome.findings.append(finding.placed(new_path, *new_locator.locate(finding.path, finding.key),
                                               f"{finding.message} (last year: {old_path}:{old_line})"))
    outcome.findings.sort()
    return outcome
