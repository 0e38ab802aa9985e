"""`perfscore compute --format json`: the result view with exact decimals."""

from __future__ import annotations

from perfscore.core.analysis import FileReport
from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dumps
from perfscore.views.report import result_view


def render(outcome: FileReport, options: RenderOptions) -> str:
    return dumps(result_view(outcome, options.lang, lazy=True))
