"""Year over year: what changed between two scored reports of one department, and whether the new
targets were set honestly (PS602 lowered, PS603 too easy, PS604 dropped). Pure, Decimal throughout.

Targets are compared as parsed `Target` values, and only when both years use the same direction
(higher or lower is better) and the same unit; ranges, done/not-done and ladders are not ranked.
A lowered or kept target is justified by the new indicator's `justification:` text; a dropped
indicator by an entry in the new report's `dropped:` list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from perfscore.core.decimals import HUNDRED, divide, exact, plain, round_to
from perfscore.core.identity import Matching, match
from perfscore.core.model import Report
from perfscore.core.problems import Path
from perfscore.core.scoring import FacetResult, GoalResult, IndicatorResult, ReportResult
from perfscore.core.targets import Direction, Target

DEFAULT_MARGIN = Decimal(20)


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


@dataclass(frozen=True)
class TargetProblem:
    """A target-setting finding: located in NEW at `path`, with OLD's evidence at `old_path`."""

    code: str
    path: Path
    old_path: Path
    message: str
    key: bool = False


@dataclass
class Diff:
    indicators: list[IndicatorDiff]
    facets: list[ScoreDelta]
    total: ScoreDelta
    problems: list[TargetProblem]

    def changed(self) -> list[IndicatorDiff]:
        return [d for d in self.indicators if d.status != "same"]


def _comparable(target: Target | None) -> tuple[object, ...] | None:
    """What a target means, without how it was written ("250" and 250 are the same target)."""
    if target is None:
        return None
    return (target.direction, target.unit, target.value, target.low, target.high, target.steps,
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


def _same_scale(old: IndicatorResult, new: IndicatorResult) -> bool:
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


def _target_problems(old: IndicatorResult, new: IndicatorResult, margin: Decimal) -> list[TargetProblem]:
    if not _same_scale(old, new):
        return []
    assert old.target is not None and new.target is not None
    assert old.target.value is not None and new.target.value is not None
    higher = old.target.direction is Direction.HIGHER
    lowered = new.target.value < old.target.value if higher else new.target.value > old.target.value
    justified = bool((new.source.justification or "").strip())
    if justified:
        return []
    here, there = (*new.path, "target"), (*old.path, "target")
    problems = []
    if lowered:
        problems.append(TargetProblem("PS602", here, there, f"the target of {new.name!r} was lowered from "
                                      f"{old.target.text} to {new.target.text} without a justification; add "
                                      "justification: (cause and strategy, 下修目標值之原因分析及因應策略)"))
    excess = beaten_by(old, margin)
    if excess is not None and (lowered or new.target.value == old.target.value):
        assert old.actual is not None
        kept = "lowered to" if lowered else "kept at"
        problems.append(TargetProblem("PS603", here, (*old.path, "actual"), f"the target of {new.name!r} was "
                                      f"{kept} {new.target.text} although last year's actual "
                                      f"{old.actual.text} beat the target {old.target.text} by "
                                      f"{plain(round_to(excess, 1))}% (margin {plain(margin)}%); raise it, "
                                      "or say why in justification:"))
    return problems


def _dropped_noted(report: Report, indicator: IndicatorResult) -> bool:
    for entry in report.dropped:
        if entry.id is not None and entry.id == indicator.source.id:
            return True
        if entry.id is None and entry.name == indicator.name:
            return True
    return False


def _goal_path_in_new(matching: Matching, old_goal: GoalResult) -> Path | None:
    for pair in matching.goals:
        if pair.old is old_goal and pair.new is not None:
            return pair.new.path
    return None


@exact
def diff(old_report: Report, old: ReportResult, new_report: Report, new: ReportResult,
         margin: Decimal = DEFAULT_MARGIN) -> Diff:
    matching = match(old, new)
    twins = {id(p.old): p.new for p in matching.goals if p.old is not None}
    indicators: list[IndicatorDiff] = []
    problems: list[TargetProblem] = []
    for pair in matching.indicators:
        one = pair.new or pair.old
        assert one is not None
        goal = matching.goal_of[id(one)]
        facet: FacetResult = matching.facet_of[id(goal)]
        key = one.source.id or f"{facet.source.id or facet.name} / {goal.source.id or goal.name} / {one.name}"
        names_en = (facet.source.name_en, goal.source.name_en, one.source.name_en)
        if pair.old is None or pair.new is None:
            status = "added" if pair.old is None else "removed"
            indicators.append(IndicatorDiff(status, key, facet.name, goal.name, one.name, None, pair.old,
                                            pair.new, names_en=names_en))
            if pair.new is None and not _dropped_noted(new_report, one):
                goal_path = _goal_path_in_new(matching, goal)
                problems.append(TargetProblem(
                    "PS604", goal_path or ("facets",), one.path,
                    f"indicator {one.name!r} of goal {goal.name!r} is gone without a note; list it under "
                    f"dropped: with {'id: ' + one.source.id if one.source.id else 'name: ' + one.name} and a "
                    "note saying why", key=True))
            continue
        old_goal = matching.goal_of[id(pair.old)]
        moved = None if twins.get(id(old_goal)) is goal else (old_goal.name, goal.name)
        changes = _changes(pair.old, pair.new, moved)
        renamed = pair.old.name != pair.new.name
        status = "renamed" if renamed else "changed" if changes else "same"
        indicators.append(IndicatorDiff(status, key, facet.name, goal.name, pair.new.name,
                                        pair.old.name if renamed else None, pair.old, pair.new, changes,
                                        names_en))
        problems += _target_problems(pair.old, pair.new, margin)
    facets = []
    for facet_pair in matching.facets:
        shown = facet_pair.new or facet_pair.old
        assert shown is not None
        facets.append(ScoreDelta(shown.source.id or shown.name, shown.name,
                                 facet_pair.old.score if facet_pair.old else None,
                                 facet_pair.new.score if facet_pair.new else None, shown.source.name_en))
    total = ScoreDelta("total", "total", old.total, new.total)
    return Diff(indicators, facets, total, problems)


__all__ = ["DEFAULT_MARGIN", "Diff", "diff"]
