"""Safe, exact YAML loading: bytes in, plain data plus located findings out.

Only the YAML a report needs is accepted: mappings, sequences, strings, integers, exact decimals,
true/false and null. Aliases, tags, YAML 1.1 look-alikes (yes/no, 010, 1e3), non-finite numbers,
oversize files and deep nesting become findings instead of surprises, hangs or crashes.
"""

from __future__ import annotations

import gc
import re
import warnings
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import yaml

from perfscore.core.decimals import to_decimal
from perfscore.core.findings import Finding
from perfscore.core.limits import DEFAULT_MAX_BYTES, MAX_DEPTH, MAX_DIGITS
from perfscore.readers.yaml_survey import Tags, reader_position, survey
from perfscore.rules import rule
from perfscore.rules.loading import NUMBER_STARTS, YAML11_BOOLS, YAML12_NUMBER

try:
    from yaml import CSafeLoader as _BaseLoader

    _OFFSETS_IN_BYTES = True  # libyaml's reader errors count bytes of UTF-8, the pure-Python reader characters
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

    _OFFSETS_IN_BYTES = False

    warnings.warn("libyaml is not available: loading YAML will be about 4x slower", stacklevel=1)


_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {
    _TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what libyaml counts as a line break in its marks
_WRITABLE_TAGS = {_TAG + name for name in ("str", "int", "float")}
_KIND_OF_TAG = {"tag:yaml.org,2002:map": yaml.MappingNode, "tag:yaml.org,2002:seq": yaml.SequenceNode}
_DEEP_MESSAGE = f"nesting deeper than {MAX_DEPTH} levels; a report needs about 6"
_ASCII_INT = re.compile(r"[-+]?[0-9]+")  # str.isdigit() would also pass ² and ١٢٣


class _Reject(Exception):
    """Stops construction at the first value that can never be accepted (alias, tag, bomb)."""

    def __init__(self, code: str, message: str, mark: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.mark = code, message, mark


@dataclass
class Loaded:
    """The result of loading one file: the data (None when unusable) and the findings."""

    data: Any
    findings: list[Finding] = field(default_factory=list)
    text: str = ""


class _ReportLoader(_BaseLoader):
    """CSafeLoader with exact decimals and strict scalars; records problems while it builds."""

    def __init__(self, stream: str, path: str, tags: Tags) -> None:
        super().__init__(stream)
        self.path = path
        self.tags = tags
        self.problems: list[Finding] = []

    def written_tag(self, node: Any) -> str | None:
        """The tag as written on this node, or None when the resolver chose it."""
        return self.tags.get((node.start_mark.index, type(node))) if self.tags else None

    def misfit(self, node: Any, wanted: str) -> None:
        self.problem("PS104", f"{_shown(node.tag)} on {node.value!r}: the text is not {wanted}; write {wanted} or "
                     "remove the tag", node.start_mark)

    def problem(self, code: str, message: str, mark: Any) -> None:
        self.problems.append(_finding(self.path, code, message, mark))

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Reject("PS103", "this anchored value (&name) is reused by an alias (*name); aliases are "
                          "not allowed: repeat the value instead",
                          node.start_mark)
        if node.tag not in _STANDARD_TAGS:
            raise _Reject("PS104", f"the tag {node.tag!r} is not allowed; write a plain value", node.start_mark)
        if _KIND_OF_TAG.get(node.tag, yaml.ScalarNode) is not type(node):
            raise _Reject("PS104", f"the tag {node.tag!r} does not fit this {node.id}; remove the tag",
                          node.start_mark)
        written = self.written_tag(node)
        if written is not None and written not in _WRITABLE_TAGS:
            # !!bool 完成 would read as false and !!timestamp takes any text: only str, int and float are kept
            raise _Reject("PS104", f"the tag {_shown(written)} is not allowed; write a plain value, or use "
                          "!!str, !!int or !!float", node.start_mark)
        return super().construct_object(node, deep)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Any] = {}
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Reject("PS103", "merge keys (<<) are not allowed; write the keys out", key_node.start_mark)
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | Decimal | bool) or key is None:
                self.problem("PS203", "a key must be a plain text", key_node.start_mark)
                continue
            if key in seen:
                first = seen[key].start_mark
                self.problem("PS102", f"duplicate key {key!r}: first defined at line {first.line + 1}, "
                             f"column {first.column + 1}; keep one of them", key_node.start_mark)
                continue
            seen[key] = key_node
            mapping[key] = self.construct_object(value_node, deep=True)
        return mapping

    def resolves_to(self, node: Any, *tags: str) -> bool:
        """Whether the text, written plain and untagged, would be read as one of these tags."""
        resolver: Any = self  # PyYAML's resolver is untyped
        return resolver.resolve(yaml.ScalarNode, node.value, (True, False)) in {_TAG + tag for tag in tags}

    def construct_yaml_float(self, node: Any) -> Any:
        text = node.value
        if self.written_tag(node) and not self.resolves_to(node, "float", "int"):
            self.misfit(node, "a decimal number")
            return text
        lowered = text.lower()
        if lowered in (".nan", ".inf", "+.inf", "-.inf"):
            self.problem("PS111", f"{text} is not a number a report can hold; write a finite decimal",
                         node.start_mark)
            return text
        value = to_decimal(text)
        if value is None:
            self.problem("PS110", f"{text!r} is read differently by YAML versions; write a plain decimal such "
                         "as 1000 or 0.5, or quote it", node.start_mark)
            return text
        if len(value.as_tuple().digits) > MAX_DIGITS:
            self.problem("PS112", f"{text[:40]} has more than {MAX_DIGITS} digits", node.start_mark)
            return text
        return value

    def construct_yaml_int(self, node: Any) -> Any:
        text = node.value
        if self.written_tag(node) and not self.resolves_to(node, "int"):
            self.misfit(node, "an integer")
            return text
        plain_int = text.lstrip("+-")
        if not _ASCII_INT.fullmatch(text) or (len(plain_int) > 1 and plain_int.startswith("0")):
            self.problem("PS110", f"{node.value!r} is read as a non-decimal number (octal, hex or base 60) by "
                         "YAML 1.1; write a plain decimal, or quote it for text", node.start_mark)
            return node.value
        if len(plain_int) > MAX_DIGITS:
            self.problem("PS112", f"a {len(plain_int)}-digit integer; scores need at most {MAX_DIGITS} digits",
                         node.start_mark)
            return node.value
        return int(text)

    def construct_yaml_bool(self, node: Any) -> Any:
        if node.value.lower() in YAML11_BOOLS:
            self.problem("PS109", f"unquoted {node.value!r} is read as a boolean by YAML 1.1; write "
                         f"\"{node.value}\" for text, or true/false", node.start_mark)
            return node.value
        return node.value.lower() == "true"

    def construct_yaml_timestamp(self, node: Any) -> Any:
        return node.value

    def construct_yaml_str(self, node: Any) -> Any:
        text = node.value
        if self.written_tag(node):  # !!str says text in every YAML version
            return text
        if not node.style and text.lower() in ("y", "n"):  # PyYAML reads them as text, YAML 1.1 as booleans
            self.problem("PS109", f"unquoted {text!r} is read as a boolean by YAML 1.1; write \"{text}\" for text, "
                         "or true/false", node.start_mark)
        if not node.style and text[:1] in NUMBER_STARTS and YAML12_NUMBER.match(text):
            self.problem("PS110", f"{text!r} is a string in YAML 1.1 but a number in YAML 1.2; write a plain "
                         "decimal such as 1000, or quote it for text", node.start_mark)
        return text


