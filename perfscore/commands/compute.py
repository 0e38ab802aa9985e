"""`perfscore compute FILE`: score one report and render it."""

from __future__ import annotations

import click

from perfscore.commands.common import (
    EXIT_OK,
    exit_unscorable,
    fail,
    format_option,
    lang_option,
    max_bytes_option,
    output_option,
    publish,
    terminal_width,
    wants_color,
)
from perfscore.core.errors import PerfscoreError
from perfscore.formats import RenderOptions, load, one_pass


@click.command("compute")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=False))
@format_option("report")
@lang_option
@output_option
@click.option("--detail", is_flag=True, help="Table: add each indicator's analysis text.")
@click.option("--bom/--no-bom", default=True, show_default=True,
              help="CSV: start with a UTF-8 byte-order mark so Excel reads Traditional Chinese correctly.")
@max_bytes_option
def command(file: str, fmt: str, lang: str | None, output: str | None, detail: bool, bom: bool,
            max_bytes: int) -> None:
    """Score FILE and print the facet tables, the total and grade, the unmet-indicator review, the summary
    counts and any findings.

    Exits 0 when the report could be scored (findings are printed with it; use `perfscore validate` to
    gate on them), 1 when it cannot be scored, 2 for a usage error or an unreadable file.
    """
    from perfscore.engine.analyse import Options, analyze_file
    from perfscore.views.report import result_view

    try:
        outcome = analyze_file(file, Options(max_bytes=max_bytes))
    except PerfscoreError as error:
        fail(str(error))
    if outcome.result is None or outcome.report is None:
        exit_unscorable([outcome], "scored")
    options = RenderOptions(lang=lang or outcome.report.report.locale, color=fmt == "table" and not output
                            and wants_color(), width=terminal_width(), detail=detail, bom=bom)
    renderer = load("report", fmt)
    publish(renderer, result_view(outcome, options.lang, lazy=one_pass(renderer)), options, output, (file,))
    raise SystemExit(EXIT_OK)
