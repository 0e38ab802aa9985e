"""Rollover round trips: the draft validates and its comments survive (seeded corpus and known crashes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.rollover import KNOWN, check, corpus


def test_rolled_over_drafts_validate_and_keep_comments(tmp_path: Path) -> None:
    assert [f for text in corpus(1, 12) for f in check(text, tmp_path)] == []


@pytest.mark.slow
def test_rolled_over_drafts_long_run(tmp_path: Path) -> None:
    assert [f for text in corpus(2, 300) for f in check(text, tmp_path)] == []


@pytest.mark.parametrize("name", list(KNOWN))
def test_known_rollover_inputs(name: str, tmp_path: Path) -> None:
    assert check(KNOWN[name][1], tmp_path) == []
