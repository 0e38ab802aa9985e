"""`rollover` clears this year's assessments in the newer dialects too: review stages (on indicators, goals,
rubric criteria and sections), a light set by hand, and a goal's published figures. Last year's draft must not
carry them into next year, where they would count (the latest stage's points are the points)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.readers.yaml.reader import YAML
from tests.rules.helper import HEAD

REPORT = HEAD.replace("sections: []", "sections:\n  - {name: s, weight: 20, stages: {自評: 18, 初核: 16}}") + """\
facets:
  - name: f
    weight: 80
    goals:
      - name: g
        stages: {初核: {comment: 建議加強, light: amber}}
        published: {points: 70}
        indicators:
          - {name: 甲, weight: 40, target: 100, actual: 100, light: {colour: green, reason: 主管核定}}
          - name: 乙
            weight: 40
            credit: assessed
            target: 100
            actual: 100
            stages: {自評: 36, 初核: 32}
"""


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {key for value in node.values() for key in _keys(value)}
    if isinstance(node, list):
        return {key for item in node for key in _keys(item)}
    return set()


def test_rollover_clears_stages_hand_set_lights_and_published_goal_figures(tmp_path: Path) -> None:
    source = tmp_path / "2015.yaml"
    source.write_text(REPORT, encoding="utf-8")
    draft = tmp_path / "2016.yaml"
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    data = YAML.read(draft.read_bytes(), str(draft)).data
    assert data is not None
    assert not _keys(data) & {"stages", "light", "published", "actual", "points"}
    goal = data["facets"][0]["goals"][0]
    assert [indicator["name"] for indicator in goal["indicators"]] == ["甲", "乙"]
    assert goal["indicators"][1]["credit"] == "assessed"  # the rules stay; only this year's results go
