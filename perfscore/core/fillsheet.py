"""The fill-in sheet's shape, shared by `perfscore template` (which writes it) and `perfscore fill` (which reads
it back): the columns, the key that matches a row to its indicator, and the texts of the cells fill compares
(a protected cell is compared with exactly the text the template wrote).
"""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.decimals import plain
from perfscore.core.model import Review
from perfscore.core.results import IndicatorResult

# The indicator sheet's columns, in order: key into the view's texts, and whether a division fills it in.
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("fill_id", False), ("facet", False), ("goal", False), ("indicator", False), ("weight", False),
    ("target", False), ("unit", False), ("fill_actual", True), ("fill_points", True), ("analysis", True),
    ("cause", True), ("strategy", True),
)
ASSESSED_COLUMNS: tuple[tuple[str, bool], ...] = (
    ("fill_id", False), ("section", False), ("fill_kind", False), ("fill_limit", False), ("fill_points", True),
)


def row_key(item_id: str | None, *path: int) -> str:
    """A row's key: the item's own id, else `#` and its 1-based index path (`#3.1.2`)."""
    return item_id if item_id else "#" + ".".join(str(index + 1) for index in path)


def target_text(indicator: IndicatorResult) -> str:
    """The target as the report writes it: the text of a shorthand, the text of a structured target."""
    written = indicator.source.target
    if isinstance(written, str):
        return written
    if isinstance(written, bool):
        return "true" if written else "false"
    if isinstance(written, int | Decimal):
        return plain(Decimal(written))
    return indicator.target.text if indicator.target is not None else ""


def actual_text(written: object) -> str:
    if written is None:
        return ""
    if isinstance(written, bool):
        return "true" if written else "false"
    if isinstance(written, int | Decimal):
        return plain(Decimal(written))
    return str(written)


def review_texts(review: Review | str | None) -> tuple[str, str]:
    """Cause and strategy as the two columns show them; one combined text stands in both."""
    if review is None:
        return "", ""
    if isinstance(review, str):
        return review, review
    return review.cause or "", review.strategy or ""


def assessed_key(item_id: str | None, kind: str, index: int) -> str:
    """An assessed row's key: the item's own id, else `#section.N` or `#bonus.N` (1-based)."""
    return item_id if item_id else f"#{kind}.{index + 1}"

