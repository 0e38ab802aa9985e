"""The loader differential on a seeded corpus (fast), a longer one (slow), and the explicit-tag rule."""

from __future__ import annotations

import pytest

from tests.fuzz.loader import FORBIDDEN_TAGS, check, check_tag, corpus


@pytest.mark.parametrize("seed", range(4))
def test_loaders_agree_with_safe_load(seed: int) -> None:
    assert [f for text in corpus(seed, 300) for f in check(text)] == []


@pytest.mark.slow
def test_loaders_agree_with_safe_load_long_run() -> None:
    assert [f for seed in range(100, 140) for text in corpus(seed, 1000) for f in check(text)] == []


@pytest.mark.parametrize("tag", FORBIDDEN_TAGS)
def test_explicit_tags_other_than_str_int_float_are_refused(tag: str) -> None:
    """Issue 14 #2: `!!bool 完成` became false and `!!timestamp x` was accepted; every tag but the plain
    string, integer and decimal ones is PS104."""
    assert check_tag(tag) == []
