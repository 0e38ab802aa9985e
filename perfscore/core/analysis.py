"""What an analysis produces, as plain data: one file's report (`FileReport`), a year-over-year pair
(`DiffOutcome`) and a league-table row (`LeagueRow`). The engine fills them; views and formats read them,
so neither has to import the engine. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from perfscore.core.findings import Finding, Severity

if TYPE_CHECKING:
    from perfscore.core.model import Report
    from perfscore.core.results import ReportResult
    from perfscore.core.yoy import Diff


@dataclass
class FileReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    report: Report | None = None
    result: ReportResult | None = None
    skipped: str | None = None  # why the file was not checked as a report (see Options.skip_foreign)
    locale: str | None = None  # the report's `locale:` as written, when it has one (to choose the language)

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)


@dataclass
class DiffOutcome:
    old: FileReport
    new: FileReport
    diff: Diff | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity.value == "error")


@dataclass(frozen=True)
class FacetScore:
    key: str  # the facet's id, else its name: what columns are aligned on
    name: str
    name_en: str | None
    score: Decimal


@dataclass
class LeagueRow:
    file: str
    organisation: str | None = None
    organisation_en: str | None = None
    year: int | None = None
    locale: str | None = None
    total: Decimal | None = None
    scale: Decimal | None = None  # scoring.total: the most the report could score
    grade: str | None = None
    grade_en: str | None = None
    facets: list[FacetScore] = field(default_factory=list)
    met: int = 0
    unmet: int = 0
    errors: int = 0
    warnings: int = 0
    error: str | None = None  # why the report could not be scored: its first finding
    unreadable: bool = False  # an operational failure (exit 2), not bad data
    skipped: str | None = None  # not a report (see engine.analyse.Options.skip_foreign): left out of the table
    weighted: bool = True  # False: scoring.weights is none, so no total to rank, only lights
    light_counts: dict[str, int] | None = None  # an unweighted report's indicators by light
    not_scored: str | None = None  # a draft or an open year (core/unscored.py): no total yet, so no rank


    @property
    def scored(self) -> bool:
        """Read and scored: with a total to rank, or unweighted (no total by design, not a failure)."""
        return self.total is not None or not self.weighted or self.not_scored is not None

    @property
    def ranked(self) -> bool:
        return self.total is not None
