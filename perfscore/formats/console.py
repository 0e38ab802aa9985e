"""The terminal formats' shared rich pieces: a Console that writes into a string (colour only when asked
for), the severity styles, and findings as one line each."""

from __future__ import annotations

import io
import re
from typing import Any

from rich.console import Console
from rich.text import Text

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.linebreak import breaks
from perfscore.formats.terminal import shown

_TRAILING = re.compile(r"(?: |\x1b\[[0-9;]*m)+$", re.MULTILINE)
_CODE = re.compile(r"\x1b\[[0-9;]*m")


def strip_trailing(text: str) -> str:
    """`text` without spaces at the end of a line; the colour codes among them are kept (rich pads a styled
    cell inside its style, so spaces and codes alternate there)."""
    if "\x1b" not in text:  # no colour: each line's trailing spaces (the regex retries inside every run of
        return "\n".join(line.rstrip(" ") for line in text.split("\n"))  # padding: slow on a big table)
    return _TRAILING.sub(lambda match: "".join(_CODE.findall(match.group())), text)


SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def string_console(options: RenderOptions) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # markup=False: report text such as "[/yr]" is data, never a rich style tag.
    console = Console(file=buffer, width=options.width, force_terminal=options.color, no_color=not options.color,
                      markup=False, color_system="standard" if options.color else None, highlight=False,
                      emoji=False, soft_wrap=False, legacy_windows=False)
    return console, buffer


def finish(buffer: io.StringIO) -> str:
    """What a string console wrote, without the spaces rich pads each line with."""
    return strip_trailing(buffer.getvalue())


def print_wrapped(console: Console, text: Text) -> None:
    """`text` wrapped to the console's width by `linebreak` (figures whole, no line starting with `，`),
    each line printed as is: its styles are kept."""
    lines: list[Text] = []
    for paragraph in text.split("\n"):
        cuts = breaks(paragraph.plain, console.width)
        lines.extend(paragraph.divide(cuts) if cuts else [paragraph])
    for line in lines:
        line.rstrip()
        console.print(line, no_wrap=True, overflow="ignore", crop=False)


def hidden_note(console: Console, dropped: list[str], lang: str, formats: tuple[str, ...]) -> None:
    """Name the columns a table left out for want of width, and where to get them, in the reader's
    language; nothing when none was."""
    if not dropped:
        return
    comma = "、" if lang == "zh-TW" else ", "
    names = comma.join(dict.fromkeys(" ".join(name.split()) for name in dropped))
    shown_formats = f"--format {comma.join(formats[:-1])} {label('or', lang)} {formats[-1]}"
    text = label("columns_hidden", lang).format(width=console.width, columns=names, formats=shown_formats)
    print_wrapped(console, Text(text, style="dim"))


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
