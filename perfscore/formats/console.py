"""The terminal formats' shared rich pieces: a Console that writes into a string (colour only when asked
for), the severity styles, and findings as one line each."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.text import Text

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.terminal import shown

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def string_console(options: RenderOptions) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # markup=False: report text such as "[/yr]" is data, never a rich style tag.
    console = Console(file=buffer, width=options.width, force_terminal=options.color, no_color=not options.color,
                      markup=False, color_system="standard" if options.color else None, highlight=False,
                      emoji=False, soft_wrap=False, legacy_windows=False)
    return console, buffer


def findings_lines(findings: list[dict[str, Any]], lang: str) -> list[Text]:
    """Findings (as `Finding.as_dict()`) under a report or a diff, the severity in the reader's language."""
    lines = []
    for finding in findings:
        # One finding, one line: a line feed in a path or a message is shown, not obeyed.
        where = finding.get("cell") or f"{finding['line']}:{finding['column']}"  # a spreadsheet's: 工作表1!C7
        text = Text(f"{shown(finding['file'])}:{shown(where)}: ")
        severity = finding["severity"]
        text.append(f"{finding['code']} {label(severity, lang)}", style=SEVERITY_STYLES[severity])
        text.append(f" {shown(finding['message'])}")
        lines.append(text)
    return lines
