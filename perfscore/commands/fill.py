"""`perfscore fill FILE WORKBOOK -o FILLED`: what the divisions filled in, written into the report's YAML."""

from __future__ import annotations

import sys

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit,
    exit_unscorable,
    fail,
    info,
    lang_option,
    max_bytes_option,
    note,
    quiet,
    terminal_width,
    verbosity_options,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang
from perfscore.commands.speech import said
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import Severity
from perfscore.formats import RenderOptions


# --help: the catalogue's help.fill (core/catalogue/help.py), in the run's language
@click.command("fill")
@click.argument("file", type=click.Path(dir_okay=False))  # a missing file: reading says so, as everywhere
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True)
@click.option("--overwrite", is_flag=True)
@lang_option
@max_bytes_option
@verbosity_options
@configurable
def command(file: str, workbook: str, output: str, overwrite: bool, lang: str | None, max_bytes: int) -> None:
    from perfscore.commands.rollover import new_errors
    from perfscore.core.analysis import FileReport
    from perfscore.edit.fill import fill_text
    from perfscore.engine.analyse import Options, analyse, read_bytes, read_source
    from perfscore.formats.findings import text
    from perfscore.formats.terminal import shown
    from perfscore.readers.filled import read_filled
    from perfscore.readers.workbook import read_workbook
    from perfscore.views.findings import findings_view

    options = Options(max_bytes=max_bytes)
    try:
        source = read_source(read_bytes(file, max_bytes), file, options)
        sheets = read_workbook(read_bytes(workbook, max_bytes), workbook)
    except PerfscoreError as error:
        fail(error)
    outcome = analyse(source, options)
    if outcome.report is None or outcome.result is None:
        exit_unscorable([outcome], "filled", lang)
    try:
        filling = read_filled(sheets, workbook, outcome.report, outcome.result, overwrite)
    except PerfscoreError as error:
        fail(say("path.error", path=workbook, reason=said(error)))
    language = resolve_lang(lang, outcome.locale)
    checked = FileReport(workbook, filling.findings)  # in reading order, sheet by sheet
    shown_findings = [f for f in checked.findings if f.severity is Severity.ERROR] if quiet() else checked.findings
    if shown_findings:  # as validate prints them: file:Sheet!C7: CODE severity message, then the counts (not -q)
        render_options = RenderOptions(lang=language, color=wants_color(sys.stderr), width=terminal_width(),
                                       quiet=quiet())
        click.echo(text.render(findings_view([FileReport(workbook, shown_findings)]), render_options), err=True,
                   nl=False)
    if checked.errors:
        note(say("fill.cells", path=workbook))
        raise SystemExit(EXIT_FINDINGS)
    filled = fill_text(source, filling)
    refusals = new_errors(filled, outcome.findings, file, max_bytes, language)
    if refusals:
        click.echo("".join(f"{shown(line)}\n" for line in refusals), err=True, nl=False)
        note(say("fill.refused", path=file))
        raise SystemExit(EXIT_FINDINGS)
    try:
        emit(filled.text, output, inputs=(file, workbook))
    except PerfscoreError as error:
        fail(error)
    info(say("fill.written", written=filling.written, path=output, replaced=filling.replaced))
    raise SystemExit(EXIT_OK)
