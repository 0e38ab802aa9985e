"""`perfscore template FILE -o fill.xlsx`: the fill-in workbook a planning office sends to its divisions."""

from __future__ import annotations

import os

import click

from perfscore.commands.common import (
    EXIT_OK,
    exit_unscorable,
    fail,
    info,
    lang_option,
    max_bytes_option,
    verbosity_options,
)
from perfscore.commands.config import configurable
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError


# --help: the catalogue's help.template (core/catalogue/help.py), in the run's language
@click.command("template")
@click.argument("file", type=click.Path(dir_okay=False))  # a missing file: reading says so, as everywhere
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["xlsx", "ods"]), default=None)
@lang_option
@max_bytes_option
@verbosity_options
@configurable
def command(file: str, output: str, fmt: str | None, lang: str | None, max_bytes: int) -> None:
    from perfscore.commands.common import publish
    from perfscore.commands.language import resolve_lang
    from perfscore.engine.analyse import Options, analyse, read_bytes, read_source
    from perfscore.formats import RenderOptions, load
    from perfscore.views.template import template_view

    suffix = os.path.splitext(output)[1].lower().lstrip(".")
    fmt = fmt or suffix
    if fmt not in ("xlsx", "ods"):
        fail(say("template.format", path=output))
    options = Options(max_bytes=max_bytes)
    try:
        outcome = analyse(read_source(read_bytes(file, max_bytes), file, options), options)
    except PerfscoreError as error:
        fail(error)
    if outcome.report is None or outcome.result is None:
        exit_unscorable([outcome], "template", lang)
    language = resolve_lang(lang, outcome.report.report.locale)
    view = template_view(outcome.report, outcome.result, language)
    publish(load("template", fmt), view, RenderOptions(lang=language), output, (file,))
    info(say("template.written", rows=len(view.rows), assessed=len(view.assessed), path=output))
    raise SystemExit(EXIT_OK)
