"""When a report's total is "not scored yet": the one definition every view, the trend, the league, the
site and the archive read (through `ReportResult.not_scored` and `ReportResult.scored_total`).

A total of 0 is a result: every indicator missed. A draft made by `rollover`, or a year still in progress,
has no result yet, and printing, charting, ranking or archiving it as 0 would be silently wrong. So a
weighted report is not scored yet when either
- `in_progress`: the year is still open (report.as_of is set): whatever it adds up to is provisional; or
- `draft`: nothing in it has a value to score: no indicator has an actual value (or, under credit:
  assessed, its given points), no rubric criterion has points and no section has points. A bonus or a
  deduction alone does not make a score: it only adjusts one.
An unweighted report (scoring.weights: none) has no total by design and keeps its own path.
"""

from __future__ import annotations

from perfscore.core.catalogue import Message, say
from perfscore.core.model import Report
from perfscore.core.results import FacetResult, ReportResult

IN_PROGRESS = "in_progress"
DRAFT = "draft"


def not_scored(report: Report, facets: list[FacetResult]) -> str | None:
    """Why the report's total is not a result yet (IN_PROGRESS or DRAFT), or None when it is one."""
    if report.scoring.weights == "none":
        return None
    if report.report.as_of is not None:
        return IN_PROGRESS
    for facet in facets:
        for goal in facet.goals:
            if goal.rubric is not None and any(c.given is not None for c in goal.rubric.criteria):
                return None
            if any(i.met is not None or (i.rules.credit == "assessed" and i.source.points is not None)
                   for i in goal.indicators):
                return None
    if any(section.points is not None for section in report.sections):
        return None
    return DRAFT


def not_scored_message(result: ReportResult) -> Message | None:
    """Why the total is not shown, in either language; None when the total is a result."""
    if result.not_scored == IN_PROGRESS:
        return say("not_scored.in_progress", as_of=result.as_of)
    return say("not_scored.draft") if result.not_scored == DRAFT else None
