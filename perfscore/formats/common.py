"""Small text helpers shared by the formats (no rich, no jinja2, so any format may import them)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from perfscore.core.decimals import plain
from perfscore.core.i18n import label, year_text

# A traffic light is never colour alone: each has a symbol (and the formats add a word).
LIGHT_SYMBOLS = {"green": "●", "amber": "▲", "red": "■", "none": "○", "white": "◇"}


def light_name(view: dict[str, Any], colour: str, lang: str) -> str:
    """A light's name: the report's own (scoring.lights.names), else 綠燈, 黃燈, 紅燈, 白燈."""
    return view.get("light_names", {}).get(colour) or label(f"light_{colour}", lang)


def light_text(view: dict[str, Any], indicator: dict[str, Any], lang: str) -> str:
    """The light as a symbol and a name, and, where an assessor set it by hand, the computed one too:
    `● 綠燈 (計算 ▲ 黃燈)`."""
    colour = indicator["light"]
    text = f"{LIGHT_SYMBOLS[colour]} {light_name(view, colour, lang)}"
    computed = indicator.get("light_computed")
    # No computed light (no actual value yet, as for a white light) leaves only the one set by hand to show.
    if computed is not None and computed not in (colour, "none"):
        text += f" ({label('light_computed', lang)} {LIGHT_SYMBOLS[computed]} {light_name(view, computed, lang)})"
    return text


def light_counts_text(view: dict[str, Any], lang: str, counts: dict[str, int] | None = None) -> str:
    """Counts by light of an unweighted report (or of `counts`, an unweighted facet's):
    `● 綠燈 2、▲ 黃燈 1、■ 紅燈 1、◇ 白燈 1`."""
    parts = [f"{LIGHT_SYMBOLS[colour]} {light_name(view, colour, lang)} {count}"
             for colour, count in (view["light_counts"] if counts is None else counts).items()
             if count or colour != "none"]
    return ("、" if lang == "zh-TW" else ", ").join(parts)


def is_weighted(part: dict[str, Any]) -> bool:
    """Whether a report view or a facet of one has weights (scoring.weights: none, or a facet's weights:
    none, marks it `weighted: false`; a weighted one carries no such key)."""
    return part.get("weighted", True) is not False


def total_text(view: dict[str, Any], lang: str) -> str:
    """The total as shown: `92.9`, or 尚未計分 / not scored yet for a draft or an open year (never a 0)."""
    return label("not_scored", lang) if view.get("not_scored") else num(view["total"])


def margin_text(indicator: dict[str, Any], lang: str) -> str | None:
    """A met indicator's margin where the report asks for it (scoring.gaps: all): `超前 16.46%`. The
    margin is the gap's size (a lower-is-better target met 2天 early has the gap -2). None elsewhere."""
    gap = indicator.get("gap")
    if indicator.get("status") != "met" or gap is None or gap == 0:
        return None
    return f"{label('margin', lang)} {plain(abs(gap))}{indicator.get('gap_unit') or indicator['unit'] or ''}"


def num(value: Any, suffix: str = "") -> str:
    """An exact decimal as plain text (`13.9`, `35`), any other value as written (a count, a target's
    text), or a dash when there is none."""
    if value is None:
        return "—"
    return f"{plain(value) if isinstance(value, Decimal) else value}{suffix}"


def signed(value: Decimal | None) -> str:
    """A change with its sign: `+1.5`, `-2`, `0`."""
    if value is None:
        return "—"
    return f"+{plain(value)}" if value > 0 else plain(value)


def status_label(indicator: dict[str, Any], lang: str) -> str:
    """達成 / 未達成 / 未填; an indicator with an actual value but no score (its target could not be set)
    is 未計分, not 未填, which told the user to fill in what was already there."""
    if indicator["status"] == "unscored" and indicator.get("actual"):
        return label("status_not_scored", lang)
    return label(indicator["status"], lang)


def dated_gap(indicator: dict[str, Any]) -> str | None:
    """The unit of a deadline's gap (個月 / 天, months / days) where it is not the indicator's own unit, which a
    date target does not have: a bare `15` in a gap column does not say months or days. None elsewhere."""
    unit = indicator.get("gap_unit")
    return unit.strip() if unit and indicator["gap"] is not None and unit != indicator["unit"] else None


def gap_text(value: Decimal | None, unit: str) -> str:
    """A gap (差異值) always with its sign, so `+1天` over a lower-is-better target reads as one day over,
    as `-5%` under a higher-is-better one reads as five short."""
    return "—" if value is None else f"{signed(value)}{unit}"


def title_line(meta: dict[str, Any], lang: str) -> str:
    """Year and title, without repeating a year the title already shows (`104 年度施政績效報告`)."""
    title: str = meta["title"]
    # Either year counts: an English run of a report without title_en shows the Chinese title, which names
    # the ROC year, and adding 2024 before `113 年度施政績效報告` said the year twice.
    if any(re.search(rf"(?<!\d){year}(?!\d)", title) for year in (meta["roc_year"], meta["year"])):
        return title
    return f"{year_text(meta['year'], lang)} {title}"


def heading(meta: dict[str, Any], lang: str) -> str:
    """Organisation, year and title: `嘉義市政府行政處 104 年度施政績效報告`."""
    return f"{meta['organisation']} {title_line(meta, lang)}"


def review_text(row: dict[str, Any]) -> str | None:
    """Cause and strategy of an unmet row as one text; a combined review is shown once."""
    if row["cause"] == row["strategy"]:
        return row["cause"]  # type: ignore[no-any-return]
    return "\n".join(part for part in (row["cause"], row["strategy"]) if part) or None


def criterion_cells(criterion: dict[str, Any], lang: str) -> tuple[str, str]:
    """A rubric criterion's maximum and given points as shown beside its name: `配分 30`, `自評 26`."""
    return (f"{label('criterion_max', lang)} {num(criterion['max'])}",
            f"{label('criterion_given', lang)} {num(criterion['given'])}")


def rubric_sum(goal: dict[str, Any], lang: str) -> str:
    """How a rubric goal's points come about: `評核分數 86/100 × 20`."""
    rubric = goal["rubric"]
    return f"{label('rubric_score', lang)} {num(rubric['given'])}/{num(rubric['max'])} × {num(rubric['weight'])}"


def stage_cell(record: dict[str, Any] | None, lang: str) -> str:
    """What one stage recorded for an item, as shown side by side: `32 黃燈`, `—` for nothing."""
    parts = []
    if record is not None and record["points"] is not None:
        parts.append(num(record["points"]))
    if record is not None and record["light"] is not None:
        parts.append(label(f"light_{record['light']}", lang))
    return " ".join(parts) or "—"


def stage_comments(item: dict[str, Any]) -> str:
    """A staged item's comments, one line per stage that made one: `複核: 佐證不足`."""
    return "\n".join(f"{name}: {record['comment']}" for name, record in item["records"].items() if record["comment"])


def shown_stage_items(view: dict[str, Any]) -> list[dict[str, Any]]:
    """The staged items worth showing side by side: those whose stages differ or carry a comment."""
    stages = view.get("stages")
    return [item for item in stages["items"] if item["differs"] or stage_comments(item)] if stages else []


def stage_item_name(item: dict[str, Any], lang: str) -> str:
    """`乙 (指標)`: the item's name and its kind."""
    kind = {"indicator": label("stage_kind_indicator", lang), "criterion": label("stage_kind_criterion", lang),
            "goal": label("stage_kind_goal", lang), "section": label("stage_kind_section", lang)}[item["kind"]]
    return f"{item['name']} ({kind})"


def stage_table(view: dict[str, Any], lang: str) -> tuple[list[str], list[list[str]]]:
    """The review stages side by side (header, rows): each item whose stages differ (or carry a comment),
    one column per stage (`32 黃燈`, `—` where the stage recorded nothing), the comments, then the total
    after each stage. Empty rows without stages."""
    stages = view.get("stages")
    if not stages:
        return [], []
    names = stages["names"]
    header = [label("stage_item", lang), *names, label("stage_comment", lang)]
    rows = [[stage_item_name(item, lang), *(stage_cell(item["records"].get(name), lang) for name in names),
             stage_comments(item)] for item in shown_stage_items(view)]
    rows.append([label("stage_total", lang), *(num(stages["totals"][name]) for name in names), ""])
    return header, rows


def progress_table(view: dict[str, Any], lang: str) -> tuple[str, list[str], list[list[str]]]:
    """The in-year progress (title, header, rows): per indicator with periods, its aggregation, the value
    to date (`48件 (2024-06)`), the projection to the year's end, the target and the outlook (`—` where a
    problem, PS731, stops the projection). Empty rows in a closed year."""
    progress = view.get("progress")
    if not progress or not progress["items"]:
        return "", [], []
    title = label("progress", lang).format(as_of=progress["as_of"])
    header = [label(key, lang) for key in ("progress_indicator", "progress_aggregate", "progress_to_date",
                                           "progress_projection", "progress_target", "progress_status")]
    rows = []
    for item in progress["items"]:
        unit = item["unit"] or ""
        to_date = f"{num(item['to_date'])}{unit} ({item['latest']})" if item["to_date"] is not None else "—"
        projection = f"{num(item['projection'])}{unit}" if item["projection"] is not None else "—"
        outlook = "—" if item["at_risk"] is None else \
            label("progress_at_risk" if item["at_risk"] else "progress_on_track", lang)
        rows.append([item["indicator"], label(f"aggregate_{item['aggregate']}", lang), to_date, projection,
                     item["target"] or "—", outlook])
    return title, header, rows

