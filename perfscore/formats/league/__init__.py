"""Formats of the league table (`perfscore compare`): each renders `views.league.league_view`. The header
and the cells the table and the Markdown share are made here."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label
from perfscore.formats.common import light_counts_text, num


def _year(row: dict[str, Any], lang: str) -> str:
    if row["year"] is None:
        return "—"
    return str(row["roc_year"]) if lang == "zh-TW" else str(row["year"])


def headers(view: dict[str, Any], lang: str) -> list[str]:
    return [label("league_rank", lang), label("organisation", lang), label("year", lang), label("total", lang),
            label("grade", lang), *[f["name"] for f in view["facets"]], label("league_met", lang),
            label("league_unmet", lang), label("league_file", lang)]


def failed(row: dict[str, Any]) -> bool:
    """A report that could not be scored (an unweighted one has no total either, by design)."""
    return row["total"] is None and not unweighted(row) and not row.get("not_scored")


def unweighted(row: dict[str, Any]) -> bool:
    return row.get("weighted") is False


def unweighted_note(row: dict[str, Any], lang: str) -> str:
    """What an unweighted report has instead of a total, said under the table: its counts by light."""
    name = " ".join(part for part in (row["organisation"], _year(row, lang)) if part and part != "—")
    return label("league_unweighted_note", lang).format(name=name or row["file"],
                                                        counts=light_counts_text({}, lang, row["light_counts"]))


def cells(row: dict[str, Any], lang: str, width: int, mixed: bool = False) -> list[str]:
    """A row's cells under `headers`; a report that cannot be scored says so and shows only its file; an
    unweighted one has no rank, total or facet scores (never 0s), only its counts of met and unmet.
    With `mixed` scales (totals out of 30 and out of 100), the total shows its scale and its share, the
    figure the ranking uses: `25 / 30 = 83.3%`."""
    if failed(row):
        return ["—", f"✗ {label('league_unscored', lang)}", *["—"] * (width - 3), row["file"]]
    if unweighted(row) or row.get("not_scored"):  # no total by design, or not yet (a draft): never a 0
        why = label("league_unweighted" if unweighted(row) else "not_scored", lang)
        return ["—", row["organisation"] or "—", _year(row, lang), why, "—",
                *["—"] * (width - 8), num(row["met"]), num(row["unmet"]), row["file"]]
    total = f"{num(row['total'])} / {num(row['scale'])} = {num(row['share'])}%" if mixed else num(row["total"])
    return [num(row["rank"]), row["organisation"] or "—", _year(row, lang), total,
            row["grade"] or "—", *[num(score) for score in row["facets"]], num(row["met"]),
            num(row["unmet"]), row["file"]]
