"""`perfscore rollover`: next year's draft keeps structure, order and comments, clears the year's
results, suggests raising easy targets, and validates with only "nothing reported yet" findings."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from yoy_fixtures import OLD, line_of, write

from perfscore.cli import cli

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "chiayi-2015-administration.yaml"
CLEARED_KEYS = ("actual:", "published:", "points:", "analysis:", "review:", "summary:", "items:")


def roll(tmp_path: Path, text: str, *args: str) -> tuple[str, str]:
    source = write(tmp_path, "source.yaml", text)
    out = tmp_path / "draft.yaml"
    # The draft's comments are in the run's language, which a zh-TW report picks in a C locale: these tests
    # read them in English (tests/test_zh_tw_run.py reads them in zh-TW).
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(out), "--lang", "en", *args])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8"), result.output


def validate_codes(path: Path, *args: str) -> tuple[int, Counter[str]]:
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", "json", *args])
    findings = json.loads(result.output)["files"][0]["findings"]
    return result.exit_code, Counter(f["code"] for f in findings)


def test_example_rollover_validates(tmp_path: Path) -> None:
    draft, message = roll(tmp_path, EXAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "draft.yaml"
    # The seed's own weight errors (HR goal printed as 3%, so the facet's goals add up to 17) are
    # structure, and rollover keeps structure: the draft has exactly the errors the example has.
    assert validate_codes(EXAMPLE) == (1, Counter({"PS302": 1, "PS303": 1}))
    exit_code, codes = validate_codes(path)
    # 38 indicators without actual values; 11 assessed indicators (9 HR, 2 bonus) and 1 section
    # without points yet.
    assert (exit_code, codes) == (1, Counter({"PS507": 38, "PS508": 12, "PS302": 1, "PS303": 1}))
    assert validate_codes(path, "--ignore", "PS302,PS303") == (0, Counter({"PS507": 38, "PS508": 12}))
    assert "draft for 2016 written to" in message and "10 target(s)" in message
    press = line_of(draft, 'target: "250"')
    expected = 'suggested_target: "403"  # 2015: actual 403 beat 250 by 61.2%'
    assert draft.splitlines()[press] == " " * 12 + expected
    films = line_of(draft, 'target: "20"')
    assert draft.splitlines()[films] == ' ' * 12 + 'suggested_target: "73"  # 2015: actual 73 beat 20 by 265%'


def test_draft_keeps_order_and_comments(tmp_path: Path) -> None:
    source = EXAMPLE.read_text(encoding="utf-8")
    draft, _ = roll(tmp_path, source)
    assert "year: 2016" in draft and "title: 105 年度施政績效報告" in draft
    assert "title_en: Performance report 2016" in draft
    for key in CLEARED_KEYS:
        assert f" {key}" not in draft and f"\n{key}" not in draft, key
    # Every other line of the draft is a line of the source, in the source's order.
    changed = ("# Draft for", "# actual values,", "title:", "title_en:", "year:", "suggested_target:")
    kept = [line for line in draft.splitlines() if not line.lstrip().startswith(changed)]
    lines = iter(source.splitlines())
    assert all(any(line == candidate for candidate in lines) for line in kept)
    assert "# 一、核心業務面向：35%" in draft and "# yaml-language-server:" in draft.splitlines()[0]


def test_fixture_draft_has_only_infos(tmp_path: Path) -> None:
    draft, _ = roll(tmp_path, OLD)
    exit_code, codes = validate_codes(tmp_path / "draft.yaml")
    # 5 indicators without actuals; hours and 差勤 are assessed and have no points yet.
    assert (exit_code, codes) == (0, Counter({"PS507": 5, "PS508": 2}))
    assert draft.startswith("# A made-up department for tests.\n")
    # press 403 vs 250: 61.2% over; films 22 vs 20: 10%, not suggested; complaints ≤5件 with 3件: 40%.
    assert [line.strip() for line in draft.splitlines() if "suggested_target" in line] == [
        'suggested_target: "403"  # 2015: actual 403 beat 250 by 61.2%',
        'suggested_target: "3件以下"  # 2015: actual 3件 beat 5件以下 by 40%']


def test_margin_and_year(tmp_path: Path) -> None:
    draft, _ = roll(tmp_path, OLD, "--margin", "5", "--year", "2020")
    assert "year: 2020" in draft and "title: 109 年度施政績效報告" in draft
    assert 'suggested_target: "22"  # 2015: actual 22 beat 20 by 10%' in draft
    draft, _ = roll(tmp_path, OLD, "--margin", "70")
    assert "suggested_target" not in draft


def test_stable_and_idempotent(tmp_path: Path) -> None:
    first, _ = roll(tmp_path, OLD)
    again, _ = roll(tmp_path, OLD)
    assert first == again
    # Rolling a draft over again: nothing left to clear, and the old suggestions go.
    second, _ = roll(tmp_path, first)
    assert "suggested_target" not in second and "year: 2017" in second
    assert second.count("# Draft for") == 2


def test_flow_mappings_and_keys_after_a_dash(tmp_path: Path) -> None:
    text = """\
