"""Renderers chosen by name. Each returns text and never prints; the CLI decides where text goes.

Registries map a format name to "module:function" so that a renderer's imports (rich, for one) are
paid only when that format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "zh-TW"
    color: bool = False
    width: int = 120
    detail: bool = False
    bom: bool = True


# perfscore compute FILE --format NAME: (FileReport, RenderOptions) -> str
COMPUTE_FORMATS: dict[str, str] = {
    "table": "perfscore.render.table:render",
    "json": "perfscore.render.computejson:render",
    "markdown": "perfscore.render.markdown:render",
    "csv": "perfscore.render.csvout:render",
    "html": "perfscore.render.html:render",
}

# perfscore validate PATH... --format NAME: (list[FileReport], RenderOptions) -> str
FINDINGS_FORMATS: dict[str, str] = {
    "text": "perfscore.render.findings:render_text",
    "json": "perfscore.render.findings:render_json",
    "github": "perfscore.render.findings:render_github",
}


def resolve(registry: dict[str, str], name: str) -> Callable[..., str]:
    module_name, _, function = registry[name].partition(":")
    renderer: Any = getattr(importlib.import_module(module_name), function)
    return renderer  # type: ignore[no-any-return]

# perfscore diff OLD NEW --format NAME: (DiffOutcome, RenderOptions) -> str
DIFF_FORMATS: dict[str, str] = {
    "table": "perfscore.render.diff:render_table",
    "json": "perfscore.render.diff:render_json",
    "markdown": "perfscore.render.diff:render_markdown",
}

# perfscore compare PATH... --format NAME: (list[LeagueRow], RenderOptions) -> str
COMPARE_FORMATS: dict[str, str] = {
    "table": "perfscore.render.compare:render_table",
    "json": "perfscore.render.compare:render_json",
    "csv": "perfscore.render.compare:render_csv",
    "markdown": "perfscore.render.compare:render_markdown",
}
