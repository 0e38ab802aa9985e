"""Formats: what a view looks like on the way out. A format is chosen by name, returns text or bytes and
never prints; the command decides where the value goes.

A format renders one kind of view (built in perfscore/views/):

    report    `compute`   the scored report (views.report.result_view)
    findings  `validate`  the findings of many files (views.findings.findings_view)
    diff      `diff`      two years of one report (views.diff.diff_view)
    league    `compare`   the ranked league table (views.league.league_view)
    template  `template`  the fill-in workbook (views.template.template_view)
    trend     `trend`     series across years (views.trend.trend_view)

A format is any object with `render(view, options) -> str | bytes`: a module with a `render` function
(every built-in one is), or an instance. It reads the view and never computes a figure. One that reads the
view once, front to back, may set `ONE_PASS = True`: the report view then hands it each goal's indicators
as they are built instead of as a list, so a large report is never held whole (the JSON format does).

Adding a format: register the object in the `perfscore.formats` entry-point group under the name
`KIND.NAME`, in the package that provides it, e.g. in its pyproject.toml

    [project.entry-points."perfscore.formats"]
    "report.xlsx" = "perfscore_office.xlsx"

and `perfscore compute FILE --format xlsx` renders with it. The built-in formats sit in a static table so a
run never scans package metadata for them (that costs ~20 ms); the group is read only for a name that is not
built in, and a built-in name cannot be replaced.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol, cast

ENTRY_POINT_GROUP = "perfscore.formats"


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "zh-TW"
    color: bool = False
    width: int = 120
    detail: bool = False
    full: bool = False  # `--all`: every facet table, even of a report above the table's brief threshold
    bom: bool = True
    quiet: bool = False  # -q: a human format prints what fails the run and nothing else


class FormatError(Exception):
    """A format cannot render: an optional library is missing (the message says what to install), or the
    report holds something its file type cannot (a cell text longer than XLSX allows). The command says why
    and exits 2."""


class FormatWarning(UserWarning):
    """Something the reader of the output should know that does not stop it (a PDF printed without a CJK
    font). A format raises it with `warnings.warn`, since it never prints; the command shows it on stderr."""


class Format(Protocol):
    def render(self, view: Any, options: RenderOptions, /) -> str | bytes: ...


# kind -> format name -> module; each kind's names in the order `--help` lists them.
BUILTIN: dict[str, dict[str, str]] = {
    "report": {name: f"perfscore.formats.report.{name}"
               for name in ("csv", "html", "json", "markdown", "pdf", "table", "xlsx", "ods", "odt")},
    "findings": {name: f"perfscore.formats.findings.{name}" for name in ("github", "gitlab", "json", "junit", "rdjson",
                                                                               "sarif", "text")},
    "diff": {name: f"perfscore.formats.diff.{name}" for name in ("table", "json", "markdown", "csv")},
    "league": {name: f"perfscore.formats.league.{name}" for name in ("table", "json", "csv", "markdown")},
    "template": {name: f"perfscore.formats.template.{name}" for name in ("xlsx", "ods")},
    "trend": {name: f"perfscore.formats.trend.{name}" for name in ("table", "json", "csv", "html")},
}


def builtin_names(kind: str) -> list[str]:
    return list(BUILTIN[kind])


def load(kind: str, name: str) -> Format:
    """The format called `name` for views of `kind`: built in, else from an installed entry point.
    LookupError when there is neither."""
    module = BUILTIN[kind].get(name)
    if module is not None:
        return cast(Format, importlib.import_module(module))
    return _installed(kind, name)


@cache  # the option checks a name before the command loads it: scan the metadata once
def _installed(kind: str, name: str) -> Format:
    from importlib.metadata import entry_points

    for entry in entry_points(group=ENTRY_POINT_GROUP, name=f"{kind}.{name}"):
        return cast(Format, entry.load())
    raise LookupError(f"no {kind} format named {name!r}")


def one_pass(fmt: Format) -> bool:
    """Whether `fmt` reads its view once, front to back (see the module docstring)."""
    return bool(getattr(fmt, "ONE_PASS", False))
