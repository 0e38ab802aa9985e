"""`perfscore validate PATH...`: the CI gate."""

from __future__ import annotations

import os

import click

from perfscore.commands.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, emit, max_bytes_option, \
    terminal_width, wants_color
from perfscore.errors import PerfscoreError
from perfscore.render import FINDINGS_FORMATS, RenderOptions, resolve


def _codes(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(code.strip().upper() for value in values for code in value.split(",") if code.strip())


@click.command("validate")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(sorted(FINDINGS_FORMATS)), default=None,
              help="text (default), json, or github (default when GITHUB_ACTIONS=true).")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--select", multiple=True, metavar="CODE", help="Report only these codes or prefixes (PS3).")
@click.option("--ignore", multiple=True, metavar="CODE", help="Never report these codes or prefixes.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many files; 0 picks one per CPU when there are enough files.")
@max_bytes_option
def command(paths: tuple[str, ...], fmt: str | None, strict: bool, select: tuple[str, ...],
            ignore: tuple[str, ...], output: str | None, max_bytes: int, jobs: int) -> None:
    """Check each report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) and
    print every finding as file:line:col, code, severity and message.

    Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 a path that does not exist, a
    folder without YAML, or a usage error.
    """
    from perfscore.batch import analyze_files
    from perfscore.inputs import expand
    from perfscore.pipeline import FileReport, Options

    files, problems = expand(paths)
    for problem in problems:
        click.echo(f"perfscore: {problem}", err=True)
    options = Options(max_bytes=max_bytes, select=_codes(select), ignore=_codes(ignore))
    reports: list[FileReport] = []  # findings only: each file's report and scores are already dropped
    for outcome in analyze_files(files, options, jobs):
        if isinstance(outcome, PerfscoreError):
            click.echo(f"perfscore: {outcome}", err=True)
            problems.append(str(outcome))
        else:
            reports.append(outcome)
    fmt = fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    render_options = RenderOptions(color=fmt == "text" and not output and wants_color(), width=terminal_width())
    try:
        emit(resolve(FINDINGS_FORMATS, fmt)(reports, render_options), output)
    except PerfscoreError as error:
        click.echo(f"perfscore: {error}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    if problems:
        raise SystemExit(EXIT_USAGE)
    failing = any(r.errors or (strict and r.warnings) for r in reports)
    raise SystemExit(EXIT_FINDINGS if failing else EXIT_OK)
