"""The rules, by family, and the one registry that collects them.

Each family module declares its rules (`RULES`: code, name, severity, summary) next to the checks that
emit them: `loading` (PS1xx, emitted by the readers), `schema` (PS2xx), `weights` (PS3xx), `published`
(PS4xx), `indicators` (PS5xx), `yoy` (PS601-PS604), `relative` (PS61x: relative targets), `rubric` (PS70x),
`lights` (PS71x, lights and unweighted reports), `stages` (PS72x, review stages), `periods` (PS73x, in-year
tracking), `fill` (PS8xx, emitted at a workbook's cells by perfscore.readers.filled) and `sheets` (PS9xx,
emitted by the spreadsheet reader). The registry drives `perfscore rules`, `--select`/`--ignore` and the
README's findings table, and `check` runs every
registered check on a scored report. A new rule is a `Rule` in a family's `RULES` and a check that
yields its findings; a new family registers itself here (tests/rules/test_adding_a_rule.py shows one end
to end).
"""

from __future__ import annotations

from collections.abc import Iterable

from perfscore.core.decimals import exact
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules import (
    fill,
    indicators,
    lights,
    loading,
    periods,
    published,
    relative,
    rubric,
    schema,
    sheets,
    stages,
    weights,
    yoy,
)
from perfscore.rules.base import Check, Rule

RULES: dict[str, Rule] = {}  # by code, in the order of the catalogue
CHECKS: list[Check] = []


def register(rules: Iterable[Rule], check: Check | None = None) -> None:
    """Add a family's rules to the catalogue, in the order given, and its check to every run."""
    for declared in rules:
        if declared.code in RULES:
            raise ValueError(f"{declared.code} is declared twice")
        RULES[declared.code] = declared
    if check is not None:
        CHECKS.append(check)


def rule(code: str) -> Rule:
    return RULES[code]


@exact
def check(report: Report, result: ReportResult) -> list[Finding]:
    """Every registered check on one scored report: findings at paths into its data, not yet located.
    The checks run in the exact decimal context, so the sums they compare are exact."""
    return [finding for family_check in CHECKS for finding in family_check(report, result)]


register(loading.RULES)
register(schema.RULES, schema.check)
register(weights.RULES, weights.check)
register(published.RULES, published.check)
register(indicators.RULES, indicators.check)
register(yoy.RULES, yoy.check)
register(relative.RULES, relative.check)
register(rubric.RULES, rubric.check)
register(lights.RULES, lights.check)
register(stages.RULES, stages.check)
register(periods.RULES, periods.check)
register(fill.RULES)
register(sheets.RULES)
