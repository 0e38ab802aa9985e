"""The work of `perfscore import` behind its click command: read the table, analyse the report it makes (so
every finding is located at a cell), write the YAML with comments, and prove the YAML reads back as the
same data before anything is written."""

from __future__ import annotations

import os
from typing import Any

from perfscore.commands.language import resolve_lang
from perfscore.core.analysis import FileReport
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import Finding
from perfscore.edit.newreport import report_yaml
from perfscore.engine.analyse import analyse, read_bytes
from perfscore.readers.sheets.reader import Details, SheetReader, SheetSource
from perfscore.readers.yaml.reader import YAML


def import_report(file: str, details: Details, max_bytes: int,
                  lang: str | None = None) -> tuple[str | None, FileReport, str]:
    """The YAML text (None when no table was found), the analysis with its located findings, and a line
    saying what was read (a catalogue Message; "" without a table). PerfscoreError for a file that cannot
    be read as a workbook (exit 2). `lang` is the command's --lang: the findings listed in the YAML's header
    are said in the language it resolves to with the report's locale, as on stderr."""
    raw = read_bytes(file, max_bytes)
    if len(raw) > max_bytes:
        raise PerfscoreError(say("import.too_big", path=file, size=f"{len(raw):,}", limit=f"{max_bytes:,}"))
    source = SheetReader(details).read(raw, file)
    if not isinstance(source, SheetSource):  # the workbook itself cannot be read: no cell to point at
        raise PerfscoreError(source.findings[0].message)
    data: dict[str, Any] = source.data
    outcome = analyse(source)
    if not data["facets"] and any(finding.code == "PS902" for finding in outcome.findings):
        return None, outcome, ""
    language = resolve_lang(lang, outcome.locale)
    text = report_yaml(data, _header(file, details, outcome.findings, language), source.spans,
                       _notes(source, details))
    _check_reads_back(text, data, file)
    counts = (len(data["facets"]), sum(len(f["goals"]) for f in data["facets"]),
              sum(len(g["indicators"]) for f in data["facets"] for g in f["goals"]))
    scored = say("import.total", total=outcome.result.total) if outcome.result is not None else \
        say("import.not_scorable")
    return text, outcome, say("import.summary", name=os.path.basename(file), facets=counts[0], goals=counts[1],
                              indicators=counts[2], scored=scored)


def _both(key: str, **args: object) -> str:
    """A comment line in both languages, zh-TW first, as the rest of the header (the YAML outlives the run
    that wrote it, and whoever opens it next may read either)."""
    message = say(key, **args)
    return f"{message.text('zh-TW')} / {message.text('en')}"


def _header(file: str, details: Details, findings: list[Finding], lang: str) -> list[str]:
    lines = [f"匯入自 / imported from {os.path.basename(file)} by perfscore import.",
             "每一部分上方的註解是其來源儲存格 / the comment above each part names the cells it came from."]
    if details.origin:
        lines.append(_both("import.settings_from", name=os.path.basename(details.origin)))
    if findings:
        lines += ["", _both("import.findings")]
        lines += [f"  {finding.located()}: {finding.code} {finding.text(lang)}" for finding in findings]
    return lines


def _notes(source: SheetSource, details: Details) -> dict[Any, str]:
    notes: dict[Any, str] = dict(source.notes)
    for key in details.blocks:
        notes["@", key] = _both("import.block_from", name=os.path.basename(details.origin))
    return notes


def _check_reads_back(text: str, data: dict[str, Any], file: str) -> None:
    """The written text must load, through perfscore's own reader, as exactly the data it was made from."""
    again = YAML.read(text.encode("utf-8"), file)
    if again.data != data:
        raise PerfscoreError(say("import.round_trip", path=file))
