"""Rubric-scored goals (評核項目/配分/自評): a goal scored on criteria instead of indicators.

The goal's points are Σ given / Σ maximum × the goal's weight, rounded as the report declares (scoring.places
and scoring.rounding): criteria 30/30/40 given 26/25/35 under a weight of 20 give 86/100 × 20 = 17.2.
Criteria are not indicators: no target, no achievement, no met or unmet, never in the unmet review. Pure and
exact, like the rest of scoring; what the rules need (points out of range, points pending) is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perfscore.core.decimals import ZERO, divide, multiply, round_to
from perfscore.core.findings import Path
from perfscore.core.model import Criterion, Goal, Scoring


@dataclass
class CriterionResult:
    path: Path
    name: str
    max: Decimal  # 配分
    points: Decimal  # the points used: as given, brought into 0..max (PS701 says so); 0 while pending
    given: Decimal | None  # as written; None in a draft (PS702)
    source: Criterion

    @property
    def clamped(self) -> bool:
        return self.given is not None and self.given != self.points


@dataclass
class RubricResult:
    criteria: list[CriterionResult]
    given: Decimal  # Σ points used
    max: Decimal  # Σ 配分
    weight: Decimal  # the goal's weight the rubric shares out
    points_exact: Decimal  # given / max × weight, before rounding
    points: Decimal  # rounded as declared

    @property
    def complete(self) -> bool:
        """Every criterion has its points: a goal with points pending is a draft and gets no grade."""
        return all(criterion.given is not None for criterion in self.criteria)


def score_rubric(scoring: Scoring, path: Path, goal: Goal) -> RubricResult:
    """Score one rubric goal (the model guarantees criteria, a weight and a positive maximum per criterion)."""
    assert goal.criteria is not None and goal.weight is not None
    criteria = []
    for index, criterion in enumerate(goal.criteria):
        given = criterion.points
        used = ZERO if given is None else min(max(given, ZERO), criterion.max)
        criteria.append(CriterionResult(path + ("criteria", index), criterion.name, criterion.max, used, given,
                                        criterion))
    given_total = sum((c.points for c in criteria), ZERO)
    max_total = sum((c.max for c in criteria), ZERO)
    exact = divide(multiply(given_total, goal.weight), max_total)
    return RubricResult(criteria, given_total, max_total, goal.weight, exact,
                        round_to(exact, scoring.places, scoring.rounding))
