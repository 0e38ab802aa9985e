"""The loader differential on a seeded corpus (fast), a longer one (slow), and the explicit-tag rule."""

from __future__ import annotations

import pytest

from tests.fuzz.loader import FORBIDDEN_TAGS, check, check_tag, corpus

ACCEPTED_TODAY = {"!!bool 完成": "issue 14 #9: !!bool 完成 becomes false",
                  "!!timestamp x": "issue 14 #10: !!timestamp x is accepted",
                  **{tag: "issue 14 #9/#10: any explicit tag but !!str/!!int/!!float must be PS104"
                     for tag in ("!!null ~", "!!map {b: 1}", "!!seq [1]")}}


@pytest.mark.parametrize("seed", range(4))
def test_loaders_agree_with_safe_load(seed: int) -> None:
    assert [f for text in corpus(seed, 300) for f in check(text)] == []


@pytest.mark.slow
def test_loaders_agree_with_safe_load_long_run() -> None:
    assert [f for seed in range(100, 140) for text in corpus(seed, 1000) for f in check(text)] == []


@pytest.mark.parametrize("tag", [pytest.param(tag, marks=pytest.mark.xfail(strict=True, reason=ACCEPTED_TODAY[tag]))
                                 if tag in ACCEPTED_TODAY else tag for tag in FORBIDDEN_TAGS])
def test_explicit_tags_other_than_str_int_float_are_refused(tag: str) -> None:
    assert check_tag(tag) == []
