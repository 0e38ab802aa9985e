"""Findings as JUnit XML, which GitLab, Jenkins, Azure Pipelines and most CI test viewers show.

Laid out as ruff's `--output-format junit`: a <testsuites> for the run, a <testsuite> per file checked
(named by the file), and a <testcase> per finding, named `perfscore.CODE` with the file as classname and
its line and column. An error or a warning is a <failure> (its type says which, its text says where and
what); an info is a passing testcase whose <system-out> holds the message, so a rolled-over draft's ~50
"no actual value yet" notes do not turn the suite red. A file with no finding gets one passing testcase,
so the count of tests is never zero for a clean run; a skipped file (not a report) is a <skipped> one;
a path problem is an <error> in a suite named perfscore.

XML 1.0 cannot hold most control characters, even escaped: they are written as visible escapes
(`\\x1b`), the way the terminal formats show them.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree

from perfscore.core.catalogue import text as say_text
from perfscore.core.findings import Finding
from perfscore.formats import RenderOptions
from perfscore.formats.findings import skipped_reason

CLEAN = say_text("junit.clean", "en")  # the mark of a clean file stays English, as published

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\x{ord(match.group()):02x}" if ord(match.group()) < 0x100
                        else f"\\u{ord(match.group()):04x}", text)


def _case(suite: ElementTree.Element, name: str, classname: str, **extra: str) -> ElementTree.Element:
    return ElementTree.SubElement(suite, "testcase", {"name": _xml(name), "classname": _xml(classname), **extra})


def _finding(suite: ElementTree.Element, finding: Finding, lang: str) -> bool:
    """Add `finding` as a testcase; whether it is a failure."""
    case = _case(suite, f"perfscore.{finding.code}", finding.file, line=str(finding.line),
                 column=str(finding.column))
    text = _xml(say_text("junit.where", lang, line=finding.line, column=finding.column, message=finding.text(lang)))
    if finding.severity.value == "info":
        ElementTree.SubElement(case, "system-out").text = text
        return False
    failure = ElementTree.SubElement(case, "failure", message=_xml(finding.text(lang)), type=finding.severity.value)
    failure.text = text
    return True


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    root = ElementTree.Element("testsuites", name="perfscore")
    total_tests = total_failures = total_errors = 0
    if view["problems"]:
        suite = ElementTree.SubElement(root, "testsuite", name="perfscore")
        for problem in view["problems"]:
            ElementTree.SubElement(_case(suite, "path", "perfscore"), "error", message=_xml(problem))
        suite.attrib.update(tests=str(len(view["problems"])), failures="0", errors=str(len(view["problems"])))
        total_tests += len(view["problems"])
        total_errors += len(view["problems"])
    for file in view["files"]:
        suite = ElementTree.SubElement(root, "testsuite", name=_xml(file["file"]))
        failures = 0
        if file["skipped"] is not None:
            ElementTree.SubElement(_case(suite, "perfscore", file["file"]), "skipped",
                                   message=_xml(skipped_reason(file, options.lang)))
        elif not file["findings"]:
            _case(suite, "perfscore", file["file"]).append(_system_out(CLEAN))
        else:
            failures = sum(_finding(suite, finding, options.lang) for finding in file["findings"])
        tests = len(suite)
        suite.attrib.update(tests=str(tests), failures=str(failures), errors="0",
                            skipped=str(int(file["skipped"] is not None)))
        total_tests += tests
        total_failures += failures
    root.attrib.update(tests=str(total_tests), failures=str(total_failures), errors=str(total_errors))
    ElementTree.indent(root)
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def _system_out(text: str) -> ElementTree.Element:
    element = ElementTree.Element("system-out")
    element.text = text
    return element
