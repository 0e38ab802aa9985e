"""`perfscore site`: every report found, as a static website (formats/site.py draws the pages).

Two passes over the worker pool (engine.pool), both linear in the number of reports:

1. `compare`'s league row of every file (engine.league): organisation, year, total. It gives the index its
   league tables and groups the files by agency.
2. One task per agency: its reports are read again in year order, each written as its report page, and
   followed from year to year by `core.trend.series`, exactly as `perfscore trend` follows them (id, else
   name within the matched parent). An indicator page is one such series, however many years it spans:
   at most one per indicator per report, so the pages grow linearly with the reports (never as
   reports × years). A worker holds one agency's reports at a time.

Page names are stable: an agency's is a hash of its name, a report's adds the year, an indicator's adds a
hash of its key; the same reports give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from perfscore.core.analysis import LeagueRow
from perfscore.core.catalogue import Message, say
from perfscore.core.errors import PerfscoreError
from perfscore.core.i18n import label, year_text
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.core.results import ReportResult
from perfscore.core.trend import series
from perfscore.engine.league import build_league
from perfscore.engine.pool import run_files
from perfscore.formats import FormatError, RenderOptions
from perfscore.formats.report import html as report_html
from perfscore.formats.site import agency_page, index_page, indicator_page, with_nav, year_href, year_page
from perfscore.site import folder
from perfscore.views.report import result_view
from perfscore.views.site import agency_entry, agency_view, index_view, indicator_view


@dataclass
class Agency:
    """One agency's pages, as a worker wrote them."""

    name: str
    files: list[str] = field(default_factory=list)  # site-relative names written
    reports: dict[str, str] = field(default_factory=dict)  # report file -> its page
    entry: dict[str, object] | None = None  # its line on the index
    notes: list[str] = field(default_factory=list)
    died: bool = False  # its worker died: the site is not written (exit 2)


@dataclass
class Summary:
    reports: int = 0
    agencies: int = 0
    pages: int = 0
    rows: list[LeagueRow] = field(default_factory=list)
    skipped: list[LeagueRow] = field(default_factory=list)  # not reports
    notes: list[str] = field(default_factory=list)  # reports left out, and why


def slug(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def build(files: list[str], target: str, lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          jobs: int = 0, advance: Callable[[], None] | None = None) -> Summary:
    """Write the site of `files` at `target`; PerfscoreError when `target` is not ours to write."""
    folder.check(target)
    summary = Summary()
    found = build_league(files, max_bytes, jobs, advance)
    summary.skipped = [row for row in found if row.skipped is not None]
    rows = summary.rows = [row for row in found if row.skipped is None]
    chosen = lang or next((r.locale for r in rows if r.locale is not None), "zh-TW")
    groups: dict[str, dict[int, str]] = {}
    repeated = set()
    for row in rows:
        if not row.scored or row.organisation is None or row.year is None:
            continue
        years = groups.setdefault(row.organisation, {})
        if row.year in years:
            summary.notes.append(say("site.second", file=row.file, organisation=row.organisation, year=row.year))
            repeated.add(row.file)
            continue
        years[row.year] = row.file
    with folder.staging(target) as built:
        work = partial(agency_pages, out=built, lang=chosen, max_bytes=max_bytes)
        tasks = [task(name, groups[name]) for name in sorted(groups)]
        agencies = list(run_files(work, tasks, jobs, _died))
        died = [note for agency in agencies if agency.died for note in agency.notes]
        if died:  # a site without an agency is half a site: the old one stays
            said = died[0]
            for more in died[1:]:
                said = say("site.and", first=said, second=more)
            raise PerfscoreError(say("site.left_as_was", died=said, target=target))
        written = [name for agency in agencies for name in agency.files]
        reports = {path: page for agency in agencies for path, page in agency.reports.items()}
        entries = [agency.entry for agency in agencies if agency.entry is not None]
        listed = [row for row in rows if row.file not in repeated]
        index = index_view(listed, entries, reports, chosen)
        for year in index["years"]:
            folder.write(built, year_href(year["year"]), year_page(index, year))
            written.append(year_href(year["year"]))
        folder.write(built, "index.html", index_page(index))
        written.append("index.html")
        folder.swap(built, target, written)
    summary.notes += [note for agency in agencies for note in agency.notes]
    summary.reports, summary.agencies, summary.pages = len(reports), len(groups), len(written)
    return summary


def task(name: str, years: dict[int, str]) -> str:
    """One agency's work as the pool's item, a string: its files by year as JSON, then `/` and its name (so
    the pool's kill hook, which reads the item's base name, names the agency). Each task carries only its
    own files, so what goes to the workers grows with the reports, not with reports × agencies."""
    return json.dumps(sorted(years.items()), ensure_ascii=False) + "/" + name


def _untask(item: str) -> tuple[str, dict[int, str]]:
    years, end = json.JSONDecoder().raw_decode(item)
    return item[end + 1:], {int(year): path for year, path in years}


def _died(item: str, why: str) -> Agency:
    name = _untask(item)[0]
    return Agency(name, notes=[say("path.error", path=name, reason=why)], died=True)


def agency_pages(item: str, out: str, lang: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Agency:
    """Write one agency's report pages, its page and its indicator pages into `out` (runs in a worker)."""
    from perfscore.engine.analyse import Options, analyze_file

    name, files = _untask(item)
    agency, key = Agency(name), slug(name)
    home = f"agency/{key}.html"
    results: list[tuple[int, ReportResult]] = []
    links: dict[int, str] = {}  # year -> the report page, relative to a page one folder down
    for year, path in sorted(files.items()):
        try:
            outcome = analyze_file(path, Options(max_bytes=max_bytes, skip_foreign=True))
        except PerfscoreError as error:
            agency.notes.append(error.message)
            continue
        if outcome.result is None:
            agency.notes.append(say("site.unscorable", path=path))
            continue
        results.append((year, outcome.result))
        page = f"report/{key}-{year}.html"
        nav = [(label("site_home", lang), "../index.html"), (name, f"../{home}")]
        try:
            text = report_html.render(result_view(outcome, lang), RenderOptions(lang=lang))
        except FormatError as error:  # an unweighted report has no HTML page yet: its figures stay on the others
            agency.notes.append(say("path.error", path=path, reason=error.args[0] if error.args else str(error)))
            continue
        folder.write(out, page, with_nav(text, nav))
        agency.files.append(page)
        agency.reports[path] = page
        links[year] = f"../{page}"
    if not results:
        return agency
    total = series(name, results, "total")[0]
    indicators = []
    seen: dict[str, int] = {}
    for line in series(name, results, "indicator"):
        ident = slug(f"{line.key}\0{line.points[0].year}")
        seen[ident] = seen.get(ident, 0) + 1
        page = f"indicator/{key}-{ident}{'' if seen[ident] == 1 else f'-{seen[ident]}'}.html"
        folder.write(out, page, indicator_page(indicator_view(name, f"../{home}", line, links, lang)))
        agency.files.append(page)
        indicators.append((line, f"../{page}"))
    folder.write(out, home, agency_page(agency_view(name, f"../{home}", total, indicators, links, lang)))
    agency.files.append(home)
    agency.entry = agency_entry(name, home, total)
    return agency


def describe(summary: Summary, target: str, lang: str) -> Message:
    years = sorted({row.year for row in summary.rows if row.year is not None})
    span = f"{year_text(years[0], lang)}–{year_text(years[-1], lang)}" if years else "—"
    return say("site.summary", index=os.path.join(target, "index.html"), reports=summary.reports,
               agencies=summary.agencies, span=span, pages=summary.pages)
