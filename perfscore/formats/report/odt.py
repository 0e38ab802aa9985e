"""The report as ODT (`perfscore compute --format odt -o report.odt`): the HTML page's document, to edit in
LibreOffice or Word.

The same parts in the same order and numbering as the HTML (壹、前言 … 檢查結果), from the same context
(`formats.report.html.context`), so the two never drift: the masthead with total, grade and subtotal (an
unweighted report: its counts by light); a table per facet with each goal's cell spanning its indicators;
the sections; the breakdown, the counts by light of unweighted facets and the review stages; the unmet
review; the summary written from the data, then the agency's own 績效總評 when the report has one; the
findings. Tables repeat their header row on each page. Needs the `office` extra.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import no_unmet_sentence
from perfscore.formats import RenderOptions
from perfscore.formats.common import (
    LIGHT_SYMBOLS,
    criterion_cells,
    gap_text,
    is_weighted,
    light_counts_text,
    light_name,
    light_text,
    margin_text,
    num,
    review_text,
    rubric_sum,
    stage_table,
    status_label,
    total_text,
)
from perfscore.formats.office.odtdoc import TextDocument
from perfscore.formats.report.html import context, paragraphs

DASH = "—"


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    lang = options.lang
    c = context(view, lang)
    L, parts, meta = c["L"], c["parts"], c["meta"]
    doc = TextDocument(c["heading"], lang)
    doc.paragraph(meta["organisation"])
    doc.heading(1, c["title_line"])
    if is_weighted(view):
        figures = [f"{L['total']} {total_text(view, lang)}"] + \
            ([f"{L['grade']} {view['grade']}"] if view["grade"] else [])
        doc.paragraph("　".join([*figures, f"{L['subtotal']} {num(view['subtotal'])}"]), "P-lead")
    else:
        doc.paragraph(f"{L['light_counts']} {light_counts_text(view, lang)}　{L['unweighted_note']}", "P-lead")
    if "preface" in parts:
        doc.heading(2, parts["preface"] + L["preface"])
        for paragraph in paragraphs(meta["preface"]):
            doc.paragraph(paragraph)
    doc.heading(2, parts["goals_section"] + L["goals_section"])
    for index, facet in enumerate(view["facets"], start=1):
        share = f"{num(facet['weight'])}{c['percent']}" if is_weighted(facet) else \
            f"{L['light_counts']} {light_counts_text(view, lang, facet['light_counts'])}"
        doc.heading(3, f"{c['goal_number'](index, lang)}{facet['name']}{L['colon']}{share}")
        _facet_table(doc, facet, c)
    if "sections" in parts:
        doc.heading(2, parts["sections"] + L["sections"])
        for section in view["sections"]:
            doc.heading(3, f"{section['name']}{L['colon']}{num(section['weight'])}{c['percent']}")
            for number, item in enumerate(section["items"], start=1):
                doc.paragraph(f"{number}. {item}")
            doc.paragraph(f"{L['facet_score']} {num(section['score'])}{L['points_unit']}")
    doc.heading(2, parts["breakdown"] + L["breakdown" if is_weighted(view) else "light_counts"])
    if is_weighted(view):
        _breakdown(doc, view, L, lang)
    else:
        doc.paragraph(L["unweighted_note"])
    _lights(doc, view, c)
    _stages(doc, view, lang, L)
    doc.heading(2, parts["unmet_review"] + L["unmet_review"])
    _unmet(doc, view, L, lang)
    doc.heading(2, parts["summary"] + L["summary"])
    doc.paragraph(c["summary"])
    if meta["summary"]:
        doc.heading(3, L["agency_summary"])
        for paragraph in paragraphs(meta["summary"]):
            doc.paragraph(paragraph)
    doc.heading(2, parts["findings"] + L["findings"])
    _findings(doc, view, L)
    return doc.bytes()


def _facet_table(doc: TextDocument, facet: dict[str, Any], c: dict[str, Any]) -> None:
    """A weighted facet as the HTML shows it; an unweighted one without points, weights or its score."""
    L, lang, percent, view = c["L"], c["lang"], c["percent"], c["view"]
    weighted = is_weighted(facet)
    rows: list[list[Any]] = []
    for position, goal in enumerate(facet["goals"], start=1):
        weight = f"{num(goal['weight'])}{percent}" if goal["bonus_cap"] is None else \
            f"{L['bonus_up_to']} {num(goal['bonus_cap'])}{percent}"
        name = f"{c['goal_number'](position, lang)}{goal['name']}" + (f"{L['paren']}{weight})" if weighted else "")
        first = len(rows)
        if goal.get("rubric"):  # its criteria as the HTML shows them (配分, 自評), then the sum of its points
            for index, criterion in enumerate(goal["rubric"]["criteria"], start=1):
                rubric_row = [None, f"{index}. {criterion['name']}", *criterion_cells(criterion, lang), "",
                              num(criterion["points"]), criterion["note"] or ""]
                rows.append(rubric_row if weighted else rubric_row[:5] + rubric_row[6:])
            rows.append([None, rubric_sum(goal, lang), "", "", "", num(goal["points"]), ""][:7 if weighted else 6])
        for index, indicator in enumerate(goal["indicators"], start=1):
            target = indicator["target"]
            light = light_text(view, indicator, lang) if not weighted or "light_computed" in indicator else \
                LIGHT_SYMBOLS[indicator["light"]]
            margin = margin_text(indicator, lang)
            row = [None,
                   f"{index}. {indicator['name']}" + (f"{L['paren']}{num(indicator['weight'])}{percent})"
                                                      if weighted else ""),
                   target["text"] if target else DASH, indicator["actual"] or DASH,
                   f"{num(indicator['achievement'], '%')}\n{light} {status_label(indicator, lang)}"
                   + (f"\n{margin}" if margin else ""),
                   num(indicator["points"]), indicator["analysis"] or ""]
            rows.append(row if weighted else row[:5] + row[6:])
        if len(rows) > first:  # the goal's cell spans its criteria and indicators
            rows[first][0] = (name, len(rows) - first)
    keys = ("goal", "indicator", "target", "actual", "achievement", "points", "analysis")
    if weighted:
        rows.append([L["score"], "", "", "", "", f"{L['facet_score']} {num(facet['score'])}{L['points_unit']}", ""])
        doc.table([L[key] for key in keys], rows, [14, 18, 10, 10, 10, 8, 30], frozenset({2, 3, 4, 5}))
    else:
        doc.table([L[key] for key in keys if key != "points"], rows, [14, 20, 10, 10, 14, 32], frozenset({2, 3, 4}))


def _lights(doc: TextDocument, view: dict[str, Any], c: dict[str, Any]) -> None:
    """The counts by light of each unweighted facet (every facet of an unweighted report)."""
    L, lang = c["L"], c["lang"]
    facets = [facet for facet in view["facets"] if not is_weighted(facet)]
    if not facets:
        return
    if is_weighted(view):
        doc.heading(3, f"{L['light_counts']}{L['paren']}{L['unweighted_facet']})")
    colours = [colour for colour, count in facets[0]["light_counts"].items()
               if colour != "none" or any(facet["light_counts"][colour] for facet in facets)]
    rows = [[facet["name"], *(str(facet["light_counts"][colour]) for colour in colours)] for facet in facets]
    if not is_weighted(view) and len(facets) > 1:
        rows.append([L["light_counts"], *(str(view["light_counts"][colour]) for colour in colours)])
    header = [L["facet"], *(f"{LIGHT_SYMBOLS[colour]} {light_name(view, colour, lang)}" for colour in colours)]
    doc.table(header, rows, [40, *([60 // len(colours)] * len(colours))], frozenset(range(1, len(header))))


def _stages(doc: TextDocument, view: dict[str, Any], lang: str, L: dict[str, str]) -> None:
    """The review stages side by side where they differ, and the total after each stage (as the HTML)."""
    header, rows = stage_table(view, lang)
    if not rows:
        return
    doc.heading(3, L["review_stages"])
    share = 50 // (len(header) - 2)
    doc.table(header, rows, [25, *([share] * (len(header) - 2)), 25], frozenset(range(1, len(header) - 1)))


def _breakdown(doc: TextDocument, view: dict[str, Any], L: dict[str, str], lang: str) -> None:
    rows = [[facet["name"], num(facet["weight"]), num(facet["score"])] for facet in view["facets"]]
    rows.append([L["subtotal"], num(view["subtotal_weight"]), num(view["subtotal"])])
    rows += [[section["name"], num(section["weight"]), num(section["score"])] for section in view["sections"]]
    rows += [[f"{L[item['kind']]}{L['colon']}{item['name']}", f"≤ {num(item['cap'])}",
              f"{'+' if item['kind'] == 'bonus' else '−'}{num(item['score'])}"] for item in view["bonus"]]
    rows.append([L["total"], num(view["weight_total"]), total_text(view, lang)])
    if view["grade"]:
        rows.append([L["grade"], "", view["grade"]])
    doc.table([L["section"], L["weight"], L["score"]], rows, [60, 20, 20], frozenset({1, 2}))


def _unmet(doc: TextDocument, view: dict[str, Any], L: dict[str, str], lang: str) -> None:
    if not view["unmet"]:
        doc.paragraph(no_unmet_sentence(view["counts"], lang))
        return
    rows = [[row["facet"], row["goal"], row["indicator"], row["target"] or DASH, row["actual"] or DASH,
             num(row["achievement"], "%"), gap_text(row["gap"], row["unit"] or ""), review_text(row) or DASH]
            for row in view["unmet"]]
    doc.table([L[key] for key in ("facet", "goal", "indicator", "target", "actual", "achievement", "gap",
                                  "review")], rows, [10, 12, 14, 9, 9, 9, 8, 29], frozenset({3, 4, 5, 6}))


def _findings(doc: TextDocument, view: dict[str, Any], L: dict[str, str]) -> None:
    if not view["findings"]:
        doc.paragraph(L["findings_none"])
        return
    rows = [[finding["code"], L[finding["severity"]], f"{finding['file']}:{finding['line']}:{finding['column']}",
             finding["message"]] for finding in view["findings"]]
    doc.table([L[key] for key in ("code", "severity", "location", "message")], rows, [10, 10, 30, 50])
