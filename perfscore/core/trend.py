"""Series across years: one department's reports in year order, each entity followed from year to year by
`core.identity.match` (id, else name within the matched parent, so renames with an id are followed), as
`diff` follows it between two years. Pure.

A series of an indicator is flagged `easy` when its target never got harder (a higher-is-better target
never rose, a lower-is-better one never fell) while the actual value beat it (strictly) in every year, over
at least two years: the targets that never get harder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from perfscore.core.identity import Pair, match
from perfscore.core.results import FacetResult, IndicatorResult, ReportResult
from perfscore.core.target_model import Direction


@dataclass
class Point:
    year: int
    value: Decimal | None  # the total, the facet's score, or the indicator's actual value
    target: Decimal | None = None
    target_text: str = ""
    actual_text: str = ""
    met: bool | None = None
    direction: str = ""
    # the indicator's in-year values (periods:) as (period, value), kept for an open or a closed year
    periods: list[tuple[str, Decimal]] = field(default_factory=list)
    projection: Decimal | None = None  # a year in progress: the straight-line projection to its end
    scored: bool = True  # False: the report is not scored yet (a draft, an open year: core/unscored.py)


@dataclass
class Series:
    organisation: str
    kind: str  # total | facet | indicator
    key: str  # the latest id, else the latest name
    name: str  # the latest name
    names: list[str] = field(default_factory=list)  # every name it had, oldest first (renames)
    unit: str = ""
    points: list[Point] = field(default_factory=list)

    @property
    def easy(self) -> bool:
        return self.kind == "indicator" and easy_target(self.points)


def easy_target(points: list[Point]) -> bool:
    """Targets that never got harder while the actual value beat them every year (two years or more).
    A year not scored yet (a draft, an open year) is left out: it has not beaten nor missed anything."""
    points = [p for p in points if p.scored]
    if len(points) < 2 or len({p.direction for p in points}) != 1 or points[0].direction not in ("higher", "lower"):
        return False
    if any(p.target is None or p.value is None for p in points):
        return False
    higher = points[0].direction == "higher"
    for p in points:
        assert p.target is not None and p.value is not None
        if (p.value <= p.target) if higher else (p.value >= p.target):
            return False
    for before, after in pairwise(points):
        assert before.target is not None and after.target is not None
        if (after.target > before.target) if higher else (after.target < before.target):
            return False
    return True


def series(organisation: str, years: list[tuple[int, ReportResult]], kind: str) -> list[Series]:
    """Every series of `kind` (total, facet, indicator) over `years`, sorted by year by the caller."""
    if kind == "total":
        line = Series(organisation, "total", "total", "total")
        # An unweighted report has no total, a draft or an open year none yet: no point for its year, never a 0.
        line.points = [Point(year, result.scored_total, scored=result.not_scored is None) for year, result in years]
        return [line]
    found: list[Series] = []
    current: dict[int, Series] = {}  # id(entity of the previous year) -> its series
    previous: ReportResult | None = None
    for year, result in years:
        now: dict[int, Series] = {}
        links: list[tuple[object | None, object]]
        if previous is None:
            items: list[object] = list(result.facets) if kind == "facet" else list(result.indicators())
            links = [(None, item) for item in items]
        else:
            matching = match(previous, result)
            pairs: list[Pair[FacetResult]] | list[Pair[IndicatorResult]] = \
                matching.facets if kind == "facet" else matching.indicators
            links = [(pair.old, pair.new) for pair in pairs if pair.new is not None]
        for old, new in links:
            followed = current.get(id(old)) if old is not None else None
            line = followed if followed is not None else Series(organisation, kind, "", "")
            if followed is None:
                found.append(line)
            _extend(line, year, new, result.not_scored is None)
            now[id(new)] = line
        current, previous = now, result
    return found


def _extend(line: Series, year: int, item: object, scored: bool) -> None:
    if isinstance(item, FacetResult):
        line.key, line.name = item.source.id or item.name, item.name
        line.points.append(Point(year, item.score if item.weighted and scored else None, scored=scored))
    elif isinstance(item, IndicatorResult):
        line.key, line.name, line.unit = item.source.id or item.name, item.name, item.unit
        target, actual = item.target, item.actual
        numeric = target is not None and target.direction in (Direction.HIGHER, Direction.LOWER)
        line.points.append(Point(year, actual.value if actual else None, target.value if numeric and target else None,
                                 target.text if target else "", actual.text if actual else "", item.met,
                                 target.direction.value if target else "",
                                 [(period.label, value) for period, value in item.tracking.values]
                                 if item.tracking else [], item.tracking.projection if item.tracking else None,
                                 scored))
    if not line.names or line.names[-1] != line.name:
        line.names.append(line.name)
