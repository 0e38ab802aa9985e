"""The report model: pydantic v2 classes for the YAML format. Unknown keys are errors.

Pure: no I/O, no click, no rich. Numbers arrive as `Decimal` or `int` from the loader; percentages may
also be written as text (`100%`). The format is documented in docs/format.md and the README.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from perfscore.core.dates import parse_date
from perfscore.core.decimals import ROUNDING_MODES, plain
from perfscore.core.fields import FITS, Code, Figure, Name, NonNegative, Percent, Strict

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


class Lights(Strict):
    green: Percent = Decimal(100)
    amber: Percent = Decimal(80)


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
    lights: Lights = Field(default_factory=Lights)
    accept: list[Code] = Field(default_factory=list, description="finding codes this report accepts")


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

    @field_validator("year", mode="before")
    @classmethod
    def _gregorian(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1912:
            raise ValueError(f"write the Gregorian year: ROC {value} is {value + 1911}")
        return value


class Direction(str, Enum):
    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"
    DONE = "done"
    LADDER = "ladder"
    BY = "by"  # a deadline: done on or before `date`


class Step(Strict):
    name: Name
    value: Percent = Field(ge=0)  # a negative step would give negative points


# A target: what a report writes as a mapping with direction:, and what every shorthand is parsed into
# (perfscore.core.targets). `value` for higher/lower, `low`/`high` for a range, `steps`/`reach` for a
# ladder. (Comments, not a docstring: pydantic would publish a docstring in the committed JSON Schema,
# where this is StructuredTarget.)
class Target(Strict):
    direction: Direction
    value: Figure | None = None
    low: Figure | None = None
    high: Figure | None = None
    unit: str = ""
    steps: list[Step] | None = None
    reach: str | None = None
    date: str | None = None  # a deadline, read by perfscore.core.dates (113/12/31, 2024-12, 113年底)
    # The target as displayed; when not written, built from the fields above (validated before it).
    text: str = Field(default=None, validate_default=True)

    @field_validator("text", mode="before")
    @classmethod
    def _described(cls, text: object, info: ValidationInfo) -> object:
        return _describe(info.data) if text is None else text

    @model_validator(mode="after")
    def _complete(self) -> Target:
        direction = self.direction.value
        needs = {"higher": ("value",), "lower": ("value",), "range": ("low", "high"), "done": (),
                 "ladder": ("steps",), "by": ("date",)}[direction]
        missing = [name for name in needs if getattr(self, name) is None]
        if missing:
            raise ValueError(f"a {direction} target needs {' and '.join(missing)}")
        if direction == "range" and self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"range low {self.low} is above high {self.high}")
        if direction == "ladder" and self.steps is not None:
            _check_ladder(self.steps, self.reach)
        if direction == "by" and self.date is not None and parse_date(self.date) is None:
            raise ValueError(f"cannot read the date {self.date!r}; write 2024-12-31, 2024-12, 113/12/31, "
                             "113年12月 or 113年底")
        return self

    @property
    def step_to_reach(self) -> str:
        """The name of a ladder's goal: `reach`, or the last step."""
        return self.reach or (self.steps[-1].name if self.steps else "")


def _check_ladder(steps: list[Step], reach: str | None) -> None:
    names = [step.name for step in steps]
    if not names or (reach is not None and reach not in names):
        raise ValueError(f"reach must name one of the steps: {', '.join(names)}")
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"step names must differ: {', '.join(twice)} appears more than once")
    goal = next(step for step in steps if step.name == (reach or names[-1]))
    if goal.value == 0:
        raise ValueError(f"the step to reach, {goal.name!r}, has the value 0: achievement is the reached step's "
                         "value over it, so give it a positive value (e.g. 100)")


def _describe(fields: dict[str, Any]) -> str:
    direction, unit = fields.get("direction"), fields.get("unit", "")
    value, low, high, steps = (fields.get(name) for name in ("value", "low", "high", "steps"))
    if direction is Direction.HIGHER and value is not None:
        return f"≥ {plain(value)}{unit}"
    if direction is Direction.LOWER and value is not None:
        return f"≤ {plain(value)}{unit}"
    if direction is Direction.RANGE and low is not None and high is not None:
        return f"{plain(low)}{unit}~{plain(high)}{unit}"
    if direction is Direction.LADDER and steps:
        return str(fields.get("reach") or steps[-1].name)
    if direction is Direction.BY and fields.get("date"):
        return f"{fields['date']}前"
    return "完成"


# bool first: without it pydantic reads `target: true` as the int 1; the rules explain instead (PS204).
TargetInput = Annotated[Target | bool | Decimal | int | str, FITS]
ActualInput = Annotated[bool | Decimal | int | str, FITS]


class Review(Strict):
    cause: str | None = None
    strategy: str | None = None


class Published(Strict):
    achievement: Percent | None = None
    points: Figure | None = None


class Indicator(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative | None = Field(default=None, description="required except in bonus goals")
    target: TargetInput
    actual: ActualInput | None = None
    unit: str | None = None
    points: Figure | None = Field(default=None, description="given points, for credit: assessed")
    published: Published | None = None
    analysis: str | None = None
    review: Review | str | None = None
    note: str | None = None
    justification: str | None = Field(default=None, description="why the target was lowered or kept (PS602/PS603)")
    suggested_target: str | None = Field(default=None, description="a raised target proposed by rollover")


class Goal(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative | None = None
    bonus_cap: NonNegative | None = Field(default=None, description="makes this a bonus goal (加分)")
    note: str | None = None
    indicators: list[Indicator] = Field(min_length=1)


class FacetPublished(Strict):
    points: Figure | None = None


class Facet(Overrides):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative
    published: FacetPublished | None = None
    note: str | None = None
    goals: list[Goal] = Field(min_length=1)


class Section(Strict):
    id: str | None = None
    name: Name
    name_en: str | None = None
    weight: NonNegative
    points: Figure | None = None
    items: list[str] = Field(default_factory=list)
    note: str | None = None


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
            raise ValueError("a dropped entry needs the indicator's id or name")
        return self


class Report(Strict):
    report: Meta
    scoring: Scoring
    facets: list[Facet] = Field(min_length=1)
    sections: list[Section]
    bonus: list[BonusItem] = Field(default_factory=list)
    grades: list[Grade] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list, description="last year's indicators left out")

    @field_validator("grades")
    @classmethod
    def _descending(cls, grades: list[Grade]) -> list[Grade]:
        minimums = [grade.min for grade in grades]
        if minimums != sorted(minimums, reverse=True):
            raise ValueError("list grades from the highest minimum to the lowest")
        return grades
