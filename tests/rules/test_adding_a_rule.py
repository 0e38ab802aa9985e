"""How to add a rule, worked end to end: declare it, write its check, register it; perfscore then runs
it on every report, lists it in `perfscore rules`, and accepts its code in --select and --ignore.

A rule of an existing family goes into that family's module (its `RULES` and its `check`); a new
family is a new module under perfscore/rules/ registered in perfscore/rules/__init__.py. Here the
registration is undone after the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore import rules
from perfscore.cli import cli
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules.base import WARNING, Rule
from tests.rules.helper import check, report

# 1. Declare the rule: a code that is not taken, a name, a default severity and what it means.
PS999 = Rule("PS999", "empty-note", WARNING, "A note: that says nothing; write one or remove the key.")


# 2. Write its check: read the scored report, yield a finding at the path of what is wrong.
def empty_notes(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        if indicator.source.note is not None and not indicator.source.note.strip():
            yield PS999.at(indicator.path + ("note",), f"the note of {indicator.name!r} is empty")


TEXT = report("{name: i, weight: 100, target: 1, actual: 1, note: ' '}")


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "RULES", dict(rules.RULES))
    monkeypatch.setattr(rules, "CHECKS", list(rules.CHECKS))
    # 3. Register it (a family module does this once, in perfscore/rules/__init__.py).
    rules.register([PS999], empty_notes)


def test_a_new_rule_runs_on_every_report(registered: None) -> None:
    assert check(TEXT) == [("PS999", 11, 64)]
    assert check(TEXT.replace("note: ' '", "note: 說明")) == []


def test_a_new_rule_is_listed_and_selectable(registered: None, tmp_path: Path) -> None:
    listed = CliRunner().invoke(cli, ["rules"])
    assert listed.stdout.splitlines()[-1].split()[:3] == ["PS999", "warning", "empty-note"]
    (tmp_path / "r.yaml").write_text(TEXT, encoding="utf-8")
    ignored = CliRunner().invoke(cli, ["validate", str(tmp_path / "r.yaml"), "--ignore", "PS999"])
    assert ignored.exit_code == 0, ignored.output


def test_without_registration_nothing_changes() -> None:
    assert "PS999" not in rules.RULES
    assert check(TEXT) == []
    with pytest.raises(ValueError, match="PS101 is declared twice"):
        rules.register([rules.rule("PS101")])
