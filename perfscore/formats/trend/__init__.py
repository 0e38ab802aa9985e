"""Formats of the trend view (`perfscore trend`): table (with a sparkline), json, csv and html (inline SVG)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[Decimal | None]) -> str:
    """One bar per year, scaled from the series' lowest value (▁) to its highest (█); a year without a value
    is a space; a flat series is all middle bars, so it is not read as a fall."""
    known = [v for v in values if v is not None]
    if not known:
        return " " * len(values)
    low, high = min(known), max(known)
    if low == high:
        return "".join(" " if v is None else BARS[3] for v in values)
    top = len(BARS) - 1
    return "".join(" " if v is None else BARS[int((v - low) * top / (high - low) + Decimal("0.5"))] for v in values)


def by_year(series: dict[str, Any], years: list[int]) -> list[Decimal | None]:
    """The series' values aligned on the view's years (None where it has no point)."""
    values = {point["year"]: point["value"] for point in series["points"]}
    return [values.get(year) for year in years]
