"""`perfscore compute --format table`: rich tables for the terminal, one per facet, then the totals,
the unmet review and the findings. Colour always comes with a symbol and a word."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from perfscore.i18n import label, summary_sentence
from perfscore.pipeline import FileReport
from perfscore.render import RenderOptions
from perfscore.render.common import LIGHT_SYMBOLS, heading, num, review_text
from perfscore.render.console import string_console
from perfscore.view import result_view

LIGHTS = {light: (symbol, style) for (light, symbol), style in
          zip(LIGHT_SYMBOLS.items(), ("green", "yellow", "red", "dim"), strict=True)}
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def status_text(indicator: dict[str, Any], lang: str) -> Text:
    symbol, style = LIGHTS[indicator["light"]]
    return Text(f"{symbol} {label(indicator['status'], lang)}", style=style)


NUMERIC = {"target", "actual", "achievement", "weight", "points", "gap"}


def _columns(table: Table, lang: str, columns: tuple[tuple[str, int], ...]) -> None:
    """Text columns share the width by ratio and fold; short columns keep their header on one line."""
    for key, ratio in columns:
        justify = "right" if key in NUMERIC else "left"
        if ratio:
            table.add_column(label(key, lang), justify=justify, ratio=ratio, overflow="fold")
        else:
            table.add_column(label(key, lang), justify=justify, no_wrap=key != "target", overflow="fold")


def _facet_table(facet: dict[str, Any], index: int, lang: str, detail: bool) -> Table:
    title = f"{index}. {facet['name']}  {label('weight', lang)} {num(facet['weight'])}  " \
            f"{label('facet_score', lang)} {num(facet['score'])}"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=True)
    _columns(table, lang, (("goal", 3), ("indicator", 4), ("target", 2), ("actual", 2), ("achievement", 0),
                           ("weight", 0), ("points", 0), ("status", 0)))
    for goal in facet["goals"]:
        goal_name = f"{goal['name']} ({num(goal['weight'])})" if goal["bonus_cap"] is None else \
            f"{goal['name']} [{label('bonus', lang)} ≤ {num(goal['bonus_cap'])}]"
        for position, indicator in enumerate(goal["indicators"]):
            target = indicator["target"]["text"] if indicator["target"] else "—"
            table.add_row(goal_name if position == 0 else "", indicator["name"], target,
                          indicator["actual"] or "—", num(indicator["achievement"], "%"), num(indicator["weight"]),
                          num(indicator["points"]), status_text(indicator, lang))
            if detail and indicator["analysis"]:
                table.add_row("", Text(indicator["analysis"], style="dim"), "", "", "", "", "", "")
    return table


def _breakdown(view: dict[str, Any], lang: str) -> Table:
    table = Table(title=label("breakdown", lang), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column(label("section", lang), overflow="fold")
    table.add_column(label("weight", lang), justify="right")
    table.add_column(label("score", lang), justify="right")
    for facet in view["facets"]:
        table.add_row(facet["name"], num(facet["weight"]), num(facet["score"]))
    table.add_row(Text(label("subtotal", lang), style="bold"), "", Text(num(view["subtotal"]), style="bold"))
    for section in view["sections"]:
        table.add_row(section["name"], num(section["weight"]), num(section["score"]))
    for item in view["bonus"]:
        sign = "+" if item["kind"] == "bonus" else "−"
        table.add_row(f"{label(item['kind'], lang)}: {item['name']}", f"≤ {num(item['cap'])}",
                      f"{sign}{num(item['score'])}")
    grade = f"  ({label('grade', lang)} {view['grade']})" if view["grade"] else ""
    table.add_row(Text(label("total", lang), style="bold"), "", Text(num(view["total"]), style="bold"))
    if grade:
        table.add_row(label("grade", lang), "", Text(view["grade"], style="bold"))
    return table


def _unmet(view: dict[str, Any], lang: str) -> Table:
    table = Table(title=label("unmet_review", lang), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    _columns(table, lang, (("facet", 2), ("goal", 3), ("indicator", 3), ("target", 0), ("actual", 0),
                           ("achievement", 0), ("gap", 0), ("review", 5)))
    for row in view["unmet"]:
        review = review_text(row)
        table.add_row(row["facet"], row["goal"], row["indicator"], row["target"] or "—", row["actual"] or "—",
                      num(row["achievement"], "%"), num(row["gap"], row["unit"]), review or "—")
    return table


def findings_lines(findings: list[dict[str, Any]], lang: str) -> list[Text]:
    lines = []
    for finding in findings:
        text = Text(f"{finding['file']}:{finding['line']}:{finding['column']}: ")
        text.append(f"{finding['code']} {label(finding['severity'], lang)}", style=SEVERITY_STYLES[finding["severity"]])
        text.append(f" {finding['message']}")
        lines.append(text)
    return lines


def render(outcome: FileReport, options: RenderOptions) -> str:
    lang = options.lang
    view = result_view(outcome, lang)
    console, buffer = string_console(options)
    meta = view["report"]
    console.print(Text(heading(meta, lang), style="bold"))
    for index, facet in enumerate(view["facets"], start=1):
        console.print(_facet_table(facet, index, lang, options.detail))
    console.print(_breakdown(view, lang))
    if view["unmet"]:
        console.print(_unmet(view, lang))
    else:
        console.print(label("none_unmet", lang))
    counts = view["counts"]
    console.print(Text(f"{label('summary', lang)}: ", style="bold")
                  + Text(summary_sentence(counts["goals"], counts["indicators"], counts["met"], counts["unmet"],
                                          lang)))
    console.print(Text(f"{label('total', lang)}: {num(view['total'])}"
                       + (f"  {label('grade', lang)}: {view['grade']}" if view["grade"] else ""), style="bold"))
    if view["findings"]:
        console.print(Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            console.print(line)
    return buffer.getvalue()
