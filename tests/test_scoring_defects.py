"""Issue 9 §7: scoring defects, each with a test that failed before its fix (the figures by hand)."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.engine.analyse import analyze_bytes
from tests.rules.helper import check, findings, report


def _one(indicator: str, scoring: str = "{}") -> tuple[D | None, D, bool | None, D | None, list[str]]:
    outcome = analyze_bytes(report(indicator, scoring=scoring).encode(), "t.yaml")
    assert outcome.result is not None
    [scored] = outcome.result.indicators()
    return scored.achievement, scored.points, scored.met, scored.gap, [f.code for f in outcome.findings]


def test_a_band_credit_above_100_is_refused() -> None:
    # {min: 100, credit: 150} gave 15 points of a weight of 10; 150 > 100 is now PS203 at the credit.
    text = report("{name: i, weight: 100, target: '100', actual: '100'}",
                  scoring="{credit: bands, bands: [{min: 100, credit: 150}]}")
    assert check(text) == [("PS203", 2, 53)]  # at the 150


def test_bands_with_no_band_table_are_refused() -> None:
    # credit: bands and no bands anywhere scored 0 silently.
    text = report("{name: i, weight: 100, target: '100', actual: '100'}", scoring="{credit: bands}")
    assert check(text) == [("PS510", 11, 13)]
    # bands declared on the goal are in force: no finding, 100% -> the 100 band -> 100 points
    goal = "name: g\n        bands: [{min: 100, credit: 100}]"
    assert check(report("{name: i, weight: 100, target: '100', actual: '100'}", scoring="{credit: bands}",
                        goal=goal)) == []


@pytest.mark.parametrize(("steps", "reach", "found", "says"), [
    ("[{name: a, value: -20}, {name: b, value: 100}]", "", ("PS203", 11, 89), "greater than or equal to 0"),
    ("[{name: a, value: 0}, {name: b, value: 100}]", ", reach: a", ("PS203", 11, 44),
     "the step to reach, 'a', has the value 0"),
    ("[{name: a, value: 50}, {name: a, value: 100}]", "", ("PS203", 11, 44), "a appears more than once"),
])
def test_ladder_steps_that_cannot_be_scored(steps: str, reach: str, found: tuple[str, int, int], says: str) -> None:
    text = report(f"{{name: i, weight: 100, target: {{direction: ladder, steps: {steps}{reach}}}, actual: b}}")
    [finding] = findings(text)
    assert (finding.code, finding.line, finding.column) == found
    assert says in finding.message


def test_a_zero_incident_target_met_at_zero() -> None:
    # 0件以下 with 0件: met at 100% (weight 100 -> 100.0 points), and no PS505
    assert _one("{name: i, weight: 100, target: 0件以下, actual: 0件}") == (D(100), D("100.0"), True, None, [])


def test_a_zero_incident_target_missed() -> None:
    # 0件以下 with 2件: unmet, achievement 0% (nothing of a zero target is met), gap 2 − 0 = +2件; no PS505
    assert _one("{name: i, weight: 100, target: 0件以下, actual: 2件, review: r}") == \
        (D(0), D("0.0"), False, D(2), [])


def test_unmet_never_shows_100_percent_under_bands() -> None:
    # 99.85 / 100 = 99.85%: at 0 places it showed 100% beside 未達成 and earned the 100 band. It is rounded
    # down when unmet: 99%, the 90 band, 80% of 100 = 80.0 points.
    bands = "{credit: bands, bands: [{min: 100, credit: 100}, {min: 90, credit: 80}]}"
    assert _one("{name: i, weight: 100, target: '100', actual: '99.85', review: r}", bands) == \
        (D(99), D("80.0"), False, D("-0.15"), [])
    # at one place: 99.85 -> 99.9 (half up stays below 100), unchanged
    places = bands.replace("{credit", "{achievement_places: 1, credit")
    assert _one("{name: i, weight: 100, target: '100', actual: '99.85', review: r}", places)[0] == D("99.9")


def test_a_lower_is_better_gap_is_signed(tmp_path: Path) -> None:
    # ≤ 3天 with 4天: one day over is +1天, as a shortfall of a higher target is -5%
    path = tmp_path / "t.yaml"
    path.write_text(report("{name: i, weight: 100, target: 3天以下, actual: 4天, review: r}"), encoding="utf-8")
    output = CliRunner().invoke(cli, ["compute", str(path), "--format", "markdown"]).output
    assert "| 3天以下 | 4天 | 75% | +1天 | r |" in output  # 3 / 4 = 75%


def _scaled(organisation: str, scale: int, actual: int) -> str:
    return f"""\
report: {{title: t, organisation: {organisation}, year: 2015}}
scoring: {{total: {scale}}}
sections: []
facets:
  - name: f
    weight: {scale}
    goals:
      - name: g
        indicators:
          - {{name: i, weight: {scale}, target: '100', actual: '{actual}', review: r}}
"""


def test_compare_ranks_on_the_share_of_each_report_total(tmp_path: Path) -> None:
    # X 30 × 90% = 27.0 of 30 = 90%; Y 12 × 100% = 12.0 of 12 = 100%; Z 100 × 80% = 80.0 of 100 = 80%.
    # On raw totals Z (80) would rank first and Y (12) last.
    for name, scale, actual in (("X", 30, 90), ("Y", 12, 100), ("Z", 100, 80)):
        (tmp_path / f"{name}.yaml").write_text(_scaled(name, scale, actual), encoding="utf-8")
    payload = json.loads(CliRunner().invoke(cli, ["compare", str(tmp_path), "-f", "json"]).output)
    assert [(r["organisation"], r["total"], r["scale"], r["share"]) for r in payload["rows"]] == [
        ("Y", 12, 12, 100), ("X", 27, 30, 90), ("Z", 80, 100, 80)]
    markdown = CliRunner().invoke(cli, ["compare", str(tmp_path), "-f", "markdown"]).output
    assert "| 1 | Y | 104 | 12 / 12 = 100% |" in markdown
    assert "| 2 | X | 104 | 27 / 30 = 90% |" in markdown


def test_points_and_total_rounded_separately() -> None:
    # Issue 9 §6, its figures: weights 35, 59 and 6, linear: 35 × 75% = 26.25, 59 × 100% = 59, 6 × 0% = 0.
    # points_places 2 keeps 26.25 as points; the total is the exact sum 85.25 rounded to places 1 (half
    # up): 85.3. Without points_places the points would be 26.3 (tested below).
    indicators = ("{name: i, weight: 35, target: '100', actual: '75', review: r}\n"
                  "          - {name: j, weight: 59, target: '100', actual: '100'}\n"
                  "          - {name: k, weight: 6, target: '100', actual: '0', review: r}")
    for scoring, points in (("{points_places: 2}", ["26.25", "59.00", "0.00"]), ("{}", ["26.3", "59.0", "0.0"])):
        outcome = analyze_bytes(report(indicators, scoring=scoring).encode(), "t.yaml")
        assert outcome.result is not None
        assert [i.points for i in outcome.result.indicators()] == [D(p) for p in points]
        assert outcome.result.facets[0].score == sum((D(p) for p in points), D(0))
        assert outcome.result.total == D("85.3")
