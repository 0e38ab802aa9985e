"""The findings of `perfscore validate` (and of a report that cannot be scored) as plain data: every file
in the order checked, with its findings or the reason it was skipped, the path problems, and the totals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from perfscore.core.analysis import FileReport
from perfscore.core.findings import Severity
from perfscore.views import SCHEMA_VERSION


def findings_view(reports: list[FileReport], problems: Sequence[str] = ()) -> dict[str, Any]:
    """`files` keeps each report's findings as `Finding` values, so a format can say where they are."""
    checked = [report for report in reports if report.skipped is None]
    findings = [finding for report in checked for finding in report.findings]
    return {
        "schema_version": SCHEMA_VERSION,
        "summary": {"files": len(checked),
                    **{key: sum(f.severity is severity for f in findings) for key, severity in
                       (("errors", Severity.ERROR), ("warnings", Severity.WARNING), ("infos", Severity.INFO))},
                    "skipped": len(reports) - len(checked), "problems": len(problems)},
        "files": [{"file": report.path, "skipped": report.skipped, "errors": report.errors,
                   "warnings": report.warnings, "findings": report.findings} for report in reports],
        "problems": list(problems),
    }
