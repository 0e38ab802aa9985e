"""Findings as GitHub workflow commands: one ::group:: per file with findings; path problems and skipped
files as annotations too, so they show on the run's summary page, not only in the log.

https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions: the runner decodes
%25, %0D and %0A in a command's message, and additionally %3A and %2C in its properties, where a raw ":"
would end the properties and a raw "," would start the next one. The log shows what the runner does not
read as a command, so other control characters are shown as escapes first.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.findings import Finding
from perfscore.formats import RenderOptions
from perfscore.formats.findings import skipped_reason, summary_line
from perfscore.formats.terminal import shown
from perfscore.rules import rule


def _escape_data(text: str) -> str:
    return shown(text, lines=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(finding: Finding, lang: str = "en") -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
    title = f"{finding.code} {rule(finding.code).name}"
    properties = ",".join([f"file={_escape_property(finding.file)}", f"line={finding.line}",
                           f"col={finding.column}", f"title={_escape_property(title)}"])
    return f"::{level} {properties}::{_escape_data(finding.text(lang))}"


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lines = [f"::error title={_escape_property('perfscore')}::{_escape_data(problem)}"
             for problem in view["problems"]]
    for file in view["files"]:
        if file["skipped"] is not None:
            lines.append(f"::notice file={_escape_property(file['file'])},title=skipped::"
                         f"{_escape_data(skipped_reason(file, options.lang))}")
        if not file["findings"]:
            continue
        lines.append(f"::group::{_escape_data(file['file'])}")
        lines += [github_command(finding, options.lang) for finding in file["findings"]]
        lines.append("::endgroup::")
    lines.append(summary_line(view, options.lang))
    return "\n".join(lines) + "\n"
