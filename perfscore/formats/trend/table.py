"""The trend view in the terminal: one row per series, one column per year, a sparkline and the flag."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len

from perfscore.core.i18n import label, year_text
from perfscore.formats import RenderOptions
from perfscore.formats.common import num
from perfscore.formats.trend import by_year, sparkline


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang, years = options.lang, view["years"]
    header = [label("trend_organisation", lang), label("trend_item", lang),
              *[year_text(year, lang).replace(" 年度", "") for year in years], label("trend_sparkline", lang),
              label("trend_flag", lang)]
    rows = [header]
    for line in view["series"]:
        values = by_year(line, years)
        rows.append([line["organisation"], line["name"], *[num(v) for v in values], sparkline(values),
                     label("trend_easy", lang) if line["easy"] else ""])
    widths = [max(cell_len(row[k]) for row in rows) for k in range(len(header))]
    figures = range(2, 2 + len(years))
    lines = []
    for row in rows:
        cells = [(" " * (w - cell_len(c)) + c) if k in figures else (c + " " * (w - cell_len(c)))
                 for k, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    if len(lines) == 1:
        return "\n"
    lines.insert(1, "  ".join("─" * w for w in widths))
    return "\n".join(lines) + "\n"
