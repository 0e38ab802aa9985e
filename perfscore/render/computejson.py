"""`perfscore compute --format json`: the result view with exact decimals, as UTF-8 bytes.

Bytes rather than text: a large report's JSON is never held as a str as well (see jsonout.dumps_utf8).
"""

from __future__ import annotations

from perfscore.pipeline import FileReport
from perfscore.render import RenderOptions
from perfscore.render.jsonout import dumps_utf8
from perfscore.view import result_view


def render(outcome: FileReport, options: RenderOptions) -> bytes:
    return dumps_utf8(result_view(outcome, options.lang, lazy=True))
