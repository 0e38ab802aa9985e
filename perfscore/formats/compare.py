"""`perfscore compare --format table|json|csv|markdown`: the league table, best total first.

Every renderer reads `league_view`, which ranks the rows and aligns facet columns by facet id (else
name), so reports with different facets line up and a missing facet shows as "—" (empty in CSV).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.analysis import LeagueRow
from perfscore.core.decimals import plain
from perfscore.core.i18n import ROC_OFFSET, label, pick
from perfscore.formats import RenderOptions
from perfscore.formats.csvout import cell, table_text  # numbers as exact text, formulas defused
from perfscore.formats.jsonout import dumps
from perfscore.formats.markdown import escape
from perfscore.views.league import facet_columns, rank

SCHEMA_VERSION = 1
_WORDS: dict[str, tuple[str, str]] = {"rank": ("名次", "#"), "file": ("檔案", "File"),
                                      "met": ("達成", "Met"), "unmet": ("未達成", "Unmet"),
                                      "error": ("無法計分", "cannot be scored")}


def word(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return zh if lang == "zh-TW" else en


def league_view(rows: list[LeagueRow], lang: str) -> dict[str, Any]:
    """Ranked rows as plain data: the `--format json` contract."""
    columns = facet_columns(rows)
    ranked = rank(rows)
    out = []
    position, previous = 0, None
    for index, row in enumerate(ranked, start=1):
        if row.scored and row.total != previous:
            position, previous = index, row.total  # equal totals share a rank: 1, 1, 3
        scores = {f.key: f.score for f in row.facets}
        out.append({
            "rank": position if row.scored else None,
            "file": row.file,
            "organisation": pick(row.organisation, row.organisation_en, lang) if row.organisation else None,
            "year": row.year,
            "roc_year": row.year - ROC_OFFSET if row.year is not None else None,
            "total": row.total,
            "grade": pick(row.grade, row.grade_en, lang) if row.grade else None,
            "facets": [scores.get(column.key) for column in columns] if row.scored else [],
            "met": row.met if row.scored else None,
            "unmet": row.unmet if row.scored else None,
            "errors": row.errors,
            "warnings": row.warnings,
            "error": row.error,
        })
    return {"schema_version": SCHEMA_VERSION, "lang": lang,
            "facets": [{"key": c.key, "name": pick(c.name, c.name_en, lang)} for c in columns],
            "rows": out, "scored": sum(1 for r in rows if r.scored),
            "failed": sum(1 for r in rows if not r.scored)}


def _num(value: Decimal | int | None) -> str:
    if value is None:
        return "—"
    return plain(value) if isinstance(value, Decimal) else str(value)


def _year(row: dict[str, Any], lang: str) -> str:
    if row["year"] is None:
        return "—"
    return str(row["roc_year"]) if lang == "zh-TW" else str(row["year"])


def _headers(view: dict[str, Any], lang: str) -> list[str]:
    return [word("rank", lang), label("organisation", lang), label("year", lang), label("total", lang),
            label("grade", lang), *[f["name"] for f in view["facets"]], word("met", lang),
            word("unmet", lang), word("file", lang)]


def _cells(row: dict[str, Any], lang: str, width: int) -> list[str]:
    if row["total"] is None:
        return ["—", f"✗ {word('error', lang)}", *["—"] * (width - 3), row["file"]]
    return [_num(row["rank"]), row["organisation"] or "—", _year(row, lang), _num(row["total"]),
            row["grade"] or "—", *[_num(score) for score in row["facets"]], _num(row["met"]),
            _num(row["unmet"]), row["file"]]


def render_table(rows: list[LeagueRow], options: RenderOptions) -> str:
    from rich import box
    from rich.table import Table

    from perfscore.formats.console import string_console
    from perfscore.formats.terminal import shown_view

    lang = options.lang
    view = shown_view(league_view(rows, lang))
    console, buffer = string_console(options)
    headers = _headers(view, lang)
    # The file column costs width; show it only when organisation and year do not tell rows apart.
    labels = [(r["organisation"], r["year"]) for r in view["rows"] if r["total"] is not None]
    with_file = len(set(labels)) < len(labels) or any(r["total"] is None for r in view["rows"])
    shown = headers if with_file else headers[:-1]
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    facets = range(5, 5 + len(view["facets"]))
    for index, header in enumerate(shown):
        text = index in (1, len(headers) - 1)
        # Names and facet headers fold; short figures (rank, year, total, grade, counts) never do.
        table.add_column(header, justify="left" if text or index == 4 else "right", overflow="fold",
                         min_width=8 if text else None, no_wrap=not text and index not in facets)
    for row in view["rows"]:
        table.add_row(*_cells(row, lang, len(headers))[:len(shown)])
    console.print(table)
    for row in view["rows"]:
        if row["total"] is None:  # the reason goes below the table, where it has the full width
            console.print(f"✗ {row['error']}", overflow="fold", highlight=False)
    return buffer.getvalue()


def render_markdown(rows: list[LeagueRow], options: RenderOptions) -> str:
    lang = options.lang
    view = league_view(rows, lang)
    headers = _headers(view, lang)
    align = ["--:" if i not in (1, 4, len(headers) - 1) else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |", "|" + "|".join(align) + "|"]
    for row in view["rows"]:
        cells = _cells(row, lang, len(headers))
        lines.append("| " + " | ".join(escape(c) for c in cells) + " |")
    failed = [f"- ✗ {escape(row['error'])}" for row in view["rows"] if row["total"] is None]
    if failed:
        lines += ["", *failed]
    return "\n".join(lines) + "\n"


def render_json(rows: list[LeagueRow], options: RenderOptions) -> str:
    return dumps(league_view(rows, options.lang))


def render_csv(rows: list[LeagueRow], options: RenderOptions) -> str:
    """Machine-oriented: Gregorian and ROC year both, empty cells for missing values, a BOM for Excel."""
    view = league_view(rows, options.lang)
    table: list[list[Any]] = [["rank", "organisation", "year", "roc_year", "total", "grade",
                               *[cell(f["name"]) for f in view["facets"]], "met", "unmet", "errors",
                               "warnings", "file", "error"]]
    for row in view["rows"]:
        facets = row["facets"] or [None] * len(view["facets"])
        table.append([cell(row["rank"]), cell(row["organisation"]), cell(row["year"]), cell(row["roc_year"]),
                      cell(row["total"]), cell(row["grade"]), *[cell(s) for s in facets], cell(row["met"]),
                      cell(row["unmet"]), row["errors"], row["warnings"], cell(row["file"]), cell(row["error"])])
    return table_text(table, options.bom)
