"""The fast loading path must agree with the exact loader: when it returns data, the exact loader returns
equal data (same types) and no findings; on anything the exact loader reports, it steps aside."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from perfscore.readers.yaml.events import BAIL, fast_load
from perfscore.readers.yaml.exact import exact_load
from perfscore.readers.yaml.reader import load_text
from tests.paths import EXAMPLE


def _typed(value: Any) -> Any:
    """The value with every scalar tagged by its type, so 1 and True and Decimal('1') differ."""
    if isinstance(value, dict):
        return [(_typed(k), _typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value if not isinstance(value, Decimal) else str(value))


def _agrees(text: str) -> Any:
    fast = fast_load(text)
    exact = exact_load(text, "t.yaml")
    if fast is not BAIL:
        assert exact.findings == []
        assert _typed(fast) == _typed(exact.data)
    return fast


CLEAN = [
    "a: 1\n",
    "a: 1.50\nb: -0.1\nc: +3\n",
    "a: true\nb: False\nc: null\nd: ~\ne:\n",
    "a: 2015-01-01\n",
    "a: '010'\nb: \"1e3\"\nc: |-\n  1e3\n",
    "a: [1, 2, {b: c}]\nb: {}\nc: []\n",
    "名稱: 發行市府公報\n目標: 100%\n實際: 85%以上\n",
    "list:\n  - x\n  - - w\n    - z\n  - k: v\n",
    "1: one\n2.5: two\nfalse: three\n",
    "a: 0\nb: -0\nc: 0.0\n",
    "%YAML 1.1\n---\na: 1\n...\n",
    "a: b # comment\n# only comment\n",
]
REPORTED = [  # each makes the exact loader report or reject something: the fast path must step aside
    "a: 1\na: 2\n",
    "a: &x 1\nb: *x\n",
    "a: &x 1\n",
    "a: !!str 1\n",
    "a: !custom 1\n",
    "a: ! 1\n",
    "a: yes\n",
    "a: Off\n",
    "a: 010\n",
    "a: 0x1F\n",
    "a: 1_000\n",
    "a: 1:20\n",
    "a: 1e3\n",
    "a: 0o17\n",
    "a: .nan\n",
    "a: -.inf\n",
    "a: " + "9" * 31 + "\n",
    "a: 1." + "1" * 40 + "\n",
    "<<: {a: 1}\n",
    "a: =\n",
    "~: 1\n",
    "? [a]\n: 1\n",
    "? {a: 1}\n: 1\n",
    "1: a\n1.0: b\n",
    "1: a\ntrue: b\n",
    "- a\n- b\n",
    "just text\n",
    "",
    "# nothing\n",
    "a: 1\n---\nb: 2\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "a:\n  - b\n c: d\n",
    'a: "\\x"\n',
    "a: " + "[" * 70 + "]" * 70 + "\n",
    "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 80)) + " " * 80 + "v: 1\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_takes_the_fast_path_with_the_same_data(text: str) -> None:
    assert _agrees(text) is not BAIL


@pytest.mark.parametrize("text", REPORTED)
def test_anything_reported_is_left_to_the_exact_loader(text: str) -> None:
    assert _agrees(text) is BAIL


@pytest.mark.parametrize("text", REPORTED)
def test_load_text_reports_what_the_exact_loader_reports(text: str) -> None:
    assert load_text(text, "t.yaml").findings == exact_load(text, "t.yaml").findings


def test_the_example_and_generated_reports_load_identically() -> None:
    from benchmarks.generate import report

    for text in [EXAMPLE.read_text(encoding="utf-8"), report(40), report(400, seed=7)]:
        assert _agrees(text) is not BAIL


def test_deep_nesting_does_not_crash_the_fast_path() -> None:
    assert fast_load("a: " + "[" * 200_000 + "]" * 200_000 + "\n") is BAIL
