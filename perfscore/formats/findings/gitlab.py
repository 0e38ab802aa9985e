"""Findings as a GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON array of issues.

https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: each issue has a
description, a check_name, a fingerprint, a severity (info, minor, major, critical or blocker) and a
location with a path and lines.begin. GitLab compares the fingerprints of a merge request's report with
its target branch's to say which issues are new or fixed, so a fingerprint must not change when
unrelated lines move: it hashes the file, the code and the message, not the line, and a repeat of the
same three in one file is told apart by its occurrence number (as ruff does).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dump_bytes

# Errors fail the gate (major); warnings are worth a look (minor); infos are draft notes.
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def fingerprint(file: str, code: str, message: str, occurrence: int) -> str:
    key = "\0".join((file, code, message, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    issues = []
    for file in view["files"]:
        seen: Counter[tuple[str, str]] = Counter()
        for finding in file["findings"]:
            seen[finding.code, str(finding.message)] += 1
            issues.append({
                "description": f"{finding.code} {finding.text(options.lang)}",
                "check_name": finding.code,
                "fingerprint": fingerprint(finding.file, finding.code, str(finding.message),
                                           seen[finding.code, str(finding.message)]),
                "severity": SEVERITIES[finding.severity.value],
                "location": {"path": finding.file, "lines": {"begin": max(finding.line, 1)}},
            })
    return dump_bytes(issues)
