"""Exact decimal helpers: parsing text to Decimal, declared rounding, and plain formatting.

Never touches float: every figure is a `Decimal` built from the text the user wrote.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

from perfscore.core.limits import MAX_DIGITS

ROUNDING_MODES = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
    "half_down": decimal.ROUND_HALF_DOWN,
    "up": decimal.ROUND_UP,
    "down": decimal.ROUND_DOWN,
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
}

HUNDRED = Decimal(100)
ZERO = Decimal(0)

# Enough precision that no division on report-sized numbers loses a digit before rounding.
_CONTEXT = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_UP)
# Figures may have 30 digits on either side of the point (PS112), so one spans up to 60 digits; sums,
# roundings and printing need that and room for carries. Python's default context keeps 28 digits: it
# rounds such sums silently and makes quantize fail.
EXACT = decimal.Context(prec=80, rounding=decimal.ROUND_HALF_UP)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def exact(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run `function` in the EXACT context, so every `+`, `-` and `sum()` inside it on user figures is exact."""
    @wraps(function)
    def in_context(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with decimal.localcontext(EXACT):
            return function(*args, **kwargs)
    return in_context


@lru_cache(maxsize=4096)  # Decimal is immutable; reports repeat the same figures
def to_decimal(text: str) -> Decimal | None:
    """Parse `1,234.5` / `-7` / `0.1` exactly; None when it is not a finite plain number."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned or cleaned[0] not in "+-0123456789." or any(c in cleaned for c in "eEnN_"):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    return _CONTEXT.divide(numerator, denominator)


def multiply(a: Decimal, b: Decimal) -> Decimal:
    return _CONTEXT.multiply(a, b)


def round_to(value: Decimal, places: int, mode: str = "half_up") -> Decimal:
    """Round to `places` decimals with a declared mode (half-up unless the report says otherwise)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUNDING_MODES[mode], context=EXACT)


def plain(value: Decimal) -> str:
    """Shortest exact text without exponent: 92.90 -> 92.9, 35.0 -> 35, 1E+2 -> 100."""
    if value == 0:
        return "0"
    return format(value.normalize(EXACT), "f")


def fits(value: Decimal) -> bool:
    """Whether `value` has at most MAX_DIGITS digits on either side of the point: any more, and scoring it
    would overflow the decimal context or build a billion-digit coefficient."""
    if value.is_zero():  # 0E-1000 is zero, but quantizing it still builds a 1000-digit number
        exponent = value.as_tuple().exponent
        return isinstance(exponent, int) and -MAX_DIGITS <= exponent <= MAX_DIGITS
    return len(value.as_tuple().digits) <= MAX_DIGITS and -MAX_DIGITS <= value.adjusted() < MAX_DIGITS
