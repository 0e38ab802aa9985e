"""`perfscore compute --format table`: rich tables for the terminal, one per facet, then the totals,
the unmet review and the findings. Colour always comes with a symbol and a word."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

from perfscore.core.i18n import goal_number, item_number, label, no_unmet_sentence, summary_sentence
from perfscore.formats import RenderOptions
from perfscore.formats.common import (
    LIGHT_SYMBOLS,
    criterion_cells,
    gap_text,
    heading,
    is_weighted,
    light_counts_text,
    light_text,
    margin_text,
    num,
    progress_table,
    review_text,
    rubric_sum,
    stage_table,
    status_label,
    total_text,
)
from perfscore.formats.console import findings_lines, finish, hidden_note, print_wrapped, string_console
from perfscore.formats.grid import FIGURE_CELLS, Cell, Column, Grid, layout
from perfscore.formats.terminal import shown_view

LIGHTS = {light: (symbol, style) for (light, symbol), style in
          zip(LIGHT_SYMBOLS.items(), ("green", "yellow", "red", "dim", "bold"), strict=True)}


def status_text(indicator: dict[str, Any], lang: str, view: dict[str, Any] | None = None,
                lights: bool = False) -> Text:
    """`● 達成`; with `lights` (an unweighted facet), or where a light was set by hand, the light's name as
    well (and the computed one beside it): `● 綠燈 (計算 ▲ 黃燈) 未達成`; a met indicator's margin where the
    report asks for it: `● 達成 超前 16.46%`."""
    symbol, style = LIGHTS[indicator["light"]]
    margin = margin_text(indicator, lang)
    tail = f" {margin}" if margin else ""
    if view is not None and (lights or "light_computed" in indicator):
        return Text(f"{light_text(view, indicator, lang)} {status_label(indicator, lang)}{tail}", style=style)
    return Text(f"{symbol} {status_label(indicator, lang)}{tail}", style=style)


NUMERIC = {"target", "actual", "achievement", "weight", "points", "gap"}
FIGURES = NUMERIC | {"status"}
# Below this many columns the facet tables drop the goal and weight columns (goals become heading rows)
# and the unmet review becomes one label/value card per row: eight columns cannot share 60 cells.
NARROW = 100
# Smallest width of a short column, so rich never squeezes `100%` or `≥5` into a one-cell ribbon (it may
# wrap a CJK header between any two characters, which is fine).
# Above this many indicators the table shows the breakdown and the unmet review, not every facet table
# (`--all` or `--detail` for those): a reader does not scroll through thousands of rows, and drawing them
# took seconds (rich drew ~1 ms a row on this machine; grid's LinearTable now draws them in linear time,
# so `--all` is a reader's choice, not a wait).
BRIEF_ABOVE = 500
MIN_WIDTH = {"target": 6, "actual": 6, "achievement": 5, "weight": 4, "points": 4, "status": 8, "gap": 5}


def _columns(lang: str, columns: tuple[tuple[str, int], ...], narrow: bool = False) -> list[Column]:
    """Text columns share the width by ratio and wrap; figure columns keep at least their widest figure
    and never wrap one.

    At a narrow width the short columns get exactly their minimum (or their widest figure), so their
    headers wrap (原訂目 / 標值) and the text columns keep the rest."""
    specs = []
    for key, ratio in columns:
        justify: JustifyMethod = "right" if key in NUMERIC else "left"
        fixed = MIN_WIDTH.get(key) if narrow and not ratio else None
        specs.append(Column(label(key, lang), justify=justify, ratio=ratio or None, figure=key in FIGURES,
                            min_width=MIN_WIDTH.get(key), width=fixed, droppable=narrow and key == "achievement"))
    return specs


def _goal_name(goal: dict[str, Any], position: int, lang: str) -> str:
    """`一、推動文書作業資訊化 (6)`: numbered as the official report numbers its goals."""
    name = f"{goal_number(position, lang)}{goal['name']}"
    if goal["weight"] is None:  # an unweighted report
        return name
    return f"{name} ({num(goal['weight'])})" if goal["bonus_cap"] is None else \
        f"{name} [{label('bonus', lang)} ≤ {num(goal['bonus_cap'])}]"


WIDE_COLUMNS = (("goal", 3), ("indicator", 4), ("target", 2), ("actual", 2), ("achievement", 0),
                ("weight", 0), ("points", 0), ("status", 0))
NARROW_COLUMNS = (("indicator", 3), ("target", 1), ("actual", 1), ("achievement", 0), ("points", 0),
                  ("status", 0))


def _facet_table(view: dict[str, Any], facet: dict[str, Any], index: int, lang: str, detail: bool,
                 console: Console) -> Grid:
    weighted = is_weighted(facet)
    title = f"{index}. {facet['name']}" + (f"  {label('weight', lang)} {num(facet['weight'])}  "
                                           f"{label('facet_score', lang)} {num(facet['score'])}" if weighted else
                                           f"  {label('light_counts', lang)} "
                                           f"{light_counts_text(view, lang, facet['light_counts'])}")
    width = console.width
    narrow = width < NARROW
    keep = WIDE_COLUMNS if weighted else tuple(c for c in WIDE_COLUMNS if c[0] not in ("weight", "points"))
    columns = _columns(lang, (NARROW_COLUMNS if weighted else NARROW_COLUMNS[:4] + NARROW_COLUMNS[5:])
                       if narrow else keep, narrow)
    rows: list[list[Cell]] = []
    blank: list[Cell] = [""] * (len(columns) - 1)
    for goal_position, goal in enumerate(facet["goals"], start=1):
        goal_name = _goal_name(goal, goal_position, lang)
        if narrow:
            rows.append([Text(goal_name, style="bold"), *blank])
        if goal.get("rubric"):
            rows.extend(_rubric_rows(goal, goal_name, lang, narrow))
        for position, indicator in enumerate(goal["indicators"], start=1):
            target = indicator["target"]["text"] if indicator["target"] else "—"
            name = f"{item_number(position, lang, indicator['name'])}{indicator['name']}"
            figures: list[Cell] = [target, indicator["actual"] or "—", num(indicator["achievement"], "%")]
            status = status_text(indicator, lang, view, not weighted)
            if not weighted:
                rows.append([name, *figures, status] if narrow else
                            [goal_name if position == 1 else "", name, *figures, status])
            elif narrow:
                rows.append([f"{name} ({num(indicator['weight'])})", *figures, num(indicator["points"]), status])
            else:
                rows.append([goal_name if position == 1 else "", name, *figures, num(indicator["weight"]),
                             num(indicator["points"]), status])
            for key in ("measure", "assessment", "light_reason", "analysis") if detail else ():
                if indicator.get(key):
                    text = Text(f"{label(key, lang)}: {indicator[key]}" if key != "analysis" else indicator[key],
                                style="dim")
                    rows.append([text, *blank] if narrow else ["", text, *blank[1:]])
    return layout(console, columns, rows, width, title=title, title_justify="left", show_lines=False,
                  expand=True, pad_edge=not narrow)


def _rubric_rows(goal: dict[str, Any], goal_name: str, lang: str, narrow: bool) -> list[list[Cell]]:
    """A rubric goal: one row per criterion (配分 and 自評 in the target and actual columns, no status: a
    criterion is neither met nor unmet), then the sum its points come from."""
    kind = Text(label("criterion", lang), style="dim")
    rows: list[list[Cell]] = []
    for position, criterion in enumerate(goal["rubric"]["criteria"], start=1):
        name = f"{item_number(position, lang, criterion['name'])}{criterion['name']}"
        most, given = criterion_cells(criterion, lang)
        if narrow:
            rows.append([name, most, given, "", "", ""])  # the status column is too narrow for the word
        else:
            rows.append([goal_name if position == 1 else "", name, most, given, "", "", "", kind])
    total = Text(rubric_sum(goal, lang), style="bold")
    points = Text(num(goal["points"]), style="bold")
    rows.append([total, "", "", "", points, ""] if narrow else ["", total, "", "", "", num(goal["weight"]), points, ""])
    return rows


def _breakdown(view: dict[str, Any], lang: str, console: Console) -> Table:
    columns = [Column(label("section", lang)), Column(label("weight", lang), justify="right", figure=True),
               Column(label("score", lang), justify="right", figure=True)]
    # An unweighted facet is outside the total's scale: it has no line here (its table gives its lights).
    rows: list[list[Cell]] = [[facet["name"], num(facet["weight"]), num(facet["score"])]
                              for facet in view["facets"] if is_weighted(facet)]
    rows.append([Text(label("subtotal", lang), style="bold"), "", Text(num(view["subtotal"]), style="bold")])
    rows.extend([section["name"], num(section["weight"]), num(section["score"])] for section in view["sections"])
    for item in view["bonus"]:
        sign = "+" if item["kind"] == "bonus" else "−"
        rows.append([f"{label(item['kind'], lang)}: {item['name']}", f"≤ {num(item['cap'])}",
                     f"{sign}{num(item['score'])}"])
    rows.append([Text(label("total", lang), style="bold"), "", Text(total_text(view, lang), style="bold")])
    if view["grade"]:
        rows.append([label("grade", lang), "", Text(view["grade"], style="bold")])
    return layout(console, columns, rows, console.width, title=label("breakdown", lang), title_justify="left").table


def _unmet(view: dict[str, Any], lang: str, console: Console) -> Table:
    if console.width < NARROW:
        return _unmet_cards(view, lang, console)
    keys = ("facet", "goal", "indicator", "target", "actual", "achievement", "gap", "review")
    rows: list[list[Cell]] = [
        [row["facet"], row["goal"], row["indicator"], row["target"] or "—", row["actual"] or "—",
         num(row["achievement"], "%"), gap_text(row["gap"], row["unit"]), review_text(row) or "—"]
        for row in view["unmet"]]
    # A target with its origin (`≥ 81.2%（上年度實際值 80.2% +1個百分點，a-2023.yaml）`) is a figure and a
    # sentence: when the table does not fit on one line a row, it gets a share of the width and wraps (rich
    # kept the whole sentence on one line and squeezed the other columns to one character). The figure
    # itself never breaks (linebreak keeps `≥ 81.2%`).
    widest = [max(cell_len(line) for cell in (label(key, lang), *(row[k] for row in rows))
                  for line in (cell.plain if isinstance(cell, Text) else cell).split("\n"))
              for k, key in enumerate(keys)]
    sentence = widest[3] > FIGURE_CELLS and sum(widest) + 2 * len(keys) + 2 > console.width
    columns = _columns(lang, (("facet", 2), ("goal", 3), ("indicator", 3), ("target", 3 if sentence else 0),
                              ("actual", 0), ("achievement", 0), ("gap", 0), ("review", 5)))
    return layout(console, columns, rows, console.width, title=label("unmet_review", lang), title_justify="left",
                  expand=True).table


def _unmet_cards(view: dict[str, Any], lang: str, console: Console) -> Table:
    """The unmet review at a narrow width: one label/value block per unmet indicator."""
    keys = ("facet", "goal", "indicator", "target", "actual", "achievement", "gap", "review")
    columns = [Column("", style="bold", width=12), Column("", ratio=1)]
    rows: list[list[Cell]] = []
    ends = set()
    for row in view["unmet"]:
        values = [row["facet"], row["goal"], row["indicator"], row["target"] or "—", row["actual"] or "—",
                  num(row["achievement"], "%"), gap_text(row["gap"], row["unit"]), review_text(row) or "—"]
        rows.extend([label(key, lang), value] for key, value in zip(keys, values, strict=True))
        ends.add(len(rows) - 1)
    return layout(console, columns, rows, console.width, ends=frozenset(ends), title=label("unmet_review", lang),
                  title_justify="left", expand=True, show_header=False, pad_edge=False).table


def _stages(view: dict[str, Any], lang: str, console: Console) -> Table | None:
    """The review stages side by side, where they differ, and the total after each stage."""
    header, rows = stage_table(view, lang)
    if not rows:
        return None
    columns = [Column(header[0], ratio=3), *(Column(name, justify="right", figure=True) for name in header[1:-1]),
               Column(header[-1], ratio=3)]
    cells: list[list[Cell]] = [list(row) for row in rows]
    return layout(console, columns, cells, console.width, title=label("review_stages", lang), title_justify="left",
                  expand=True).table


def _progress(view: dict[str, Any], lang: str, console: Console) -> Table | None:
    """A year in progress: each indicator's value to date, projection and outlook."""
    title, header, rows = progress_table(view, lang)
    if not rows:
        return None
    columns = [Column(header[0], ratio=3), Column(header[1]),
               *(Column(name, justify="right", figure=True) for name in header[2:4]), Column(header[4]),
               Column(header[5])]
    cells: list[list[Cell]] = [list(row) for row in rows]
    return layout(console, columns, cells, console.width, title=title, title_justify="left", expand=True).table


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    indicators = view["counts"]["indicators"]
    brief = indicators > BRIEF_ABOVE and not (options.full or options.detail)
    if brief:  # the facets' goals and indicators are not shown: not worth making safe to show
        view = {**view, "facets": [{key: value for key, value in facet.items() if key != "goals"}
                                   for facet in view["facets"]]}
    view = shown_view(view)
    console, buffer = string_console(options)
    meta = view["report"]
    print_wrapped(console, Text(heading(meta, lang), style="bold"))
    dropped: list[str] = []
    if brief:
        note = label("large_report_brief", lang).format(count=indicators, limit=BRIEF_ABOVE)
        print_wrapped(console, Text(note, style="dim"))
    for index, facet in enumerate([] if brief else view["facets"], start=1):
        grid = _facet_table(view, facet, index, lang, options.detail, console)
        console.print(grid.table)
        dropped.extend(grid.dropped)
    # Only the achievement can go (at 60 columns in English); the status beside it still says met or not.
    hidden_note(console, dropped, lang, ("markdown", "csv", "html", "json"))
    if is_weighted(view):
        console.print(_breakdown(view, lang, console))
    stages = _stages(view, lang, console)
    if stages is not None:
        console.print(stages)
    progress = _progress(view, lang, console)
    if progress is not None:
        console.print(progress)
    if view["unmet"]:
        console.print(_unmet(view, lang, console))
    else:
        print_wrapped(console, Text(no_unmet_sentence(view["counts"], lang)))
    counts = view["counts"]
    sentence = summary_sentence(counts["goals"], counts["indicators"], counts["met"], counts["unmet"], lang)
    print_wrapped(console, Text(f"{label('summary', lang)}: ", style="bold") + Text(sentence))
    grade = f"  {label('grade', lang)}: {view['grade']}" if view["grade"] else ""
    if is_weighted(view):
        print_wrapped(console, Text(f"{label('total', lang)}: {total_text(view, lang)}{grade}", style="bold"))
        if view.get("not_scored_reason"):  # a draft or an open year: why there is no total
            print_wrapped(console, Text(view["not_scored_reason"]))
    else:
        print_wrapped(console, Text(f"{label('light_counts', lang)}: {light_counts_text(view, lang)}", style="bold"))
        print_wrapped(console, Text(label("unweighted_note", lang)))
    if view["findings"]:
        print_wrapped(console, Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            print_wrapped(console, line)
    return finish(buffer)
