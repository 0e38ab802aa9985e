"""Relative targets (PS611, PS612): a target set from the previous year's actual that cannot be set, because
its change is written ambiguously or cannot be read, or because the previous year cannot give the value.
Either way the indicator is not scored: a target is never guessed (perfscore.core.relative)."""

from __future__ import annotations

from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.core.target_model import Target
from perfscore.rules.base import ERROR, Rule

PS611 = Rule("PS611", "relative-change", ERROR, say("rule.PS611"))
PS612 = Rule("PS612", "relative-previous", ERROR, say("rule.PS612"))
RULES = (PS611, PS612)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        relative = indicator.relative
        if relative is None or relative.problem is None:
            continue
        written = indicator.source.target
        path = indicator.path + ("target",)
        if not relative.change_problem:
            yield PS612.at(path, say("PS612", name=indicator.name, problem=relative.problem))
            continue
        key = next((name for name in ("change", "change_percent")
                    if isinstance(written, Target) and getattr(written, name) is not None), None)
        yield PS611.at(path + ((key,) if key else ()), say("PS611", name=indicator.name, problem=relative.problem))
