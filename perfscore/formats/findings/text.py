"""Findings as text: one per line (`file:line:col: CODE severity message`, never wrapped, so grep and
editors' problem matchers read it), skipped files as notes, then the summary line. Path problems go to
stderr from the command, not here."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from perfscore.core.catalogue import text as text_of
from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.console import SEVERITY_STYLES, string_console
from perfscore.formats.findings import skipped_reason, summary_line
from perfscore.formats.terminal import shown


def render(view: dict[str, Any], options: RenderOptions) -> str:
    console, buffer = string_console(options)
    for file in view["files"]:
        if file["skipped"] is not None and not options.quiet:
            reason = shown(skipped_reason(file, options.lang))
            skipped = text_of("skipped", options.lang, file=shown(file["file"]), reason=reason)
            console.print(Text(skipped, style="dim"),
                          soft_wrap=True)
        for finding in file["findings"]:
            text = Text(f"{shown(finding.located())}: ")
            severity = finding.severity.value
            text.append(f"{finding.code} {label(severity, options.lang)}", style=SEVERITY_STYLES[severity])
            text.append(f" {shown(finding.text(options.lang))}")
            console.print(text, soft_wrap=True)
    if not options.quiet:
        console.print(Text(summary_line(view, options.lang), style="bold"), soft_wrap=True)
    return buffer.getvalue()
