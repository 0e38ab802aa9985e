"""The report as HTML (`perfscore compute --format html`): one self-contained page laid out like the official report.

The page has inline CSS and an inline SVG chart, and makes no network request (its Content-Security-Policy
forbids any). The layout lives in perfscore/formats/templates/report.html.j2; this module only prepares what the
template shows. Every text from the report is untrusted: Jinja2 autoescapes it, and the SVG is built in
the template too, so it is escaped the same way. Figures come from the view; the only arithmetic here is
the chart's geometry.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from perfscore.core.decimals import divide, multiply, round_to
from perfscore.core.i18n import all_labels, goal_number, label, no_unmet_sentence, part_number, summary_paragraph
from perfscore.formats import RenderOptions
from perfscore.formats.common import (
    LIGHT_SYMBOLS,
    criterion_cells,
    gap_text,
    heading,
    is_weighted,
    light_counts_text,
    light_name,
    light_text,
    margin_text,
    num,
    progress_table,
    review_text,
    rubric_sum,
    stage_table,
    status_label,
    title_line,
    total_text,
)

if TYPE_CHECKING:
    from jinja2 import Template

# Chart geometry in SVG user units; the viewBox scales it to any width.
CHART_WIDTH = 640
BAR_ROW = 58
BAR_HEIGHT = 18


@lru_cache(maxsize=1)
def template() -> Template:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(loader=PackageLoader("perfscore.formats", "templates"), autoescape=True,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              keep_trailing_newline=True)
    return environment.get_template("report.html.j2")


def _length(value: Decimal, largest: Decimal) -> str:
    """A bar's length in user units, to one decimal, from exact decimals (no float, so no drift)."""
    if largest <= 0 or value <= 0:
        return "0"
    return num(round_to(multiply(divide(value, largest), Decimal(CHART_WIDTH)), 1))


def chart(view: dict[str, Any]) -> dict[str, Any]:
    """One bar pair per facet: the weight (the most it could score) and the score it got."""
    facets = [facet for facet in view["facets"] if is_weighted(facet)]  # an unweighted one has no bar
    largest = max((facet["weight"] for facet in facets), default=Decimal(0))
    bars = [{"name": facet["name"], "weight": num(facet["weight"]), "score": num(facet["score"]),
             "weight_length": _length(facet["weight"], largest),
             "score_length": _length(facet["score"], largest),
             "y": index * BAR_ROW} for index, facet in enumerate(facets)]
    return {"bars": bars, "width": CHART_WIDTH, "height": max(len(bars) * BAR_ROW, BAR_ROW),
            "bar_height": BAR_HEIGHT}


# A figure as targets and actual values write it: an optional comparator, a number with its thousands
# separators and decimals, a percent sign, the other end of a range, and a measure word or 以上/以下/以內.
# The page keeps each such run on one line (`120,000`, `85%以上`, `80%~90%`, `≥ 50%`, `5案以上`); the words
# around it still wrap, so a long target written as a sentence fits its column.
_BOUND = "(?:以上|以下|以內)"
_NUMBER = r"[+\-−]?\d[\d,]*(?:\.\d+)?\s?[%％‰]?"
# A date is a figure too (`113年12月底前`, `2024-12-31`, `113/06/30前`): it was split into `113年` and
# `12月` spans, with a break allowed between them and before 底前.
_DATE = (r"(?:\d{2,4}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?(?:底|初|中)?"
         r"|\d{3,4}([/\-])\d{1,2}\1\d{1,2})(?:以前|前|止)?")
FIGURE = re.compile(rf"{_DATE}|(?:[≥≤＞＜<>]\s?)?{_NUMBER}(?:\s?[~～至\-–]\s?{_NUMBER})?"
                    rf"(?:{_BOUND}|[\u3400-\u9fff]{_BOUND}?)?")


def figures(text: str) -> Markup:
    """`text` escaped, each figure in it wrapped in `<span class="fig">` so it never breaks across lines."""
    parts, last = [], 0
    for match in FIGURE.finditer(text):
        parts += [escape(text[last:match.start()]), Markup('<span class="fig">%s</span>') % match.group()]
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def target_cell(text: str, lang: str) -> Markup:
    """A target's cell: the figure kept whole and, for a relative target, its origin below it as a smaller
    line that wraps anywhere (a file's path is one long word): the whole sentence set as a figure filled
    eight lines of a narrow PDF column (a new-user trial)."""
    previous = label("relative_previous", lang)
    for opening in ("（", " ("):
        head, found, tail = text.partition(f"{opening}{previous} ")
        if found:
            return figures(head) + Markup('<span class="origin">%s</span>') % f"{found.lstrip()}{tail}"
    return figures(text)


def _parts(view: dict[str, Any], lang: str) -> dict[str, str]:
    """The report's parts, numbered 壹、貳、參… as the official report does, skipping absent ones."""
    present = [("preface", bool(view["report"]["preface"])), ("goals_section", True),
               ("sections", bool(view["sections"])), ("breakdown", True), ("unmet_review", True),
               ("summary", True), ("findings", True)]
    names = [name for name, shown in present if shown]
    return {name: part_number(index, lang) for index, name in enumerate(names, start=1)}


def context(view: dict[str, Any], lang: str) -> dict[str, Any]:
    meta, counts = view["report"], view["counts"]
    percent = "%" if view["weight_total"] == 100 else ""
    return {
        "view": view, "meta": meta, "lang": lang, "heading": heading(meta, lang),
        "title_line": title_line(meta, lang),
        "L": {key: label(key, lang) for key in all_labels()},
        "parts": _parts(view, lang), "chart": chart(view), "symbols": LIGHT_SYMBOLS, "percent": percent,
        "summary": summary_paragraph(meta["organisation"], meta["year"], view["goal_names"], counts, lang),
        "num": num, "gap_text": gap_text, "goal_number": goal_number, "review_text": review_text,
        "paragraphs": paragraphs, "figures": figures,
        "target_cell": target_cell, "status_label": status_label, "total_text": total_text,
        "criterion_cells": criterion_cells,
        "rubric_sum": rubric_sum,
        "stage_table": stage_table, "progress_table": progress_table, "is_weighted": is_weighted,
        "light_text": light_text, "light_counts_text": light_counts_text, "light_name": light_name,
        "margin_text": margin_text, "no_unmet_sentence": no_unmet_sentence,
    }


def paragraphs(text: str | None) -> list[str]:
    """Blank-line separated paragraphs; single line breaks stay (the CSS keeps them with pre-line)."""
    if not text:
        return []
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def render(view: dict[str, Any], options: RenderOptions) -> str:
    return template().render(context(view, options.lang))
