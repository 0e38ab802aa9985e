"""The YAML reader: UTF-8 bytes in, a `Source` out, by the fast path when the file is clean and by the
exact loader otherwise.

The fast path is a single pass over libyaml's events and builds no node tree; anything it is not sure of
goes to the exact loader, which composes the tree once and keeps it for the locator. So a clean file is
parsed once, and a file with problems is composed once.
"""

from __future__ import annotations

from perfscore.core.catalogue import say
from perfscore.core.findings import Finding
from perfscore.readers import Source
from perfscore.readers.yaml.events import BAIL, fast_load
from perfscore.readers.yaml.exact import exact_load
from perfscore.readers.yaml.locate import YamlLocator
from perfscore.rules import rule


def decode(raw: bytes, path: str, accept_bom: bool = False) -> tuple[str | None, list[Finding]]:
    """Bytes to text, insisting on UTF-8 without a BOM (or with one, when PS105 is accepted)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Finding(path, 1, 1, "PS105", rule("PS105").severity,
                              say("PS105.utf16"))]
    findings: list[Finding] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        if not accept_bom:
            findings.append(Finding(path, 1, 1, "PS105", rule("PS105").severity,
                                    say("PS105.bom")))
    try:
        return raw.decode("utf-8"), findings
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start: exc.start].decode("utf-8", errors="replace")) + 1
        return None, [Finding(path, line, column, "PS105", rule("PS105").severity,
                              say("PS105.byte", byte=f"0x{raw[exc.start]:02x}"))]


def load_text(text: str, path: str) -> Source:
    """Parse text into plain data: the fast path for a clean file, else the exact loader."""
    data = fast_load(text)
    if data is not BAIL:
        return Source(path, data, [], text, YamlLocator(text))
    return exact_load(text, path)


class YamlReader:
    def read(self, raw: bytes, name: str, accept_bom: bool = False) -> Source:
        text, findings = decode(raw, name, accept_bom)
        if text is None:
            return Source(name, None, findings)
        source = load_text(text, name)
        source.findings[:0] = findings
        return source


YAML = YamlReader()
