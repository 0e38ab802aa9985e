"""`perfscore diff OLD NEW`: what changed between two years of one department, and target findings."""

from __future__ import annotations

from decimal import Decimal

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    bom_option,
    exit_unscorable,
    fail,
    format_option,
    info,
    lang_option,
    max_bytes_option,
    output_option,
    publish,
    terminal_width,
    timed,
    verbosity_options,
    wants_bom,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang
from perfscore.commands.yoyopts import margin_option
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.formats import RenderOptions, load


# --help: the catalogue's help.diff (core/catalogue/help.py), in the run's language
@click.command("diff")
@click.argument("old", type=click.Path(dir_okay=False))  # a missing file: reading says so, as everywhere
@click.argument("new", type=click.Path(dir_okay=False))
@format_option("diff")
@margin_option
@lang_option
@output_option
@bom_option
@max_bytes_option
@verbosity_options
@configurable
def command(old: str, new: str, fmt: str, margin: Decimal, lang: str | None, output: str | None,
            bom: bool | None, max_bytes: int) -> None:
    from perfscore.engine.analyse import Options
    from perfscore.engine.pair import run_diff
    from perfscore.views.diff import diff_view

    try:
        with timed("phase.read_compare"):
            outcome = run_diff(old, new, margin, Options(max_bytes=max_bytes))
    except PerfscoreError as error:
        fail(error)
    if outcome.new.report is None or outcome.diff is None:
        exit_unscorable([r for r in (outcome.old, outcome.new) if r.report is None], "scored", lang)
    assert outcome.old.report is not None  # a diff exists only when both reports were scored
    old_year, new_year = outcome.old.report.report.year, outcome.new.report.report.year
    if new_year <= old_year:
        info(say("diff.order", new=new_year, old=old_year))
    options = RenderOptions(lang=resolve_lang(lang, outcome.new.report.report.locale),
                            color=fmt == "table" and not output and wants_color(), width=terminal_width(),
                            bom=wants_bom(bom, output))
    publish(load("diff", fmt), diff_view(outcome, options.lang), options, output, (old, new))
    raise SystemExit(EXIT_FINDINGS if outcome.errors else EXIT_OK)
