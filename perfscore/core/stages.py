"""Review stages (自評 → 初核 → 複核): which stage counts, and the report as it stood at each stage.

The latest stage present counts: scoring first makes its points the item's points, so every figure
downstream (goal, facet, total, the rules) reads one value. The earlier stages stay in the model, for the
totals at each stage, the side-by-side view and the PS721 changes. Pure: no I/O, no findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from perfscore.core.findings import Path
from perfscore.core.model import Criterion, Goal, Indicator, Report, Scoring, Section
from perfscore.core.stage_model import STANDARD_STAGES, StageEntry, entry

Staged = Indicator | Criterion | Goal | Section


@dataclass(frozen=True)
class StagedItem:
    """One item that carries stages: where it is, what kind it is (indicator, criterion, goal, section)."""

    path: Path
    kind: str
    name: str
    name_en: str | None
    source: Staged

    def entries(self, order: tuple[str, ...]) -> list[tuple[str, StageEntry]]:
        """The item's known stages, in the declared order (unknown names are PS722's, and skipped)."""
        stages = self.source.stages or {}
        return [(name, entry(stages[name])) for name in order if name in stages]


def stage_order(scoring: Scoring) -> tuple[str, ...]:
    return tuple(scoring.stages) if scoring.stages is not None else STANDARD_STAGES


def staged_items(report: Report) -> Iterator[StagedItem]:
    """Every item with `stages:`, in the report's order: goals before their indicators or criteria."""
    for f, facet in enumerate(report.facets):
        for g, goal in enumerate(facet.goals):
            path: Path = ("facets", f, "goals", g)
            if goal.stages:
                yield StagedItem(path, "goal", goal.name, goal.name_en, goal)
            for i, indicator in enumerate(goal.indicators):
                if indicator.stages:
                    yield StagedItem(path + ("indicators", i), "indicator", indicator.name, indicator.name_en,
                                     indicator)
            for c, criterion in enumerate(goal.criteria or ()):
                if criterion.stages:
                    yield StagedItem(path + ("criteria", c), "criterion", criterion.name, criterion.name_en,
                                     criterion)
    for s, section in enumerate(report.sections):
        if section.stages:
            yield StagedItem(("sections", s), "section", section.name, section.name_en, section)


def used_stages(report: Report) -> tuple[str, ...]:
    """The declared stages some item records, in order: the stages a total can be given for."""
    order = stage_order(report.scoring)
    present = {name for item in staged_items(report) for name, _ in item.entries(order)}
    return tuple(name for name in order if name in present)


def points_at(item: StagedItem, order: tuple[str, ...], upto: str | None = None) -> Decimal | None:
    """The points of the latest stage (at or before `upto`) that gave points; None if none did."""
    last = order.index(upto) + 1 if upto is not None else len(order)
    given = [record.points for name, record in item.entries(order[:last]) if record.points is not None]
    return given[-1] if given else None


def settle(report: Report, upto: str | None = None) -> None:
    """Give each staged indicator, criterion and section the points of its latest stage (at or before
    `upto`). In place and idempotent (scoring calls it first, so the rules then read the points that
    count): the model refuses `points:` next to `stages:`, so nothing written is lost. A goal's points
    come from its indicators or criteria, so its stages hold only a light and a comment."""
    order = stage_order(report.scoring)
    for item in staged_items(report):
        if not isinstance(item.source, Goal):
            item.source.points = points_at(item, order, upto)


def at_stage(report: Report, stage: str) -> Report:
    """The report as it stood after `stage`: a copy in which each item counts its points up to that stage."""
    copy = report.model_copy(deep=True)
    settle(copy, stage)
    return copy
