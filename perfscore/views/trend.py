"""The trend view: the series of `perfscore trend` as plain data (exact decimals, Gregorian and ROC
years), with the union of their years so every format aligns the columns the same way."""

from __future__ import annotations

from typing import Any

from perfscore.core.i18n import ROC_OFFSET, label
from perfscore.core.periods import shown
from perfscore.core.trend import Series
from perfscore.views import SCHEMA_VERSION


def trend_view(found: list[Series], kind: str, lang: str) -> dict[str, Any]:
    years = sorted({point.year for line in found for point in line.points})
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": kind,
        "years": years,
        "series": [{
            "organisation": line.organisation,
            "kind": line.kind,
            "key": line.key,
            "name": label("trend_total", lang) if line.kind == "total" else line.name,
            "names": line.names,
            "unit": line.unit,
            "easy": line.easy,
            "points": [{"year": p.year, "roc_year": p.year - ROC_OFFSET, "value": p.value, "target": p.target,
                        "target_text": p.target_text, "actual_text": p.actual_text, "met": p.met,
                        # only for a year not scored yet (a draft, an open year): why its value is null
                        **({"not_scored": True} if not p.scored else {}),
                        # only where written, so the JSON of reports without periods stays as it was
                        **({"periods": [{"period": label_, "value": value} for label_, value in p.periods],
                            "projection": None if p.projection is None else shown(p.projection)}
                           if p.periods else {})}
                       for p in line.points],
        } for line in found],
    }
