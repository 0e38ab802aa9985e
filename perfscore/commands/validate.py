"""`perfscore validate PATH...`: the CI gate."""

from __future__ import annotations

import os

import click

from perfscore.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    FormatName,
    exclude_option,
    info,
    jobs_option,
    lang_option,
    max_bytes_option,
    note,
    previous_option,
    publish,
    quiet,
    terminal_width,
    timed,
    verbosity_options,
    wants_color,
)
from perfscore.commands.config import configurable
from perfscore.commands.language import resolve_lang, shared_locale
from perfscore.commands.speech import message_of, now
from perfscore.commands.stdin import stdin_filename_option
from perfscore.core.errors import PerfscoreError
from perfscore.formats import RenderOptions, load


def _codes(values: tuple[str, ...], option: str) -> frozenset[str]:
    """Codes or prefixes from repeated or comma-separated options; an unknown one is a usage error, since a
    typo in --ignore would otherwise silently ignore nothing."""
    from perfscore.rules import RULES

    codes = frozenset(code.strip().upper() for value in values for code in value.split(",") if code.strip())
    unknown = sorted(code for code in codes if not any(known.startswith(code) for known in RULES))
    if unknown:
        raise click.BadParameter(now("option.unknown_code", codes=", ".join(unknown)), param_hint=option)
    return codes


# --help: the catalogue's help.validate (core/catalogue/help.py), in the run's language
@click.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path())  # a Path: the shell completes file names
@click.option("--format", "-f", "fmt", type=FormatName("findings"), default=None)
@click.option("--strict", is_flag=True)
@click.option("--select", multiple=True, metavar="CODE")
@click.option("--ignore", multiple=True, metavar="CODE")
@click.option("--output", "-o", type=click.Path(dir_okay=False))
@lang_option
@jobs_option
@exclude_option
@previous_option
@stdin_filename_option
@max_bytes_option
@verbosity_options
@configurable
def command(paths: tuple[str, ...], fmt: str | None, strict: bool, select: tuple[str, ...],
            ignore: tuple[str, ...], output: str | None, lang: str | None, max_bytes: int, jobs: int,
            exclude: tuple[str, ...], stdin_filename: str | None, previous: str | None) -> None:
    from perfscore.commands.stdin import analyse_stdin
    from perfscore.core.analysis import FileReport
    from perfscore.engine.analyse import Options
    from perfscore.engine.paths import expand_arguments, unique, without_reports
    from perfscore.engine.pool import analyze_files
    from perfscore.views.findings import findings_view

    options = Options(max_bytes=max_bytes, select=_codes(select, "--select"), ignore=_codes(ignore, "--ignore"),
                      skip_foreign=True, previous=previous)
    with timed("phase.read_check"):
        arguments, problems, notices = expand_arguments(tuple(p for p in paths if p != "-"), exclude)
        for notice in notices:
            info(notice)
        files = unique(arguments)
        reports: dict[str, FileReport] = {}  # findings only: each file's report and scores are already dropped
        if "-" in paths:
            try:
                piped = analyse_stdin(stdin_filename, options)
                reports[piped.path] = piped
            except PerfscoreError as error:
                problems.append(message_of(error))
        for file, outcome in zip(files, analyze_files(files, options, jobs), strict=True):
            if isinstance(outcome, PerfscoreError):
                problems.append(message_of(outcome))
            else:
                reports[file] = outcome
    problems += without_reports(arguments, {file for file, report in reports.items() if report.skipped is None})
    for problem in problems:
        note(problem)
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    checked = list(reports.values())
    if quiet() and fmt == "text":  # -q: the findings that fail the run, and nothing else
        failing = {"error", "warning"} if strict else {"error"}
        checked = [FileReport(r.path, [f for f in r.findings if f.severity.value in failing], locale=r.locale)
                   for r in checked if r.skipped is None]
    language = resolve_lang(lang, shared_locale(r.locale for r in checked))
    render_options = RenderOptions(lang=language, color=fmt == "text" and not output and wants_color(),
                                   width=terminal_width(),
                                   quiet=quiet())
    publish(load("findings", fmt), findings_view(checked, problems), render_options, output, tuple(files),
            color=render_options.color or None)
    if problems:
        raise SystemExit(EXIT_USAGE)
    failing_run = any(r.errors or (strict and r.warnings) for r in reports.values())
    raise SystemExit(EXIT_FINDINGS if failing_run else EXIT_OK)
