"""Escaping surface: hostile text in every text field, through every command and format, in-process.

Terminal formats must carry no raw control character; HTML and markdown must keep the structure of the same
report rendered with harmless text (no new tag, comment, link or table cell); CSV must never start a cell with
a formula. Payloads go into the YAML as double-quoted escapes, so the loader sees valid YAML.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from perfscore.cli import cli

ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1", "COLUMNS": "200"}
PAYLOADS = {
    "osc52": "\x1b]52;c;aGVsbG8=\x1b\\", "osc0": "\x1b]0;owned\x07", "osc8": "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "dcs": "\x1bP1$r\x1b\\", "csi": "\x1b[2J\x1b[31m", "c1-csi": "\x9b31m", "bel": "a\x07b", "c0": "a\x01\x08\x0bb",
    "del": "a\x7fb", "bidi": "a\u202eevil\u202c\u2066x\u2069", "img": "<img src=x onerror=alert(1)>",
    "js-link": "[x](javascript:alert(1))", "comment": "<!-- x", "details": "<details><summary>x</summary>",
    "pipe": "a | b | c", "formula": "=1+2", "cr-formula": "\r=1+2", "plus": "+1+2", "minus": "-1+2", "at": "@SUM(1)",
}
FIELDS = ["title", "organisation", "facet", "goal", "indicator", "analysis", "review", "note", "file"]
TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
FORMULA = re.compile(r"^[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$")
COMMANDS = [("compute", f) for f in ("table", "json", "markdown", "csv", "html")] + \
    [("compare", f) for f in ("table", "csv", "markdown", "json")] + \
    [("diff", f) for f in ("table", "markdown", "json")] + [("validate", f) for f in ("text", "github", "json")]


def _q(text: str) -> str:
    return json.dumps(text)  # JSON escapes are valid YAML double-quoted escapes


def report_yaml(text: dict[str, str], actual: str = "90") -> str:
    # published total 50 against a computed 90: a warning, so validate prints the file name too
    return f"""report: {{title: {_q(text["title"])}, organisation: {_q(text["organisation"])}, year: 2015,
  published: {{total: 50}}}}
scoring: {{}}
facets:
  - name: {_q(text['facet'])}
    weight: 100
    goals:
      - name: {_q(text['goal'])}
        indicators:
          - name: {_q(text['indicator'])}
            weight: 100
            target: "100"
            actual: "{actual}"
            analysis: {_q(text['analysis'])}
            review: {_q(text['review'])}
            note: {_q(text['note'])}
sections: []
"""


def write_pair(folder: Path, fields: set[str], payload: str) -> tuple[Path, Path]:
    text = {name: f"{name} " + (payload if name in fields else "ok") for name in FIELDS}
    stem = ("f " + payload.replace("/", "_") if "file" in fields else "f ok")
    old, new = folder / f"{stem} 2014.yaml", folder / f"{stem}.yaml"
    old.write_text(report_yaml(text, "80"), encoding="utf-8")
    new.write_text(report_yaml(text), encoding="utf-8")
    return old, new


def run(command: str, fmt: str, old: Path, new: Path) -> str:
    args = {"compute": [str(new), "--detail"] if fmt == "table" else [str(new)],
            "compare": [str(old), str(new)], "diff": [str(old), str(new)], "validate": [str(new)]}[command]
    # color=True: click would otherwise strip CSI sequences, as it does for a pipe, hiding what a terminal gets
    result = CliRunner().invoke(cli, [command, *args, "-f", fmt], env=ENV, color=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"TRACEBACK {result.exception!r}"
    return result.output


class _Shape(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append(tag + "".join(f" {name}" for name, _ in attrs))
        self.bad += [f"{name}={value}" for name, value in attrs
                     if name.startswith("on") or (value or "").strip().lower().startswith("javascript:")]

    def handle_comment(self, data: str) -> None:
        self.shape.append("<!---->")


def html_shape(text: str) -> tuple[list[str], list[str]]:
    parser = _Shape()
    parser.feed(text)
    return parser.shape, parser.bad


def markdown_shape(text: str) -> list[tuple[int, int]]:
    """Per line: unescaped pipes and raw tags. A new line, cell or tag means the payload became markup.
    `<br>` is how the renderers show a line break inside one cell, and markup inside a code span is shown as
    written, so neither is counted."""
    return [(len(re.findall(r"(?<!\\)\|", line)), len(_TAG.findall(_CODE_SPAN.sub("", line))))
            for line in re.split("\r\n|\r|\n", text)]


_CODE_SPAN = re.compile(r"`[^`]*`")
_TAG = re.compile(r"<(?!br>)[A-Za-z!/?]")


def csv_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def judge(command: str, fmt: str, output: str, baseline: str) -> list[str]:
    """What is wrong with `output` (payload run) given `baseline` (the same report with harmless text)."""
    where = f"{command} -f {fmt}"
    if output.startswith("TRACEBACK"):
        return [f"{where}: {output}"]
    if fmt in ("table", "text", "github") and (bad := TERMINAL.search(output)):
        return [f"{where}: raw control character {bad.group()!r} in terminal output"]
    if fmt == "html":
        shape, bad_attrs = html_shape(output)
        if bad_attrs or shape != html_shape(baseline)[0]:
            return [f"{where}: the payload changed the HTML structure {bad_attrs}"]
    # an escaped \\] closes no link text
    link = re.search(r"(?<!\\)\]\(\s*javascript:", _CODE_SPAN.sub("", output), re.IGNORECASE)
    if fmt == "markdown" and (link or markdown_shape(output) != markdown_shape(baseline)):
        return [f"{where}: the payload became markdown (line, cell, tag or link)"]
    if fmt == "csv":
        cells = csv_cells(output)
        formulas = [c for row in cells for c in row if FORMULA.match(c) and not PLAIN_NUMBER.match(c)]
        if formulas or len(cells) != len(csv_cells(baseline)):
            return [f"{where}: CSV formula or broken row {formulas[:3]}"]
    if fmt == "json":
        try:
            json.loads(output[output.index("{"):] if "{" in output else output)
        except ValueError:
            return [f"{where}: not JSON"]
    return []


def check_payload(folder: Path, fields: set[str], payload: str, baselines: dict[tuple[str, str], str],
                  commands: list[tuple[str, str]] = COMMANDS) -> list[str]:
    old, new = write_pair(folder, fields, payload)
    failures = []
    for command, fmt in commands:
        failures += [f"{sorted(fields)} {payload!r}: {f}" for f in judge(command, fmt, run(command, fmt, old, new),
                                                                          baselines[command, fmt])]
    return failures


def baselines(folder: Path) -> dict[tuple[str, str], str]:
    old, new = write_pair(folder, set(), "")
    return {(command, fmt): run(command, fmt, old, new) for command, fmt in COMMANDS}