for _tag, _method in (("float", "construct_yaml_float"), ("int", "construct_yaml_int"),
                      ("bool", "construct_yaml_bool"), ("timestamp", "construct_yaml_timestamp"),
                      ("str", "construct_yaml_str")):
    _ReportLoader.add_constructor(_TAG + _tag, getattr(_ReportLoader, _method))


def _shown(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def _inside(finding: Finding, text: str) -> Finding:
    """libyaml reads a file without a final newline as if it had one, and may report an error on the line
    after the last; point at the end of the last line instead, where an editor or CI annotation can show it."""
    lines = _BREAKS.split(text)
    if finding.line <= len(lines):
        return finding
    return replace(finding, line=len(lines), column=len(lines[-1]) + 1)


def _finding(path: str, code: str, message: str, mark: Any) -> Finding:
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    return Finding(path, line, column, code, rule(code).severity, message)


def decode(raw: bytes, path: str, accept_bom: bool = False) -> tuple[str | None, list[Finding]]:
    """Bytes to text, insisting on UTF-8 without a BOM (or with one, when PS105 is accepted)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Finding(path, 1, 1, "PS105", rule("PS105").severity,
                              "the file is UTF-16; save it as UTF-8")]
    findings: list[Finding] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        if not accept_bom:
            findings.append(Finding(path, 1, 1, "PS105", rule("PS105").severity,
                                    "the file starts with a byte-order mark; save it as UTF-8 without BOM"))
    try:
        return raw.decode("utf-8"), findings
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start: exc.start].decode("utf-8", errors="replace")) + 1
        return None, [Finding(path, line, column, "PS105", rule("PS105").severity,
                              f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8 "
                              "(Big5 and other encodings are not read)")]


def load_text(text: str, path: str) -> Loaded:
    """Parse text into plain data; the collector is paused because a load allocates only live objects.

    A clean file is read by the fast path (perfscore.readers.yaml_events); anything else, by the exact loader below.
    """
    from perfscore.readers.yaml_events import BAIL, fast_load

    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = fast_load(text)
    finally:
        if gc_was_enabled:
            gc.enable()
    if data is not BAIL:
        return Loaded(data, [], text)
    return exact_load(text, path)


def exact_load(text: str, path: str) -> Loaded:
    """The exact loader: composes the node tree, so every problem is found and gets its line and column."""
    deep, tags = survey(text, _BaseLoader)
    if deep is not None:
        return Loaded(None, [_finding(path, "PS107", _DEEP_MESSAGE, deep)], text)
    loader = _ReportLoader(text, path, tags)
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = loader.get_single_data()
    except _Reject as exc:
        return Loaded(None, [*loader.problems, _finding(path, exc.code, exc.message, exc.mark)], text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "nesting depth" in str(exc.problem):  # newer libyaml refuses deep nesting itself
            return Loaded(None, [*loader.problems, _finding(path, "PS107", _DEEP_MESSAGE, mark)], text)
        message = f"{exc.problem or 'invalid YAML'}" + (f" ({exc.context})" if exc.context else "")
        return Loaded(None, [*loader.problems, _inside(_finding(path, "PS101", message, mark), text)], text)
    except yaml.reader.ReaderError as exc:
        line, column = reader_position(text, exc, _BREAKS, in_bytes=_OFFSETS_IN_BYTES)
        return Loaded(None, [Finding(path, line, column, "PS101", rule("PS101").severity,
                                     f"the character U+{exc.character:04X} is not allowed in YAML; delete it "
                                     "(tabs, line breaks and printable characters are fine)")], text)
    except yaml.YAMLError as exc:
        return Loaded(None, [*loader.problems, _finding(path, "PS101", str(exc).splitlines()[0], None)], text)
    finally:
        loader.dispose()
        if gc_was_enabled:
            gc.enable()
    findings = loader.problems
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        findings.append(Finding(path, 1, 1, "PS108", rule("PS108").severity,
                                f"the file is {what}; a report is a mapping with the keys report, scoring, "
                                "facets and sections"))
        return Loaded(None, findings, text)
    return Loaded(data, findings, text)


def load_bytes(raw: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES, accept_bom: bool = False) -> Loaded:
    if len(raw) > max_bytes:
        return Loaded(None, [Finding(path, 1, 1, "PS106", rule("PS106").severity,
                                     f"the file is {len(raw):,} bytes, over the limit of {max_bytes:,}; raise "
                                     "--max-bytes if it is genuine")])
    text, findings = decode(raw, path, accept_bom)
    if text is None:
        return Loaded(None, findings)
    loaded = load_text(text, path)
    loaded.findings[:0] = findings
    return loaded
