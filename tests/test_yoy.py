"""Year over year: identity matching, the diff engine and `perfscore diff` (PS602, PS603, PS604)."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner
from yoy_fixtures import NEW, OLD, line_of, write

from perfscore.cli import cli
from perfscore.core.analysis import DiffOutcome
from perfscore.engine.pair import run_diff
from tests.paths import EXAMPLE


def run(tmp_path: Path, old: str = OLD, new: str = NEW, margin: str = "20") -> DiffOutcome:
    return run_diff(str(write(tmp_path, "old.yaml", old)), str(write(tmp_path, "new.yaml", new)), D(margin))


def codes(outcome: DiffOutcome) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in outcome.findings]


# --- the diff engine ---------------------------------------------------------------------------------

def test_statuses_and_changes(tmp_path: Path) -> None:
    outcome = run(tmp_path)
    assert outcome.diff is not None
    changed = {d.key: d for d in outcome.diff.changed()}
    assert {k: d.status for k, d in changed.items()} == {
        "press": "changed", "films": "changed", "complaints": "changed", "hours": "renamed",
        "health": "added", "hr / g2 / 差勤": "removed"}
    press = {c.field: (c.old, c.new) for c in changed["press"].changes}
    assert press == {"target": ("250", "200"), "actual": ("403", "210")}  # points 20 -> 20 unchanged
    hours = changed["hours"]
    assert hours.old_name == "學習時數" and hours.name == "終身學習時數"
    assert {c.field: (c.old, c.new) for c in hours.changes} == {
        "actual": ("63%", "75%"), "achievement": (D(90), D(100)), "points": (D(18), D(20))}
    assert [(f.key, f.old, f.new, f.delta) for f in outcome.diff.facets] == [
        ("core", D(60), D(60), D(0)), ("hr", D(38), D(35), D(-3))]
    total = outcome.diff.total
    assert (total.old, total.new, total.delta) == (D(98), D(95), D(-3))


def test_match_by_name_without_ids_and_ids_win(tmp_path: Path) -> None:
    no_ids = OLD.replace("          - id: films\n            name: 影片", "          - name: 影片")
    outcome = run(tmp_path, old=no_ids, new=no_ids.replace('target: "20"', 'target: "30"'))
    assert outcome.diff is not None
    assert [(d.key, d.status) for d in outcome.diff.changed()] == [("core / g1 / 影片", "changed")]
    # Same name, different ids: two different indicators, not one.
    swapped = OLD.replace("id: films", "id: films-2")
    outcome = run(tmp_path, new=swapped)
    assert outcome.diff is not None
    assert sorted((d.key, d.status) for d in outcome.diff.changed()) == [("films", "removed"),
                                                                         ("films-2", "added")]


def test_example_press_target_lowered(tmp_path: Path) -> None:
    """The example's 250 press releases lowered to 200 in a copy: PS602 at the copy's line."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count('target: "250"') == 1
    lowered = text.replace('target: "250"', 'target: "200"')
    new = write(tmp_path, "chiayi-2016.yaml", lowered)
    result = CliRunner().invoke(cli, ["diff", str(EXAMPLE), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    assert "NEW's year 2015 is not after OLD's 2015" in result.stderr  # the copy keeps the year
    line = line_of(lowered, 'target: "200"')
    ps602 = [f for f in payload["findings"] if f["code"] == "PS602"]
    located = [(f["file"], f["line"], f["column"], f["severity"]) for f in ps602]
    assert located == [(str(new), line, 21, "error")]
    old_line = line_of(text, 'target: "250"')
    # The example's locale is zh-TW, so `message` is in zh-TW and `message_en` holds the English sentence.
    assert f"chiayi-2015-administration.yaml:{old_line}）" in ps602[0]["message"]
    assert f"chiayi-2015-administration.yaml:{old_line})" in ps602[0]["message_en"]
    # The seed's 20 news films planned and 73 made: kept at 20, so PS603 on that target.
    films = [f for f in payload["findings"] if f["code"] == "PS603" and "'拍攝市政新聞'" in f["message_en"]]
    assert [f["line"] for f in films] == [line_of(lowered, 'target: "20"')]
    assert "73 beat the target 20 by 265%" in films[0]["message_en"]
    assert payload["indicators"] == [{
        "status": "changed", "key": "core-4-1", "facet": "核心業務面向", "goal": "強化市政宣導",
        "name": "配合各單位施政活動，發布市政宣導新聞稿", "old_name": None,
        "changes": [{"field": "target", "old": "250", "new": "200"}],
        "old": {"target": "250", "actual": "403", "achievement": 100, "points": 3, "weight": 3},
        "new": {"target": "200", "actual": "403", "achievement": 100, "points": 3, "weight": 3}}]


# --- the command -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_diff_formats(tmp_path: Path, fmt: str) -> None:
    old, new = write(tmp_path, "old.yaml", OLD), write(tmp_path, "new.yaml", NEW)
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", fmt, "--lang", "en"])
    assert result.exit_code == 1  # PS602 is an error
    out = result.output
    if fmt == "json":
        payload = json.loads(out)
        assert payload["summary"] == {"added": 1, "removed": 1, "renamed": 1, "changed": 3, "unchanged": 0,
                                      "errors": 1, "warnings": 2}
        assert payload["total"] == {"key": "total", "name": "total", "old": 98, "new": 95, "delta": -3}
    else:
        for text in ("target 250 → 200", "was 學習時數", "PS602", "PS603", "PS604", "98", "95", "-3"):
            assert text in out, (text, out)
    if fmt == "markdown":
        assert "| Facet | Old | New | Change |" in out and "| 人力資源面向 | 38 | 35 | -3 |" in out


def test_diff_exit_zero_when_justified(tmp_path: Path) -> None:
    reason = "            justification: 人力縮減，改以品質為重。\n"
    justified = NEW.replace('            actual: "210"\n', '            actual: "210"\n' + reason)
    old, new = write(tmp_path, "old.yaml", OLD), write(tmp_path, "new.yaml", justified)
    result = CliRunner().invoke(cli, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "PS602" not in result.output and "PS603" not in result.output and "PS604" in result.output


def test_diff_unscorable_and_usage(tmp_path: Path) -> None:
    old, broken = write(tmp_path, "old.yaml", OLD), write(tmp_path, "broken.yaml", "report: [\n")
    result = CliRunner().invoke(cli, ["diff", str(old), str(broken)])
    assert result.exit_code == 1 and "PS101" in result.output
    assert CliRunner().invoke(cli, ["diff", str(old), str(tmp_path / "missing.yaml")]).exit_code == 2
    assert CliRunner().invoke(cli, ["diff", str(old), str(old), "--margin", "lots"]).exit_code == 2


def test_accept_in_new_silences_a_code(tmp_path: Path) -> None:
    accepting = NEW.replace("scoring:\n  credit: linear", "scoring:\n  credit: linear\n  accept: [PS604]")
    assert "PS604" not in [c for c, _ in codes(run(tmp_path, new=accepting))]


def test_validate_reports_duplicate_ids(tmp_path: Path) -> None:
    duplicated = OLD.replace("id: films", "id: press")
    path = write(tmp_path, "dup.yaml", duplicated)
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)["files"][0]["findings"]
    line = [n for n, text in enumerate(duplicated.splitlines(), 1) if "id: press" in text][1]
    assert [(f["code"], f["line"]) for f in findings if f["code"] == "PS601"] == [("PS601", line)]
    assert duplicated.splitlines()[line - 1].strip() == "- id: press"


def test_year_over_year_core_is_pure() -> None:
    """identity and yoy sit beside scoring: no click, rich or file I/O modules."""
    import subprocess
    import sys

    code = ("import sys, perfscore.core.identity, perfscore.core.yoy; "
            "print(sorted(m for m in ('click', 'rich', 'perfscore.engine.analyse') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
