"""How fill writes a text into YAML so that it reads back exactly: double-quoted with escapes, or as a
literal `|-` block where the text allows one (perfscore.edit.textedit chooses)."""

from __future__ import annotations


def literal_ok(text: str) -> bool:
    """Whether `text` can be written as a `|-` block and read back unchanged: printable, line feeds only, no
    white space at either end of a line (a block's first line would need an indentation indicator, and
    trailing blanks are invisible to whoever edits the file next)."""
    if not text or any(not _printable(char) or char in _ESCAPED for char in text.replace("\n", "")):
        return False
    return all(line == line.strip(" \t") for line in text.split("\n"))


def _printable(char: str) -> bool:
    code = ord(char)
    return char == "\t" or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


_ESCAPED = frozenset("\x85\u2028\u2029\ufeff")  # printable to YAML 1.2, but libyaml takes the first three as
# line breaks and the last as a byte-order mark, so a quoted scalar writes them as escapes


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back exactly (any character, on one line)."""
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif _printable(char) and char not in _ESCAPED:
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    out.append('"')
    return "".join(out)
