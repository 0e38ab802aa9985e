"""`perfscore compute --format json`: the result view with exact decimals."""

from __future__ import annotations

from perfscore.pipeline import FileReport
from perfscore.render import RenderOptions
from perfscore.render.jsonout import dumps
from perfscore.view import result_view


def render(outcome: FileReport, options: RenderOptions) -> str:
    return dumps(result_view(outcome, options.lang, lazy=True))
