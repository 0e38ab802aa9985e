"""Findings as SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif).

One run: `tool.driver.rules` is the whole rules registry (so a result's `ruleIndex` is stable whatever the
findings), each finding a result with its rule, level (info is SARIF's `note`) and location. A finding
about the whole file (line 0) has no region: SARIF's lines start at 1. Path problems become tool
notifications of the run's invocation, which is marked unsuccessful. Nothing depends on the clock or the
machine, so two runs on the same files give the same bytes.

https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html (§3.13 sarifLog, §3.27 result, §3.49
reportingDescriptor); GitHub's subset: https://docs.github.com/en/code-security/code-scanning/
integrating-with-code-scanning/sarif-support-for-code-scanning
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from perfscore.core.findings import Finding
from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dump_bytes
from perfscore.rules import RULES

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A file name as a relative URI reference: `/` separators, anything outside RFC 3986's unreserved
    and path characters percent-encoded (a space, a `#`, a Chinese name) so the URI means that file."""
    return quote(path.replace("\\", "/"), safe="/-._~!$&'()*+,;=:@")


def _rule(code: str, lang: str) -> dict[str, Any]:
    rule = RULES[code]
    summary = rule.summary.text(lang)
    # GitHub titles an alert's rule with its first sentence
    short = summary.split("。")[0] + "。" if lang == "zh-TW" else summary.split(". ")[0].rstrip(".") + "."
    return {"id": code, "name": rule.name, "shortDescription": {"text": short},
            "fullDescription": {"text": summary},
            "defaultConfiguration": {"level": LEVELS[rule.severity.value]}}


def _result(finding: Finding, index: dict[str, int], lang: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(finding.file)}}
    if finding.line > 0:
        physical["region"] = {"startLine": finding.line, "startColumn": max(finding.column, 1)}
    return {"ruleId": finding.code, "ruleIndex": index[finding.code], "level": LEVELS[finding.severity.value],
            "message": {"text": finding.text(lang)}, "locations": [{"physicalLocation": physical}]}


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    index = {code: position for position, code in enumerate(RULES)}
    results = [_result(finding, index, options.lang) for file in view["files"] for finding in file["findings"]]
    invocation: dict[str, Any] = {"executionSuccessful": not view["problems"]}
    if view["problems"]:
        invocation["toolExecutionNotifications"] = [{"level": "error", "message": {"text": problem}}
                                                    for problem in view["problems"]]
    return dump_bytes({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "perfscore", "rules": [_rule(code, options.lang) for code in index]}},
            "invocations": [invocation],
            # perfscore counts columns in characters; SARIF's default is UTF-16 code units, which differ
            # for a character outside the BMP (an emoji, a rare CJK ideograph).
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
