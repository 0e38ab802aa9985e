"""Identity and year-over-year rules: PS601 (an id used twice) in one report, and PS602 to PS604 (a
target lowered, a target too easy, an indicator dropped) in this year's report against last year's
(the made-up department of tests/yoy_fixtures.py)."""

from __future__ import annotations

from tests.rules.helper import check, findings, report
from tests.yoy_fixtures import NEW, OLD, line_of


def test_an_id_used_twice_points_at_the_second() -> None:
    goal = "id: same\n        name: g"  # one line more: the indicator is on line 12
    [found] = findings(report("{id: same, name: i, weight: 100, target: 1, actual: 1}", goal=goal))
    assert (found.code, found.line, found.column) == ("PS601", 12, 18)
    assert found.message == "id 'same' of 'i' is already used by 'g'; ids must be unique"


def codes(new: str = NEW, old: str = OLD, margin: str = "20") -> list[tuple[str, int]]:
    return [(code, line) for code, line, _ in check(new, last_year=old, margin=margin)]


def test_findings_with_new_lines() -> None:
    press = line_of(NEW, 'target: "200"')
    g2 = line_of(NEW, "- id: g2")
    # PS602 and PS603 on press's target; PS604 for 差勤 at its goal in NEW (the key `- id:` line's
    # mapping starts at `id`). complaints was lowered but carries a justification; films is 10% over.
    assert check(NEW, last_year=OLD) == [("PS602", press, 21), ("PS603", press, 21), ("PS604", g2, 9)]
    by_code = {f.code: f for f in findings(NEW, last_year=OLD)}
    assert by_code["PS602"].severity.value == "error"
    assert "lowered from 250 to 200" in by_code["PS602"].message
    old_target, old_actual = line_of(OLD, 'target: "250"'), line_of(OLD, 'actual: "403"')
    assert f"old.yaml:{old_target})" in by_code["PS602"].message
    assert "403 beat the target 250 by 61.2% (margin 20%)" in by_code["PS603"].message
    assert f"old.yaml:{old_actual})" in by_code["PS603"].message
    assert by_code["PS604"].severity.value == "warning" and "'差勤'" in by_code["PS604"].message
    assert f"old.yaml:{line_of(OLD, '- name: 差勤')})" in by_code["PS604"].message


def test_margin_is_configurable() -> None:
    # films: 22 against 20 is 10% over. Kept at 20 -> too easy at a 10% margin, not at 10.5%.
    films = line_of(NEW, 'target: "20"')
    assert ("PS603", films) in codes(margin="10")
    assert ("PS603", films) not in codes(margin="10.5")


def test_lower_is_better_lowered_means_larger() -> None:
    unjustified = NEW.replace("            justification: 新增陳情管道，案件預期增加。\n", "")
    line = line_of(unjustified, "target: 6件以下")
    # 5件以下 -> 6件以下 is easier; last year's 3件 beat 5件 by (5-3)/5 = 40%.
    assert ("PS602", line) in codes(unjustified) and ("PS603", line) in codes(unjustified)
    tighter = unjustified.replace("target: 6件以下", "target: 4件以下")
    assert [c for c in codes(tighter) if c[1] == line] == []


def test_different_units_or_directions_are_not_compared() -> None:
    units = NEW.replace('target: "200"', "target: 200則")
    assert "PS602" not in [c for c, _ in codes(units)]
    ranged = NEW.replace('target: "200"', "target: 150~200")
    assert "PS602" not in [c for c, _ in codes(ranged)]


def test_dropped_note_silences_ps604() -> None:
    noted = NEW + "dropped:\n  - {name: 差勤, note: 改由人事處統一考核。}\n"
    assert "PS604" not in [c for c, _ in codes(noted)]
    wrong = NEW + "dropped:\n  - {id: nothing, note: 別的指標。}\n"
    assert "PS604" in [c for c, _ in codes(wrong)]


def test_dropped_goal_points_at_facets_key() -> None:
    # NEW without goal g2 at all: the dropped indicators have no goal to point at.
    start = NEW.index("  - id: hr")
    trimmed = NEW[:start] + "sections: []\n"
    trimmed = trimmed.replace("weight: 60", "weight: 100")
    dropped = [(line, column) for code, line, column in check(trimmed, last_year=OLD) if code == "PS604"]
    assert dropped == [(line_of(trimmed, "facets:"), 1)] * 2  # hours and 差勤
