"""The review stages (自評 → 初核 → 複核) as plain data: the total after each stage, and every staged item
with what each stage recorded. Part of the `--format json` contract, present only in a report that records
stages (so every other report's JSON stays as it was); table and HTML show the items whose stages differ.
"""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import pick
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.core.stages import stage_order, staged_items, used_stages


def stages_view(report: Report, result: ReportResult, lang: str) -> dict[str, Any] | None:
    """None without stages. `items[].differs`: a later stage changed the points or the light."""
    names = used_stages(report)
    if not names:
        return None
    order = stage_order(report.scoring)
    items = []
    for item in staged_items(report):
        records = {name: {"points": record.points, "light": record.light, "comment": record.comment}
                   for name, record in item.entries(order)}
        points = {record["points"] for record in records.values() if record["points"] is not None}
        lights = {record["light"] for record in records.values() if record["light"] is not None}
        items.append({"kind": item.kind, "path": ".".join(str(step) for step in item.path),
                      "name": pick(item.name, item.name_en, lang), "counts": list(records)[-1] if records else None,
                      "differs": len(points) > 1 or len(lights) > 1, "records": records})
    return {"names": list(names), "totals": dict(result.stage_totals), "items": items}
