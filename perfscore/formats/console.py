"""A rich Console that writes into a string, with colour only when asked for."""

from __future__ import annotations

import io

from rich.console import Console

from perfscore.formats import RenderOptions


def string_console(options: RenderOptions) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # markup=False: report text such as "[/yr]" is data, never a rich style tag.
    console = Console(file=buffer, width=options.width, force_terminal=options.color, no_color=not options.color,
                      markup=False, color_system="standard" if options.color else None, highlight=False,
                      emoji=False, soft_wrap=False, legacy_windows=False)
    return console, buffer
