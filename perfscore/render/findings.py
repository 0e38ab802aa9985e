"""Findings of `perfscore validate` as text (rich), JSON, or GitHub workflow commands."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from perfscore.findings import Finding
from perfscore.pipeline import FileReport
from perfscore.render import RenderOptions
from perfscore.render.jsonout import dumps

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def totals(reports: list[FileReport]) -> dict[str, int]:
    findings = [f for report in reports for f in report.findings]
    return {"files": len(reports), "errors": sum(f.severity.value == "error" for f in findings),
            "warnings": sum(f.severity.value == "warning" for f in findings),
            "infos": sum(f.severity.value == "info" for f in findings)}


def summary_line(reports: list[FileReport]) -> str:
    count = totals(reports)
    files = "file" if count["files"] == 1 else "files"
    return f"{count['files']} {files} checked: {count['errors']} errors, {count['warnings']} warnings, " \
           f"{count['infos']} infos"


def render_text(reports: list[FileReport], options: RenderOptions) -> str:
    from perfscore.render.console import string_console

    console, buffer = string_console(options)
    for report in reports:
        for finding in report.findings:
            text = Text(f"{finding.located()}: ")
            text.append(f"{finding.code} {finding.severity.value}", style=SEVERITY_STYLES[finding.severity.value])
            text.append(f" {finding.message}")
            console.print(text, soft_wrap=True)
    console.print(Text(summary_line(reports), style="bold"))
    return buffer.getvalue()


def render_json(reports: list[FileReport], options: RenderOptions) -> str:
    payload: dict[str, Any] = {
        "schema_version": 1,
        "summary": totals(reports),
        "files": [{"file": report.path, "errors": report.errors, "warnings": report.warnings,
                   "findings": [f.as_dict() for f in report.findings]} for report in reports],
    }
    return dumps(payload)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(finding: Finding) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
    properties = ",".join([f"file={_escape_property(finding.file)}", f"line={finding.line}",
                           f"col={finding.column}", f"title={_escape_property(finding.code)}"])
    return f"::{level} {properties}::{_escape_data(finding.message)}"


def render_github(reports: list[FileReport], options: RenderOptions) -> str:
    lines: list[str] = []
    for report in reports:
        if not report.findings:
            continue
        lines.append(f"::group::{_escape_data(report.path)}")
        lines += [github_command(finding) for finding in report.findings]
        lines.append("::endgroup::")
    lines.append(summary_line(reports))
    return "\n".join(lines) + "\n"