report: {title: 2015 report, organisation: o, year: 2015, published: {total: 100}}
scoring: {}
facets:
  - name: f
    weight: 90
    goals:
      - name: g
        indicators:
          - {name: i, weight: 90, target: "100", actual: "150", published: {points: 90}}
sections:
  - points: 10
    name: s
    weight: 10
    items: [a, b]
bonus:
  - {name: b, kind: bonus, cap: 2, points: 1}
"""
    draft, _ = roll(tmp_path, text)
    assert draft.splitlines()[2:] == [
        "report: {title: 2016 report, organisation: o, year: 2016}",
        "scoring: {}",
        "facets:",
        "  - name: f",
        "    weight: 90",
        "    goals:",
        "      - name: g",
        "        indicators:",
        '          - {name: i, weight: 90, target: "100", suggested_target: "150"}',
        "sections:",
        "  - name: s",
        "    weight: 10",
        "bonus:",
        "  - {name: b, kind: bonus, cap: 2}",
    ]
    assert validate_codes(tmp_path / "draft.yaml") == (0, Counter({"PS507": 1, "PS508": 1}))


def test_section_without_points_is_an_error_once_the_year_is_reported(tmp_path: Path) -> None:
    text = OLD.replace("sections: []", "sections:\n  - {name: s, weight: 0}")
    exit_code, codes = validate_codes(write(tmp_path, "r.yaml", text))
    assert exit_code == 1 and codes["PS501"] == 1 and "PS508" not in codes


def test_assessed_indicator_with_actual_but_no_points_is_an_error(tmp_path: Path) -> None:
    text = OLD.replace("            points: 18\n", "")
    exit_code, codes = validate_codes(write(tmp_path, "r.yaml", text))
    assert exit_code == 1 and codes["PS501"] == 1 and "PS508" not in codes


def test_stdout_refusals_and_unscorable(tmp_path: Path) -> None:
    source = write(tmp_path, "source.yaml", OLD)
    result = CliRunner().invoke(cli, ["rollover", str(source)])
    assert result.exit_code == 0 and "year: 2016" in result.output
    refused = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(source)])
    assert refused.exit_code == 2 and source.read_text(encoding="utf-8") == OLD
    broken = write(tmp_path, "broken.yaml", "report: [\n")
    assert CliRunner().invoke(cli, ["rollover", str(broken)]).exit_code == 1
    nowhere = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(tmp_path / "no" / "x.yaml")])
    assert nowhere.exit_code == 2 and "does not exist" in nowhere.output
    assert CliRunner().invoke(cli, ["rollover", str(source), "--year", "105"]).exit_code == 2


def test_rollover_names_the_deadlines_to_move(tmp_path: Path) -> None:
    # Before, last year's deadlines went into the draft with no word, and validate said nothing either
    text = """report: {title: t, organisation: o, year: 2024}
scoring: {}
sections: []
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - {name: a, weight: 50, target: 113年12月底前, actual: 113年11月}
          - {name: b, weight: 50, target: "2025-03-31", actual: "2025-03-01"}
"""
    _, message = roll(tmp_path, text, "--lang", "en")
    assert "1 deadline(s) in the draft end before 2025; move them into the year:" in message
    assert f"{tmp_path / 'draft.yaml'}:12:43: PS511 in the draft: the deadline '113年12月底前' ends before" in message
    assert "write '114年12月底前'" in message and "2025-03-31" not in message
    assert validate_codes(tmp_path / "draft.yaml")[1]["PS511"] == 1


def test_the_written_note_counts_roc_years_in_zh_tw(tmp_path: Path) -> None:
    """The example is a 104 年度 report, so its draft is 105 年度 (2015 + 1 − 1911), and the file name stands
    apart: it said `2016 年度草稿已寫入cy2016.yaml` (a new-user trial)."""
    out = tmp_path / "cy2016.yaml"
    zh = CliRunner().invoke(cli, ["rollover", str(EXAMPLE), "-o", str(out), "--lang", "zh-TW"]).stderr
    assert f"105 年度草稿已寫入 {out}；" in zh and "2016" not in zh.replace(str(out), "")
    en = CliRunner().invoke(cli, ["rollover", str(EXAMPLE), "-o", str(out), "--lang", "en"]).stderr
    assert f"draft for 2016 written to {out};" in en
