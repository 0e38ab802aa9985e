"""Targets (原訂目標值) and actual values: the shorthand people write, parsed into exact structures.

Pure: no I/O. `parse_target("執行率80%")` gives a higher-is-better target of 80 in `%`, keeping the
label and the text as written for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from functools import lru_cache

from perfscore.decimals import to_decimal


class Direction(str, Enum):
    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"
    DONE = "done"
    LADDER = "ladder"


@dataclass(frozen=True)
class Step:
    name: str
    value: Decimal


@dataclass(frozen=True)
class Target:
    """A parsed target. `value` for higher/lower, `low`/`high` for range, `steps`/`reach` for ladders."""

    direction: Direction
    text: str
    unit: str = ""
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    label: str = ""
    steps: tuple[Step, ...] = field(default_factory=tuple)
    reach: str | None = None


@dataclass(frozen=True)
class Actual:
    """A parsed actual value: a number with a unit, a done flag, or a ladder step name."""

    text: str
    value: Decimal | None = None
    unit: str = ""
    done: bool | None = None
    step: str | None = None


_NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_UNIT = r"[^\d\s~～\-–至到<>=≥≤≧≦＞＜,.]{0,6}?"
_GE = {">=", "≥", "≧", "＞＝", ">", "＞"}
_LE = {"<=", "≤", "≦", "＜＝", "<", "＜"}
# `> 5` and `< 3` would make the boundary itself unmet while its ratio says 100%: refused (PS204), since
# 以上 / 以下 / ≥ / ≤, which include the number, are what reports write.
STRICT_OPERATORS = {">", "＞", "<", "＜"}
MAX_TEXT = 200  # a target is a short phrase; longer text is refused before any pattern runs
_OPERATORS = "|".join(re.escape(op) for op in sorted([*_GE, *_LE], key=len, reverse=True))
_HIGHER_WORDS = ("以上",)
_LOWER_WORDS = ("以下", "以內", "以内")
_SUFFIXES = "|".join(_HIGHER_WORDS + _LOWER_WORDS)

_SINGLE = re.compile(
    rf"^(?P<label>.*?)\s*(?P<op>{_OPERATORS})?\s*(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})\s*"
    rf"(?P<suffix>{_SUFFIXES})?\s*$"
)
_RANGE = re.compile(
    rf"^(?P<label>.*?)\s*(?P<low>{_NUMBER})\s*(?P<unit1>{_UNIT})\s*(?:~|～|-|–|至|到)\s*"
    rf"(?P<high>{_NUMBER})\s*(?P<unit2>{_UNIT})\s*$"
)
_ACTUAL = re.compile(rf"^(?P<label>.*?)\s*(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})\s*$")

DONE_WORDS = {"done": True, "完成": True, "已完成": True, "達成": True, "true": True,
              "not done": False, "未完成": False, "未達成": False, "false": False}


def normalise_unit(unit: str) -> str:
    return unit.replace("％", "%").strip()


# Pure functions of the text returning frozen values: a report repeats the same few texts (100%) many
# times, so they are parsed once. The bound keeps a hostile file from growing the cache.
@lru_cache(maxsize=4096)
def parse_target(text: str) -> Target | None:
    """Parse a shorthand target; None when the text is not one (the caller reports PS204)."""
    written = text.strip()
    if written.lower() in DONE_WORDS and DONE_WORDS[written.lower()]:
        return Target(Direction.DONE, written)
    if len(written) > MAX_TEXT:
        return None
    ranged = _RANGE.match(_squeeze(written))
    if ranged and not _swallows_digits(ranged["label"]):
        low, high = to_decimal(ranged["low"]), to_decimal(ranged["high"])
        unit = normalise_unit(ranged["unit2"] or ranged["unit1"])
        if low is None or high is None or low > high:
            return None  # a reversed range is a typo, not a single target
        return Target(Direction.RANGE, written, unit, low=low, high=high, label=ranged["label"].strip())
    single = _SINGLE.match(_squeeze(written))
    if not single or _swallows_digits(single["label"]) or single["op"] in STRICT_OPERATORS:
        return None
    value = to_decimal(single["num"])
    if value is None:
        return None
    op, suffix = single["op"], single["suffix"]
    lower = (op in _LE) or (suffix in _LOWER_WORDS)
    if (op in _GE or suffix in _HIGHER_WORDS) and lower:
        return None
    direction = Direction.LOWER if lower else Direction.HIGHER
    return Target(direction, written, normalise_unit(single["unit"]), value=value, label=single["label"].strip())


def _squeeze(text: str) -> str:
    """Runs of white space as one space: the patterns then cannot backtrack through long blank runs."""
    return " ".join(text.split())


def _swallows_digits(label: str) -> bool:
    """A label ending in a digit or separator means the number was cut (`1,2345` read as 2345)."""
    stripped = label.rstrip()
    return bool(stripped) and (stripped[-1].isdigit() or stripped[-1] in ",.~～-")


@lru_cache(maxsize=4096)
def parse_actual(text: str) -> Actual:
    """Parse an actual value; an unparseable text keeps `value` None (the caller decides)."""
    written = text.strip()
    lowered = written.lower()
    if lowered in DONE_WORDS:
        return Actual(written, done=DONE_WORDS[lowered])
    match = _ACTUAL.match(_squeeze(written)) if len(written) <= MAX_TEXT else None
    if match:
        value = to_decimal(match["num"])
        if value is not None:
            return Actual(written, value=value, unit=normalise_unit(match["unit"]))
    return Actual(written, step=written)


def format_number(value: Decimal, unit: str = "") -> str:
    from perfscore.decimals import plain

    return f"{plain(value)}{unit}"
