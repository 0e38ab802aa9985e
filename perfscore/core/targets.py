"""Targets (原訂目標值) and actual values: the shorthand people write, parsed into exact structures, and
what a report holds (text, a number, true/false or a structured mapping) resolved into them.

Pure: no I/O. `parse_target("執行率80%")` gives a higher-is-better target of 80 in `%`, keeping the text
as written for display. What cannot be scored is returned as a `Refused` value saying why; the rules
turn it into a finding (PS204, PS205, PS506, PS509).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import lru_cache

from perfscore.core.catalogue import Message, say
from perfscore.core.dates import Moment, parse_date
from perfscore.core.decimals import plain, to_decimal
from perfscore.core.target_model import ActualInput, Direction, Target, TargetInput


@dataclass(frozen=True)
class Actual:
    """A parsed actual value: a number with a unit, a done flag, a date done, or a ladder step name."""

    text: str
    value: Decimal | None = None
    unit: str = ""
    done: bool | None = None
    step: str | None = None
    when: Moment | None = None


# One grammar for targets and actual values. `.5` is a number as in YAML 1.2; thousands are grouped by
# commas in threes, and a dot is always the decimal point (Taiwan writes 1,200 for twelve hundred).
NUMBER = r"[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
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
    rf"^(?P<label>.*?)\s*(?P<op>{_OPERATORS})?\s*(?P<num>{NUMBER})\s*(?P<unit>{_UNIT})\s*"
    rf"(?P<suffix>{_SUFFIXES})?\s*$"
)
_RANGE = re.compile(
    rf"^(?P<label>.*?)\s*(?P<low>{NUMBER})\s*(?P<unit1>{_UNIT})\s*(?:~|～|-|–|至|到)\s*"
    rf"(?P<high>{NUMBER})\s*(?P<unit2>{_UNIT})\s*$"
)
# Text next to the number that shows the match took only part of what was written: the tail of a longer
# number (`1,2345`, `1.2.3`, `−5`, `5 ± 1`), a date (`92年10月`, `113年底`), an ordinal (`第2期`) or a rate
# (`3案/年`). Such text is read as a date (perfscore.core.dates) or refused, never read as its last digits.
# A bare `年` is a calendar unit too: `92年` and `2024年` are years (refused: a year names no deadline), and
# reading them as a count of years would score `93年` against `92年` as 100% 達成. A duration in years is
# not supported as a figure; it belongs in the name (`服務滿3年人員比率 ≥ 80%`).
_NUMBERISH = frozenset(".,，+-−－＋±∓~～–/／")
_DATE_PREFIXES = ("第", "民國", "西元")
_CALENDAR_UNITS = ("年底", "年初", "年中", "年度", "月底", "月初", "月中", "月份", "/", "／")

# `≥ previous`, `≤ 上年度`: at least (at most) the previous year's actual, resolved by perfscore.core.relative.
_RELATIVE = re.compile(r"^(?P<op>>=|≥|≧|<=|≤|≦)\s*(?:previous|上年度(?:實際值)?)$", re.IGNORECASE)

DONE_WORDS = {"done": True, "完成": True, "已完成": True, "達成": True, "true": True,
              "not done": False, "未完成": False, "未達成": False, "false": False}


def halfwidth(text: str) -> str:
    """Text as the grammar reads it: full-width digits, `％`, `．` and `，` (a Chinese input method's) as their
    half-width forms. Targets, actual values and imported cells all pass through this one function, so
    `８８％` means the same in a report as in a spreadsheet."""
    return unicodedata.normalize("NFKC", text).strip()


def normalise_unit(unit: str) -> str:
    """The same unit written with full-width characters (`％`, `ｋｍ`) is the same unit."""
    return halfwidth(unit)


# Pure functions of the text: a report repeats the same few texts (100%) many times, so they are parsed
# once, into values nothing changes. The bound keeps a hostile file from growing the cache. A parsed target
# is built without validation (model_construct): the grammar is its check.
@lru_cache(maxsize=4096)
def parse_target(text: str) -> Target | None:
    """Parse a shorthand target; None when the text is not one (the caller reports PS204)."""
    written = text.strip()
    if written.lower() in DONE_WORDS and DONE_WORDS[written.lower()]:
        return Target.model_construct(direction=Direction.DONE, text=written)
    if len(written) > MAX_TEXT:
        return None
    shape = halfwidth(written)  # what is matched; `written` is kept for display
    relative = _RELATIVE.match(shape)
    if relative:
        lower = relative["op"] in _LE
        return Target.model_construct(direction=Direction.LOWER if lower else Direction.HIGHER, text=written,
                                      relative_to="previous")
    ranged = _RANGE.match(_squeeze(shape))
    if ranged and not _misread(ranged["label"], (ranged["unit1"], ranged["unit2"]), separated=False):
        low, high = to_decimal(ranged["low"]), to_decimal(ranged["high"])
        unit = normalise_unit(ranged["unit2"] or ranged["unit1"])
        if low is None or high is None or low > high:
            return None  # a reversed range is a typo, not a single target
        return Target.model_construct(direction=Direction.RANGE, text=written, unit=unit, low=low, high=high)
    single = _SINGLE.match(_squeeze(shape))
    if not single or _misread(single["label"], (single["unit"],), separated=bool(single["op"])) \
            or single["op"] in STRICT_OPERATORS:
        deadline = parse_date(written)  # 113年12月底前: a deadline, never the number 12
        return None if deadline is None else Target.model_construct(
            direction=Direction.BY, text=written, unit="", date=deadline.iso)
    value = to_decimal(single["num"])
    if value is None:
        return None
    op, suffix = single["op"], single["suffix"]
    lower = (op in _LE) or (suffix in _LOWER_WORDS)
    if (op in _GE or suffix in _HIGHER_WORDS) and lower:
        return None
    direction = Direction.LOWER if lower else Direction.HIGHER
    return Target.model_construct(direction=direction, text=written, unit=normalise_unit(single["unit"]), value=value)


def _squeeze(text: str) -> str:
    """Runs of white space as one space: the patterns then cannot backtrack through long blank runs."""
    return " ".join(text.split())


def _misread(label: str, units: tuple[str, ...], separated: bool) -> bool:
    """Whether the match would read part of the text as the figure. Digits in the label are allowed only
    behind an operator (`40歲以上人員達成率 ≥ 75%`): without one, `92年10月` would be read as 10月."""
    stripped = label.rstrip()
    if stripped and (stripped[-1].isdigit() or stripped[-1] in _NUMBERISH or stripped.endswith(_DATE_PREFIXES)):
        return True
    if not separated and any(char.isdigit() for char in label):
        return True
    return any(word in unit for unit in units for word in _CALENDAR_UNITS) \
        or any(normalise_unit(unit).startswith("年") for unit in units)


_BARE_YEAR = re.compile(r"^\D{0,20}?\d+\s*年度?$")  # 92年, 民國113年, 113年度, 服務滿3年: a year and nothing after


def number_advice(text: str) -> Message | None:
    """How to write a figure the grammar refused, for the finding; None when there is nothing specific."""
    if re.search(r"[第期季]", text):
        return say("advice.ordinal")
    if _BARE_YEAR.match(unicodedata.normalize("NFKC", text)):
        return say("advice.year")
    if re.search(r"\d\s*[年月]|民國|西元", text):
        return say("advice.date")
    if "/" in text or "／" in text:
        return say("advice.rate")
    if re.search(r"\d\s*[eE]\s*[+-]?\d", text):
        return say("advice.exponent")
    if any(char in text for char in "−－＋"):
        return say("advice.sign")
    if "±" in text or "∓" in text:
        return say("advice.tolerance")
    if re.search(r"\d[.,，]\d", text):
        return say("advice.grouping")
    return None


@lru_cache(maxsize=4096)
def parse_actual(text: str) -> Actual:
    """Parse an actual value; an unparseable text keeps `value` None (the caller decides)."""
    written = text.strip()
    lowered = written.lower()
    if lowered in DONE_WORDS:
        return Actual(written, done=DONE_WORDS[lowered])
    match = _SINGLE.match(_squeeze(halfwidth(written))) if len(written) <= MAX_TEXT else None
    # An actual is the figure reached: a bound (≥, 以上) or a cut number is not one.
    if match and not match["op"] and not match["suffix"] \
            and not _misread(match["label"], (match["unit"],), separated=False):
        value = to_decimal(match["num"])
        if value is not None:
            return Actual(written, value=value, unit=normalise_unit(match["unit"]))
    when = parse_date(written)
    return Actual(written, step=written, when=when)



class Refusal(Enum):
    """Why a written target or actual value cannot be scored."""

    TARGET_TRUE_FALSE = "a target cannot be true or false"
    TARGET_UNREADABLE = "not a target"
    TARGET_RELATIVE = "a relative target whose previous year's value cannot be found"
    ACTUAL_NOT_DONE = "the target is done or not done, the actual is neither"
    ACTUAL_NOT_A_STEP = "not a step of the target's ladder"
    ACTUAL_NO_NUMBER = "no figure where the target needs one"
    ACTUAL_OTHER_UNIT = "in a unit other than the target's"
    ACTUAL_FRACTION = "a fraction against a percent target"
    ACTUAL_NOT_A_DATE = "the target is a deadline, the actual is no date"


@dataclass(frozen=True)
class Refused:
    """A written target or actual value that cannot be scored, and why."""

    reason: Refusal
    actual: Actual | None = None  # the actual as read, when it is the actual that was refused


def resolve_target(written: TargetInput) -> Target | Refused:
    if isinstance(written, Target):  # written as a mapping, and validated with the report
        return written
    if isinstance(written, bool):
        return Refused(Refusal.TARGET_TRUE_FALSE)
    if isinstance(written, int | Decimal):
        value = Decimal(written)
        return Target.model_construct(direction=Direction.HIGHER, text=plain(value), value=value)
    return parse_target(written) or Refused(Refusal.TARGET_UNREADABLE)


def _read_actual(written: ActualInput) -> Actual:
    """The actual value as written, before it is compared with its target."""
    if isinstance(written, bool):
        return Actual("完成" if written else "未完成", done=written)
    if isinstance(written, int | Decimal):
        return Actual(plain(Decimal(written)), value=Decimal(written))
    return parse_actual(written)


def resolve_actual(written: ActualInput, target: Target | None) -> Actual | Refused:
    """The actual value, when it can be scored against `target` (unchecked when there is no target)."""
    actual = _read_actual(written)
    if target is None:
        return actual
    if target.direction is Direction.DONE:
        return actual if actual.done is not None else Refused(Refusal.ACTUAL_NOT_DONE, actual)
    if target.direction is Direction.BY:
        # The date done, or 未完成 (not done by the year's end, so late); 完成 alone cannot say whether on time.
        return actual if actual.when is not None or actual.done is False else \
            Refused(Refusal.ACTUAL_NOT_A_DATE, actual)
    if target.direction is Direction.LADDER:
        names = [step.name for step in target.steps or ()]
        if actual.step not in names and actual.text not in names:
            return Refused(Refusal.ACTUAL_NOT_A_STEP, actual)
        return Actual(actual.text, step=actual.text)
    if actual.value is None:
        return Refused(Refusal.ACTUAL_NO_NUMBER, actual)
    if actual.unit and target.unit and actual.unit != target.unit:
        return Refused(Refusal.ACTUAL_OTHER_UNIT, actual)
    if _fraction_for_percent(target, actual):
        return Refused(Refusal.ACTUAL_FRACTION, actual)
    return actual


def _fraction_for_percent(target: Target, actual: Actual) -> bool:
    """0.8 against 80% is most likely 80% written as a fraction; read as written it scores 1%."""
    reference = target.low if target.direction is Direction.RANGE else target.value
    return (target.unit == "%" and not actual.unit and actual.value is not None and 0 < actual.value <= 1
            and reference is not None and reference > 1)
