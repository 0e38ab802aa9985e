"""`LinearTable` draws what rich's `Table` draws, to the byte, in colour and without; and the big table is
linear in its rows (issue 15: `compute --all` on 10,000 indicators took seconds)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box as boxes
from rich.console import Console
from rich.table import Table
from rich.text import Text

from perfscore.formats.linear_table import LinearTable

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "chiayi-2015-administration.yaml"
WORDS = ["", " ", "86.43", "≥ 75%", "120,000", "執行率80%", "推動文書作業資訊化", "，", "a", "long-word-here",
         "1. 依人事處", "x\ny", "\n", "trailing  ", "  leading", "中", "ok"]
STYLES = [None, "bold", "dim", "green", "bold red"]
BOXES = [boxes.SIMPLE_HEAD, boxes.SIMPLE, boxes.ROUNDED, boxes.HEAVY_HEAD, boxes.ASCII2]

texts = st.lists(st.sampled_from(WORDS), max_size=4).map("".join)
cells = st.one_of(texts, st.builds(lambda text, style: Text(text, style=style or ""), texts,
                                   st.sampled_from(STYLES)))


@st.composite
def tables(draw: Any) -> tuple[dict[str, Any], list[dict[str, Any]], list[tuple[list[Any], bool]]]:
    options = {
        "box": draw(st.sampled_from(BOXES)), "show_header": draw(st.booleans()), "show_edge": draw(st.booleans()),
        "pad_edge": draw(st.booleans()), "collapse_padding": draw(st.booleans()), "expand": draw(st.booleans()),
        "show_lines": draw(st.booleans()), "title": draw(st.sampled_from([None, "標題 title"])),
        "title_justify": draw(st.sampled_from(["left", "center"])),
    }
    count = draw(st.integers(1, 4))
    columns = []
    every_fixed = draw(st.booleans())  # as the grid draws its tables: the fast path draws them
    for _ in range(count):
        fixed = every_fixed or draw(st.booleans())
        columns.append({
            "header": draw(texts), "justify": draw(st.sampled_from(["left", "right", "center"])),
            "ratio": None if fixed else draw(st.sampled_from([None, 1, 3])),
            "width": draw(st.integers(1, 12)) if fixed else None, "no_wrap": fixed,
            "overflow": "crop" if fixed else "fold", "style": draw(st.sampled_from(STYLES)),
            "min_width": None if fixed else draw(st.sampled_from([None, 2, 6])),
        })
    rows = draw(st.lists(st.tuples(st.lists(cells, min_size=count, max_size=count), st.booleans()), max_size=5))
    return options, columns, rows


def _render(kind: type[Table], spec: tuple[dict[str, Any], list[dict[str, Any]], list[tuple[list[Any], bool]]],
            width: int, colour: bool) -> str:
    options, columns, rows = spec
    table = kind(**options)
    for column in columns:
        table.add_column(column["header"], **{key: value for key, value in column.items() if key != "header"})
    for row, end in rows:
        table.add_row(*row, end_section=end)
    console = Console(file=io.StringIO(), width=width, force_terminal=colour, no_color=not colour, markup=False,
                      color_system="standard" if colour else None, highlight=False, emoji=False, soft_wrap=False,
                      legacy_windows=False)
    console.print(table)
    return str(console.file.getvalue())  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(tables(), st.integers(4, 90), st.booleans())
def test_draws_what_rich_draws(spec: Any, width: int, colour: bool) -> None:
    assert _render(LinearTable, spec, width, colour) == _render(Table, spec, width, colour)


def test_the_grid_s_tables_take_the_fast_path(monkeypatch: Any) -> None:
    drawn: list[object] = []

    def rich_draws(*args: object) -> Any:
        drawn.append(args)
        return iter(())

    monkeypatch.setattr(Table, "_render", rich_draws)
    spec: Any = ({}, [{"header": "h", "width": 5, "no_wrap": True, "overflow": "crop"}], [(["a"], False)])
    assert _render(LinearTable, spec, 20, False) == "┏━━━━━━━┓\n┃ h     ┃\n┡━━━━━━━┩\n│ a     │\n└───────┘\n"
    assert drawn == []  # rich's own drawing was never called


def test_rich_draws_what_it_does_not_cover() -> None:
    """A cell of several styles (or any renderable) goes through rich's own code."""
    spec = ({"show_header": True}, [{"header": "h"}], [([Text.assemble(("a", "bold"), ("b", "red"))], False)])
    assert _render(LinearTable, spec, 20, True) == _render(Table, spec, 20, True)
    assert "\x1b[1ma" in _render(LinearTable, spec, 20, True)


