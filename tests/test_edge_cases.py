"""Edge cases found in review: each test reproduces a report that used to score wrongly, crash or hang."""

from __future__ import annotations

import textwrap
from decimal import Decimal as D
from pathlib import Path

from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.engine.analyse import analyze_bytes

HEAD = "report: {title: T, organisation: Org, year: 2015}\ngrades: [{name: A, min: 90}, {name: B, min: 0}]\n"


def report(indicators: str, scoring: str = "{}", sections: str = "[]", facet_weight: int = 100,
           extra_goals: str = "") -> FileReport:
    text = HEAD + f"scoring: {scoring}\nsections: {sections}\n" + textwrap.dedent(f"""\
        facets:
          - name: F1
            weight: {facet_weight}
            goals:
              - name: G1
                indicators:
        """) + textwrap.indent(textwrap.dedent(indicators), " " * 10) + textwrap.indent(
            textwrap.dedent(extra_goals), " " * 6)
    return analyze_bytes(text.encode(), "r.yaml")


def codes(outcome: FileReport) -> list[str]:
    return [f.code for f in outcome.findings]


def test_range_with_a_low_of_zero_still_has_a_ratio_above_it() -> None:
    # 0%~5% with 7%: above the range, high / actual = 5 / 7 = 71.43% -> 71 shown; 100 x 71.428.. -> 71.4
    outcome = report('- {name: I1, weight: 100, target: "0%~5%", actual: "7%", review: x}\n')
    assert outcome.result is not None
    indicator = outcome.result.indicators()[0]
    assert (indicator.achievement, indicator.points, codes(outcome)) == (D(71), D("71.4"), [])


def test_section_points_above_the_weight_are_clamped() -> None:
    # 95 + section 8 of weight 5: PS502, and 5 is used, so the total is 100, not 103
    outcome = report("- {name: I1, weight: 95, target: 100, actual: 100}\n", facet_weight=95,
                     sections="[{name: S, weight: 5, points: 8}]")
    assert outcome.result is not None
    assert (outcome.result.total, codes(outcome)) == (D(100), ["PS502"])


def test_negative_points_in_a_bonus_goal_are_refused() -> None:
    bonus = """\
        - name: BonusG
          bonus_cap: 4
          credit: assessed
          indicators:
            - {name: b, target: 完成, actual: true, points: -3}
        """
    outcome = report("- {name: I1, weight: 100, target: 100, actual: 100}\n", extra_goals=bonus)
    assert outcome.result is not None
    assert (outcome.result.bonus_total, outcome.result.total, codes(outcome)) == (D(0), D(100), ["PS502"])


def test_a_zero_target_is_no_ratio_problem_under_all_or_nothing() -> None:
    # 0件以下 with 0件 is met; all_or_nothing uses no ratio, so no PS505
    outcome = report('- {name: I1, weight: 100, target: "0件以下", actual: "0件"}\n',
                     scoring="{credit: all_or_nothing}")
    assert outcome.result is not None
    assert (outcome.result.total, codes(outcome)) == (D(100), [])
    # issue 9 §7: under a ratio rule too, 0 against 0件以下 is met at 100% (100 of 100), with no PS505
    linear = report('- {name: I1, weight: 100, target: "0件以下", actual: "0件"}\n')
    assert linear.result is not None and (linear.result.total, codes(linear)) == (D(100), [])


def test_published_figures_finer_than_the_report_are_compared_at_their_precision() -> None:
    # 86.43 / 100 = 86.43%: published 86.43% and 86.4% both agree; points 86.43 agree at 2 places
    for printed in ("{achievement: 86.43%, points: 86.43}", "{achievement: 86.4%, points: 86.4}"):
        outcome = report(f"- {{name: I1, weight: 100, target: 100, actual: 86.43, review: x, published: {printed}}}\n")
        assert codes(outcome) == []
    wrong = report("- {name: I1, weight: 100, target: 100, actual: 86.43, review: x, published: {achievement: 87%}}\n")
    assert codes(wrong) == ["PS401"]
    assert "gives 86%" in wrong.findings[0].message


def test_bands_use_the_achievement_as_shown() -> None:
    # 89.6% is shown as 90% (0 places, half-up), so the >= 90 band (80% credit) applies: 100 x 80% = 80
    bands = "{credit: bands, bands: [{min: 100, credit: 100}, {min: 90, credit: 80}, {min: 0, credit: 0}]}"
    outcome = report("- {name: I1, weight: 100, target: 100, actual: 89.6, review: x}\n", scoring=bands)
    assert outcome.result is not None
    indicator = outcome.result.indicators()[0]
    assert (indicator.achievement, indicator.points) == (D(90), D(80))


def write(tmp_path: Path, indicators: str) -> Path:
    path = tmp_path / "r.yaml"
    path.write_text(HEAD + "scoring: {}\nsections: []\nfacets:\n  - name: F1\n    weight: 100\n    goals:\n"
                    "      - name: G1\n        indicators:\n" + textwrap.indent(indicators, " " * 10),
                    encoding="utf-8")
    return path


def test_report_text_is_never_read_as_rich_markup(tmp_path: Path) -> None:
    path = write(tmp_path, '- {name: "Units [/yr] per [link=http://e]office[/link]", weight: 100, target: 100, '
                           'actual: 100}\n')
    result = CliRunner().invoke(cli, ["compute", str(path)], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "Units [/yr] per [link=http://e]office[/link]" in result.output


def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "- {name: I1, weight: 100, target: 100, actual: 100}\n")
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["compute", str(path), "-f", "json", "-o", str(path)])
    assert result.exit_code == 2
    assert "refusing to overwrite an input file" in result.output
    assert path.read_bytes() == before


def test_a_non_numeric_columns_variable_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "- {name: I1, weight: 100, target: 100, actual: 100}\n")
    result = CliRunner().invoke(cli, ["compute", str(path)], env={"COLUMNS": "abc"})
    assert result.exit_code == 0, result.output


def test_compare_defuses_formulas_and_escapes_markdown(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    text = write(tmp_path, "- {name: I1, weight: 100, target: 100, actual: 100}\n").read_text(encoding="utf-8")
    path.write_text(text.replace("organisation: Org", 'organisation: "=HYPERLINK(1)|<b>x</b>"'), encoding="utf-8")
    csv_out = CliRunner().invoke(cli, ["compare", str(path), "-f", "csv"]).output
    assert ",'=HYPERLINK(1)|<b>x</b>," in csv_out
    markdown = CliRunner().invoke(cli, ["compare", str(path), "-f", "markdown"]).output
    assert "<b>" not in markdown and "\\|" in markdown
