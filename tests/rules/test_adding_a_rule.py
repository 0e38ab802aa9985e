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
from perfscore.core.catalogue import CATALOGUE, say
from perfscore.core.findings import Finding
from perfscore.core.model import Report
from perfscore.core.results import ReportResult
from perfscore.rules.base import WARNING, Rule
from tests.rules.helper import check, report

# 1. Write what it says, in zh-TW and English: its summary (`rule.CODE`, for `perfscore rules`) and its
# findings' messages go into the catalogue, a family's table in perfscore/core/catalogue/ (here, for the test,
# straight into the collected catalogue; these keys are used by nothing else).
CATALOGUE.update({
    "rule.PS999": ("note: 沒有內容；請填寫說明或刪除此鍵。", "A note: that says nothing; write one or remove the key."),
    "PS999": ("衡量指標「{name}」的 note 是空的", "the note of {name!r} is empty"),
})

# 2. Declare the rule: a code that is not taken, a name, a default severity and its summary.
PS999 = Rule("PS999", "empty-note", WARNING, say("rule.PS999"))


# 3. Write its check: read the scored report, yield a finding at the path of what is wrong, with its message
# from the catalogue (a plain string is refused by mypy: every output says it in the run's language).
def empty_notes(report: Report, result: ReportResult) -> Iterator[Finding]:
    for indicator in result.indicators():
        if indicator.source.note is not None and not indicator.source.note.strip():
            yield PS999.at(indicator.path + ("note",), say("PS999", name=indicator.name))


TEXT = report("{name: i, weight: 100, target: 1, actual: 1, note: ' '}")


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "RULES", dict(rules.RULES))
    monkeypatch.setattr(rules, "CHECKS", list(rules.CHECKS))
    # 4. Register it (a family module does this once, in perfscore/rules/__init__.py).
    rules.register([PS999], empty_notes)


def test_a_new_rule_runs_on_every_report(registered: None) -> None:
    assert check(TEXT) == [("PS999", 11, 64)]
    assert check(TEXT.replace("note: ' '", "note: 說明")) == []


def test_a_new_rule_is_listed_and_selectable(registered: None, tmp_path: Path) -> None:
    listed = CliRunner().invoke(cli, ["rules", "--lang", "en"])
    assert listed.stdout.splitlines()[-1].split()[:3] == ["PS999", "warning", "empty-note"]
    listed = CliRunner().invoke(cli, ["rules", "--lang", "zh-TW"])
    assert listed.stdout.splitlines()[-1].split() == ["PS999", "警告", "empty-note", "note:",
                                                      "沒有內容；請填寫說明或刪除此鍵。"]
    (tmp_path / "r.yaml").write_text(TEXT, encoding="utf-8")
    ignored = CliRunner().invoke(cli, ["validate", str(tmp_path / "r.yaml"), "--ignore", "PS999"])
    assert ignored.exit_code == 0, ignored.output


def test_without_registration_nothing_changes() -> None:
    assert "PS999" not in rules.RULES
    assert check(TEXT) == []
    with pytest.raises(ValueError, match="PS101 is declared twice"):
        rules.register([rules.rule("PS101")])
