"""The trend view as one self-contained HTML page: per organisation, per series an inline SVG line chart (no
script, no external request) and the figures as a table, so the chart is never the only place a value is shown.

The vertical axis starts at 0 with labelled ticks, and each point has its year under it: an axis from the
series' lowest to its highest value drew a rise of 1.7 from 92.9 as floor to ceiling (a new-user trial)."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from perfscore.core.decimals import plain
from perfscore.core.i18n import label, year_text
from perfscore.formats import RenderOptions
from perfscore.formats.common import num
from perfscore.formats.trend import by_year

WIDTH, HEIGHT = 480, 180
LEFT, RIGHT, TOP, BOTTOM = 48, 36, 12, 28  # room for the value ticks (left) and the year labels (below)
TICKS = 4  # intervals on the vertical axis: 0, ¼, ½, ¾ and all of the top
STYLE = ("body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:right}"
         "svg{max-width:100%;height:auto}.easy{color:#a40}.note{color:#555;font-size:0.9em}")
TENTH = Decimal("0.1")


def _top(high: Decimal) -> Decimal:
    """The axis' top: the highest value rounded up to a round step (94.6 -> 100, 12.5 -> 15)."""
    if high <= 0:
        return Decimal(1)
    step = Decimal(1).scaleb(high.adjusted())  # the highest value's leading digit's place: 94.6 -> 10
    step = step / 2 if high <= step * 5 else step  # 12.5 -> steps of 5, not 10
    return (high / step).to_integral_value(rounding="ROUND_CEILING") * step


def chart(values: list[Decimal | None], years: list[int], lang: str) -> str:
    """A polyline over the years (x, labelled) and values (y from 0, labelled ticks), a dot and a title per
    point. A negative value lowers the axis' foot below 0. A year without a value (unweighted, not scored
    yet) breaks the line: a gap, never a line drawn across it."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(min(known), Decimal(0)), _top(max(known))
    span = high - low
    inner_w, inner_h = Decimal(WIDTH - LEFT - RIGHT), Decimal(HEIGHT - TOP - BOTTOM)
    step = inner_w / max(len(years) - 1, 1)

    def y_of(value: Decimal) -> Decimal:
        return (TOP + inner_h - (value - low) * inner_h / span).quantize(TENTH)

    parts = [f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="#999"/>']
    for k in range(TICKS + 1):
        tick = low + span * k / TICKS
        y = y_of(tick)
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" stroke="#ddd"/>'
                     f'<text x="{LEFT - 4}" y="{y + 4}" font-size="11" text-anchor="end">{num(tick)}</text>')
    points = []
    runs: list[list[str]] = [[]]  # the points between gaps, each its own polyline
    for k, (year, value) in enumerate(zip(years, values, strict=True)):
        x = (LEFT + step * k).quantize(TENTH)
        parts.append(f'<text x="{x}" y="{HEIGHT - 8}" font-size="11" text-anchor="middle">'
                     f'{escape(year_text(year, lang))}</text>')
        if value is None:
            runs.append([])
            continue
        points.append((x, y_of(value), year, value))
        runs[-1].append(f"{x},{points[-1][1]}")
    lines = "".join(f'<polyline fill="none" stroke="#36c" stroke-width="2" points="{" ".join(run)}"/>'
                    for run in runs if run)
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="3"><title>{year}: {plain(v)}</title></circle>'
                   for x, y, year, v in points)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}"'
            f' role="img">{"".join(parts)}{lines}{dots}</svg>')


def _series(line: dict[str, Any], years: list[int], lang: str) -> list[str]:
    values = by_year(line, years)
    flag = f' <span class="easy">({escape(label("trend_easy", lang))})</span>' if line["easy"] else ""
    parts = [f'<section><h3>{escape(line["name"])}{flag}</h3>', chart(values, years, lang), figures(line, years, lang)]
    if any(value is None for value in values):
        parts.append(f'<p class="note">{escape(label("trend_no_value", lang))}</p>')
    parts.append("</section>")
    return parts


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    title = escape(label("trend_title", lang))
    parts = [f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>",
             f'<p class="note">{escape(label("trend_axis", lang))}</p>']
    organisations: dict[str, list[dict[str, Any]]] = {}
    for line in view["series"]:
        organisations.setdefault(line["organisation"], []).append(line)
    for organisation, lines in organisations.items():
        # only the years this organisation reported: another agency's years are not empty columns here
        years = sorted({point["year"] for line in lines for point in line["points"]})
        parts.append(f"<h2>{escape(organisation)}</h2>")
        for line in lines:
            parts.extend(_series(line, years, lang))
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
