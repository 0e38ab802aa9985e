"""Hints that point the right way (issue 12): each finding names the direction, the kind of value, or the
character and column to fix."""

from __future__ import annotations

import pytest

from perfscore.core.findings import Finding
from perfscore.engine.analyse import analyze_bytes

HEAD = """report: {title: 報告, organisation: 機關, year: 2016, locale: zh-TW}
scoring: {}
sections: []
facets:
  - name: 面向
    weight: 100
    goals:
      - name: 目標
        indicators:
          - name: 指標
            weight: 100
"""


def findings(text: str) -> list[Finding]:
    return analyze_bytes(text.encode(), "r.yaml").findings


def only(text: str, code: str) -> Finding:
    found = [finding for finding in findings(text) if finding.code == code]
    assert len(found) == 1, findings(text)
    return found[0]


@pytest.mark.parametrize(("target", "suggested", "wrong"), [
    ("< 3", "write <= 3, ≤ 3 or 3以下", "≥"),
    ("＜ 3件", "write <= 3件, ≤ 3件 or 3件以下", "以上 ("),
    ("> 5%", "write >= 5%, ≥ 5% or 5%以上", "≤"),
])
def test_the_strict_target_hint_keeps_the_direction(target: str, suggested: str, wrong: str) -> None:
    finding = only(HEAD + f'            target: "{target}"\n            actual: 2\n', "PS204")
    assert (finding.line, finding.column) == (12, 21)
    assert suggested in finding.message
    assert wrong not in finding.message.split("write", 1)[1].replace("(以上 and 以下", "")


def test_an_unreadable_actual_gets_an_actual_example() -> None:
    finding = only(HEAD + "            target: 3件\n            actual: 一件\n", "PS205")
    assert (finding.line, finding.column) == (13, 21)
    assert finding.message.endswith("write the figure reached in digits, e.g. '1件'")
    other = only(HEAD + "            target: 90%\n            actual: 大致完成\n", "PS205")
    assert other.message.endswith("e.g. '85%'")


def test_a_full_width_colon_is_named_with_its_column() -> None:
    # `actual：88%` as a Chinese input method types it; libyaml notices on the next line
    finding = only(HEAD + "            target: 90%\n            actual：88%\n", "PS101")
    assert "line 13 has a full-width colon '：' (U+FF1A) at column 19: type ':' followed by a space" \
        in finding.message


def test_a_colon_inside_quotes_is_not_blamed() -> None:
    text = HEAD + '            target: 90%\n            actual: "88%：約"\n  bad: [\n'
    assert "full-width colon" not in only(text, "PS101").message


@pytest.mark.parametrize(("indent", "what", "code"), [
    ("\u3000          ", "a full-width space (U+3000)", "PS202"),
    ("\t    ", "a tab", "PS101"),
])
def test_a_full_width_space_or_a_tab_in_the_indentation_is_named(indent: str, what: str, code: str) -> None:
    finding = only(HEAD + f"            target: 90%\n{indent}actual: 88%\n", code)
    assert finding.line == 13
    assert what in finding.message and "indent with" in finding.message
    if code == "PS101":
        assert "line 13 has a tab at column 1" in finding.message


def test_a_list_item_one_column_off_names_the_column() -> None:
    text = HEAD.replace("weight: 100\n", "weight: 50\n") + \
        "            target: 90%\n            actual: 88%\n         - name: 指標二\n            weight: 50\n"
    finding = only(text, "PS101")
    assert "line 14 starts at column 10, but the list item at line 10 starts at column 11" in finding.message


def test_a_list_item_deeper_than_its_siblings_names_the_column() -> None:
    # libyaml's bare "did not find expected '-' indicator"
    text = "report: {title: t, organisation: o, year: 2016}\nscoring: {}\nsections:\n  - name: a\n" \
           "    weight: 1\n   - name: b\n"
    finding = only(text, "PS101")
    assert "line 6 starts at column 4, but the list item at line 4 starts at column 3" in finding.message, \
        finding.message


@pytest.mark.parametrize(("target", "column"), [(">= 80%", 22), ("> 80%", 23)])
def test_an_unquoted_operator_is_told_to_be_quoted(target: str, column: int) -> None:
    # YAML reads `>` after a colon as a folded block of text; libyaml only says a line break is missing
    finding = only(HEAD + f"            target: {target}\n            actual: 90%\n", "PS101")
    assert (finding.line, finding.column) == (12, column)
    assert finding.message.endswith(f"the value {target} on line 12 starts with '>', which YAML reads as the start "
                                    'of a block of text: quote it (target: ">= 80%") or write ≥ 80%')
    assert '請加引號寫成 target: ">= 80%"，或寫成 ≥ 80%' in finding.message.text("zh-TW")


def test_a_thousands_comma_in_a_flow_mapping_is_named() -> None:
    text = HEAD.replace("          - name: 指標\n            weight: 100\n",
                        "          - {name: 指標, weight: 100, target: 1,200, actual: 1000}\n")
    finding = only(text, "PS203")
    assert (finding.line, finding.column) == (10, 47)  # the key 200, after `target: 1,`
    assert finding.message == ("the key 200 is not a name: inside {…} a comma separates entries, so 1,200 was split "
                               'at the comma; quote it (target: "1,200") or write it without the comma (target: 1200)')


def test_a_light_written_as_a_colour_shows_the_mapping() -> None:
    finding = only(HEAD + "            light: white\n            target: 80%\n            actual: 90%\n", "PS203")
    assert (finding.line, finding.column) == (12, 20)
    assert finding.message.endswith("expected a mapping, got 'white'; write light: {colour: white, reason: why} "
                                    "(colour is green, amber, red or white)")


@pytest.mark.parametrize(("target", "actual"), [("80%", "８８％"), ("８０％", "88%"), ("１，０００件", "１，２００件"),
                                                 ("80%", "８８．０％")])
def test_full_width_figures_read_as_import_reads_them(target: str, actual: str) -> None:
    # 88 / 80 and 1200 / 1000 are both over 100%: met, and no finding (before, PS204 or PS205)
    report = analyze_bytes((HEAD + f"            target: {target}\n            actual: {actual}\n").encode(), "r.yaml")
    assert report.findings == []
    assert report.result is not None and report.result.facets[0].goals[0].indicators[0].met


def test_a_date_against_a_count_is_called_a_date() -> None:
    finding = only(HEAD + "            target: 5案\n            actual: 2024-05-01\n", "PS205")
    assert (finding.line, finding.column) == (13, 21)
    assert finding.message.startswith("the actual value '2024-05-01' is a date, but the target '5案' is a figure: "
                                      "write the figure reached, e.g. '12案'")
