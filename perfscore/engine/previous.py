"""The previous year of a report with relative targets (較上年度提升): which file it is (`engine.analyse`
reads and analyses it with the same readers), its indicators matched to this year's as `diff` matches
them, and this year's report scored against it. Every command that scores a file goes through
`engine.analyse`, which calls this, so compute, validate, compare, archive and trend all resolve relative
targets the same way.

The previous file is `--previous` when given (Options.previous), else `report.previous`, relative to the
report's own folder. Its relative targets are not resolved in turn: only its actual values are read.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from perfscore.core.analysis import FileReport
from perfscore.core.catalogue import say
from perfscore.core.findings import Finding, Severity
from perfscore.core.identity import match
from perfscore.core.relative import PreviousYear, is_relative
from perfscore.core.scoring import score

if TYPE_CHECKING:
    from perfscore.core.model import Report
    from perfscore.core.results import ReportResult


def has_relative(report: Report) -> bool:
    return any(is_relative(indicator.target) for facet in report.facets for goal in facet.goals
               for indicator in goal.indicators)


def previous_file(report: Report, display: str, override: str | None) -> str | None:
    """The previous year's file as the user would name it: --previous as given, or report.previous
    relative to the folder of the report (the current folder for standard input)."""
    if override is not None:
        return override
    named = report.report.previous
    if named is None:
        return None
    folder = os.path.dirname(display) if display != "-" else ""
    return os.path.normpath(os.path.join(folder, named))


def previous_year(file: str, outcome: FileReport) -> tuple[PreviousYear, list[Finding]]:
    """The previous year as analysed, and its own errors (located in it) when it cannot be scored."""
    if outcome.result is None:
        errors = [finding for finding in outcome.findings if finding.severity is Severity.ERROR]
        return PreviousYear(file, problem=say("previous.errors", count=len(errors))), errors
    return PreviousYear(file, outcome.result), []


def score_relative(report: Report, previous: PreviousYear) -> ReportResult:
    """This year scored with its relative targets set from `previous`: a first pass gives the results that
    identity matching pairs with last year's (names, ids, goals; the targets play no part), the second
    scores with each relative target set from its twin."""
    if previous.result is None:
        return score(report, previous=previous)
    first = score(report, previous=previous)
    pairs = match(previous.result, first).indicators
    twins = {pair.new.path: pair.old for pair in pairs if pair.old is not None and pair.new is not None}
    return score(report, previous=replace(previous, twins=twins))