def test_a_big_table_never_goes_through_rich_s_per_cell_work(monkeypatch: Any) -> None:
    """No timing (tests never assert timings): the per-cell work that made rich's table ~1 ms a row (measuring
    each cell as a `Text`, rendering each through a `Padding`) is never done, measuring or drawing, so the cost
    is what `LinearTable` does per cell: a few string operations."""
    from rich.console import Console as RichConsole
    from rich.measure import Measurement

    calls: list[str] = []
    real_get, real_lines = Measurement.get, RichConsole.render_lines
    monkeypatch.setattr(Measurement, "get", classmethod(lambda cls, *a: calls.append("measure") or real_get(*a)))
    monkeypatch.setattr(RichConsole, "render_lines", lambda self, *a, **k: calls.append("lines") or
                        real_lines(self, *a, **k))
    spec: Any = ({"box": boxes.SIMPLE_HEAD, "title": "1. 核心業務面向", "expand": True},
                 [{"header": h, "ratio": r, "justify": j, "min_width": 4}
                  for h, r, j in (("策略績效目標", 3, "left"), ("衡量指標", 4, "left"), ("原訂目標值", None, "right"),
                                  ("狀態", None, "left"))],
                 [(["推動文書作業資訊化", "強化公務人員\n終身學習時數", "≥ 75%", Text("● 達成", style="green")], False)]
                 * 2000)
    options, columns, rows = spec
    probe = LinearTable(**options)
    for column in columns:
        probe.add_column(column["header"], **{key: value for key, value in column.items() if key != "header"})
    for row, _end in rows:
        probe.add_row(*row)
    console = Console(file=io.StringIO(), width=100, legacy_windows=False)
    widths = probe._calculate_column_widths(console, console.options)  # what the grid's probe does
    assert calls == [] and sum(widths) <= 100
    fixed = (options, [{"header": c["header"], "width": w - 2, "no_wrap": True, "overflow": "crop",
                        "justify": c["justify"]} for c, w in zip(columns, widths, strict=True)], rows)
    assert _render(LinearTable, fixed, 100, True).count("推動文書作業資訊化") == 2000
    assert calls == []  # only the title went through rich's Text, and not through render_lines


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("colour", [False, True])
def test_every_terminal_table_of_the_example_is_what_rich_alone_draws(monkeypatch: Any, lang: str,
                                                                        colour: bool) -> None:
    """The example's report, compare and diff tables at every width, with the grid drawing through rich's own
    `Table` and through `LinearTable`: the same bytes (the outputs digest holds the plain ones too)."""
    from perfscore.engine.analyse import analyze_file
    from perfscore.formats import RenderOptions, grid
    from perfscore.formats.report import table as report_table
    from perfscore.views.report import result_view

    view = result_view(analyze_file(EXAMPLE), lang)
    options = [RenderOptions(lang=lang, width=width, color=colour, detail=detail)
               for width in (60, 80, 100, 120, 200) for detail in (False, True)]
    fast = [report_table.render(view, option) for option in options]
    monkeypatch.setattr(grid, "LinearTable", Table)
    assert fast == [report_table.render(view, option) for option in options]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "a", "中", "\n", "\r", "\t", "\x1b[1m", "\x1b[0m", "x y"]), max_size=30)
       .map("".join))
def test_trailing_spaces_go_as_the_pattern_says(text: str) -> None:
    """strip_trailing's plain-text path (line by line) removes what its pattern removes."""
    import re

    from perfscore.formats import console

    expected = console._TRAILING.sub(lambda match: "".join(console._CODE.findall(match.group())), text)
    assert console.strip_trailing(text) == expected
    assert re.sub(r" +$", "", text, flags=re.MULTILINE) == console.strip_trailing(text) or "\x1b" in text
