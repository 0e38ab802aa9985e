"""Loader surface: the fast event-stream loader, the exact loader and `yaml.safe_load` on generated YAML.

When the exact loader accepts a text without findings, `yaml.safe_load` must read the same data (decimals
compared as numbers, dates as their text); when the fast loader returns data, it equals the exact loader's
(tests/test_yamlfast.py's `_typed` comparison). Every finding is located inside the file.
"""

from __future__ import annotations

import datetime
import random
import re
from decimal import Decimal
from typing import Any

import yaml

from perfscore.readers.yaml.events import BAIL, fast_load
from perfscore.readers.yaml.exact import exact_load
from perfscore.readers.yaml.libyaml import FastSafeLoader
from tests.test_properties import SNIPPETS
from tests.test_yamlfast import _typed

SCALARS = ["1", "-0", "1.50", "+3", "0.0", "true", "False", "null", "~", "", "yes", "Off", "010", "0x1F", "1e3",
           "1_000", "1:20", ".nan", "-.inf", "2015-01-01", "'010'", '"1e3"', "完成", "100%", "≥ 5", "'a: b'",
           '"\\t"', "[1, a]", "{k: v}", "[]", "{}", "!!str 1", "!!int \"3\"", "!!float 1", "&a 1", "*a", "|-\n  x",
           ">\n  folded", "a # c", "'" + "9" * 31 + "'", "9" * 31]
KEYS = ["a", "名稱", "target", "1", "2.5", "true", "'q'", "? k\n:", "<<", "~"]
# Explicit tags other than !!str, !!int and !!float must be refused (PS104): issue 14 #2.
FORBIDDEN_TAGS = ["!!bool 完成", "!!timestamp x", "!!null ~", "!!map {b: 1}", "!!seq [1]", "!custom 1",
                  "!!python/name:os.system ''"]


def generate(rng: random.Random, depth: int = 0) -> str:
    lines = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(KEYS)
        if depth < 2 and rng.random() < 0.3:
            child = generate(rng, depth + 1).replace("\n", "\n  ")
            lines.append(f"{key}:\n  {child}" if rng.random() < 0.7 else f"{key}:\n  - {child}")
        else:
            value = rng.choice(SCALARS).replace("\n", "\n" + "  " * (depth + 1))
            lines.append(f"{key}: {value}")
    return "\n".join(lines)


def corpus(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = generate(rng) + "\n"
        if rng.random() < 0.3:
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(SNIPPETS) + text[at:]
        texts.append(text.replace("\n", rng.choice(["\n", "\n", "\r\n", "\r"])))
    return texts


def _plain(value: Any) -> Any:
    """Data as both loaders should agree on it: numbers by value, dates by their text."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return ("number", float(value))
    return value


def check(text: str) -> list[str]:
    lines = len(re.split("\r\n|[\r\n\x85\u2028\u2029]", text))
    try:
        exact = exact_load(text, "t.yaml")
        fast = fast_load(text)
    except Exception as error:  # any exception is the failure being looked for
        return [f"{text!r}: {error!r}"]
    failures = [f"{text!r}: {f.code} at {f.line}:{f.column} outside the file"
                for f in exact.findings if not (1 <= f.line <= lines and f.column >= 1)]
    if fast is not BAIL and (exact.findings or _typed(fast) != _typed(exact.data)):
        failures.append(f"{text!r}: the fast loader disagrees with the exact one")
    if exact.data is not None and not exact.findings:
        try:
            reference = yaml.safe_load(text)
        except yaml.YAMLError as error:
            if _libyaml_accepts(text):
                return failures  # libyaml and pure-Python PyYAML differ here (a tab before `:`), not perfscore
            return [*failures, f"{text!r}: accepted, but yaml.safe_load refuses it: {error}"]
        if _plain(reference) != _plain(exact.data):
            failures.append(f"{text!r}: exact {exact.data!r} but safe_load {reference!r}")
    return failures


def _libyaml_accepts(text: str) -> bool:
    try:
        yaml.load(text, Loader=FastSafeLoader)
    except yaml.YAMLError:
        return False
    return True


def check_tag(tag: str) -> list[str]:
    found = exact_load(f"a: {tag}\n", "t.yaml")
    codes = [f.code for f in found.findings]
    return [] if "PS104" in codes else [f"a: {tag} gave {found.data!r} and {codes}, not PS104"]
