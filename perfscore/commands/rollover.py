"""`perfscore rollover FILE`: next year's draft, with targets carried over and easy ones flagged."""

from __future__ import annotations

import os
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    exit_unscorable,
    fail,
    info,
    lang_option,
    max_bytes_option,
    note,
    verbosity_options,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang
from perfscore.commands.speech import current
from perfscore.commands.yoyopts import margin_option
from perfscore.core.catalogue import say, text
from perfscore.core.errors import PerfscoreError
from perfscore.core.findings import Finding, Severity
from perfscore.core.i18n import year_text

if TYPE_CHECKING:
    from perfscore.edit.fill import Filled
    from perfscore.edit.rollover import Rolled


# --help: the catalogue's help.rollover (core/catalogue/help.py), in the run's language
@click.command("rollover")
@click.argument("file", type=click.Path(dir_okay=False))  # a missing file: reading says so, as everywhere
@click.option("--output", "-o", type=click.Path(dir_okay=False))
@click.option("--year", type=click.IntRange(1912, 2999), default=None)
@margin_option
@lang_option
@max_bytes_option
@verbosity_options
@configurable
def command(file: str, output: str | None, year: int | None, margin: Decimal, lang: str | None,
            max_bytes: int) -> None:
    from perfscore.edit.rollover import rollover_text
    from perfscore.engine.analyse import Options, analyse, read_bytes, read_source
    from perfscore.engine.previous import has_relative
    from perfscore.formats.terminal import shown

    if output and os.path.exists(output) and os.path.exists(file) and os.path.samefile(output, file):
        fail(say("rollover.overwrite", path=output))
    options = Options(max_bytes=max_bytes)
    try:
        raw = read_bytes(file, max_bytes)
    except PerfscoreError as error:
        fail(error)
    source = read_source(raw, file, options)  # kept: the draft is edited from its text and node tree
    outcome = analyse(source, options)
    if outcome.report is None or outcome.result is None:
        exit_unscorable([outcome], "rolled", lang)
    new_year = year if year is not None else outcome.report.report.year + 1
    language = resolve_lang(lang, outcome.locale)  # of the notes, and of the comments written into the draft
    rolled = rollover_text(source, outcome.report, outcome.result, new_year, margin,
                           shown(os.path.basename(file)),  # a line feed would end the header comment
                           _previous_name(file, output) if has_relative(outcome.report) else None, language)
    stale: list[Finding] = []
    refusals = new_errors(rolled, outcome.findings, file, max_bytes, language, stale)
    if refusals:
        click.echo("".join(f"{shown(line)}\n" for line in refusals), err=True, nl=False)
        note(say("rollover.refused", path=file))
        raise SystemExit(EXIT_FINDINGS)
    try:
        emit(rolled.text, output)
    except PerfscoreError as error:
        fail(error, EXIT_USAGE)
    # The year as the note's language writes it: a zh-TW report counts ROC years (`105 年度`, not `2016 年度`).
    info(say("rollover.written", year=year_text(new_year, current()), where=output or say("output.stdout"),
             count=len(rolled.suggestions), margin=margin))
    if stale:  # last year's deadlines, carried over as they were: name each, in the draft, with its move
        info(say("rollover.deadlines", count=len(stale), year=new_year))
        draft = output or "-"
        for finding in stale:
            info(text("draft.finding", language, where=f"{draft}:{finding.line}:{finding.column}", code=finding.code,
                      message=finding.text(language)))
    raise SystemExit(EXIT_OK)


def _previous_name(file: str, output: str | None) -> str:
    """FILE as the draft names it in report.previous: relative to the draft's folder (to the current folder
    when the draft goes to standard output), with forward slashes so that it reads the same everywhere."""
    folder = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    return os.path.relpath(os.path.abspath(file), folder).replace(os.sep, "/")


def new_errors(rolled: Rolled | Filled, before: list[Finding], file: str, max_bytes: int,
               lang: str = "en", stale: list[Finding] | None = None) -> list[str]:
    """The draft's loading and structure errors (PS1xx, PS2xx) that FILE does not have, located in FILE.
    With `stale`, the draft's deadlines before its year (PS511, located in the draft) are added to it.

    Rollover (and fill) edits text it has parsed, so it checks its work: a layout it does not know how to edit is
    refused with its place in FILE rather than written as a draft that does not load."""
    from perfscore.engine.analyse import Options, analyze_bytes

    def structural(finding: Finding) -> bool:
        return finding.severity is Severity.ERROR and finding.code.startswith(("PS1", "PS2"))

    encoded = rolled.text.encode("utf-8")
    check = analyze_bytes(encoded, file, Options(max_bytes=max(max_bytes, len(encoded))))
    known = Counter(finding.code for finding in before if structural(finding))
    lines = []
    if stale is not None:
        stale.extend(finding for finding in check.findings if finding.code == "PS511")
    for finding in check.findings:
        if structural(finding) or (check.report is None and finding.severity is Severity.ERROR):
            if known[finding.code] > 0:
                known[finding.code] -= 1
                continue
            line, column = rolled.origin(finding.line, finding.column)
            lines.append(text("draft.finding", lang, where=f"{file}:{line}:{column}", code=finding.code,
                              message=finding.text(lang)))
    return lines
