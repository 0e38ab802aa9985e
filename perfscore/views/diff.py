"""`perfscore diff` as plain data (the `--format json` contract), read by every diff format."""

from __future__ import annotations

from typing import Any

from perfscore.core.analysis import DiffOutcome, FileReport
from perfscore.core.i18n import ROC_OFFSET, pick
from perfscore.core.scoring import IndicatorResult
from perfscore.core.yoy import Diff, IndicatorDiff, ScoreDelta
from perfscore.views import SCHEMA_VERSION

STATUSES = ("added", "removed", "renamed", "changed")


def _side(outcome: FileReport, lang: str) -> dict[str, Any]:
    report, result = outcome.report, outcome.result
    assert report is not None and result is not None
    meta = report.report
    return {"file": outcome.path, "organisation": pick(meta.organisation, meta.organisation_en, lang),
            "year": meta.year, "roc_year": meta.year - ROC_OFFSET, "total": result.total,
            "grade": pick(result.grade, result.grade_en, lang) if result.grade else None}


def _figures(indicator: IndicatorResult | None) -> dict[str, Any] | None:
    if indicator is None:
        return None
    return {"target": indicator.target.text if indicator.target else None,
            "actual": indicator.actual.text if indicator.actual else None,
            "achievement": indicator.achievement, "points": indicator.points, "weight": indicator.weight}


def _indicator(item: IndicatorDiff, lang: str) -> dict[str, Any]:
    facet_en, goal_en, name_en = item.names_en
    return {"status": item.status, "key": item.key, "facet": pick(item.facet, facet_en, lang),
            "goal": pick(item.goal, goal_en, lang), "name": pick(item.name, name_en, lang),
            "old_name": item.old_name,
            "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in item.changes],
            "old": _figures(item.old), "new": _figures(item.new)}


def _delta(item: ScoreDelta, lang: str) -> dict[str, Any]:
    return {"key": item.key, "name": pick(item.name, item.name_en, lang), "old": item.old, "new": item.new,
            "delta": item.delta}


def diff_view(outcome: DiffOutcome, lang: str) -> dict[str, Any]:
    """Everything a diff format needs; the outcome must be scored."""
    result: Diff | None = outcome.diff
    assert result is not None
    changed = result.changed()
    findings = [f.as_dict(lang) for f in outcome.findings]
    return {
        "schema_version": SCHEMA_VERSION,
        "lang": lang,
        "old": _side(outcome.old, lang),
        "new": _side(outcome.new, lang),
        "summary": {**{status: sum(1 for d in changed if d.status == status) for status in STATUSES},
                    "unchanged": len(result.indicators) - len(changed),
                    "errors": sum(1 for f in findings if f["severity"] == "error"),
                    "warnings": sum(1 for f in findings if f["severity"] == "warning")},
        "indicators": [_indicator(item, lang) for item in changed],
        "facets": [_delta(item, lang) for item in result.facets],
        "total": _delta(result.total, lang),
        "findings": findings,
    }
