"""What to fix when libyaml refuses a file: the character or the column, named.

libyaml's messages ("could not find expected ':'", "did not find expected '-' indicator") describe its
parser, not the keystroke that went wrong. The usual keystrokes are a full-width colon or space, which a
Chinese input method types by default, a tab, and a list item indented one column off. Each is looked for
on the line libyaml stopped at and the line before it (libyaml often notices a line late).
"""

from __future__ import annotations

import re

from perfscore.core.catalogue import Message, say
from perfscore.readers.yaml.libyaml import LINE_BREAKS

# The characters that look like YAML's own but are not, with what to type instead (catalogue keys).
LOOKALIKES = {
    "：": ("lookalike.colon", "lookalike.colon_fix"),
    "\u3000": ("lookalike.space", "lookalike.space_fix"),
    "\t": ("lookalike.tab", "lookalike.tab_fix"),
}
_INDENT_MESSAGES = ("expected '-' indicator", "did not find expected key", "expected <block end>",
                    "mapping values are not allowed here")


def syntax_hint(text: str, line: int, message: str) -> Message | str:
    """A clause to append to libyaml's `message` (its English) about 1-based `line` of `text`, or ''."""
    lines = LINE_BREAKS.split(text)
    for number in (line, line - 1):
        if not 1 <= number <= len(lines):
            continue
        source = lines[number - 1]
        for char, (what, fix) in LOOKALIKES.items():
            # a tab or full-width space matters in the indentation; a full-width colon anywhere outside quotes
            where = source.find(char) if char == "：" else _in_indent(source, char)
            if where >= 0 and not (char == "：" and _quoted_before(source, where)):
                return say("PS101.lookalike", line=number, what=say(what), column=where + 1, fix=say(fix))
    if "block scalar" in message:
        return _block_hint(lines, line)
    if any(part in message for part in _INDENT_MESSAGES):
        return _indent_hint(lines, line)
    return ""


def _block_hint(lines: list[str], line: int) -> Message | str:
    """`target: >= 80%` unquoted: YAML reads `>` (or `|`) after a colon as the start of a block of text, and
    libyaml then complains about a missing line break. Say to quote the value, or write ≥ / ≤ instead."""
    if not 1 <= line <= len(lines):
        return ""
    found = re.match(r"^\s*(?:-\s+)?([^:#]+?):\s+([>|].*?)\s*$", lines[line - 1])
    if found is None:
        return ""
    key, value = found.group(1), found.group(2)
    figure = re.sub(r"^>=?\s*", "", value)
    if value == figure:  # `|`: nothing perfscore reads starts with it, so only the quotes are suggested
        return say("PS101.block", line=line, value=value, char=value[0], key=key, quoted=value, fix="")
    # a strict `> 80%` is refused anyway (PS204), so the inclusive form is what to write
    return say("PS101.block", line=line, value=value, char=value[0], key=key, quoted=f">= {figure}",
               fix=say("block.or", plain=f"≥ {figure}"))


def _in_indent(source: str, char: str) -> int:
    indent = re.match(r"[ \t\u3000]*", source)
    text = indent.group() if indent else ""
    return text.find(char)


def _quoted_before(source: str, where: int) -> bool:
    before = source[:where]
    return before.count('"') % 2 == 1 or before.count("'") % 2 == 1


def _indent_of(source: str) -> int:
    return len(source) - len(source.lstrip(" "))


def _indent_hint(lines: list[str], line: int) -> Message | str:
    """Name the column a mis-indented line should start at: that of the nearest line above it that starts
    the same way (a list item `- `, or a key), within a few columns."""
    if not 1 <= line <= len(lines) or not lines[line - 1].strip():
        return ""
    source = lines[line - 1]
    indent, item = _indent_of(source), source.lstrip(" ").startswith("- ")
    for number in range(line - 1, 0, -1):
        above = lines[number - 1]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        if above.lstrip(" ").startswith("- ") == item and 0 < abs(_indent_of(above) - indent) <= 2:
            return say("PS101.indent", line=line, indent=indent + 1, what=say("indent.item" if item else "indent.key"),
                       above=number, column=_indent_of(above) + 1)
    return ""
