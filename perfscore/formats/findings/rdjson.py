"""Findings in reviewdog's Diagnostic Format, one JSON document (`reviewdog -f=rdjson`).

https://github.com/reviewdog/reviewdog/tree/master/proto/rdf: a source, and diagnostics each with a
message, a location (path, range.start line and column, 1-based), a severity (ERROR, WARNING, INFO) and
a code. A finding about the whole file (line 0) has no range: reviewdog then reports it on the file.
"""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dump_bytes


def _diagnostic(finding: Any, lang: str) -> dict[str, Any]:
    location: dict[str, Any] = {"path": finding.file}
    if finding.line > 0:
        location["range"] = {"start": {"line": finding.line, "column": max(finding.column, 1)}}
    return {"message": finding.text(lang), "location": location, "severity": finding.severity.value.upper(),
            "code": {"value": finding.code}}


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    return dump_bytes({
        "source": {"name": "perfscore"},
        "diagnostics": [_diagnostic(finding, options.lang) for file in view["files"] for finding in file["findings"]],
    })
