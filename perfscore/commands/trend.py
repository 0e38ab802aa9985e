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
from perfscore.core.catalogue import Message, say
from perfscore.formats import RenderOptions, load


# --help: the catalogue's help.trend (core/catalogue/help.py), in the run's language
@click.command("trend")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--indicator", metavar="ID")
@click.option("--facet", metavar="ID")
@click.option("--total", is_flag=True)
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
    from perfscore.engine.paths import expand
    from perfscore.engine.trend import build_trend, select
    from perfscore.views.trend import trend_view

    if sum((indicator is not None, facet is not None, total)) > 1:
        fail(say("trend.one"))
    kind = "total" if total else "facet" if facet is not None else "indicator"
    files, problems, notices = expand(paths, exclude)
    for notice in notices:
        info(notice)
    with timed("phase.read_follow"):
        outcome = build_trend(files, kind, max_bytes)
    for path, why in outcome.skipped:
        info(say("skipped", file=path, reason=why))
    # The reports' own locale decides when nothing else does (a series keeps no locale; the reports do).
    language = resolve_lang(lang, shared_locale(outcome.locales))
    for problem in problems + outcome.unscored + outcome.repeated + outcome.not_scored:
        note(problem.text(language) if isinstance(problem, Message) else problem)  # a finding: in its language
    found = outcome.series
    wanted = indicator if indicator is not None else facet
    if wanted is not None:
        found = select(found, wanted)
        if not found:
            fail(say("trend.none", kind=say(f"trend.{kind}"), wanted=wanted))
    if not found:
        raise SystemExit(EXIT_USAGE)
    options = RenderOptions(lang=language, color=fmt == "table" and not output and wants_color(),
                            width=terminal_width(), bom=wants_bom(bom, output))
    publish(load("trend", fmt), trend_view(found, kind, options.lang), options, output, tuple(files))
    if problems:
        raise SystemExit(EXIT_USAGE)
    raise SystemExit(EXIT_FINDINGS if outcome.unscored else EXIT_OK)
