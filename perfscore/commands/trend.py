"""`perfscore trend PATH... [--indicator ID | --facet ID | --total]`: series across years, followed by
identity as `diff` follows them (perfscore.engine.trend, perfscore.core.trend)."""

from __future__ import annotations

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    bom_option,
    exclude_option,
    fail,
    format_option,
    info,
    lang_option,
    max_bytes_option,
    note,
    output_option,
    publish,
    terminal_width,
    timed,
    verbosity_options,
    wants_bom,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang, shared_locale
from perfscore.core import messages
from perfscore.core.catalogue import Message
from perfscore.formats import RenderOptions, load


@click.command("trend")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--indicator", metavar="ID", help="One indicator, by id or by any name it has had.")
@click.option("--facet", metavar="ID", help="One facet's score, by id or by any name it has had.")
@click.option("--total", is_flag=True, help="The report's total.")
@format_option("trend")
@lang_option
@exclude_option
@output_option
@bom_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], indicator: str | None, facet: str | None, total: bool, fmt: str,
            lang: str | None, exclude: tuple[str, ...], output: str | None, bom: bool | None, max_bytes: int) -> None:
    """The series across years of every organisation's reports in PATHS (files, folders or glob patterns):
    each indicator's actual value (the default, or one with --indicator), a facet's score (--facet) or the
    total (--total). Years are joined as `diff` joins two: by id, else by name within the matched facet and
    goal, so an indicator renamed under the same id stays one series. An indicator is flagged when its
    target never got harder (never rose; for a lower-is-better target, never fell) while the actual value
    beat it every year, over two years or more.

    Exit codes: 0 every report was scored; 1 a report could not be scored (listed, left out); 2 no report,
    an unknown --indicator/--facet, an unreadable file, or a usage error.
    """
    from perfscore.engine.paths import expand
    from perfscore.engine.trend import build_trend, select
    from perfscore.views.trend import trend_view

    if sum((indicator is not None, facet is not None, total)) > 1:
        fail("choose one of --indicator, --facet and --total")
    kind = "total" if total else "facet" if facet is not None else "indicator"
    files, problems, notices = expand(paths, exclude)
    for notice in notices:
        info(notice)
    with timed("read and follow"):
        outcome = build_trend(files, kind, max_bytes)
    for path, why in outcome.skipped:
        info(messages.SKIPPED.format(path=path, reason=why))
    # The reports' own locale decides when nothing else does (a series keeps no locale; the reports do).
    language = resolve_lang(lang, shared_locale(outcome.locales))
    for problem in problems + outcome.unscored + outcome.repeated:
        note(problem.text(language) if isinstance(problem, Message) else problem)  # a finding: in its language
    found = outcome.series
    wanted = indicator if indicator is not None else facet
    if wanted is not None:
        found = select(found, wanted)
        if not found:
            fail(f"no {kind} with the id or name {wanted!r} in these reports")
    if not found:
        raise SystemExit(EXIT_USAGE)
    options = RenderOptions(lang=language, color=fmt == "table" and not output and wants_color(),
                            width=terminal_width(), bom=wants_bom(bom, output))
    publish(load("trend", fmt), trend_view(found, kind, options.lang), options, output, tuple(files))
    if problems:
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if outcome.unscored else EXIT_OK)
