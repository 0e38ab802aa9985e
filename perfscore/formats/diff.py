"""`perfscore diff --format table|json|markdown`: indicator changes, score deltas, target findings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfscore.core.analysis import DiffOutcome
from perfscore.core.decimals import plain
from perfscore.core.i18n import label, year_text
from perfscore.formats import RenderOptions
from perfscore.formats.jsonout import dumps
from perfscore.formats.markdown import code, escape
from perfscore.views.diff import diff_view

_WORDS: dict[str, tuple[str, str]] = {
    "added": ("新增", "added"), "removed": ("刪除", "removed"), "renamed": ("更名", "renamed"),
    "changed": ("變更", "changed"), "unchanged": ("未變", "unchanged"), "status": ("狀態", "Status"),
    "what": ("變動", "What changed"), "old": ("去年", "Old"), "new": ("今年", "New"),
    "delta": ("增減", "Change"),
    "goal": ("目標", "goal"), "weight": ("權重", "weight"), "target": ("目標值", "target"),
    "actual": ("實際值", "actual"), "achievement": ("達成度", "achievement"),
    "points": ("項目權分", "points"),
    "indicators": ("衡量指標變動", "Indicator changes"), "scores": ("績效分數增減", "Score changes"),
    "none": ("衡量指標無變動", "No indicator changed"), "renamed_from": ("原名", "was"),
}


def word(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return zh if lang == "zh-TW" else en


def num(value: Any, suffix: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{plain(value)}{suffix}"
    return f"{value}{suffix}"


def signed(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"+{plain(value)}" if value > 0 else plain(value)


def what_changed(item: dict[str, Any], lang: str) -> str:
    """One line per change: `target 250 → 200`; added/removed show their figures."""
    if item["status"] in ("added", "removed"):
        figures = item["new"] if item["status"] == "added" else item["old"]
        return f"{word('target', lang)} {num(figures['target'])}, " \
               f"{word('weight', lang)} {num(figures['weight'])}"
    parts = []
    if item["old_name"]:
        parts.append(f"{word('renamed_from', lang)} {item['old_name']}")
    for change in item["changes"]:
        suffix = "%" if change["field"] == "achievement" else ""
        parts.append(f"{word(change['field'], lang)} {num(change['old'], suffix)} → "
                     f"{num(change['new'], suffix)}")
    return "\n".join(parts)


def heading(view: dict[str, Any], lang: str) -> str:
    old, new = view["old"], view["new"]
    return f"{new['organisation']}: {old['file']} ({year_text(old['year'], lang)}) → " \
           f"{new['file']} ({year_text(new['year'], lang)})"


def summary(view: dict[str, Any], lang: str) -> str:
    counts = view["summary"]
    return ", ".join(f"{word(key, lang)} {counts[key]}" for key in
                     ("added", "removed", "renamed", "changed", "unchanged"))


def _score_rows(view: dict[str, Any], lang: str) -> list[tuple[str, str, str, str]]:
    rows = [(item["name"], num(item["old"]), num(item["new"]), signed(item["delta"]))
            for item in view["facets"]]
    total = view["total"]
    rows.append((label("total", lang), num(total["old"]), num(total["new"]), signed(total["delta"])))
    return rows


def render_table(outcome: DiffOutcome, options: RenderOptions) -> str:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from perfscore.formats.console import string_console
    from perfscore.formats.table import findings_lines
    from perfscore.formats.terminal import shown_view

    lang = options.lang
    view = shown_view(diff_view(outcome, lang))
    console, buffer = string_console(options)
    console.print(Text(heading(view, lang), style="bold"))
    if view["indicators"]:
        table = Table(title=word("indicators", lang), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        table.add_column(word("status", lang), no_wrap=True)
        table.add_column(label("facet", lang), ratio=2, overflow="fold")
        table.add_column(label("indicator", lang), ratio=4, overflow="fold")
        table.add_column(word("what", lang), ratio=4, overflow="fold")
        for item in view["indicators"]:
            table.add_row(word(item["status"], lang), item["facet"], f"{item['name']}\n[{item['key']}]",
                          what_changed(item, lang))
        console.print(table)
    else:
        console.print(word("none", lang))
    console.print(summary(view, lang))
    scores = Table(title=word("scores", lang), title_justify="left", box=box.SIMPLE_HEAD)
    scores.add_column(label("facet", lang), overflow="fold")
    for key in ("old", "new", "delta"):
        scores.add_column(word(key, lang), justify="right")
    for row in _score_rows(view, lang):
        scores.add_row(*row)
    console.print(scores)
    if view["findings"]:
        console.print(Text(label("findings", lang), style="bold"))
        for line in findings_lines(view["findings"], lang):
            console.print(line, overflow="fold")
    return buffer.getvalue()


def render_json(outcome: DiffOutcome, options: RenderOptions) -> str:
    return dumps(diff_view(outcome, options.lang))


def render_markdown(outcome: DiffOutcome, options: RenderOptions) -> str:
    lang = options.lang
    view = diff_view(outcome, lang)
    lines = [f"## {escape(heading(view, lang))}", ""]
    if view["indicators"]:
        lines += [f"### {word('indicators', lang)}", "",
                  f"| {word('status', lang)} | {label('facet', lang)} | {label('indicator', lang)} | "
                  f"{word('what', lang)} |", "|---|---|---|---|"]
        lines += [f"| {word(i['status'], lang)} | {escape(i['facet'])} | {escape(i['name'])} "
                  f"({code(i['key'])}) | {escape(what_changed(i, lang))} |" for i in view["indicators"]]
        lines.append("")
    lines += [summary(view, lang), "", f"### {word('scores', lang)}", "",
              f"| {label('facet', lang)} | {word('old', lang)} | {word('new', lang)} | "
              f"{word('delta', lang)} |",
              "|---|--:|--:|--:|"]
    lines += [f"| {' | '.join(escape(cell) for cell in row)} |" for row in _score_rows(view, lang)]
    if view["findings"]:
        lines += ["", f"### {label('findings', lang)}", ""]
        for f in view["findings"]:
            where = f"{f['file']}:{f['line']}:{f['column']}"
            lines.append(f"- {code(where)} **{f['code']}** {label(f['severity'], lang)}: {escape(f['message'])}")
    return "\n".join(lines) + "\n"
