"""The pages of `perfscore site` (views.site builds what they show): the index with the latest league table,
a page per year with that year's, a page per agency with its totals over the years as a chart, a page per
indicator with its history, and the report page of `compute --format html` with a line of links on top.

Every page stands alone: inline CSS, inline SVG, no script, and the report page's Content-Security-Policy,
so no page makes a request; links are relative, so the site works from file:// and under any sub-path.
The charts and figure tables are the trend format's (formats/trend/html.py), the league cells the league
formats' (formats/league): nothing here draws them a second time.
"""

from __future__ import annotations

from html import escape
from typing import Any

from perfscore.core.i18n import label, year_text
from perfscore.formats.common import num
from perfscore.formats.league import cells, headers
from perfscore.formats.trend import by_year, sparkline
from perfscore.formats.trend.html import chart, figures

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# One column of text up to 72rem; tables scroll sideways inside their box on a phone instead of widening
# the page; print drops the links bar and lets tables break across pages.
STYLE = ("body{font-family:'Noto Sans CJK TC','WenQuanYi Micro Hei',sans-serif;margin:0;color:#111;line-height:1.5}"
         "main{max-width:72rem;margin:0 auto;padding:0 1rem 2rem}"
         "nav.site{background:#123;padding:.5rem 1rem}nav.site a{color:#fff;margin-right:1rem}"
         "h1{font-size:1.6rem;margin:1rem 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}"
         ".wide{overflow-x:auto;max-width:100%}"
         "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #999;padding:2px 6px;white-space:nowrap}"
         "td{text-align:right}th{text-align:left;background:#eef}td.name{text-align:left;white-space:normal;min-width:12em}"
         "svg{max-width:100%;height:auto}.easy{color:#a40}"
         "@media (max-width:600px){h1{font-size:1.3rem}td,th{padding:2px 4px;font-size:.9rem}}"
         "@media print{nav.site{display:none}.wide{overflow:visible}a{color:inherit;text-decoration:none}}")


def page(title: str, lang: str, nav: list[tuple[str, str]], body: str) -> str:
    """A whole page: `nav` is (text, relative href) pairs for the links bar."""
    links = "".join(f'<a href="{escape(href)}">{escape(text)}</a>' for text, href in nav)
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}"><meta name="generator" content="perfscore">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>"
            f'<nav class="site">{links}</nav><main>{body}</main></body></html>\n')


def with_nav(report_page: str, nav: list[tuple[str, str]]) -> str:
    """The report page of `compute --format html` with the site's links bar as the first thing in its body."""
    links = "".join(f'<a href="{escape(href)}" style="color:#fff;margin-right:1rem">{escape(text)}</a>'
                    for text, href in nav)
    bar = (f'<nav class="site" style="background:#123;padding:.5rem 1rem">{links}</nav>'
           "<style>@media print{nav.site{display:none}}</style>\n")
    head, marker, rest = report_page.partition("<body>\n")
    return head + marker + bar + rest


