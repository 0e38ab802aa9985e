"""The report as ODT (`perfscore compute --format odt -o report.odt`): the HTML page's document, to edit in
LibreOffice or Word.

The same parts in the same order and numbering as the HTML (壹、前言 … 檢查結果), from the same context
(`formats.report.html.context`), so the two never drift: the masthead with total, grade and subtotal; a
table per facet with each goal's cell spanning its indicators; the sections; the breakdown; the unmet
review; the summary written from the data, then the agency's own 績效總評 when the report has one; the
findings. Tables repeat their header row on each page. Needs the `office` extra.
"""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.common import LIGHT_SYMBOLS, gap_text, num, review_text, weighted_only
from perfscore.formats.office.odtdoc import TextDocument
from perfscore.formats.report.html import context, paragraphs

DASH = "—"


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    weighted_only(view, "odt")
    lang = options.lang
    c = context(view, lang)
    L, parts, meta = c["L"], c["parts"], c["meta"]
    doc = TextDocument(c["heading"], lang)
    doc.paragraph(meta["organisation"])
    doc.heading(1, c["title_line"])
    figures = [f"{L['total']} {num(view['total'])}"] + ([f"{L['grade']} {view['grade']}"] if view["grade"] else [])
    doc.paragraph("　".join([*figures, f"{L['subtotal']} {num(view['subtotal'])}"]), "P-lead")
    if "preface" in parts:
        doc.heading(2, parts["preface"] + L["preface"])
        for paragraph in paragraphs(meta["preface"]):
            doc.paragraph(paragraph)
    doc.heading(2, parts["goals_section"] + L["goals_section"])
    for index, facet in enumerate(view["facets"], start=1):
        doc.heading(3, f"{c['goal_number'](index, lang)}{facet['name']}{L['colon']}{num(facet['weight'])}"
                       f"{c['percent']}")
        _facet_table(doc, facet, c)
    if "sections" in parts:
        doc.heading(2, parts["sections"] + L["sections"])
        for section in view["sections"]:
            doc.heading(3, f"{section['name']}{L['colon']}{num(section['weight'])}{c['percent']}")
            for number, item in enumerate(section["items"], start=1):
                doc.paragraph(f"{number}. {item}")
            doc.paragraph(f"{L['facet_score']} {num(section['score'])}{L['points_unit']}")
    doc.heading(2, parts["breakdown"] + L["breakdown"])
    _breakdown(doc, view, L)
    doc.heading(2, parts["unmet_review"] + L["unmet_review"])
    _unmet(doc, view, L)
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
    L, lang, percent = c["L"], c["lang"], c["percent"]
    rows: list[list[Any]] = []
    for position, goal in enumerate(facet["goals"], start=1):
        weight = f"{num(goal['weight'])}{percent}" if goal["bonus_cap"] is None else \
            f"{L['bonus_up_to']} {num(goal['bonus_cap'])}{percent}"
        name = f"{c['goal_number'](position, lang)}{goal['name']}{L['paren']}{weight})"
        for index, indicator in enumerate(goal["indicators"], start=1):
            target = indicator["target"]
            rows.append([(name, len(goal["indicators"])) if index == 1 else None,
                         f"{index}. {indicator['name']}{L['paren']}{num(indicator['weight'])}{percent})",
                         target["text"] if target else DASH, indicator["actual"] or DASH,
                         f"{num(indicator['achievement'], '%')}\n{LIGHT_SYMBOLS[indicator['light']]} "
                         f"{L[indicator['status']]}",
                         num(indicator["points"]), indicator["analysis"] or ""])
    rows.append([L["score"], "", "", "", "", f"{L['facet_score']} {num(facet['score'])}{L['points_unit']}", ""])
    doc.table([L[key] for key in ("goal", "indicator", "target", "actual", "achievement", "points", "analysis")],
              rows, [14, 18, 10, 10, 10, 8, 30], frozenset({2, 3, 4, 5}))


def _breakdown(doc: TextDocument, view: dict[str, Any], L: dict[str, str]) -> None:
    rows = [[facet["name"], num(facet["weight"]), num(facet["score"])] for facet in view["facets"]]
    rows.append([L["subtotal"], num(view["subtotal_weight"]), num(view["subtotal"])])
    rows += [[section["name"], num(section["weight"]), num(section["score"])] for section in view["sections"]]
    rows += [[f"{L[item['kind']]}{L['colon']}{item['name']}", f"≤ {num(item['cap'])}",
              f"{'+' if item['kind'] == 'bonus' else '−'}{num(item['score'])}"] for item in view["bonus"]]
    rows.append([L["total"], num(view["weight_total"]), num(view["total"])])
    if view["grade"]:
        rows.append([L["grade"], "", view["grade"]])
    doc.table([L["section"], L["weight"], L["score"]], rows, [60, 20, 20], frozenset({1, 2}))


def _unmet(doc: TextDocument, view: dict[str, Any], L: dict[str, str]) -> None:
    if not view["unmet"]:
        doc.paragraph(L["none_unmet"])
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
