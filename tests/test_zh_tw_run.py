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

import pytest

from tests.paths import EXAMPLE_ARG, ROOT

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
