"""The report as Markdown (`perfscore compute --format markdown`), for a pull-request comment or a README:
the facets (score against weight), the total and grade, the unmet review, the summary (with the agency's own,
when the report has one) and the findings."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label, no_unmet_sentence, summary_sentence
from perfscore.formats import RenderOptions
from perfscore.formats.common import (
    gap_text,
    heading,
    is_weighted,
    light_counts_text,
    light_text,
    margin_text,
    num,
    progress_table,
    review_text,
    stage_table,
    status_label,
    total_text,
)
from perfscore.formats.markdown import escape, table


def _breakdown(view: dict[str, Any], lang: str) -> list[str]:
    rows = [[escape(facet["name"]), num(facet["weight"]), num(facet["score"])] for facet in view["facets"]
            if is_weighted(facet)]  # an unweighted facet is outside the total's scale; _lights lists it
    rows.append([f"**{label('subtotal', lang)}**", "", f"**{num(view['subtotal'])}**"])
    rows += [[escape(section["name"]), num(section["weight"]), num(section["score"])]
             for section in view["sections"]]
    for item in view["bonus"]:
        sign = "+" if item["kind"] == "bonus" else "−"
        rows.append([f"{label(item['kind'], lang)}: {escape(item['name'])}", f"≤ {num(item['cap'])}",
                     f"{sign}{num(item['score'])}"])
    rows.append([f"**{label('total', lang)}**", "", f"**{total_text(view, lang)}**"])
    if view["grade"]:
        rows.append([f"**{label('grade', lang)}**", "", f"**{escape(view['grade'])}**"])
    return table([label("section", lang), label("weight", lang), label("score", lang)], rows, {1, 2})


def _unmet(view: dict[str, Any], lang: str) -> list[str]:
    if not view["unmet"]:
        return [no_unmet_sentence(view["counts"], lang) + "."]
    rows = []
    for row in view["unmet"]:
        review = review_text(row)
        rows.append([escape(row["facet"]), escape(row["goal"]), escape(row["indicator"]),
                     escape(row["target"]), escape(row["actual"]), num(row["achievement"], "%"),
                     escape(gap_text(row["gap"], row["unit"] or "")), escape(review)])
    keys = ["facet", "goal", "indicator", "target", "actual", "achievement", "gap", "review"]
    return table([label(key, lang) for key in keys], rows, {3, 4, 5, 6})


def _where(finding: dict[str, Any]) -> str:
    """line:column, or a spreadsheet's cell (工作表1!C7)."""
    return str(finding.get("cell") or f"{finding['line']}:{finding['column']}")


def _why_not(view: dict[str, Any]) -> str:
    """Why a draft or an open year has no total (its reason, after the headline); empty once scored."""
    return f" · {escape(view['not_scored_reason'])}" if view.get("not_scored_reason") else ""


def _findings(view: dict[str, Any], lang: str) -> list[str]:
    if not view["findings"]:
        return [label("findings_none", lang)]
    return [f"- `{finding['code']}` {label(finding['severity'], lang)} "
            f"{escape(finding['file'])}:{escape(_where(finding))}: {escape(finding['message'])}"
            for finding in view["findings"]]


def _lights(view: dict[str, Any], lang: str) -> list[str]:
    """The indicators of unweighted facets (every facet of an unweighted report) with their lights, in
    place of weights and scores; then each such facet's counts by light."""
    facets = [facet for facet in view["facets"] if not is_weighted(facet)]
    rows = [[escape(facet["name"]), escape(goal["name"]), escape(i["name"]),
             escape(i["target"]["text"] if i["target"] else "—"), escape(i["actual"] or "—"),
             num(i["achievement"], "%"), escape(light_text(view, i, lang)),
             " ".join(part for part in (status_label(i, lang), margin_text(i, lang)) if part)]
            for facet in facets for goal in facet["goals"] for i in goal["indicators"]]
    keys = ["facet", "goal", "indicator", "target", "actual", "achievement", "light", "status"]
    counts = [] if not is_weighted(view) else \
        ["", *(f"- {escape(facet['name'])}{label('paren', lang)}{label('unweighted_facet', lang)})"
               f"{label('colon', lang)}{light_counts_text(view, lang, facet['light_counts'])}" for facet in facets)]
    return [*table([label(key, lang) for key in keys], rows, {3, 4, 5}), *counts]


def _margins(view: dict[str, Any], lang: str) -> list[str]:
    """Met indicators of weighted facets with their margin (scoring.gaps: all): `超前 16.46%`. Empty when
    the report does not ask for margins."""
    rows = [[escape(facet["name"]), escape(goal["name"]), escape(i["name"]),
             escape(i["target"]["text"] if i["target"] else "—"), escape(i["actual"] or "—"),
             num(i["achievement"], "%"), escape(margin)]
            for facet in view["facets"] if is_weighted(facet) for goal in facet["goals"]
            for i in goal["indicators"] if (margin := margin_text(i, lang))]
    if not rows:
        return []
    keys = ["facet", "goal", "indicator", "target", "actual", "achievement", "margin"]
    return [f"### {label('met_margins', lang)}", "", *table([label(key, lang) for key in keys], rows, {3, 4, 5, 6}),
            ""]


def _stages(view: dict[str, Any], lang: str) -> list[str]:
    """The review stages side by side where they differ, and the total after each stage (none without)."""
    header, rows = stage_table(view, lang)
    if not rows:
        return []
    cells = [[escape(cell) if cell else "" for cell in row] for row in rows]
    return [f"### {label('review_stages', lang)}", "",
            *table([escape(name) for name in header], cells, set(range(1, len(header) - 1))), ""]


def _progress(view: dict[str, Any], lang: str) -> list[str]:
    """A year in progress: each indicator's value to date and projection (nothing in a closed year)."""
    title, header, rows = progress_table(view, lang)
    if not rows:
        return []
    return [f"### {escape(title)}", "", *table(header, [[escape(cell) for cell in row] for row in rows], {2, 3}), ""]


def render(view: dict[str, Any], options: RenderOptions) -> str:
    lang = options.lang
    counts = view["counts"]
    grade = f" · {label('grade', lang)} **{escape(view['grade'])}**" if view["grade"] else ""
    weighted = is_weighted(view)
    headline = f"**{label('total', lang)}: {total_text(view, lang)}**{grade}{_why_not(view)}" if weighted else \
        f"**{label('light_counts', lang)}: {light_counts_text(view, lang)}** · {label('unweighted_note', lang)}"
    lines = [f"## {escape(heading(view['report'], lang))}", "", headline, "",
             f"### {label('breakdown' if weighted else 'light', lang)}", "",
             *(_breakdown(view, lang) if weighted else _lights(view, lang)), ""]
    if weighted and not all(is_weighted(facet) for facet in view["facets"]):
        lines += [f"### {label('light', lang)}", "", *_lights(view, lang), ""]
    lines += [*_margins(view, lang), *_stages(view, lang), *_progress(view, lang),
             f"### {label('unmet_review', lang)}", "", *_unmet(view, lang), "",
             f"### {label('summary', lang)}", "",
             summary_sentence(counts["goals"], counts["indicators"], counts["met"], counts["unmet"], lang),
             ""]
    if view["report"]["summary"]:  # the agency's own 績效總評, quoted as written (escaped like any report text)
        lines += [f"**{label('summary_agency', lang)}**", "", f"> {escape(view['report']['summary'])}", ""]
    lines += [f"### {label('findings', lang)}", "", *_findings(view, lang), ""]
    return "\n".join(lines)

