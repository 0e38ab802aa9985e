"""`perfscore trend`: read every report found, group them by organisation, order each group by year and
build the series (perfscore.core.trend). Files that cannot be scored are listed, never fatal."""

from __future__ import annotations

from dataclasses import dataclass, field

from perfscore.core.catalogue import Message, say
from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.core.results import ReportResult
from perfscore.core.trend import Series, series


@dataclass
class TrendOutcome:
    series: list[Series] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # `file:line:col: CODE message`, or why it is unreadable
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why): not reports
    repeated: list[str] = field(default_factory=list)  # a second report of one organisation and year: left out
    locales: list[str | None] = field(default_factory=list)  # each report's own, to choose the language
    not_scored: list[Message] = field(default_factory=list)  # a draft or an open year: no point, a note


def build_trend(files: list[str], kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> TrendOutcome:
    from perfscore.engine.analyse import Options, analyze_file

    outcome = TrendOutcome()
    groups: dict[str, dict[int, ReportResult]] = {}
    for path in files:
        try:
            report = analyze_file(path, Options(max_bytes=max_bytes, skip_foreign=True))
        except PerfscoreError as error:
            outcome.unscored.append(error.message)
            continue
        if report.skipped is not None:
            outcome.skipped.append((path, report.skipped))
            continue
        outcome.locales.append(report.locale)
        if report.report is None or report.result is None:
            first = report.findings[0] if report.findings else None
            outcome.unscored.append(say("league.first_error", where=first.located(), code=first.code,
                                        message=first.message) if first else path)
            continue
        meta = report.report.report
        years = groups.setdefault(meta.organisation, {})
        if meta.year in years:
            outcome.repeated.append(f"{path}: a second {meta.organisation} report for {meta.year}")
            continue
        years[meta.year] = report.result
        if report.result.not_scored is not None:
            outcome.not_scored.append(say("trend.not_scored", organisation=meta.organisation, year=meta.year))
    for organisation, by_year in groups.items():
        outcome.series += series(organisation, sorted(by_year.items()), kind)
    return outcome


def select(found: list[Series], wanted: str) -> list[Series]:
    """The series whose id or any of whose names is `wanted`."""
    return [line for line in found if line.key == wanted or wanted in line.names]
