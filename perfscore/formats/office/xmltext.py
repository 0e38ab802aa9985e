"""Report text on its way into XML: split into lines, and made writable.

XML 1.0 cannot hold most C0 control characters, nor U+FFFE/U+FFFF or lone surrogates; a report may (YAML's
double-quoted `"\\x1b"`). Such a character is written as its visible escape (`\\x1b`), as the terminal and
Markdown formats show it, instead of failing the whole file or being dropped silently.
"""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def lines(text: str) -> list[str]:
    """The lines of a cell's text, breaks as written (CRLF, CR or LF), every line kept, blank ones too."""
    return xml_safe(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
