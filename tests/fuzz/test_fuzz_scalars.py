"""Actual values and targets against the reference grammar in `scalars.py`: what it reads gives the same
exact Decimal, what it does not read in full is refused (PS205 / PS204)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz.scalars import (
    KNOWN_BAD,
    LEADING_DOT,
    REF_ACTUAL,
    actual_corpus,
    check_actual,
    check_target,
    reference,
    target_corpus,
)


# Each was read as a number by the attack (issue 14 #1: "1e3" -> 3, "1,2345" -> 2345, "1.2.3" -> 2.3, "−5" -> 5,
# "5 ± 1" -> 1; issue 9: 92年10月 -> 10, 第2期 -> 2, 3案/年 -> 3) and must now be refused.
@pytest.mark.parametrize("text", KNOWN_BAD)
def test_known_bad_actual_values_are_refused(text: str) -> None:
    assert check_actual(text) == []


@pytest.mark.parametrize("text", KNOWN_BAD)
def test_known_bad_targets_are_refused(text: str) -> None:
    assert check_target(text) == []


@pytest.mark.parametrize(("text", "value"), list(LEADING_DOT.items()))
def test_leading_dot_numbers_read_as_yaml_1_2_reads_them(text: str, value: Decimal) -> None:
    """Issue 14 #1: `+.5`, `-.5` and `.5%` were read as 5; they are 0.5, -0.5 and 0.5%."""
    assert check_actual(text) == [] and check_target(text) == []
    assert reference(text, REF_ACTUAL) == (value, "%" if text.endswith("%") else "")


@pytest.mark.parametrize("seed", range(3))
def test_well_formed_actuals_and_targets_read_exactly(seed: int) -> None:
    failures = [f for t in actual_corpus(seed, 400, broken=False) for f in check_actual(t)]
    failures += [f for t in target_corpus(seed, 400, broken=False) for f in check_target(t)]
    assert failures == []


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
