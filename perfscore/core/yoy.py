"""Year over year: what changed between two scored reports of one department. Pure, Decimal throughout.

Targets are compared as parsed `Target` values, and ranked only when both years use the same direction
(higher or lower is better) and the same unit; ranges, done/not-done and ladders are not ranked. Whether
the new targets were set honestly is for the rules (rules/yoy.py) to judge from the `Diff`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from perfscore.core.decimals import HUNDRED, divide, exact
from perfscore.core.findings import Path
from perfscore.core.identity import Matching, match
from perfscore.core.scoring import FacetResult, GoalResult, IndicatorResult, ReportResult
from perfscore.core.target_model import Direction, Target


@dataclass(frozen=True)
class Change:
    field: str  # goal | weight | target | actual | achievement | points
    old: str | Decimal | None
    new: str | Decimal | None


@dataclass
class IndicatorDiff:
    status: str  # added | removed | renamed | changed | same
    key: str
    facet: str
    goal: str
    name: str
    old_name: str | None
    old: IndicatorResult | None
    new: IndicatorResult | None
    changes: list[Change] = field(default_factory=list)
    names_en: tuple[str | None, str | None, str | None] = (None, None, None)  # facet, goal, indicator
    goal_path: Path | None = None  # its goal in NEW (for a removed one, its old goal's twin), when there is one


@dataclass(frozen=True)
class ScoreDelta:
    key: str
    name: str
    old: Decimal | None
    new: Decimal | None
    name_en: str | None = None

    @property
    @exact
    def delta(self) -> Decimal | None:
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass
class Diff:
    indicators: list[IndicatorDiff]
    facets: list[ScoreDelta]
    total: ScoreDelta

    def changed(self) -> list[IndicatorDiff]:
        return [d for d in self.indicators if d.status != "same"]


def _comparable(target: Target | None) -> tuple[object, ...] | None:
    """What a target means, without how it was written ("250" and 250 are the same target)."""
    if target is None:
        return None
    return (target.direction, target.unit, target.value, target.low, target.high, tuple(target.steps or ()),
            target.reach)


def _text(target: Target | None, indicator: IndicatorResult) -> str | None:
    if target is not None:
        return target.text
    written = indicator.source.target
    return written if isinstance(written, str) else None


def _changes(old: IndicatorResult, new: IndicatorResult, moved: tuple[str, str] | None) -> list[Change]:
    changes: list[Change] = []
    if moved is not None:
        changes.append(Change("goal", *moved))
    if old.weight != new.weight:
        changes.append(Change("weight", old.weight, new.weight))
    if _comparable(old.target) != _comparable(new.target) or (old.target is None and new.target is None
                                                               and old.source.target != new.source.target):
        changes.append(Change("target", _text(old.target, old), _text(new.target, new)))
    old_actual = old.actual.text if old.actual else None
    new_actual = new.actual.text if new.actual else None
    if old_actual != new_actual:
        changes.append(Change("actual", old_actual, new_actual))
    if old.achievement != new.achievement:
        changes.append(Change("achievement", old.achievement, new.achievement))
    if old.points != new.points:
        changes.append(Change("points", old.points, new.points))
    return changes


def same_scale(old: IndicatorResult, new: IndicatorResult) -> bool:
    """Whether the two targets can be ranked: both higher, or both lower is better, in the same unit."""
    return (old.target is not None and new.target is not None and old.target.direction is new.target.direction
            and old.target.direction in (Direction.HIGHER, Direction.LOWER) and old.unit == new.unit
            and old.target.value is not None and new.target.value is not None)


def _excess(old: IndicatorResult) -> Decimal | None:
    """By how many percent last year's actual beat its target; None when it did not or cannot be said."""
    target, actual = old.target, old.actual
    if target is None or actual is None or actual.value is None or target.value is None or target.value <= 0:
        return None
    if actual.unit and actual.unit != target.unit:
        return None
    higher = target.direction is Direction.HIGHER
    gain = actual.value - target.value if higher else target.value - actual.value
    return divide(gain * HUNDRED, target.value) if gain > 0 else None


@exact
def beaten_by(old: IndicatorResult, margin: Decimal) -> Decimal | None:
    """The excess in percent when it reaches `margin`, else None."""
    excess = _excess(old)
    return excess if excess is not None and excess >= margin else None


def _goal_path_in_new(matching: Matching, old_goal: GoalResult) -> Path | None:
    for pair in matching.goals:
        if pair.old is old_goal and pair.new is not None:
            return pair.new.path
    return None


@exact
def diff(old: ReportResult, new: ReportResult) -> Diff:
    matching = match(old, new)
    twins = {id(p.old): p.new for p in matching.goals if p.old is not None}
    indicators: list[IndicatorDiff] = []
    for pair in matching.indicators:
        one = pair.new or pair.old
        assert one is not None
        goal = matching.goal_of[id(one)]
        facet: FacetResult = matching.facet_of[id(goal)]
        key = one.source.id or f"{facet.source.id or facet.name} / {goal.source.id or goal.name} / {one.name}"
        names_en = (facet.source.name_en, goal.source.name_en, one.source.name_en)
        if pair.old is None or pair.new is None:
            status = "added" if pair.old is None else "removed"
            goal_path = goal.path if pair.old is None else _goal_path_in_new(matching, goal)
            indicators.append(IndicatorDiff(status, key, facet.name, goal.name, one.name, None, pair.old,
                                            pair.new, names_en=names_en, goal_path=goal_path))
            continue
        old_goal = matching.goal_of[id(pair.old)]
        moved = None if twins.get(id(old_goal)) is goal else (old_goal.name, goal.name)
        changes = _changes(pair.old, pair.new, moved)
        renamed = pair.old.name != pair.new.name
        status = "renamed" if renamed else "changed" if changes else "same"
        indicators.append(IndicatorDiff(status, key, facet.name, goal.name, pair.new.name,
                                        pair.old.name if renamed else None, pair.old, pair.new, changes,
                                        names_en, goal.path))
    facets = []
    for facet_pair in matching.facets:
        shown = facet_pair.new or facet_pair.old
        assert shown is not None
        facets.append(ScoreDelta(shown.source.id or shown.name, shown.name,
                                 facet_pair.old.score if facet_pair.old else None,
                                 facet_pair.new.score if facet_pair.new else None, shown.source.name_en))
    total = ScoreDelta("total", "total", old.total, new.total)
    return Diff(indicators, facets, total)


__all__ = ["Diff", "diff"]
