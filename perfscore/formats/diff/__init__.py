"""Formats of a year-over-year diff (`perfscore diff`): each renders `views.diff.diff_view`. The lines the
table and the Markdown share are made here."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import label, year_text
from perfscore.formats.common import num, signed


def status(item: dict[str, Any], lang: str) -> str:
    """What happened to an indicator: added, removed, renamed or changed."""
    return label(f"diff_{item['status']}", lang)


def what_changed(item: dict[str, Any], lang: str) -> str:
    """One line per change: `target 250 → 200`; added/removed show their figures."""
    if item["status"] in ("added", "removed"):
        figures = item["new"] if item["status"] == "added" else item["old"]
        return f"{label('diff_target', lang)} {num(figures['target'])}, " \
               f"{label('diff_weight', lang)} {num(figures['weight'])}"
    parts = []
    if item["old_name"]:
        parts.append(f"{label('diff_renamed_from', lang)} {item['old_name']}")
    for change in item["changes"]:
        field, suffix = change["field"], "%" if change["field"] == "achievement" else ""
        parts.append(f"{label(f'diff_{field}', lang)} {num(change['old'], suffix)} → {num(change['new'], suffix)}")
    return "\n".join(parts)


def heading(view: dict[str, Any], lang: str) -> str:
    old, new = view["old"], view["new"]
    return f"{new['organisation']}: {old['file']} ({year_text(old['year'], lang)}) → " \
           f"{new['file']} ({year_text(new['year'], lang)})"


def summary(view: dict[str, Any], lang: str) -> str:
    counts = view["summary"]
    return ", ".join(f"{label(f'diff_{key}', lang)} {counts[key]}" for key in
                     ("added", "removed", "renamed", "changed", "unchanged"))


def score_rows(view: dict[str, Any], lang: str) -> list[tuple[str, str, str, str]]:
    """Each facet's score last year, this year and the change, then the total's."""
    rows = [(item["name"], num(item["old"]), num(item["new"]), signed(item["delta"]))
            for item in view["facets"]]
    total = view["total"]
    rows.append((label("total", lang), num(total["old"]), num(total["new"]), signed(total["delta"])))
    return rows
