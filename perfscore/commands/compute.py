"""`perfscore compute FILE`: score one report and render it."""

from __future__ import annotations

import click

from perfscore.commands.common import (
    EXIT_OK,
    bom_option,
    exit_unscorable,
    fail,
    format_option,
    lang_option,
    max_bytes_option,
    output_option,
    previous_option,
    publish,
    terminal_width,
    timed,
    verbosity_options,
    wants_bom,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang
from perfscore.commands.stdin import stdin_filename_option
from perfscore.core.errors import PerfscoreError
from perfscore.formats import RenderOptions, load, one_pass


# --help: the catalogue's help.compute (core/catalogue/help.py), in the run's language
@click.command("compute")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@format_option("report")
@lang_option
@output_option
@click.option("--detail", is_flag=True)
@click.option("--all", "full", is_flag=True)
@bom_option
@previous_option
@stdin_filename_option
@max_bytes_option
@verbosity_options
@configurable
def command(file: str, fmt: str, lang: str | None, output: str | None, detail: bool, full: bool, bom: bool | None,
            stdin_filename: str | None, previous: str | None, max_bytes: int) -> None:
    from perfscore.commands.stdin import analyse_stdin
    from perfscore.engine.analyse import Options, analyze_file
    from perfscore.views.report import result_view

    try:
        with timed("phase.read_score"):
            reading = Options(max_bytes=max_bytes, previous=previous)
            outcome = analyse_stdin(stdin_filename, reading) if file == "-" else analyze_file(file, reading)
    except PerfscoreError as error:
        fail(error)
    if outcome.result is None or outcome.report is None:
        exit_unscorable([outcome], "scored", lang)
    options = RenderOptions(lang=resolve_lang(lang, outcome.report.report.locale), color=fmt == "table"
                            and not output and wants_color(), width=terminal_width(), detail=detail, full=full,
                            bom=wants_bom(bom, output))
    renderer = load("report", fmt)
    publish(renderer, result_view(outcome, options.lang, lazy=one_pass(renderer)), options, output, (file,))
    raise SystemExit(EXIT_OK)
