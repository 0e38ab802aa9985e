"""`perfscore rollover FILE`: next year's draft, with targets carried over and easy ones flagged."""

from __future__ import annotations

import os
import sys
from decimal import Decimal

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    emit,
    fail,
    max_bytes_option,
    note,
    terminal_width,
    wants_color,
)
from perfscore.commands.yoyopts import margin_option
from perfscore.errors import PerfscoreError


@click.command("rollover")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the draft here (atomically) "
              "instead of to standard output.")
@click.option("--year", type=click.IntRange(1912, 2999), default=None,
              help="The draft's Gregorian year. Default: FILE's year + 1.")
@margin_option
@max_bytes_option
def command(file: str, output: str | None, year: int | None, margin: Decimal, max_bytes: int) -> None:
    """Write next year's draft of FILE: the same facets, goals, indicators, weights, targets and rules,
    the year advanced; actual values, published figures, points, analysis and review texts cleared.
    Where last year's actual beat its target by --margin, a suggested_target: line (with a comment)
    proposes raising it. Key order and comments are kept.

    The draft validates with only PS507/PS508 infos (no actual value / no points yet), plus whatever
    structural errors FILE itself has.

    Exit codes: 0 written; 1 FILE cannot be scored; 2 usage error, unreadable or unwritable file.
    """
    from perfscore.pipeline import Options, analyze_bytes, read_bytes
    from perfscore.render.terminal import shown
    from perfscore.rollover import rollover_text
    from perfscore.yamlload import decode

    if output and os.path.exists(output) and os.path.samefile(output, file):
        fail(f"{output}: refusing to overwrite the report the draft is made from; choose another -o")
    options = Options(max_bytes=max_bytes)
    try:
        raw = read_bytes(file, max_bytes)
    except PerfscoreError as error:
        fail(str(error))
        return
    outcome = analyze_bytes(raw, file, options)
    text, _ = decode(raw, file, accept_bom=True)
    if outcome.report is None or outcome.result is None or text is None:
        from perfscore.render import RenderOptions
        from perfscore.render.findings import render_text

        report = render_text([outcome], RenderOptions(color=wants_color(sys.stderr), width=terminal_width()))
        click.echo(report, err=True, nl=False)
        note(f"{file} cannot be rolled over until the errors above are fixed")
        raise SystemExit(EXIT_FINDINGS)
    new_year = year if year is not None else outcome.report.report.year + 1
    draft, suggestions = rollover_text(text, outcome.report, outcome.result, new_year, margin,
                                       shown(os.path.basename(file)))  # a line feed would end the comment
    check = analyze_bytes(draft.encode("utf-8"), output or "<draft>", options)
    if check.report is None:  # the edit broke the file: a bug in rollover, never the user's data
        first = check.findings[0] if check.findings else None
        reason = f"{first.code} {first.message}" if first else "?"
        fail(f"internal error: the draft does not load ({reason}); please report this with the input file")
    try:
        emit(draft, output)
    except PerfscoreError as error:
        fail(str(error), EXIT_USAGE)
    where = output or "standard output"
    note(f"draft for {new_year} written to {where}; {len(suggestions)} target(s) beaten by {margin}% or more "
         "carry a suggested_target:")
    raise SystemExit(EXIT_OK)
