"""`perfscore compute --format table`: rich tables for the terminal, one per facet, then the totals,
the unmet review and the findings. Colour always comes with a symbol and a word."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import JustifyMethod
from rich.table import Table
from rich.text import Text

from perfscore.core.i18n import goal_number, item_number, label, summary_sentence
from perfscore.formats import RenderOptions
from perfscore.formats.common import LIGHT_SYMBOLS, criterion_cells, heading, num, review_text, rubric_sum
from perfscore.formats.console import findings_lines, string_console
from perfscore.formats.terminal import shown_view

LIGHTS = {light: (symbol, style) for (light, symbol), style in
          zip(LIGHT_SYMBOLS.items(), ("green", "yellow", "red", "dim"), strict=True)}


def status_text(indicator: dict[str, Any], lang: str) -> Text:
    symbol, style = LIGHTS[indicator["light"]]
    return Text(f"{symbol} {label(indicator['status'], lang)}", style=style)


NUMERIC = {"target", "actual", "achievement", "weight", "points", "gap"}
# Below this many columns the facet tables drop the goal and weight columns (goals become heading rows)
# and the unmet review becomes one label/value card per row: eight columns cannot share 60 cells.
NARROW = 100
# Smallest width of a short column, so rich never squeezes `100%` or `≥5` into a one-cell ribbon (it may
# wrap a CJK header between any two characters, which is fine).
MIN_WIDTH = {"target": 6, "actual": 6, "achievement": 5, "weight": 4, "points": 4, "status": 8, "gap": 5}


def _columns(table: Table, lang: str, columns: tuple[tuple[str, int], ...], narrow: bool = False) -> None:
    """Text columns share the width by ratio and fold; short columns keep a minimum width and fold.

    At a narrow width the short columns get exactly their minimum, so their headers wrap
    (原訂目 / 標值) and the text columns keep the rest."""
    for key, ratio in columns:
        justify: JustifyMethod = "right" if key in NUMERIC else "left"
        fixed = MIN_WIDTH.get(key) if narrow and not ratio else None
        table.add_column(label(key, lang), justify=justify, ratio=ratio or None, overflow="fold",
                         min_width=MIN_WIDTH.get(key), width=fixed)


def _goal_name(goal: dict[str, Any], position: int, lang: str) -> str:
    """`一、推動文書作業資訊化 (6)`: numbered as the official report numbers its goals."""
    name = f"{goal_number(position, lang)}{goal['name']}"
    return f"{name} ({num(goal['weight'])})" if goal["bonus_cap"] is None else \
        f"{name} [{label('bonus', lang)} ≤ {num(goal['bonus_cap'])}]"


WIDE_COLUMNS = (("goal", 3), ("indicator", 4), ("target", 2), ("actual", 2), ("achievement", 0),
                ("weight", 0), ("points", 0), ("status", 0))
NARROW_COLUMNS = (("indicator", 3), ("target", 1), ("actual", 1), ("achievement", 0), ("points", 0),
                  ("status", 0))


def _facet_table(facet: dict[str, Any], index: int, lang: str, detail: bool, width: int) -> Table:
    title = f"{index}. {facet['name']}  {label('weight', lang)} {num(facet['weight'])}  " \
            f"{label('facet_score', lang)} {num(facet['score'])}"
    narrow = width < NARROW
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_lines=False, expand=True,
                  pad_edge=not narrow)
    _columns(table, lang, NARROW_COLUMNS if narrow else WIDE_COLUMNS, narrow)
    blank = [""] * (len(table.columns) - 1)
    for goal_position, goal in enumerate(facet["goals"], start=1):
        goal_name = _goal_name(goal, goal_position, lang)
        if narrow:
            table.add_row(Text(goal_name, style="bold"), *blank)
        if goal.get("rubric"):
            _rubric_rows(table, goal, goal_name, lang, narrow)
        for position, indicator in enumerate(goal["indicators"], start=1):
            target = indicator["target"]["text"] if indicator["target"] else "—"
            name = f"{item_number(position, lang)}{indicator['name']}"
            figures = [target, indicator["actual"] or "—", num(indicator["achievement"], "%")]
            status = status_text(indicator, lang)
            if narrow:
                table.add_row(f"{name} ({num(indicator['weight'])})", *figures, num(indicator["points"]),
                              status)
            else:
                table.add_row(goal_name if position == 1 else "", name, *figures, num(indicator["weight"]),
                              num(indicator["points"]), status)
            if detail and indicator["analysis"]:
                analysis = Text(indicator["analysis"], style="dim")
                table.add_row(analysis, *blank) if narrow else table.add_row("", analysis, *blank[1:])
    return table


def _rubric_rows(table: Table, goal: dict[str, Any], goal_name: str, lang: str, narrow: bool) -> None:
    """A rubric goal: one row per criterion (配分 and 自評 in the target and actual columns, no status: a
    criterion is neither met nor unmet), then the sum its points come from."""
    kind = Text(label("criterion", lang), style="dim")
    for position, criterion in enumerate(goal["rubric"]["criteria"], start=1):
        name = f"{item_number(position, lang)}{criterion['name']}"
        most, given = criterion_cells(criterion, lang)
        if narrow:
            table.add_row(name, most, given, "", "", "")  # the status column is too narrow for the word
        else:
            table.add_row(goal_name if position == 1 else "", name, most, given, "", "", "", kind)
    total = Text(rubric_sum(goal, lang), style="bold")
    points = Text(num(goal["points"]), style="bold")
    if narrow:
        table.add_row(total, "", "", "", points, "")
    else:
        table.add_row("", total, "", "", "", num(goal["weight"]), points, "")


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


def _unmet(view: dict[str, Any], lang: str, width: int) -> Table:
    if width < NARROW:
        return _unmet_cards(view, lang)
    table = Table(title=label("unmet_review", lang), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    _columns(table, lang, (("facet", 2), ("goal", 3), ("indicator", 3), ("target", 0), ("actual", 0),
                           ("achievement", 0), ("gap", 0), ("review", 5)))
    for row in view["unmet"]:
        table.add_row(row["facet"], row["goal"], row["indicator"], row["target"] or "—", row["actual"] or "—",
                      num(row["achievement"], "%"), num(row["gap"], row["unit"]), review_text(row) or "—")
    return table


def _unmet_cards(view: dict[str, Any], lang: str) -> Table:
    """The unmet review at a narrow width: one label/value block per unmet indicator."""
    table = Table(title=label("unmet_review", lang), title_justify="left", box=box.SIMPLE_HEAD, expand=True,
                  show_header=False, pad_edge=False)
    table.add_column(style="bold", max_width=12, overflow="fold")
    table.add_column(ratio=1, overflow="fold")
    for row in view["unmet"]:
        fields = [("facet", row["facet"]), ("goal", row["goal"]), ("indicator", row["indicator"]),
                  ("target", row["target"] or "—"), ("actual", row["actual"] or "—"),
                  ("achievement", num(row["achievement"], "%")), ("gap", num(row["gap"], row["unit"])),
                  ("review", review_text(row) or "—")]
        for position, (key, value) in enumerate(fields):
            table.add_row(label(key, lang), value, end_section=position == len(fields) - 1)
    return table


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    view = shown_view(view)
    console, buffer = string_console(options)
    meta = view["report"]
    console.print(Text(heading(meta, lang), style="bold"))
    for index, facet in enumerate(view["facets"], start=1):
        console.print(_facet_table(facet, index, lang, options.detail, options.width))
    console.print(_breakdown(view, lang))
    if view["unmet"]:
        console.print(_unmet(view, lang, options.width))
    else:
        console.print(label("none_unmet" if view["counts"]["indicators"] else "none_unmet_rubric", lang))
    counts = view["counts"]
    sentence = summary_sentence(counts["goals"], counts["indicators"], counts["met"], counts["unmet"], lang)
    console.print(Text(f"{label('summary', lang)}: ", style="bold") + Text(sentence))
    grade = f"  {label('grade', lang)}: {view['grade']}" if view["grade"] else ""
    console.print(Text(f"{label('total', lang)}: {num(view['total'])}{grade}", style="bold"))
    if view["findings"]:
        console.print(Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            console.print(line)
    return buffer.getvalue()
