"""Issue 12's done-when: a zh-TW user running the example sees no English sentence. Code names (PS302),
keys, file paths and figures may stay; a run of three or more English words may not.

The user is one whose locale says so (LANG=zh_TW.UTF-8) and who passes no --lang; the commands run in a
child process, as that user runs them, with nothing else in the environment choosing a language."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from perfscore.cli import COMMANDS
from tests.paths import EXAMPLE_ARG, ROOT
from tests.test_help_lang import _english as help_english

# Three or more words of Latin letters in a row (joined by spaces or light punctuation): a sentence or a
# phrase in English. Code names (PS302), file names (chiayi-2015-administration.yaml) and keys are one word.
ENGLISH = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,;:]+[A-Za-z][a-z']+){2,}\b")


def run(*args: str) -> str:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PERFSCORE_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="zh_TW.UTF-8", COLUMNS="120", NO_COLOR="1", GITHUB_ACTIONS="")
    done = subprocess.run([sys.executable, "-m", "perfscore", *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=120)
    assert b"Traceback" not in done.stderr
    return (done.stdout + done.stderr).decode("utf-8")


def page_text(page: str) -> str:
    """What a reader of the HTML page sees: its text, without the style sheet, tags and attributes."""
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def english(text: str) -> list[str]:
    # File paths (examples/chiayi-2015-administration.yaml) are names, not sentences.
    return ENGLISH.findall(re.sub(r"\S+\.ya?ml\S*", " ", text))


def test_the_check_can_fail() -> None:
    assert english("PS303 錯誤 the goal is declared as 3") == ["the goal is declared as"]
    assert english("examples/chiayi-2015-administration.yaml:373:17: PS303 錯誤 目標「強化」") == []
    assert "its indicators weigh" in " ".join(english(run("validate", EXAMPLE_ARG, "--lang", "en")))


@pytest.mark.parametrize("args", [
    ("validate", EXAMPLE_ARG),
    ("compute", EXAMPLE_ARG),
    ("compute", EXAMPLE_ARG, "-f", "markdown"),
    ("compute", EXAMPLE_ARG, "--detail"),
    ("rules",),
])
def test_a_zh_tw_user_sees_no_english_sentence(args: tuple[str, ...]) -> None:
    output = run(*args)
    assert "PS303" in output or (args == ("rules",) and "PS101" in output)
    assert english(output) == []


def test_the_html_page_has_no_english_sentence() -> None:
    page = run("compute", EXAMPLE_ARG, "-f", "html")
    assert "PS303" in page and "檢查結果" in page
    assert english(page_text(page)) == []


@pytest.mark.parametrize("command", [None, *sorted(COMMANDS)])
def test_every_help_for_a_zh_tw_locale(command: str | None) -> None:
    output = run(*([command] if command else []), "--help")
    assert output.startswith("用法： perfscore")
    assert help_english(output) == [], output  # option names and example command lines may stay


def test_a_rollover_and_the_draft_scored_in_zh_tw(tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    assert english(run("rollover", EXAMPLE_ARG, "-o", str(draft))) == []
    assert "year: 2016" in draft.read_text(encoding="utf-8")
    output = run("compute", str(draft))
    assert "PS303" in output  # the example's goal that weighs wrong is still wrong in its draft
    assert english(output) == []


# Findings merged after the catalogue (in-year periods, relative targets, unweighted facets), one of each
# kind: as_of 2024-13 is PS731, period keys 2024-3 / 2023-05 / value x are PS731, +1% on a percent is PS611,
# a relative target with no previous year is PS612, a weight on a weights: none facet is PS714.
NEW_FINDINGS = """\
report: {title: t, organisation: o, year: 2024, as_of: 2024-13}
scoring: {}
sections: []
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - {name: a, weight: 25, target: 100件, periods: {2024-3: 5, 2023-05: 3, 2024-04: x}}
          - {name: c, weight: 25, unit: '%', target: {relative_to: previous, change: +1%}, actual: 80%}
          - {name: d, weight: 50, target: {relative_to: previous, change: +1pt}, actual: 80%}
  - name: h
    weights: none
    weight: 5
    goals:
      - {name: g2, indicators: [{name: x, target: 1件, actual: 1件}]}
"""


def test_the_new_findings_in_zh_tw(tmp_path: Path) -> None:
    report = tmp_path / "new.yaml"
    report.write_text(NEW_FINDINGS, encoding="utf-8")
    output = run("validate", str(report))
    for code in ("PS731", "PS611", "PS612", "PS714"):
        assert code in output
    assert "as_of '2024-13'：沒有 13 月" in output and "期間 '2024-3' 不是月份的寫法" in output
    assert english(output) == []
    assert len(english(run("validate", str(report), "--lang", "en"))) >= 6  # the same run in English: can fail
