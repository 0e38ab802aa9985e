"""Consistency checks: where a report disagrees with itself or with the figures it printed. Pure.

Each check returns `Problem` values with a path into the data; the pipeline locates them in the file.
"""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.decimals import ZERO, exact, plain, round_to
from perfscore.core.model import Report, Review
from perfscore.core.problems import Problem
from perfscore.core.scoring import FacetResult, ReportResult


@exact
def check(report: Report, result: ReportResult) -> list[Problem]:
    problems: list[Problem] = []
    problems += _total_weight(report)
    for facet in result.facets:
        problems += _facet_weights(facet)
    problems += _published(report, result)
    problems += _reviews(result)
    problems += _duplicate_ids(report)
    return problems


def _total_weight(report: Report) -> list[Problem]:
    weights = [f.weight for f in report.facets] + [s.weight for s in report.sections]
    total = sum(weights, ZERO)
    if total == report.scoring.total:
        return []
    parts = " + ".join(plain(w) for w in weights)
    return [Problem("PS301", ("facets",), f"facet and section weights add up to {parts} = {plain(total)}, not the "
                    f"declared total {plain(report.scoring.total)}; fix a weight or set scoring.total", key=True)]


def _facet_weights(facet: FacetResult) -> list[Problem]:
    problems: list[Problem] = []
    for goal in facet.goals:
        if goal.declared_weight is not None and goal.declared_weight != goal.indicator_weight:
            parts = " + ".join(plain(i.weight) for i in goal.indicators)
            problems.append(Problem("PS303", goal.path + ("weight",), f"goal {goal.name!r} is declared as "
                                    f"{plain(goal.declared_weight)} but its indicators weigh {parts} = "
                                    f"{plain(goal.indicator_weight)}; declare {plain(goal.indicator_weight)} or "
                                    "correct an indicator's weight"))
    strategic = [g for g in facet.goals if not g.is_bonus]
    declared = sum((g.weight for g in strategic), ZERO)
    if declared != facet.weight:
        parts = " + ".join(plain(g.weight) for g in strategic)
        derived = sum((g.indicator_weight for g in strategic), ZERO)
        hint = (f"; with each goal at its indicators' weight they add up to {plain(derived)}, which matches"
                if derived == facet.weight else "; correct a goal's weight or the facet's")
        problems.append(Problem("PS302", facet.path + ("weight",), f"the goals of facet {facet.name!r} weigh "
                                f"{parts} = {plain(declared)}, not the facet's {plain(facet.weight)}{hint}"))
    return problems


def _precision(published: Decimal, places: int) -> int:
    """The places the publisher printed, or the report's places if finer."""
    exponent = published.as_tuple().exponent
    return max(-exponent if isinstance(exponent, int) else 0, places)


def _shown(published: Decimal, computed: Decimal, places: int) -> Decimal:
    return round_to(computed, _precision(published, places))


def _differs(published: Decimal, computed: Decimal, places: int) -> bool:
    return _shown(published, computed, places) != round_to(published, _precision(published, places))


def _published(report: Report, result: ReportResult) -> list[Problem]:
    problems: list[Problem] = []
    scoring = report.scoring
    places = scoring.achievement_places
    for indicator in result.indicators():
        printed = indicator.source.published
        if printed is None:
            continue
        if printed.achievement is not None and indicator.achievement_exact is not None \
                and _differs(printed.achievement, indicator.achievement_exact, scoring.achievement_places):
            problems.append(Problem("PS401", indicator.path + ("published", "achievement"),
                                    f"published achievement {plain(printed.achievement)}% but "
                                    f"{indicator.actual.text if indicator.actual else '?'} against "
                                    f"{indicator.target.text if indicator.target else '?'} gives "
                                    f"{plain(_shown(printed.achievement, indicator.achievement_exact, places))}%"))
        if printed.points is not None and _differs(printed.points, indicator.points_exact, scoring.places):
            problems.append(Problem("PS402", indicator.path + ("published", "points"),
                                    f"published points {plain(printed.points)} but the {indicator.rules.credit} "
                                    "rule gives "
                                    f"{plain(_shown(printed.points, indicator.points_exact, scoring.places))}"))
    for facet in result.facets:
        printed_facet = facet.source.published
        if printed_facet and printed_facet.points is not None and printed_facet.points != facet.score:
            problems.append(Problem("PS403", facet.path + ("published", "points"),
                                    f"published facet score {plain(printed_facet.points)} but its goals add up "
                                    f"to {plain(facet.score)}"))
    meta = report.report.published
    if meta is None:
        return problems
    for key, computed in (("subtotal", result.subtotal), ("total", result.total)):
        printed_value = getattr(meta, key)
        if printed_value is not None and printed_value != computed:
            problems.append(Problem("PS403", ("report", "published", key),
                                    f"published {key} {plain(printed_value)} but the figures give {plain(computed)}"))
    if meta.counts is not None:
        for key in ("goals", "indicators", "met", "unmet"):
            printed_count, computed_count = getattr(meta.counts, key), getattr(result.counts, key)
            if printed_count != computed_count:
                problems.append(Problem("PS404", ("report", "published", "counts", key),
                                        f"published {printed_count} {key} but the data has {computed_count}"))
    return problems


def _reviews(result: ReportResult) -> list[Problem]:
    problems: list[Problem] = []
    for indicator in result.unmet:
        review = indicator.source.review
        if isinstance(review, str) and review.strip():
            continue
        missing = ["cause", "strategy"] if review is None else \
            [k for k in ("cause", "strategy") if not (getattr(review, k) or "").strip()] \
            if isinstance(review, Review) else ["cause", "strategy"]
        if missing:
            problems.append(Problem("PS504", indicator.path, f"unmet indicator {indicator.name!r} has no "
                                    f"{' and no '.join(missing)}; add review: with cause: and strategy: "
                                    "(未達成原因分析暨因應策略)", key=True))
    return problems


def _duplicate_ids(report: Report) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for f_index, facet in enumerate(report.facets):
        for g_index, goal in enumerate(facet.goals):
            g_path = ("facets", f_index, "goals", g_index)
            entries = [(goal.id, g_path, goal.name)] + [
                (indicator.id, (*g_path, "indicators", i_index), indicator.name)
                for i_index, indicator in enumerate(goal.indicators)]
            for identifier, path, name in entries:
                if identifier is None:
                    continue
                if identifier in seen:
                    problems.append(Problem("PS601", (*path, "id"), f"id {identifier!r} of {name!r} is already "
                                            f"used by {seen[identifier]!r}; ids must be unique"))
                else:
                    seen[identifier] = name
    return problems
