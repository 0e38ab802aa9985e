"""`perfscore import FILE -o report.yaml`: a report table kept in a spreadsheet (.xlsx, .ods, .csv) turned
into a YAML report, each part commented with the cells it came from (docs/import.md)."""

from __future__ import annotations

import sys
from typing import Any

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit,
    fail,
    lang_option,
    max_bytes_option,
    note,
    output_option,
)
from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError


# --help: the catalogue's help.import (core/catalogue/help.py), in the run's language
@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@output_option
@click.option("--map", "map_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--title")
@click.option("--organisation")
@click.option("--year", type=click.IntRange(1, 2999))
@lang_option
@max_bytes_option
def command(file: str, output: str | None, map_file: str | None, title: str | None, organisation: str | None,
            year: int | None, lang: str | None, max_bytes: int) -> None:
    from perfscore.commands.importing import import_report

    try:
        details = _details(map_file, title, organisation, year, max_bytes)
        text, outcome, summary = import_report(file, details, max_bytes, lang)
    except PerfscoreError as error:
        fail(error)
    _show(outcome.findings, lang, outcome.locale)
    if text is None:
        note(say("import.no_table", path=file))
        raise SystemExit(EXIT_FINDINGS)
    try:
        emit(text, output, inputs=tuple(path for path in (file, map_file) if path))
    except PerfscoreError as error:
        fail(error)
    note(say("import.written", summary=summary, where=output or say("output.stdout")))
    errors = any(finding.severity.value == "error" for finding in outcome.findings)
    raise SystemExit(EXIT_FINDINGS if errors else EXIT_OK)


def _details(map_file: str | None, title: str | None, organisation: str | None, year: int | None,
             max_bytes: int) -> Any:
    from perfscore.engine.analyse import read_bytes
    from perfscore.readers.sheets.mapfile import load_map
    from perfscore.readers.sheets.reader import Details

    details = load_map(read_bytes(map_file, max_bytes), map_file) if map_file else Details()
    given = {"title": title, "organisation": organisation,
             "year": year + 1911 if year is not None and year < 1912 else year}
    details.report.update({key: value for key, value in given.items() if value is not None})
    return details


def _show(findings: list[Any], lang: str | None, locale: str | None) -> None:
    """The findings on stderr, as `validate` prints them (file.xlsx:工作表1!C7: CODE severity message)."""
    if not findings:
        return
    from perfscore.commands.common import terminal_width, wants_color
    from perfscore.commands.language import resolve_lang
    from perfscore.core.analysis import FileReport
    from perfscore.formats import RenderOptions
    from perfscore.formats.findings import text
    from perfscore.views.findings import findings_view

    report = FileReport(findings[0].file, findings)
    options = RenderOptions(lang=resolve_lang(lang, locale), color=wants_color(sys.stderr), width=terminal_width())
    click.echo(text.render(findings_view([report]), options), err=True, nl=False)
