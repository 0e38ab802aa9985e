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
    "table": "perfscore.formats.table:render",
    "json": "perfscore.formats.computejson:render",
    "markdown": "perfscore.formats.markdown:render",
    "csv": "perfscore.formats.csvout:render",
    "html": "perfscore.formats.html:render",
}

# perfscore validate PATH... --format NAME: (list[FileReport], RenderOptions) -> str
FINDINGS_FORMATS: dict[str, str] = {
    "text": "perfscore.formats.findings:render_text",
    "json": "perfscore.formats.findings:render_json",
    "github": "perfscore.formats.findings:render_github",
}


def resolve(registry: dict[str, str], name: str) -> Callable[..., str]:
    module_name, _, function = registry[name].partition(":")
    renderer: Any = getattr(importlib.import_module(module_name), function)
    return renderer  # type: ignore[no-any-return]

# perfscore diff OLD NEW --format NAME: (DiffOutcome, RenderOptions) -> str
DIFF_FORMATS: dict[str, str] = {
    "table": "perfscore.formats.diff:render_table",
    "json": "perfscore.formats.diff:render_json",
    "markdown": "perfscore.formats.diff:render_markdown",
}

# perfscore compare PATH... --format NAME: (list[LeagueRow], RenderOptions) -> str
COMPARE_FORMATS: dict[str, str] = {
    "table": "perfscore.formats.compare:render_table",
    "json": "perfscore.formats.compare:render_json",
    "csv": "perfscore.formats.compare:render_csv",
    "markdown": "perfscore.formats.compare:render_markdown",
}
