"""Two years of one department: `analyse_pair` analyses OLD and NEW once each, compares them, and locates
the target-setting findings in NEW (with OLD's line named in the message) through the same sources, so
neither file is decoded or composed again."""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.analysis import DiffOutcome
from perfscore.core.catalogue import say
from perfscore.engine.analyse import Options, analyse, read_bytes, read_source
from perfscore.readers import Source


def run_diff(old_path: str, new_path: str, margin: Decimal, options: Options | None = None) -> DiffOutcome:
    """Raises PerfscoreError only when a file cannot be read."""
    options = options or Options()
    old_raw, new_raw = read_bytes(old_path, options.max_bytes), read_bytes(new_path, options.max_bytes)
    old, new = read_source(old_raw, old_path, options), read_source(new_raw, new_path, options)
    del old_raw, new_raw  # the sources hold the text; the bytes are not needed again
    return analyse_pair(old, new, margin, options)


def analyse_pair(old: Source, new: Source, margin: Decimal, options: Options) -> DiffOutcome:
    """Each source analysed once; the year-over-year findings are located by the same sources' locators."""
    from perfscore.core.yoy import diff
    from perfscore.rules.yoy import check_pair

    outcome = DiffOutcome(analyse(old, options), analyse(new, options))
    was, now = outcome.old, outcome.new
    if was.report is None or was.result is None or now.report is None or now.result is None:
        return outcome
    outcome.diff = diff(was.result, now.result)
    accepted = frozenset(now.report.scoring.accept)
    for finding in check_pair(now.report, outcome.diff, margin):
        if not options.keeps(finding.code, accepted):
            continue
        old_line, _ = old.locator.locate(finding.old_path or ())
        outcome.findings.append(finding.placed(new.name, *new.locator.locate(finding.path, finding.key),
                                               say("yoy.last_year", finding=finding.message,
                                                   where=f"{old.name}:{old_line}")))
    outcome.findings.sort()
    return outcome
