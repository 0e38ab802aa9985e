"""The report model: pydantic v2 classes for the YAML format. Unknown keys are errors.

Pure: no I/O, no click, no rich. Numbers arrive as `Decimal` or `int` from the loader; percentages may
also be written as text (`100%`). The format is documented in docs/format.md and the README.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from perfscore.core.decimals import ROUNDING_MODES
from perfscore.core.fields import Code, Figure, Name, NonNegative, Percent, Strict, refused
from perfscore.core.periods import Aggregate
from perfscore.core.stage_model import Stages, refuse_goal_points, refuse_points_beside
from perfscore.core.target_model import ActualInput, TargetInput

Credit = Literal["all_or_nothing", "linear", "bands", "assessed"]
Rounding = Literal["half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"]
assert set(ROUNDING_MODES) == set(Rounding.__args__)  # type: ignore[attr-defined]


# Whole numbers are strict (strict=True below): pydantic would otherwise read `places: true` as 1, a meaning
# a reader of the YAML would never guess.


class Band(Strict):
    """Achievement at or above `min` percent earns `credit` percent of the weight."""

    min: Percent
    # Above 100 a band would give more points than the weight (15 of a weight of 10): refused (PS203).
    credit: Percent = Field(le=100, description="percent of the weight earned in this band")


class Overrides(Strict):
    """Scoring defaults that cascade report -> facet -> goal -> indicator."""

    credit: Credit | None = None
    bands: list[Band] | None = None
    achievement_cap: Percent | None = Field(default=None, gt=0)
    late_deduction: Percent | None = Field(default=None, gt=0, le=100,
                                           description="deadline targets: percent deducted per month late")
    aggregate: Aggregate | None = Field(default=None, description="how period values add up to the value to "
                                        "date: cumulative, sum, average or last")


LightColour = Literal["green", "amber", "red", "white"]


# Thresholds, and the names each light is printed with (by its colour; 白燈 is only ever set by hand).
class Lights(Strict):
    green: Percent = Decimal(100)
    amber: Percent = Decimal(80)
    names: dict[LightColour, Name] | None = Field(default=None, description="the name printed for each colour")
    names_en: dict[LightColour, Name] | None = None


# A light set by hand by an assessor, overriding the computed one (白燈: not measurable this year).
class LightSet(Strict):
    colour: LightColour
    reason: str | None = Field(default=None, description="why; required for white (PS711)")


class Scoring(Strict):
    total: NonNegative = Decimal(100)
    places: int = Field(default=1, ge=0, le=10, strict=True)
    # Some rules keep indicator points finer than the total (26.25 kept, total 85.25 -> 85.3).
    points_places: int | None = Field(default=None, ge=0, le=10, strict=True)
    rounding: Rounding = "half_up"
    achievement_places: int = Field(default=0, ge=0, le=10, strict=True)
    achievement_cap: Percent = Field(default=Decimal(100), gt=0)
    credit: Credit = "linear"
    bands: list[Band] = Field(default_factory=list)
    late_deduction: Percent | None = Field(default=None, gt=0, le=100)
    aggregate: Aggregate = Field(default="cumulative", description="how period values add up (periods:); "
                                 "cascades")
    lights: Lights = Field(default_factory=Lights)
    # `none`: an unweighted report (the national format): achievement, met/unmet and a light only.
    weights: Literal["declared", "none"] = "declared"
    gaps: Literal["unmet", "all"] = Field(default="unmet", description="all: show the margin of met indicators")
    accept: list[Code] = Field(default_factory=list, description="finding codes this report accepts")
    stages: list[Name] | None = Field(default=None, min_length=1,
                                      description="review stages in order (自評, 初核, 複核 unless declared)")


# How many goals and indicators a report has, and how many were met: as printed, or as scored. (A comment,
# not a docstring: pydantic would publish a docstring in the committed JSON Schema.)
class Counts(Strict):
    goals: int = Field(ge=0, strict=True)
    indicators: int = Field(ge=0, strict=True)
    met: int = Field(ge=0, strict=True)
    unmet: int = Field(ge=0, strict=True)

    @property
    def unscored(self) -> int:
        """Indicators neither met nor unmet: no actual value yet, or one that cannot be scored."""
        return self.indicators - self.met - self.unmet


class ReportPublished(Strict):
    subtotal: Figure | None = None
    total: Figure | None = None
    counts: Counts | None = None


class Meta(Strict):
    title: Name
    organisation: Name
    year: int = Field(ge=1912, le=2999, strict=True, description="Gregorian year; ROC year = year - 1911")
    locale: Literal["zh-TW", "en"] = "zh-TW"
    title_en: str | None = None
    organisation_en: str | None = None
    preface: str | None = None
    summary: str | None = None
    published: ReportPublished | None = None
    as_of: str | None = Field(default=None, description="the year is in progress, its periods recorded up to "
                              "this month (2024-06) or quarter (2024-Q2); absent: the year is closed")
    previous: str | None = Field(default=None, min_length=1,
                                 description="the previous year's report, for relative targets")

    @field_validator("year", mode="before")
    @classmethod
    def _gregorian(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1912:
            raise refused("model.gregorian", value=value, year=value + 1911)
        return value


class Review(Strict):
    cause: str | None = None
    strategy: str | None = None


class Published(Strict):
    achievement: Percent | None = None
    points: Figure | None = None
    light: LightColour | None = None
    # 差異值 as printed: the signed gap (-7%, +2天) or 超前/落後 and its size; read and audited by PS407.
    gap: ActualInput | None = None


class Indicator(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative | None = Field(default=None, description="required except in bonus goals")
    target: TargetInput
    actual: ActualInput | None = None
    periods: dict[str | int, Figure | str] | None = Field(
        default=None, description="values by month (2024-03) or quarter (2024-Q1) of the report's year")
    unit: str | None = None
    measure: str | None = Field(default=None, description="衡量標準: how the indicator is measured")
    assessment: str | None = Field(default=None, description="評估方式/評估體制: who assesses it, and how")
    light: LightSet | None = Field(default=None, description="a light set by hand, overriding the computed one")
    points: Figure | None = Field(default=None, description="given points, for credit: assessed")
    stages: Stages | None = Field(default=None, description="what each review stage recorded; the latest counts")
    published: Published | None = None
    analysis: str | None = None
    review: Review | str | None = None
    note: str | None = None
    justification: str | None = Field(default=None, description="why the target was lowered or kept (PS602/PS603)")
    suggested_target: str | None = Field(default=None, description="a raised target proposed by rollover")

    @model_validator(mode="after")
    def _points_once(self) -> Indicator:
        refuse_points_beside(self.points, self.stages)
        return self


# One line of a rubric (評核項目): its maximum points (配分) and the points given (自評). Given points are a
# Figure, not NonNegative: points below 0 or above the maximum are a located finding (PS701), not a schema
# error, so the rest of the report is still scored.
class Criterion(Strict):
    id: str | None = None
    name: Name
    name_en: str | None = None
    max: Figure = Field(gt=0, description="配分: the most points this criterion can give")
    points: Figure | None = Field(default=None, description="自評: the points given; none yet in a draft")
    stages: Stages | None = Field(default=None, description="what each review stage recorded; the latest counts")
    note: str | None = None

    @model_validator(mode="after")
    def _points_once(self) -> Criterion:
        refuse_points_beside(self.points, self.stages)
        return self


class GoalPublished(Strict):
    points: Figure | None = None
    achievement: Percent | None = Field(default=None, description="the goal's points over its weight, percent")


class Goal(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative | None = None
    bonus_cap: NonNegative | None = Field(default=None, description="makes this a bonus goal (加分)")
    published: GoalPublished | None = None
    note: str | None = None
    stages: Stages | None = Field(default=None, description="what each review stage recorded; the latest counts")
    # Not both: a goal is scored on its indicators or on a rubric (see _scored_one_way).
    indicators: list[Indicator] = Field(default_factory=list, min_length=1)
    criteria: list[Criterion] | None = Field(default=None, min_length=1,
                                             description="a rubric (評核項目/配分/自評) instead of indicators")

    @model_validator(mode="after")
    def _scored_one_way(self) -> Goal:
        # A mix has no clean meaning: the rubric gives a share of the goal's weight, while indicators carry
        # weights of their own that would have to be squeezed into the same weight.
        if self.criteria is None and not self.indicators:
            raise refused("model.goal_empty")
        if self.criteria is not None and self.indicators:
            raise refused("model.goal_both")
        if self.criteria is not None and self.weight is None:
            raise refused("model.rubric_weight")
        if self.criteria is not None and self.bonus_cap is not None:
            raise refused("model.rubric_bonus")
        refuse_goal_points(self.stages)
        return self

    @property
    def is_rubric(self) -> bool:
        return self.criteria is not None


class FacetPublished(Strict):
    points: Figure | None = None


class Facet(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative | None = Field(default=None, description="required unless scoring.weights is none")
    # A facet scored for lights only inside a weighted report: no points, and the total's scale leaves it out.
    weights: Literal["none"] | None = Field(default=None, description="none: this facet has no weights")
    published: FacetPublished | None = None
    note: str | None = None
    goals: list[Goal] = Field(min_length=1)


class Section(Strict):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative
    points: Figure | None = None
    stages: Stages | None = Field(default=None, description="what each review stage recorded; the latest counts")
    items: list[str] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="after")
    def _points_once(self) -> Section:
        refuse_points_beside(self.points, self.stages)
        return self


class BonusItem(Strict):
    id: str | None = None
    name: Name
    name_en: str | None = None
    kind: Literal["bonus", "deduction"] = "bonus"
    cap: NonNegative
    points: NonNegative = Decimal(0)
    note: str | None = None


class Grade(Strict):
    name: Name
    name_en: str | None = None
    min: Figure


class Dropped(Strict):
    """An indicator of last year deliberately left out this year, and why (silences PS604)."""

    id: str | None = None
    name: str | None = None
    note: Name

    @model_validator(mode="after")
    def _named(self) -> Dropped:
        if self.id is None and self.name is None:
            raise refused("model.dropped")
        return self


class Report(Strict):
    report: Meta
    scoring: Scoring
    facets: list[Facet] = Field(min_length=1)
    sections: list[Section]
    bonus: list[BonusItem] = Field(default_factory=list)
    grades: list[Grade] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list, description="last year's indicators left out")

    @model_validator(mode="before")
    @classmethod
    def _no_sections_unweighted(cls, data: Any) -> Any:
        """An unweighted report (scoring.weights: none) may leave `sections` out, since any section in it
        is refused (PS713); a weighted one must still say it has none (a forgotten key is PS201)."""
        if isinstance(data, dict) and "sections" not in data and isinstance(data.get("scoring"), dict) \
                and data["scoring"].get("weights") == "none":
            return {**data, "sections": []}
        return data

    @field_validator("grades")
    @classmethod
    def _descending(cls, grades: list[Grade]) -> list[Grade]:
        minimums = [grade.min for grade in grades]
        if minimums != sorted(minimums, reverse=True):
            raise refused("model.grades")
        return grades
