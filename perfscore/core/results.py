"""The results of scoring: plain dataclasses that keep every figure with the inputs it came from.

Pure data, no logic beyond small derived properties; `scoring` fills them, the rules check them and
renderers read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from perfscore.core.catalogue import Message
from perfscore.core.findings import Path
from perfscore.core.model import Band, Counts, Facet, Goal, Indicator
from perfscore.core.periods import Aggregate, Tracking
from perfscore.core.rubric import RubricResult
from perfscore.core.target_model import Target
from perfscore.core.targets import Actual, Refused


# slots: one of each per indicator (10,000 indicators: about 1.5 MB less than with a dict each)
@dataclass(frozen=True, slots=True)
class Rules:
    """The scoring rules in force for one indicator, after the cascade."""

    credit: str
    bands: tuple[Band, ...]
    achievement_cap: Decimal
    late_deduction: Decimal | None = None  # deadline targets: percent per month late
    aggregate: Aggregate = "cumulative"  # how period values add up to the value to date


@dataclass(frozen=True)
class Change:
    kind: str  # none | points | percent | absolute
    amount: Decimal
    text: str  # as shown: +1pt, +2%, +5件; empty for none


@dataclass(frozen=True)
class Relative:
    """A relative target (perfscore.core.relative): where it came from (file, last year's actual, change),
    or why it could not be set."""

    file: str | None
    previous_actual: str | None = None
    previous_value: Decimal | None = None
    change: Change | None = None
    problem: Message | None = None
    change_problem: bool = False  # the change as written is at fault (PS611), not the previous year (PS612)


@dataclass(slots=True)
class IndicatorResult:
    path: Path
    facet: str
    goal: str
    name: str
    weight: Decimal
    target: Target | None
    actual: Actual | None
    unit: str
    rules: Rules
    bonus: bool
    achievement_raw: Decimal | None  # uncapped, unrounded percent
    achievement: Decimal | None  # capped and rounded for display
    achievement_exact: Decimal | None  # capped, not rounded: what published figures are audited against
    points: Decimal
    points_exact: Decimal  # before rounding
    met: bool | None  # None: not scored yet (no actual value)
    gap: Decimal | None
    light: str
    source: Indicator
    # What the rules need to know about how the figures came about:
    refused: Refused | None = None  # why the target or the actual could not be scored
    ratio_undefined: bool = False  # actual / target had no meaning (a zero target, negative figures)
    points_clamped: bool = False  # assessed points outside 0..weight, brought to the nearest bound
    gap_unit: str = ""  # a deadline's gap: `month` or `day` (late is positive); else the indicator's unit
    light_computed: str = "none"  # the light its figures give; `light` is the one set by hand, if any
    tracking: Tracking | None = None  # its periods: (values by month or quarter) and, in progress, the projection
    relative: Relative | None = None  # a relative target: where it came from, or why it could not be set

    @property
    def light_overridden(self) -> bool:
        return self.source.light is not None and self.light != self.light_computed


@dataclass
class GoalResult:
    path: Path
    name: str
    declared_weight: Decimal | None
    indicator_weight: Decimal
    points: Decimal
    bonus_cap: Decimal | None
    indicators: list[IndicatorResult]
    source: Goal
    rubric: RubricResult | None = None  # a goal scored on criteria (評核項目) instead of indicators

    @property
    def weight(self) -> Decimal:
        return self.declared_weight if self.declared_weight is not None else self.indicator_weight

    @property
    def is_bonus(self) -> bool:
        return self.bonus_cap is not None


@dataclass
class FacetResult:
    path: Path
    name: str
    weight: Decimal
    score: Decimal
    goals: list[GoalResult]
    source: Facet
    weighted: bool = True  # False: the report or this facet has no weights (scored for lights only)
    light_counts: dict[str, int] = field(default_factory=dict)  # its indicators by light, every light listed


@dataclass
class LineItem:
    """A section, bonus or deduction line of the roll-up."""

    path: Path
    name: str
    name_en: str | None
    kind: str  # section | bonus | deduction
    weight: Decimal  # section weight, or the cap of a bonus/deduction
    points: Decimal  # after capping
    given: Decimal  # as written, before capping


@dataclass
class ReportResult:
    facets: list[FacetResult]
    subtotal: Decimal
    sections: list[LineItem]
    section_total: Decimal
    bonuses: list[LineItem]
    bonus_total: Decimal
    deduction_total: Decimal
    total: Decimal
    grade: str | None
    grade_en: str | None
    counts: Counts
    unmet: list[IndicatorResult]
    # The total as it stood after each review stage recorded (自評, 初核, 複核), in order; empty without stages.
    stage_totals: dict[str, Decimal] = field(default_factory=dict)
    weighted: bool = True  # False: scoring.weights is none (no total, no grade)
    light_counts: dict[str, int] = field(default_factory=dict)  # indicators by light, every light listed
    as_of: str | None = None  # report.as_of: the year is in progress (periods projected to its end)
    # Why the total is not a result yet (core/unscored.py: `draft` or `in_progress`); None once it is one.
    not_scored: str | None = None

    @property
    def scored_total(self) -> Decimal | None:
        """The total where it is a result: None for an unweighted report or one not scored yet, never a 0."""
        return self.total if self.weighted and self.not_scored is None else None

    def indicators(self) -> list[IndicatorResult]:
        return [i for facet in self.facets for goal in facet.goals for i in goal.indicators]
