"""The trend view as one self-contained HTML page: per series an inline SVG line chart (no script, no
external request) and the figures as a table, so the chart is never the only place a value is shown."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from perfscore.core.decimals import plain
from perfscore.core.i18n import label, year_text
from perfscore.formats import RenderOptions
from perfscore.formats.common import num
from perfscore.formats.trend import by_year

WIDTH, HEIGHT, PAD = 480, 160, 24
STYLE = ("body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:right}"
         "svg{max-width:100%;height:auto}.easy{color:#a40}")


def chart(values: list[Decimal | None], years: list[int]) -> str:
    """A polyline over the years (x) and values (y, low at the bottom), a dot and a title per point. A year
    without a value (unweighted, not scored yet) breaks the line: a gap, never a line drawn across it."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = high - low or Decimal(1)
    step = Decimal(WIDTH - 2 * PAD) / max(len(years) - 1, 1)
    points = []
    runs: list[list[str]] = [[]]  # the points between gaps, each its own polyline
    for k, value in enumerate(values):
        if value is None:
            runs.append([])
            continue
        x = PAD + step * k
        y = HEIGHT - PAD - (value - low) * (HEIGHT - 2 * PAD) / span
        points.append((x.quantize(Decimal("0.1")), y.quantize(Decimal("0.1")), years[k], value))
        runs[-1].append(f"{points[-1][0]},{points[-1][1]}")
    lines = "".join(f'<polyline fill="none" stroke="#36c" stroke-width="2" points="{" ".join(run)}"/>'
                    for run in runs if run)
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="3"><title>{year}: {plain(v)}</title></circle>'
                   for x, y, year, v in points)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}"'
            f' role="img">{lines}{dots}'
            f'<text x="2" y="{PAD - 6}" font-size="11">{plain(high)}</text>'
            f'<text x="2" y="{HEIGHT - 4}" font-size="11">{plain(low)}</text></svg>')


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang, years = options.lang, view["years"]
    title = escape(label("trend_title", lang))
    parts = [f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>"]
    for line in view["series"]:
        flag = f' <span class="easy">({escape(label("trend_easy", lang))})</span>' if line["easy"] else ""
        parts.append(f'<section><h2>{escape(line["organisation"])} · {escape(line["name"])}{flag}</h2>')
        parts.append(chart(by_year(line, years), years))
        parts.append(f"{figures(line, years, lang)}</section>")
    parts.append("</body></html>\n")
    return "".join(parts)


def figures(line: dict[str, Any], years: list[int], lang: str, links: dict[int, str] | None = None) -> str:
    """One series' figures as a table, a column per year (the site links each year to its report page)."""
    values = by_year(line, years)
    links = links or {}
    head = "".join(f'<th><a href="{escape(links[year])}">{escape(year_text(year, lang))}</a></th>' if year in links
                   else f"<th>{escape(year_text(year, lang))}</th>" for year in years)
    cells = "".join(f"<td>{escape(num(v))}</td>" for v in values)
    parts = [f"<table><tr><th></th>{head}</tr><tr><th>{escape(label('trend_value', lang))}</th>{cells}</tr>"]
    if line["kind"] == "indicator":
        targets = {p["year"]: p["target_text"] for p in line["points"]}
        row = "".join(f"<td>{escape(targets.get(year, '—'))}</td>" for year in years)
        parts.append(f"<tr><th>{escape(label('target', lang))}</th>{row}</tr>")
    parts.append("</table>")
    return "".join(parts)
