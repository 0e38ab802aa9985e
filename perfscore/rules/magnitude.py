"""Numbers too large or too fine to score exactly, found after validation and before scoring. Pure.

The loader refuses YAML numbers with more than MAX_DIGITS digits (PS112), but a quoted number is text,
and pydantic reads text such as "1e40" or "1e999999999" as a Decimal. Scoring such a value would overflow
the decimal context or build a billion-digit coefficient, so every Decimal in the validated report must
fit in MAX_DIGITS digits on either side of the point.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from perfscore.core.limits import MAX_DIGITS
from perfscore.core.problems import Path, Problem


def oversized(report: BaseModel) -> list[Problem]:
    """A PS112 problem for every Decimal in `report` that does not fit (paths follow the data's keys)."""
    problems: list[Problem] = []
    _walk(report, (), problems)
    return problems


def fits(value: Decimal) -> bool:
    if value.is_zero():  # 0E-1000 is zero, but quantizing it still builds a 1000-digit number
        exponent = value.as_tuple().exponent
        return isinstance(exponent, int) and -MAX_DIGITS <= exponent <= MAX_DIGITS
    return len(value.as_tuple().digits) <= MAX_DIGITS and -MAX_DIGITS <= value.adjusted() < MAX_DIGITS


def _walk(node: Any, path: Path, problems: list[Problem]) -> None:
    if isinstance(node, Decimal):
        if not fits(node):
            text = str(node)
            shown = text if len(text) <= 40 else text[:37] + "..."
            problems.append(Problem("PS112", path, f"{shown} does not fit in {MAX_DIGITS} digits; a score never "
                                    "needs more"))
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            _walk(getattr(node, name), (*path, name), problems)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _walk(item, (*path, index), problems)
