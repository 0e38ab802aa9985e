"""Actual values and targets against the reference grammar in `scalars.py`: what it reads gives the same
exact Decimal, what it does not read in full is refused (PS205 / PS204)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz.scalars import KNOWN_BAD, actual_corpus, check_actual, check_target, target_corpus

ISSUE = "issue 14 #{}: {} is misread as a number instead of refused"
# #1-#8 of the issue are the eight actual values below; 92年10月, 第2期 and 3案/年 are the same
# misreading (a label in front of, or a symbol inside, what should be the number), outside the issue's list.
NUMBERS = {"+.5": 1, "-.5": 2, ".5%": 3, "1e3": 4, "1,2345": 5, "1.2.3": 6, "−5": 7, "5 ± 1": 8}
REFUSED_AS_TARGETS_TODAY = {"+.5", "-.5", ".5%", "1,2345", "1.2.3"}


def _xfail(text: str) -> pytest.MarkDecorator:
    number = NUMBERS.get(text)
    reason = ISSUE.format(number, repr(text)) if number else \
        f"issue 14, beyond the listed 19: {text!r} is read as a number (label or symbol swallowed)"
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize("text", [pytest.param(text, marks=_xfail(text)) for text in KNOWN_BAD])
def test_known_bad_actual_values_are_refused(text: str) -> None:
    assert check_actual(text) == []


@pytest.mark.parametrize("text", [text if text in REFUSED_AS_TARGETS_TODAY else
                                  pytest.param(text, marks=_xfail(text)) for text in KNOWN_BAD])
def test_known_bad_targets_are_refused(text: str) -> None:
    assert check_target(text) == []


@pytest.mark.parametrize("seed", range(3))
def test_well_formed_actuals_and_targets_read_exactly(seed: int) -> None:
    failures = [f for t in actual_corpus(seed, 400, broken=False) for f in check_actual(t)]
    failures += [f for t in target_corpus(seed, 400, broken=False) for f in check_target(t)]
    assert failures == []


@pytest.mark.xfail(strict=True, reason="issue 14 #1-#8: damaged numbers (sign before a bare fraction, exponent, "
                   "bad groups, two dots, U+2212, ±) are read as a piece of the number")
@pytest.mark.parametrize("kind", ["actual", "target"])
def test_damaged_numbers_are_refused(kind: str) -> None:
    if kind == "actual":
        failures = [f for t in actual_corpus(10, 400, broken=True) for f in check_actual(t)]
    else:
        failures = [f for t in target_corpus(11, 400, broken=True) for f in check_target(t)]
    assert failures == []


@settings(max_examples=200, derandomize=True, deadline=None)
@given(value=st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       grouped=st.booleans(), unit=st.sampled_from(["", "%", "案", " 件", "萬元"]))
def test_any_plainly_written_number_reads_back_exactly(value: Decimal, grouped: bool, unit: str) -> None:
    text = (f"{value:,f}" if grouped else f"{value:f}") + unit
    assert check_actual(text) == []
    assert check_target(text.lstrip("-") if value < 0 else text) == []