def _table(header: list[str], rows: list[list[str]]) -> str:
    """Cells are markup already (escaped by the caller)."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<div class="wide"><table><tr>{head}</tr>{body}</table></div>'


def _link(text: str, href: str | None) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>' if href else escape(text)


def league_table(league: dict[str, Any], lang: str, reports: dict[str, str], up: str = "") -> str:
    """The league view as an HTML table: the league formats' cells, the organisation linked to its report
    (`reports` holds site-relative pages; `up` leads from the page to the site's root)."""
    header = headers(league, lang)[:-1]  # the file column: the link on the organisation stands for it
    rows = []
    for row in league["rows"]:
        shown = cells(row, lang, len(header) + 1, league["mixed_scales"])[:-1]
        marked = [escape(cell) for cell in shown]
        page = reports.get(row["file"])
        marked[1] = _link(shown[1], up + page if page else None)
        rows.append(marked)
    return _table([escape(h) for h in header], rows)


def year_href(year: int) -> str:
    return f"year/{year}.html"


def index_page(view: dict[str, Any]) -> str:
    """The years (the latest one's league table shown, each year's on its page) and the agencies."""
    lang = view["lang"]
    title = label("site_title", lang)
    parts = [f"<h1>{escape(title)}</h1>"]
    if view["years"]:
        links = " · ".join(_link(year_text(year["year"], lang), year_href(year["year"])) for year in view["years"])
        latest = view["years"][0]
        parts.append(f'<section id="years"><h2>{escape(label("site_league", lang))}</h2><p>{links}</p>'
                     f'<h3>{escape(year_text(latest["year"], lang))}</h3>'
                     f'{league_table(latest["league"], lang, view["reports"])}</section>')
    parts.append(f'<section id="agencies"><h2>{escape(label("site_agencies", lang))}</h2>')
    header = [label("organisation", lang), label("site_years", lang), label("site_latest", lang),
              label("total", lang), label("trend_sparkline", lang)]
    rows = [[_link(a["name"], a["href"]), escape(num(a["years"])), escape(year_text(a["latest_year"], lang)),
             escape(num(a["latest_total"])), escape(sparkline(a["totals"]))] for a in view["agencies"]]
    parts.append(_table([escape(h) for h in header], rows) + "</section>")
    if view["unscored"]:
        items = "".join(f"<li>{escape(text)}</li>" for text in view["unscored"])
        parts.append(f'<section id="unscored"><h2>{escape(label("site_not_scored", lang))}</h2><ul>{items}</ul>'
                     "</section>")
    return page(title, lang, [(label("site_home", lang), "index.html")], "".join(parts))


def year_page(view: dict[str, Any], year: dict[str, Any]) -> str:
    """One year's league table, on its own page (a national archive has hundreds of agencies a year)."""
    lang = view["lang"]
    title = f"{year_text(year['year'], lang)} · {label('site_league', lang)}"
    body = f"<h1>{escape(title)}</h1>{league_table(year['league'], lang, view['reports'], '../')}"
    return page(title, lang, [(label("site_home", lang), "../index.html")], body)


def agency_page(view: dict[str, Any]) -> str:
    lang, trend = view["lang"], view["trend"]
    years = trend["years"]
    total = trend["series"][0]
    parts = [f"<h1>{escape(view['organisation'])}</h1>",
             f'<section id="totals"><h2>{escape(label("site_totals", lang))}</h2>',
             chart(by_year(total, years), years, lang), figures(total, years, lang, view["reports"]), "</section>",
             f'<section id="indicators"><h2>{escape(label("site_indicators", lang))}</h2>']
    header = [label("indicator", lang), label("unit", lang), label("trend_sparkline", lang),
              label("site_latest", lang), label("trend_actual", lang), label("trend_flag", lang)]
    rows = []
    for item in view["indicators"]:
        line = item["series"]
        last = line["points"][-1]
        flag = f'<span class="easy">{escape(label("trend_easy", lang))}</span>' if line["easy"] else ""
        rows.append([_link(line["name"], item["href"]), escape(line["unit"]),
                     escape(sparkline(by_year(line, years))), escape(year_text(last["year"], lang)),
                     escape(last["actual_text"] or num(last["value"])), flag])
    parts.append(_table([escape(h) for h in header], rows).replace("<td><a", '<td class="name"><a') + "</section>")
    nav = [(label("site_home", lang), "../index.html"), (view["organisation"], view["href"])]
    return page(view["organisation"], lang, nav, "".join(parts))


def indicator_page(view: dict[str, Any]) -> str:
    lang, trend = view["lang"], view["trend"]
    years = trend["years"]
    line = trend["series"][0]
    names = " → ".join(line["names"]) if len(line["names"]) > 1 else ""
    flag = f' <span class="easy">({escape(label("trend_easy", lang))})</span>' if line["easy"] else ""
    parts = [f"<h1>{escape(line['name'])}{flag}</h1>", f"<p>{_link(view['organisation'], view['agency_href'])}"
             + (f" · {escape(names)}" if names else "") + (f" · {escape(line['unit'])}" if line["unit"] else "")
             + "</p>", chart(by_year(line, years), years, lang),
             f'<div class="wide">{figures(line, years, lang, view["reports"])}</div>']
    nav = [(label("site_home", lang), "../index.html"), (view["organisation"], view["agency_href"])]
    return page(f"{line['name']} · {view['organisation']}", lang, nav, "".join(parts))
