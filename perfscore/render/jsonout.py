"""JSON with exact decimals: `92.9` is written from the Decimal's digits, never through float."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from perfscore.decimals import plain


def dumps(value: Any, indent: int = 2) -> str:
    return "".join(_encode(value, indent, 0)) + "\n"


def _encode(value: Any, indent: int, level: int) -> list[str]:
    if isinstance(value, Decimal):
        return [plain(value) if value.is_finite() else "null"]
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return [json.dumps(value, ensure_ascii=False)]
    pad, inner = "\n" + " " * (indent * level), "\n" + " " * (indent * (level + 1))
    if isinstance(value, dict):
        if not value:
            return ["{}"]
        parts = ["{"]
        for index, (key, item) in enumerate(value.items()):
            parts += [inner, json.dumps(str(key), ensure_ascii=False), ": ", *_encode(item, indent, level + 1)]
            if index < len(value) - 1:
                parts.append(",")
        return [*parts, pad, "}"]
    if isinstance(value, list | tuple):
        if not value:
            return ["[]"]
        parts = ["["]
        for index, item in enumerate(value):
            parts += [inner, *_encode(item, indent, level + 1)]
            if index < len(value) - 1:
                parts.append(",")
        return [*parts, pad, "]"]
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")
