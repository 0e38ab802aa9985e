"""The work of `perfscore import` behind its click command: read the table, analyse the report it makes (so
every finding is located at a cell), write the YAML with comments, and prove the YAML reads back as the
same data before anything is written."""

from __future__ import annotations

import os
from typing import Any

from perfscore.core.analysis import FileReport
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import Finding
from perfscore.edit.newreport import report_yaml
from perfscore.engine.analyse import analyse, read_bytes
from perfscore.readers.sheets.reader import Details, SheetReader, SheetSource
from perfscore.readers.yaml.reader import YAML


def import_report(file: str, details: Details, max_bytes: int) -> tuple[str | None, FileReport, str]:
    """The YAML text (None when no table was found), the analysis with its located findings, and a line
    saying what was read. PerfscoreError for a file that cannot be read as a workbook (exit 2)."""
    raw = read_bytes(file, max_bytes)
    if len(raw) > max_bytes:
        raise PerfscoreError(f"{file}: the file is {len(raw):,} bytes or more, over --max-bytes {max_bytes:,}")
    source = SheetReader(details).read(raw, file)
    if not isinstance(source, SheetSource):  # the workbook itself cannot be read: no cell to point at
        raise PerfscoreError(source.findings[0].message)
    data: dict[str, Any] = source.data
    outcome = analyse(source)
    if not data["facets"] and any(finding.code == "PS902" for finding in outcome.findings):
        return None, outcome, ""
    text = report_yaml(data, _header(file, details, outcome.findings), source.spans, _notes(source, details))
    _check_reads_back(text, data, file)
    counts = (len(data["facets"]), sum(len(f["goals"]) for f in data["facets"]),
              sum(len(g["indicators"]) for f in data["facets"] for g in f["goals"]))
    scored = f", total {outcome.result.total}" if outcome.result is not None else ", not scorable yet"
    return text, outcome, (f"{os.path.basename(file)}: {counts[0]} facets, {counts[1]} goals, {counts[2]} "
                           f"indicators{scored}")


def _header(file: str, details: Details, findings: list[Finding]) -> list[str]:
    lines = [f"匯入自 / imported from {os.path.basename(file)} by perfscore import.",
             "每一部分上方的註解是其來源儲存格 / the comment above each part names the cells it came from."]
    if details.origin:
        lines.append(f"scoring, grades, sections, bonus and facet settings: from {os.path.basename(details.origin)}")
    if findings:
        lines += ["", "檢查結果 / findings (fix them in the workbook or here):"]
        lines += [f"  {finding.located()}: {finding.code} {finding.message}" for finding in findings]
    return lines


def _notes(source: SheetSource, details: Details) -> dict[Any, str]:
    notes: dict[Any, str] = dict(source.notes)
    for key in details.blocks:
        notes["@", key] = f"from {os.path.basename(details.origin)}"
    return notes


def _check_reads_back(text: str, data: dict[str, Any], file: str) -> None:
    """The written text must load, through perfscore's own reader, as exactly the data it was made from."""
    again = YAML.read(text.encode("utf-8"), file)
    if again.data != data:
        raise PerfscoreError(f"{file}: the YAML made from it would not read back as the same data; nothing was "
                             "written (please report this with the workbook)")
