"""A diff as Markdown, for a pull-request comment: the indicator changes, the score changes, the findings."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label
from perfscore.formats import RenderOptions
from perfscore.formats.diff import heading, score_rows, status, summary, what_changed
from perfscore.formats.markdown import code, escape


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    lines = [f"## {escape(heading(view, lang))}", ""]
    if view["indicators"]:
        lines += [f"### {label('diff_indicators', lang)}", "",
                  f"| {label('status', lang)} | {label('facet', lang)} | {label('indicator', lang)} | "
                  f"{label('diff_what', lang)} |", "|---|---|---|---|"]
        lines += [f"| {status(i, lang)} | {escape(i['facet'])} | {escape(i['name'])} "
                  f"({code(i['key'])}) | {escape(what_changed(i, lang))} |" for i in view["indicators"]]
        lines.append("")
    lines += [summary(view, lang), "", f"### {label('diff_scores', lang)}", "",
              f"| {label('facet', lang)} | {label('diff_old', lang)} | {label('diff_new', lang)} | "
              f"{label('diff_delta', lang)} |",
              "|---|--:|--:|--:|"]
    lines += [f"| {' | '.join(escape(cell) for cell in row)} |" for row in score_rows(view, lang)]
    if view["findings"]:
        lines += ["", f"### {label('findings', lang)}", ""]
        for f in view["findings"]:
            where = f"{f['file']}:{f['line']}:{f['column']}"
            lines.append(f"- {code(where)} **{f['code']}** {label(f['severity'], lang)}: {escape(f['message'])}")
    return "\n".join(lines) + "\n"
