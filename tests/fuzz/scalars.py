"""Scalar surface: actual values and targets against a small reference grammar written here.

The reference reads a number as: optional ASCII sign, digits (or `,` groups of exactly three), optional
`.fraction` (or a bare `.fraction`, as YAML 1.2 reads `+.5`), then an optional unit (`%`, or up to four CJK
or Latin letters). Whatever it does not read in full must be refused (PS205 for actuals, PS204 for
targets); whatever it reads must give the same Decimal. A date (92年10月) is read as a deadline, never as a number.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

from perfscore.core.dates import parse_date
from perfscore.core.target_model import Direction, Target
from perfscore.core.targets import Refusal, Refused, resolve_actual, resolve_target

_NUM = r"(?P<n>[+-]?(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+))"
_UNIT = r"(?P<u>%|％|(?!以[上下])[A-Za-z\u4e00-\u9fff]{1,4}?)?"
REF_ACTUAL = re.compile(rf"^{_NUM} ?{_UNIT}$")
# A target may carry a rate label (執行率80%) and one of ≥ ≤ >= <= or 以上/以下 (never both).
REF_TARGET = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{1,6}}率 ?)?(?P<op>(?:>=|<=|≥|≤) ?)?{_NUM} ?{_UNIT}"
                        r"(?P<suffix> ?(?:以上|以下))?$")

# The forms the attack found misread (issue 14 #1, and issue 9's digits in a label); each must be refused
# wherever a number is expected.
KNOWN_BAD = ["1e3", "1,2345", "1.2.3", "−5", "5 ± 1", "92年10月", "第2期", "3案/年"]
# Also misread by the attack (as 5), now read as YAML 1.2 reads them: 0.5, -0.5 and 0.5%.
LEADING_DOT = {"+.5": Decimal("0.5"), "-.5": Decimal("-0.5"), ".5%": Decimal("0.5")}
NUMERIC = Target(direction=Direction.HIGHER, text="100", value=Decimal(100))
DONE_OR_WORDS = {"done", "true", "false", "完成", "達成"}


def reference(text: str, pattern: re.Pattern[str]) -> tuple[Decimal, str] | None:
    match = pattern.match(text)
    if not match or (pattern is REF_TARGET and match["op"] and match["suffix"]):
        return None
    return Decimal(match["n"].replace(",", "")), (match["u"] or "").replace("％", "%")


def check_actual(text: str) -> list[str]:
    # Against a plain numeric target, an actual without a figure is the only refusal (PS205).
    actual = resolve_actual(text, NUMERIC)
    expected = reference(text, REF_ACTUAL)
    if expected is None:
        if not (isinstance(actual, Refused) and actual.reason is Refusal.ACTUAL_NO_NUMBER):
            return [f"actual {text!r}: the reference refuses it, perfscore read {actual}"]
        return []
    if isinstance(actual, Refused) or actual.value != expected[0] or actual.unit != expected[1]:
        return [f"actual {text!r}: expected {expected}, got {actual}"]
    return []


def check_target(text: str) -> list[str]:
    target = resolve_target(text)
    expected = reference(text, REF_TARGET)
    if expected is None:
        if isinstance(target, Target) and target.direction is Direction.BY and parse_date(text) is not None:
            return []  # a date is read as a deadline, never as a number
        if target != Refused(Refusal.TARGET_UNREADABLE):  # PS204
            return [f"target {text!r}: the reference refuses it, perfscore read {target}"]
        return []
    if isinstance(target, Refused) or target.value != expected[0] or target.unit != expected[1]:
        return [f"target {text!r}: expected {expected}, got {target}"]
    return []


def _number(rng: random.Random, broken: bool) -> str:
    whole = rng.choice([str(rng.randint(0, 999)), str(rng.randint(1000, 10**7)),
                        f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
                        f"{rng.randint(1, 9)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}"])
    fraction = rng.choice(["", "", f".{rng.randint(0, 99)}", f".{rng.randint(0, 9)}0"])
    sign = rng.choice(["", "", "+", "-"])
    if not broken:
        return sign + whole + fraction
    # Damage of the kinds the attack used: exponent, bad groups, two dots,
    # a minus that is not ASCII, a ± tolerance.
    return rng.choice([f"{whole}e{rng.randint(0, 9)}", f"{whole}E-{rng.randint(1, 3)}",
                       f"{rng.randint(1, 9)},{rng.randint(1000, 99999)}", f"{rng.randint(1, 99)},{rng.randint(0, 99)}",
                       f"{whole}.{rng.randint(0, 9)}.{rng.randint(0, 9)}", f"−{whole}{fraction}",
                       f"{whole} ± {rng.randint(1, 9)}", f"{whole}±{rng.randint(1, 9)}"])


UNITS = ["", "", "%", "％", "案", "件", "萬元", "小時", "場次"]


def actual_corpus(seed: int, count: int, broken: bool) -> list[str]:
    rng = random.Random(seed)
    texts = [_number(rng, broken) + rng.choice(["", " "]) + rng.choice(UNITS) for _ in range(count)]
    return [text.strip() for text in texts if text.strip().lower() not in DONE_OR_WORDS]


def target_corpus(seed: int, count: int, broken: bool) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        number = _number(rng, broken).lstrip("+-") if rng.random() < 0.7 else _number(rng, broken)
        head = rng.choice(["", "", "執行率", "達成率 "]) + rng.choice(["", "", ">= ", "≥", "<= ", "≤"])
        tail = rng.choice(UNITS) + ("" if head.rstrip().endswith(("=", "≥", "≤")) else rng.choice(["", "以上", "以下"]))
        texts.append(head + number + tail)
    return texts
