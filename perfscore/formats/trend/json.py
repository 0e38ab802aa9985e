"""The trend view as JSON, exact decimals, UTF-8."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dump_bytes


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    return dump_bytes(view)
