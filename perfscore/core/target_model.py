"""Targets as the report model holds them: the one `Target` type (written as a mapping with `direction:`,
or parsed from shorthand by perfscore.core.targets), its ladder `Step`s and `Direction`s, and what a report
may write for a target or an actual value. Pure, like the rest of the model.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from perfscore.core.catalogue import say
from perfscore.core.dates import parse_date
from perfscore.core.decimals import plain
from perfscore.core.fields import FITS, Figure, Name, Percent, Strict, refused


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
    # A relative target (較上年度提升): the value is the previous year's actual, moved by `change` (in the
    # indicator's unit, or `pt` for percentage points) or by `change_percent` (percent of that actual).
    # The engine reads the previous year's report; perfscore.core.relative resolves it.
    relative_to: Literal["previous"] | None = None
    change: Annotated[Decimal | int | str, FITS] | None = None
    change_percent: Percent | None = None
    # The target as displayed; when not written, built from the fields above (validated before it).
    text: str = Field(default=None, validate_default=True)

    @field_validator("text", mode="before")
    @classmethod
    def _described(cls, text: object, info: ValidationInfo) -> object:
        return _describe(info.data) if text is None else text

    @model_validator(mode="before")
    @classmethod
    def _relative_direction(cls, data: object) -> object:
        # {relative_to: previous} alone means "at least last year's actual": higher is better by default.
        if isinstance(data, dict) and data.get("relative_to") is not None and "direction" not in data:
            return {**data, "direction": "higher"}
        return data

    @model_validator(mode="after")
    def _complete(self) -> Target:
        direction = self.direction.value
        if self.relative_to is not None or self.change is not None or self.change_percent is not None:
            _check_relative(self)
            return self
        needs = {"higher": ("value",), "lower": ("value",), "range": ("low", "high"), "done": (),
                 "ladder": ("steps",), "by": ("date",)}[direction]
        missing = [name for name in needs if getattr(self, name) is None]
        if missing:
            raise refused("model.target_needs", direction=direction,
                          missing=say("words.both", a=missing[0], b=missing[1]) if len(missing) == 2 else missing[0])
        if direction == "range" and self.low is not None and self.high is not None and self.low > self.high:
            raise refused("model.range", low=self.low, high=self.high)
        if direction == "ladder" and self.steps is not None:
            _check_ladder(self.steps, self.reach)
        if direction == "by" and self.date is not None and parse_date(self.date) is None:
            raise refused("model.date", date=self.date)
        return self

    @property
    def step_to_reach(self) -> str:
        """The name of a ladder's goal: `reach`, or the last step."""
        return self.reach or (self.steps[-1].name if self.steps else "")


def _check_relative(target: Target) -> None:
    if target.relative_to is None:
        raise refused("model.change_without_relative")
    if target.direction not in (Direction.HIGHER, Direction.LOWER):
        raise refused("model.relative_direction")
    fixed = [name for name in ("value", "low", "high", "steps", "reach", "date") if getattr(target, name) is not None]
    if fixed:
        raise refused("model.relative_fixed", keys=", ".join(fixed))
    if target.change is not None and target.change_percent is not None:
        raise refused("model.change_both")


def _check_ladder(steps: list[Step], reach: str | None) -> None:
    names = [step.name for step in steps]
    if not names or (reach is not None and reach not in names):
        raise refused("model.reach", names=", ".join(names))
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise refused("model.steps_twice", names=", ".join(twice))
    goal = next(step for step in steps if step.name == (reach or names[-1]))
    if goal.value == 0:
        raise refused("model.step_zero", name=goal.name)


def _describe(fields: dict[str, Any]) -> str:
    direction, unit = fields.get("direction"), fields.get("unit", "")
    if fields.get("relative_to") is not None:
        return describe_relative(direction is Direction.LOWER, fields.get("change"), fields.get("change_percent"))
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


def describe_relative(lower: bool, change: object, change_percent: Decimal | None, previous: str = "上年度") -> str:
    """A relative target as written, before it is resolved: `≥ 上年度 +1pt`, `≤ 上年度 -2%` (`previous`: the
    word for last year's actual, in the output's language)."""
    text = f"{'≤' if lower else '≥'} {previous}"
    if change_percent is not None:  # × (1 + 10%): a percent of last year's actual, never read as points
        return f"{text} ×(1{'-' if change_percent < 0 else '+'}{plain(abs(change_percent))}%)"
    if change is not None:
        written = plain(Decimal(change)) if isinstance(change, int | Decimal) else str(change).strip()
        return f"{text} {written if written.startswith(('+', '-')) else '+' + written}"
    return text


# bool first: without it pydantic reads `target: true` as the int 1; the rules explain instead (PS204).
TargetInput = Annotated[Target | bool | Decimal | int | str, FITS]
ActualInput = Annotated[bool | Decimal | int | str, FITS]
