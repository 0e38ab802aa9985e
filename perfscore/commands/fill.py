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
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import Severity
from perfscore.formats import RenderOptions


@click.command("fill")
@click.argument("file", type=click.Path(dir_okay=False))  # a missing file: reading says so, as everywhere
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True,
              help="Write the filled report here (atomically); never FILE itself.")
@click.option("--overwrite", is_flag=True, help="Replace values FILE already holds where the workbook differs "
              "(without it such a difference is PS804 and nothing is written).")
@lang_option
@max_bytes_option
@verbosity_options
@configurable
def command(file: str, workbook: str, output: str, overwrite: bool, lang: str | None, max_bytes: int) -> None:
    """Write into a copy of FILE the actual values, assessed points, analyses, causes and strategies
    filled into WORKBOOK (made by `perfscore template`). Rows are matched by their hidden id; an empty
    cell changes nothing; comments and key order are kept. Every problem is shown at its cell
    (fill.xlsx:填報!H7): a row matching nothing (PS801), a changed protected cell (PS802), a value that
    cannot be read (PS803), a value that would replace one FILE holds (PS804), a repeated row (PS805).
    Any of these is an error and nothing is written; a report row missing from the sheet (PS806) is a
    warning.

    Exit codes: 0 written; 1 errors in the workbook, FILE cannot be scored, or the result would not
    validate (nothing is written); 2 usage error, unreadable workbook or file.
    """
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
        fail(str(error))
    outcome = analyse(source, options)
    if outcome.report is None or outcome.result is None:
        exit_unscorable([outcome], "filled in", lang)
    try:
        filling = read_filled(sheets, workbook, outcome.report, outcome.result, overwrite)
    except PerfscoreError as error:
        fail(f"{workbook}: {error}")
    language = resolve_lang(lang, outcome.locale)
    checked = FileReport(workbook, filling.findings)  # in reading order, sheet by sheet
    shown_findings = [f for f in checked.findings if f.severity is Severity.ERROR] if quiet() else checked.findings
    if shown_findings:  # as validate prints them: file:Sheet!C7: CODE severity message, then the counts (not -q)
        render_options = RenderOptions(lang=language, color=wants_color(sys.stderr), width=terminal_width(),
                                       quiet=quiet())
        click.echo(text.render(findings_view([FileReport(workbook, shown_findings)]), render_options), err=True,
                   nl=False)
    if checked.errors:
        note(f"{workbook}: nothing was written: fix the cells above (or use --overwrite for PS804) and run fill again")
        raise SystemExit(EXIT_FINDINGS)
    filled = fill_text(source, filling)
    refusals = new_errors(filled, outcome.findings, file, max_bytes, language)
    if refusals:
        click.echo("".join(f"{shown(line)}\n" for line in refusals), err=True, nl=False)
        note(f"{file} cannot be filled in: the result would not validate (above), so nothing was written")
        raise SystemExit(EXIT_FINDINGS)
    try:
        emit(filled.text, output, inputs=(file, workbook))
    except PerfscoreError as error:
        fail(str(error))
    info(f"{filling.written} value(s) written to {output} ({filling.replaced} replacing the report's own)")
    raise SystemExit(EXIT_OK)
