"""Review stages (自評 → 初核 → 複核) in the report model: what one stage recorded for an item.

An indicator, a rubric criterion, a goal or a section may carry `stages: {自評: 26, 初核: 24}`: a number is
the points that stage gave; a mapping may also hold the stage's light and comment. The stage names and
their order come from `scoring.stages` (自評, 初核, 複核 unless declared). Kept apart from model.py so the
model stays small; core/stages.py applies the stages.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from perfscore.core.fields import Figure, Name, Strict, refused

STANDARD_STAGES = ("自評", "初核", "複核")
StageLight = Literal["green", "amber", "red"]


class StageEntry(Strict):
    points: Figure | None = Field(default=None, description="the points this stage gave")
    light: StageLight | None = Field(default=None, description="the light this stage gave (recorded, shown)")
    comment: str | None = Field(default=None, description="the reviewer's comment at this stage")


# A stage's record: its points alone (`初核: 24`), or points, light and comment.
StageRecord = StageEntry | Figure
Stages = dict[Name, StageRecord]


def entry(record: StageRecord) -> StageEntry:
    return record if isinstance(record, StageEntry) else StageEntry(points=record)


def refuse_points_beside(points: object, stages: Stages | None) -> None:
    """One place for the points: `points:` next to `stages:` would leave a reader guessing which counts."""
    if points is not None and stages:
        raise refused("model.stage_points")


def refuse_goal_points(stages: Stages | None) -> None:
    """A goal's points are its indicators' or criteria's: a stage may record its light and comment only."""
    for name, record in (stages or {}).items():
        if entry(record).points is not None:
            raise refused("model.goal_stage_points", name=name)
