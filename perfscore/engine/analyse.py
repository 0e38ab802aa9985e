"""One file from bytes to located findings and scores: read (`read_source`), then validate, score, check,
locate and filter (`analyse`), once per file. Callers that need the file again (diff, rollover) keep the
`Source` and reuse its locator and text instead of reading the file twice.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from perfscore.core.analysis import FileReport
from perfscore.core.catalogue import say
from perfscore.core.findings import Finding
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.readers import Locator, Source

if TYPE_CHECKING:  # the model (pydantic) is imported only once a file is analysed
    from perfscore.core.model import Report
    from perfscore.core.relative import PreviousYear

# loader findings about one scalar (PS903, PS906: a spreadsheet cell that is not a number, details found nowhere)
_VALUE_CODES = frozenset({"PS109", "PS110", "PS111", "PS112", "PS203", "PS903", "PS906"})


@dataclass(frozen=True)
class Options:
    """What to report: a finding is kept when selected, not ignored, and not accepted by the report."""

    max_bytes: int = DEFAULT_MAX_BYTES
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    # validate: a YAML mapping with none of a report's top-level keys (a CI workflow, a pre-commit config)
    # is not a report; it is skipped and listed instead of failing with a screenful of PS201/PS202.
    skip_foreign: bool = False
    # Relative targets: the previous year's report (--previous; else the report's own report.previous), and
    # whether to resolve them at all (not for a previous year itself: only its actual values are read).
    previous: str | None = None
    relative: bool = True

    def keeps(self, code: str, accepted: frozenset[str] = frozenset()) -> bool:
        if self.select and not any(code.startswith(prefix) for prefix in self.select):
            return False
        return not any(code.startswith(prefix) for prefix in self.ignore | accepted)


def read_bytes(path: str | FsPath, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1 bytes, so a huge file is refused without being held in memory; only a
    regular file is read (see perfscore.engine.paths.read_regular)."""
    from perfscore.engine.paths import read_regular

    return read_regular(str(path), max_bytes + 1)


def analyze_file(path: str | FsPath, options: Options = Options()) -> FileReport:
    return analyze_bytes(read_bytes(path, options.max_bytes), str(path), options)


def analyze_bytes(raw: bytes, display: str, options: Options = Options()) -> FileReport:
    source = read_source(raw, display, options)
    del raw  # the source holds the text: the bytes (a file's size) are not kept through the analysis
    return analyse(source, options)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Every object made while a file is read and analysed stays alive until the file is done, so
    collections would only traverse them in vain. Restores the collector as it was (the CLI keeps it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_source(raw: bytes, display: str, options: Options = Options()) -> Source:
    """The file as read by the reader its name calls for; bad data gives findings, never an exception."""
    from perfscore.readers.registry import read

    with _collector_paused():
        return read(raw, display, options.max_bytes, accept_bom=not options.keeps("PS105"))


def analyse(source: Source, options: Options = Options()) -> FileReport:
    """Validate, score, check and locate one source. It consumes `source.data` (let go once the model holds
    it); its locator stays usable for the caller."""
    with _collector_paused():
        return _analyse(source, options)


def _analyse(source: Source, options: Options) -> FileReport:
    from pydantic import ValidationError

    from perfscore.core.model import Report
    from perfscore.core.scoring import score
    from perfscore.engine.previous import has_relative, score_relative
    from perfscore.rules import check

    display, locator = source.name, source.locator
    outcome = FileReport(display, list(source.findings))
    if source.data is None:
        return _filtered(outcome, options, frozenset())
    if options.skip_foreign and not set(Report.model_fields) & {str(key).lower() for key in source.data}:
        outcome.findings = []
        outcome.skipped = say("skipped.foreign", keys=", ".join(Report.model_fields))
        return outcome
    outcome.locale = _locale(source.data)
    accepted = _accepted(source.data)
    try:
        report = Report.model_validate(source.data)
    except ValidationError as exc:  # numbers too big to score (PS112) stop here too: they would never finish
        from perfscore.rules.schema import translate  # difflib and friends: only when needed

        outcome.findings += _without_repeats(_locate(translate(exc, source.data), display, locator),
                                             outcome.findings)
        return _filtered(outcome, options, accepted)
    source.data = None  # the model holds everything from here on; let the plain data go
    if options.relative and has_relative(report):
        previous, its_errors = _previous(report, display, options)
        result = score_relative(report, previous)
        outcome.findings += its_errors  # located in the previous file already
    else:
        result = score(report)
    outcome.report, outcome.result = report, result
    outcome.findings += _locate(check(report, result), display, locator)
    return _filtered(outcome, options, frozenset(report.scoring.accept))


def _locale(data: dict[object, object]) -> str | None:
    """The report's `locale:`, read before validation so that its findings are said in its language even
    when it does not validate; the model's default (zh-TW) when it is not written."""
    meta = data.get("report")
    written = meta.get("locale") if isinstance(meta, dict) else None
    return written if isinstance(written, str) else "zh-TW"


def _previous(report: Report, display: str, options: Options) -> tuple[PreviousYear, list[Finding]]:
    """The previous year for relative targets, read with the same readers and analysed like any report,
    except that its own relative targets are left alone (only its actual values are read: no chain of
    years) and this report's select/ignore do not apply to it."""
    from perfscore.core.errors import PerfscoreError
    from perfscore.core.relative import PreviousYear
    from perfscore.engine.previous import previous_file, previous_year

    file = previous_file(report, display, options.previous)
    if file is None:
        return PreviousYear(None), []
    try:
        raw = read_bytes(file, options.max_bytes)
    except PerfscoreError as error:
        return PreviousYear(file, problem=say("previous.unreadable", error=error.message)), []
    plain = replace(options, previous=None, relative=False, select=frozenset(), ignore=frozenset())
    return previous_year(file, analyse(read_source(raw, file, plain), plain))


def _without_repeats(schema: list[Finding], loading: list[Finding]) -> list[Finding]:
    """Drop a schema finding at the exact spot of a loading finding: the loader already said what is wrong
    with `.nan` or `no`, and "expected a number" on top of it is noise."""
    spots = {(finding.line, finding.column, finding.cell) for finding in loading if finding.code in _VALUE_CODES}
    return [finding for finding in schema if (finding.line, finding.column, finding.cell) not in spots]


def _accepted(data: dict[object, object]) -> frozenset[str]:
    """The report's own `scoring.accept`, read before validation so it applies to schema findings too."""
    scoring = data.get("scoring")
    accept = scoring.get("accept") if isinstance(scoring, dict) else None
    return frozenset(c for c in accept if isinstance(c, str)) if isinstance(accept, list) else frozenset()


def _locate(findings: list[Finding], display: str, locator: Locator) -> list[Finding]:
    located = [finding.placed(display, *locator.locate(finding.path, finding.key)) for finding in findings]
    cell = getattr(locator, "cell", None)  # a spreadsheet's locator also names the cell (工作表1!C7)
    if cell is None:
        return located
    return [replace(finding, cell=cell(finding.path)) for finding in located]


def _filtered(outcome: FileReport, options: Options, accepted: frozenset[str]) -> FileReport:
    outcome.findings = sorted(f for f in outcome.findings if options.keeps(f.code, accepted))
    return outcome
