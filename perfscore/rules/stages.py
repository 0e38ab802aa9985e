"""Review-stage rules (PS72x): what each stage (自評 → 初核 → 複核) changed, and stages that cannot count.

The latest stage present counts (core/stages.py). PS721 lists, as information, every place where a later
stage changed the points or the light an earlier stage gave, and by how much: what a 研考 officer reads to
see where the review moved the score. PS722 refuses stage names the report did not declare, since their
place in the order is unknown; PS723 notes stage points on an indicator whose credit rule computes its
points, where they cannot count.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfscore.core.catalogue import say
from perfscore.core.decimals import plain
from perfscore.core.findings import Finding
from perfscore.core.model import Indicator, Report
from perfscore.core.results import ReportResult
from perfscore.core.stages import StagedItem, stage_order, staged_items
from perfscore.rules.base import ERROR, INFO, WARNING, Rule

PS721 = Rule("PS721", "stage-changed", INFO, say("rule.PS721"))
PS722 = Rule("PS722", "stage-unknown", ERROR, say("rule.PS722"))
PS723 = Rule("PS723", "stage-points-unused", WARNING, say("rule.PS723"))
RULES = (PS721, PS722, PS723)


def _signed(change: Decimal) -> str:
    return f"+{plain(change)}" if change > 0 else f"−{plain(-change)}"


def _changes(item: StagedItem, order: tuple[str, ...]) -> Iterator[Finding]:
    entries = item.entries(order)
    what = say("stage.item", kind=say(f"stage.{item.kind}"), name=item.name)
    # Each figure is compared with the last stage that recorded it, so 自評 26, 初核 (comment only),
    # 複核 24 reads as 自評 → 複核 −2.
    last_points: tuple[str, Decimal] | None = None
    last_light: tuple[str, str] | None = None
    for name, record in entries:
        if record.points is not None:
            if last_points is not None and record.points != last_points[1]:
                yield PS721.at(item.path + ("stages", name), say(
                    "PS721.points", stage=name, item=what, old=plain(last_points[1]), old_stage=last_points[0],
                    new=plain(record.points), change=_signed(record.points - last_points[1])))
            last_points = name, record.points
        if record.light is not None:
            if last_light is not None and record.light != last_light[1]:
                yield PS721.at(item.path + ("stages", name), say(
                    "PS721.light", stage=name, item=what, old=say(f"light.{last_light[1]}"),
                    old_stage=last_light[0], new=say(f"light.{record.light}")))
            last_light = name, record.light


def check(report: Report, result: ReportResult) -> Iterator[Finding]:
    order = stage_order(report.scoring)
    for item in staged_items(report):
        for name in item.source.stages or {}:
            if name not in order:
                item_name = say("stage.item", kind=say(f"stage.{item.kind}"), name=item.name)
                yield PS722.at(item.path + ("stages", name), say("PS722", stage=name, item=item_name,
                                                                 order=", ".join(order)), key=True)
        source = item.source
        if isinstance(source, Indicator) and source.points is not None:
            credit = next(i.rules.credit for i in result.indicators() if i.path == item.path)
            if credit != "assessed":
                yield PS723.at(item.path + ("stages",), say("PS723", name=item.name, credit=credit), key=True)
        yield from _changes(item, order)
