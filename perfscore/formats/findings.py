"""Findings of `perfscore validate` as text (rich), JSON, or GitHub workflow commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from perfscore.core.analysis import FileReport
from perfscore.core.findings import Finding
from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dumps
from perfscore.formats.terminal import shown
from perfscore.rules import rule

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def totals(reports: list[FileReport], problems: Sequence[str] = ()) -> dict[str, int]:
    checked = [report for report in reports if report.skipped is None]
    findings = [f for report in checked for f in report.findings]
    return {"files": len(checked), "errors": sum(f.severity.value == "error" for f in findings),
            "warnings": sum(f.severity.value == "warning" for f in findings),
            "infos": sum(f.severity.value == "info" for f in findings),
            "skipped": len(reports) - len(checked), "problems": len(problems)}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(reports: list[FileReport], problems: Sequence[str] = ()) -> str:
    """`3 files checked: 2 errors, 1 warning, 0 infos`, then `; 1 skipped (not a report)` and
    `; 1 path problem` (exit 2) when there are any."""
    count = totals(reports, problems)
    line = f"{_plural(count['files'], 'file')} checked: {_plural(count['errors'], 'error')}, " \
           f"{_plural(count['warnings'], 'warning')}, {_plural(count['infos'], 'info')}"
    if count["skipped"]:
        line += f"; {count['skipped']} skipped (not a report)"
    if count["problems"]:
        line += f"; {_plural(count['problems'], 'path problem')}"
    return line


def render_text(reports: list[FileReport], options: RenderOptions, problems: Sequence[str] = ()) -> str:
    """One finding per line (`file:line:col: CODE severity message`, never wrapped, so grep and editors'
    problem matchers read it), skipped files as notes, then the summary line. Path problems go to stderr
    from the command, not here."""
    from perfscore.formats.console import string_console

    console, buffer = string_console(options)
    for report in reports:
        if report.skipped is not None:
            console.print(Text(f"{shown(report.path)}: skipped, {shown(report.skipped)}", style="dim"),
                          soft_wrap=True)
        for finding in report.findings:
            text = Text(f"{shown(finding.located())}: ")
            text.append(f"{finding.code} {finding.severity.value}", style=SEVERITY_STYLES[finding.severity.value])
            text.append(f" {shown(finding.message)}")
            console.print(text, soft_wrap=True)
    console.print(Text(summary_line(reports, problems), style="bold"), soft_wrap=True)
    return buffer.getvalue()


def render_json(reports: list[FileReport], options: RenderOptions, problems: Sequence[str] = ()) -> str:
    """The stable machine format (schema_version 1), documented in the README."""
    payload: dict[str, Any] = {
        "schema_version": 1,
        "summary": totals(reports, problems),
        "files": [{"file": report.path, "errors": report.errors, "warnings": report.warnings,
                   "findings": [f.as_dict() for f in report.findings]}
                  for report in reports if report.skipped is None],
        "skipped": [{"file": report.path, "reason": report.skipped} for report in reports
                    if report.skipped is not None],
        "problems": list(problems),
    }
    return dumps(payload)


# https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions: the runner decodes
# %25, %0D and %0A in a command's message, and additionally %3A and %2C in its properties, where a raw
# ":" would end the properties and a raw "," would start the next one. The log shows what the runner
# does not read as a command, so other control characters are shown as escapes first.
def _escape_data(text: str) -> str:
    return shown(text, lines=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(finding: Finding) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
    title = f"{finding.code} {rule(finding.code).name}"
    properties = ",".join([f"file={_escape_property(finding.file)}", f"line={finding.line}",
                           f"col={finding.column}", f"title={_escape_property(title)}"])
    return f"::{level} {properties}::{_escape_data(finding.message)}"


def render_github(reports: list[FileReport], options: RenderOptions, problems: Sequence[str] = ()) -> str:
    """Workflow commands, one ::group:: per file with findings; path problems and skipped files as
    annotations too, so they show on the run's summary page, not only in the log."""
    lines = [f"::error title={_escape_property('perfscore')}::{_escape_data(problem)}" for problem in problems]
    for report in reports:
        if report.skipped is not None:
            lines.append(f"::notice file={_escape_property(report.path)},title=skipped::"
                         f"{_escape_data(report.skipped)}")
        if not report.findings:
            continue
        lines.append(f"::group::{_escape_data(report.path)}")
        lines += [github_command(finding) for finding in report.findings]
        lines.append("::endgroup::")
    lines.append(summary_line(reports, problems))
    return "\n".join(lines) + "\n"
