"""The exact YAML loader: composes the node tree once, builds plain data from it, and reports every problem
with its line and column.

Only the YAML a report needs is accepted: mappings, sequences, strings, integers, exact decimals,
true/false and null. Aliases, tags, YAML 1.1 look-alikes (yes/no, 010, 1e3), non-finite numbers and deep
nesting become findings instead of surprises, hangs or crashes. The composed tree is handed on to the
locator, so a later finding is located without parsing the file again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

import yaml

from perfscore.core.catalogue import CATALOGUE, Message, say
from perfscore.core.decimals import to_decimal
from perfscore.core.findings import Finding
from perfscore.core.limits import MAX_DEPTH, MAX_DIGITS
from perfscore.readers import Source
from perfscore.readers.yaml.hints import syntax_hint
from perfscore.readers.yaml.libyaml import LINE_BREAKS, OFFSETS_IN_BYTES, FastSafeLoader
from perfscore.readers.yaml.locate import YamlLocator
from perfscore.readers.yaml.survey import Tags, survey
from perfscore.rules import rule
from perfscore.rules.loading import NUMBER_STARTS, YAML11_BOOLS, YAML12_NUMBER

_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {
    _TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_WRITABLE_TAGS = {_TAG + name for name in ("str", "int", "float")}
_KIND_OF_TAG = {"tag:yaml.org,2002:map": yaml.MappingNode, "tag:yaml.org,2002:seq": yaml.SequenceNode}
_DEEP_MESSAGE = say("PS107", limit=MAX_DEPTH)
# libyaml's sentences by their English text, to say them in the run's language (catalogue keys yaml.*)
_LIBYAML = {say(key).text("en"): key for key in CATALOGUE if key.startswith("yaml.")}
_ASCII_INT = re.compile(r"[-+]?[0-9]+")  # str.isdigit() would also pass ² and ١٢٣


class _Reject(Exception):
    """Stops construction at the first value that can never be accepted (alias, tag, bomb)."""

    def __init__(self, code: str, message: Message, mark: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.mark = code, message, mark


class _ReportLoader(FastSafeLoader):
    """The safe loader with exact decimals and strict scalars; records problems while it builds."""

    def __init__(self, stream: str, path: str, tags: Tags) -> None:
        super().__init__(stream)
        self.path = path
        self.tags = tags
        self.problems: list[Finding] = []

    def written_tag(self, node: Any) -> str | None:
        """The tag as written on this node, or None when the resolver chose it."""
        return self.tags.get((node.start_mark.index, type(node))) if self.tags else None

    def misfit(self, node: Any, wanted: str) -> None:
        self.problem("PS104", say("PS104.misfit", tag=_shown(node.tag), value=node.value, wanted=say(wanted)),
                     node.start_mark)

    def problem(self, code: str, message: Message, mark: Any) -> None:
        self.problems.append(_finding(self.path, code, message, mark))

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Reject("PS103", say("PS103.alias"), node.start_mark)
        if node.tag not in _STANDARD_TAGS:
            raise _Reject("PS104", say("PS104.tag", tag=node.tag), node.start_mark)
        if _KIND_OF_TAG.get(node.tag, yaml.ScalarNode) is not type(node):
            raise _Reject("PS104", say("PS104.kind", tag=node.tag, kind=say(f"node.{node.id}")),
                          node.start_mark)
        written = self.written_tag(node)
        if written is not None and written not in _WRITABLE_TAGS:
            # !!bool 完成 would read as false and !!timestamp takes any text: only str, int and float are kept
            raise _Reject("PS104", say("PS104.written", tag=_shown(written)), node.start_mark)
        return super().construct_object(node, deep)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Any] = {}
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Reject("PS103", say("PS103.merge"), key_node.start_mark)
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | Decimal | bool) or key is None:
                self.problem("PS203", say("PS203.plain_key"), key_node.start_mark)
                continue
            if key in seen:
                first = seen[key].start_mark
                self.problem("PS102", say("PS102", key=key, line=first.line + 1, column=first.column + 1),
                             key_node.start_mark)
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
            self.misfit(node, "wanted.decimal")
            return text
        lowered = text.lower()
        if lowered in (".nan", ".inf", "+.inf", "-.inf"):
            self.problem("PS111", say("PS111", text=text), node.start_mark)
            return text
        value = to_decimal(text)
        if value is None:
            self.problem("PS110", say("PS110.float", text=text), node.start_mark)
            return text
        if len(value.as_tuple().digits) > MAX_DIGITS:
            self.problem("PS112", say("PS112.float", text=text[:40], digits=MAX_DIGITS), node.start_mark)
            return text
        return value

    def construct_yaml_int(self, node: Any) -> Any:
        text = node.value
        if self.written_tag(node) and not self.resolves_to(node, "int"):
            self.misfit(node, "wanted.integer")
            return text
        plain_int = text.lstrip("+-")
        if not _ASCII_INT.fullmatch(text) or (len(plain_int) > 1 and plain_int.startswith("0")):
            self.problem("PS110", say("PS110.int", text=node.value), node.start_mark)
            return node.value
        if len(plain_int) > MAX_DIGITS:
            self.problem("PS112", say("PS112.int", count=len(plain_int), digits=MAX_DIGITS), node.start_mark)
            return node.value
        return int(text)

    def construct_yaml_bool(self, node: Any) -> Any:
        if node.value.lower() in YAML11_BOOLS:
            self.problem("PS109", say("PS109", text=node.value), node.start_mark)
            return node.value
        return node.value.lower() == "true"

    def construct_yaml_timestamp(self, node: Any) -> Any:
        return node.value

    def construct_yaml_str(self, node: Any) -> Any:
        text = node.value
        if self.written_tag(node):  # !!str says text in every YAML version
            return text
        if not node.style and text.lower() in ("y", "n"):  # PyYAML reads them as text, YAML 1.1 as booleans
            self.problem("PS109", say("PS109", text=text), node.start_mark)
        if not node.style and text[:1] in NUMBER_STARTS and YAML12_NUMBER.match(text):
            self.problem("PS110", say("PS110.yaml12", text=text), node.start_mark)
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
    lines = LINE_BREAKS.split(text)
    if finding.line <= len(lines):
        return finding
    return replace(finding, line=len(lines), column=len(lines[-1]) + 1)


def _finding(path: str, code: str, message: Message, mark: Any) -> Finding:
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    return Finding(path, line, column, code, rule(code).severity, message)


def _libyaml(sentence: str) -> Message:
    """One of libyaml's sentences in the catalogue's words, or as written when it is not there."""
    key = _LIBYAML.get(sentence)
    return say(key) if key is not None else say("PS101.library", text=sentence)


def exact_load(text: str, path: str) -> Source:
    """Compose the node tree once, build the data from it and report every problem, located. The tree goes
    to the locator, so nothing is composed again when a later finding needs a position."""
    deep, tags = survey(text)
    if deep is not None:
        return Source(path, None, [_finding(path, "PS107", _DEEP_MESSAGE, deep)], text)
    loader = _ReportLoader(text, path, tags)
    try:
        tree = loader.get_single_node()
        data = None if tree is None else loader.construct_document(tree)
    except _Reject as exc:
        return Source(path, None, [*loader.problems, _finding(path, exc.code, exc.message, exc.mark)], text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "nesting depth" in str(exc.problem):  # newer libyaml refuses deep nesting itself
            return Source(path, None, [*loader.problems, _finding(path, "PS107", _DEEP_MESSAGE, mark)], text)
        problem = _libyaml(exc.problem) if exc.problem else say("PS101.invalid")
        context = say("PS101.context", context=_libyaml(exc.context)) if exc.context else ""
        message = say("PS101.syntax", problem=problem, context=context, hint="")
        found = _inside(_finding(path, "PS101", message, mark), text)
        hint = syntax_hint(text, found.line, str(message))
        found = replace(found, message=say("PS101.syntax", problem=problem, context=context, hint=hint))
        return Source(path, None, [*loader.problems, found], text)
    except yaml.reader.ReaderError as exc:
        line, column = _reader_position(text, exc)
        return Source(path, None, [Finding(path, line, column, "PS101", rule("PS101").severity,
                                           say("PS101.character", code=f"U+{exc.character:04X}"))], text)
    except yaml.YAMLError as exc:
        found = _finding(path, "PS101", _libyaml(str(exc).splitlines()[0]), None)
        return Source(path, None, [*loader.problems, found], text)
    finally:
        loader.dispose()
    findings = loader.problems
    if not isinstance(data, dict):
        what = say("PS108.empty") if data is None else say("PS108.other", kind=type(data).__name__)
        findings.append(Finding(path, 1, 1, "PS108", rule("PS108").severity, say("PS108", what=what)))
        return Source(path, None, findings, text)
    return Source(path, data, findings, text, YamlLocator(text, tree))


def _reader_position(text: str, exc: yaml.reader.ReaderError) -> tuple[int, int]:
    """1-based line and column of the character the reader refused, counted in characters: libyaml reports
    a byte offset into the UTF-8 it was given, the pure-Python reader a character index."""
    offset = exc.position
    if OFFSETS_IN_BYTES:
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    lines = LINE_BREAKS.split(text[:offset])
    return len(lines), len(lines[-1]) + 1
