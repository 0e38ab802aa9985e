"""Stable identity across two versions of a report: which facet, goal and indicator of one year is which
of the next. Pure.

Matching is by `id` when both sides carry one, else by name within the already matched parent: facets by
name, goals by (matched facet, name), indicators by (matched goal, name). An id match whose names differ
is a rename. Ids therefore let an indicator be renamed or moved to another goal and still be followed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from perfscore.core.scoring import FacetResult, GoalResult, IndicatorResult, ReportResult

T = TypeVar("T")


@dataclass(frozen=True)
class Pair(Generic[T]):
    """One entity on both sides; `old` or `new` is None when it was added or removed."""

    old: T | None
    new: T | None


def _match(olds: Sequence[T], news: Sequence[T], ident: Callable[[T], str | None],
           natural: Callable[[T, bool], Hashable]) -> list[Pair[T]]:
    """Pairs in NEW's order, then OLD's leftovers in order; `natural(item, is_old)` is the fallback key."""
    paired_old: dict[int, int] = {}  # new index -> old index
    used: set[int] = set()
    by_id: dict[str, int] = {}
    for k, item in enumerate(olds):
        key = ident(item)
        if key is not None:
            by_id.setdefault(key, k)  # a duplicate id (PS601) pairs with its first holder
    for n_index, item in enumerate(news):
        key = ident(item)
        if key is not None and key in by_id and by_id[key] not in used:
            paired_old[n_index] = by_id[key]
            used.add(by_id[key])
    # Fallback: the first unused old item with the same natural key, in order, so duplicates pair up 1:1.
    by_name: dict[Hashable, list[int]] = {}
    for o_index, item in enumerate(olds):
        if o_index not in used:
            by_name.setdefault(natural(item, True), []).append(o_index)
    for n_index, item in enumerate(news):
        if n_index in paired_old:
            continue
        candidates = [k for k in by_name.get(natural(item, False), []) if k not in used
                      and not _both_ids_differ(ident(olds[k]), ident(item))]
        if candidates:
            paired_old[n_index] = candidates[0]
            used.add(candidates[0])
    pairs = [Pair(olds[paired_old[k]] if k in paired_old else None, item) for k, item in enumerate(news)]
    pairs += [Pair(item, None) for k, item in enumerate(olds) if k not in used]
    return pairs


def _both_ids_differ(old: str | None, new: str | None) -> bool:
    """Two different ids name two different things, even when their names agree."""
    return old is not None and new is not None and old != new


@dataclass
class Matching:
    facets: list[Pair[FacetResult]]
    goals: list[Pair[GoalResult]]
    indicators: list[Pair[IndicatorResult]]
    goal_of: dict[int, GoalResult]  # id(IndicatorResult) -> its goal
    facet_of: dict[int, FacetResult]  # id(GoalResult) -> its facet


def match(old: ReportResult, new: ReportResult) -> Matching:
    facets = _match(old.facets, new.facets, lambda f: f.source.id, lambda f, _: f.name)
    facet_twin: dict[int, int] = {}  # id(old facet) -> id(new facet)
    for pair in facets:
        if pair.old is not None and pair.new is not None:
            facet_twin[id(pair.old)] = id(pair.new)
    facet_of = {id(g): f for r in (old, new) for f in r.facets for g in f.goals}
    old_goals = [g for f in old.facets for g in f.goals]
    new_goals = [g for f in new.facets for g in f.goals]

    def goal_key(goal: GoalResult, is_old: bool) -> Hashable:
        facet = id(facet_of[id(goal)])
        return (facet_twin.get(facet, -1) if is_old else facet, goal.name)

    goals = _match(old_goals, new_goals, lambda g: g.source.id, goal_key)
    goal_twin = {id(p.old): id(p.new) for p in goals if p.old is not None and p.new is not None}
    goal_of = {id(i): g for g in old_goals + new_goals for i in g.indicators}

    def indicator_key(indicator: IndicatorResult, is_old: bool) -> Hashable:
        goal = id(goal_of[id(indicator)])
        return (goal_twin.get(goal, -1) if is_old else goal, indicator.name)

    indicators = _match(old.indicators(), new.indicators(), lambda i: i.source.id, indicator_key)
    return Matching(facets, goals, indicators, goal_of, facet_of)



@dataclass
class Keys:
    """Each entity's stable key in one report, computable from that report alone (the archive stores it so
    that years join without re-matching): the YAML `id` when there is one, else the parent's key and the
    name, as `match` falls back to name within the matched parent. A repeated name gets `#2`, `#3`, so
    duplicates pair up in order, as `match` pairs them."""

    facets: dict[int, str]  # id(FacetResult) -> key
    goals: dict[int, str]
    indicators: dict[int, str]


def stable_keys(result: ReportResult) -> Keys:
    keys = Keys({}, {}, {})
    seen: dict[str, int] = {}

    def key(ident: str | None, parent: str, name: str) -> str:
        if ident is not None:
            return ident
        natural = f"{parent}/{name}" if parent else name
        seen[natural] = seen.get(natural, 0) + 1
        return natural if seen[natural] == 1 else f"{natural}#{seen[natural]}"

    for facet in result.facets:
        facet_key = keys.facets[id(facet)] = key(facet.source.id, "", facet.name)
        for goal in facet.goals:
            goal_key = keys.goals[id(goal)] = key(goal.source.id, facet_key, goal.name)
            for indicator in goal.indicators:
                keys.indicators[id(indicator)] = key(indicator.source.id, goal_key, indicator.name)
    return keys
