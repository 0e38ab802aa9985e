"""In-year tracking rules (PS73x): periods that cannot be read, and indicators whose straight-line
projection to the year's end misses the target (docs/format.md, 年度進度).

Scoring reads the periods (core/periods.py) and keeps what it could not read as problems; these rules
place each at its key (`2024-3`, `as_of`) or at `periods:` as a whole. At risk is a warning, not an error:
a projection is a forecast, and the year is not over.
"""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.decimals import plain
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.periods import parse_period, shown
from perfscore.core.results import ReportResult
from perfscore.rules.base import ERROR, WARNING, Rule

PS731 = Rule("PS731", "period-invalid", ERROR, say("rule.PS731"))
PS732 = Rule("PS732", "period-at-risk", WARNING, say("rule.PS732"))
RULES = (PS731, PS732)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    meta = report.report
    if meta.as_of is not None:
        as_of = parse_period(meta.as_of, meta.year, "as_of")
        if isinstance(as_of, str):
            yield PS731.at(("report", "as_of"), as_of)
    for indicator in result.indicators():
        tracking = indicator.tracking
        if tracking is None:
            continue
        base = indicator.path + ("periods",)
        for key, message in tracking.problems:
            where = base if key is None else base + (key,)
            yield PS731.at(where, say("PS731.indicator", name=indicator.name, problem=message), key=True)
        if tracking.at_risk and tracking.projection is not None and tracking.to_date is not None:
            target, unit = indicator.target, indicator.unit
            assert target is not None
            how = say(f"PS732.{tracking.aggregate}", to_date=f"{plain(tracking.to_date)}{unit}",
                      latest=tracking.values[-1][0].label, months=tracking.months)
            yield PS732.at(base, say("PS732", name=indicator.name, projection=plain(shown(tracking.projection)),
                                     unit=unit, how=how, target=target.text), key=True)

