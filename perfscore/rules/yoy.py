"""Identity and year-over-year rules (PS6xx): ids that are not unique, and targets of a new year that were
not set honestly against the last (PS602 lowered, PS603 too easy, PS604 dropped).

A lowered or kept target is justified by the new indicator's `justification:` text; a dropped indicator
by an entry in the new report's `dropped:` list. Pair findings sit in NEW, with OLD's evidence at
`old_path`.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.catalogue import say
from perfscore.core.decimals import exact, plain, round_to
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.target_model import Direction
from perfscore.core.yoy import Diff, beaten_by, same_scale
from perfscore.rules.base import ERROR, WARNING, Rule

PS601 = Rule("PS601", "duplicate-id", ERROR, say("rule.PS601"))
PS602 = Rule("PS602", "target-lowered", ERROR, say("rule.PS602"))
PS603 = Rule("PS603", "target-too-easy", WARNING, say("rule.PS603"))
PS604 = Rule("PS604", "indicator-dropped", WARNING, say("rule.PS604"))
RULES = (PS601, PS602, PS603, PS604)


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    """PS601, on the ids of one report's goals and indicators."""
    seen: dict[str, str] = {}
    for goal in (goal for facet in result.facets for goal in facet.goals):
        entries = [(goal.source.id, goal.path, goal.name)] + [
            (indicator.source.id, indicator.path, indicator.name) for indicator in goal.indicators]
        for identifier, path, name in entries:
            if identifier is None:
                continue
            if identifier in seen:
                yield PS601.at((*path, "id"), say("PS601", id=identifier, name=name, first=seen[identifier]))
            else:
                seen[identifier] = name


@exact
def check_pair(new_report: Report, diff: Diff, margin: Decimal) -> list[Finding]:
    """PS602 to PS604, on what changed from OLD to NEW; `margin` is the percent by which last year's actual
    must beat its target for a kept target to be too easy."""
    findings: list[Finding] = []
    for item in diff.indicators:
        if item.old is not None and item.new is not None:
            findings += _target(item.old, item.new, margin)
        elif item.old is not None and not _dropped_noted(new_report, item.old):
            one = item.old
            entry = "id: " + one.source.id if one.source.id else "name: " + one.name
            findings.append(PS604.at(item.goal_path or ("facets",), say("PS604", name=one.name, goal=item.goal,
                                                                        entry=entry), key=True, old_path=one.path))
    return findings


def _target(old: IndicatorResult, new: IndicatorResult, margin: Decimal) -> list[Finding]:
    if not same_scale(old, new) or (new.source.justification or "").strip():
        return []
    assert old.target is not None and new.target is not None
    assert old.target.value is not None and new.target.value is not None
    higher = old.target.direction is Direction.HIGHER
    lowered = new.target.value < old.target.value if higher else new.target.value > old.target.value
    here = (*new.path, "target")
    findings = []
    if lowered:
        findings.append(PS602.at(here, say("PS602", name=new.name, old=old.target.text, new=new.target.text),
                                 old_path=(*old.path, "target")))
    excess = beaten_by(old, margin)
    if excess is not None and (lowered or new.target.value == old.target.value):
        assert old.actual is not None
        kept = say("PS603.lowered" if lowered else "PS603.kept")
        findings.append(PS603.at(here, say("PS603", name=new.name, kept=kept, new=new.target.text,
                                           actual=old.actual.text, target=old.target.text,
                                           excess=plain(round_to(excess, 1)), margin=plain(margin)),
                                 old_path=(*old.path, "actual")))
    return findings


def _dropped_noted(report: Report, indicator: IndicatorResult) -> bool:
    for entry in report.dropped:
        if entry.id is not None and entry.id == indicator.source.id:
            return True
        if entry.id is None and entry.name == indicator.name:
            return True
    return False
