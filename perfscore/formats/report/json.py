"""The report as JSON (`perfscore compute --format json`): the result view with exact decimals, as UTF-8."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dump_bytes

ONE_PASS = True  # the view is encoded front to back, so it may hand out each goal's indicators as it goes


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    return dump_bytes(view)
