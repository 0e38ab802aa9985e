"""Issue 12's done-when: a zh-TW user running the example sees no English sentence. Code names (PS302),
keys, file paths and figures may stay; a run of three or more English words may not.

The user is one whose locale says so (LANG=zh_TW.UTF-8) and who passes no --lang; the commands run in a
child process, as that user runs them, with nothing else in the environment choosing a language."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from perfscore.cli import COMMANDS
from perfscore.readers.sheets.mapfile import KEYS as MAP_KEYS
from tests.paths import EXAMPLE_ARG, ROOT
from tests.test_help_lang import _english as help_english

# Three or more words of Latin letters in a row (joined by spaces or light punctuation): a sentence or a
# phrase in English. Code names (PS302), file names (chiayi-2015-administration.yaml) and keys are one word.
ENGLISH = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,;:]+[A-Za-z][a-z']+){2,}\b")


def run(*args: str, module: bool = True) -> str:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PERFSCORE_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="zh_TW.UTF-8", COLUMNS="120", NO_COLOR="1", GITHUB_ACTIONS="")
    done = subprocess.run([sys.executable, *(["-m", "perfscore"] if module else []), *args], capture_output=True,
                          cwd=ROOT, env=env,
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


def run_without(module: str, *args: str) -> str:
    """`run`, in a perfscore whose `import module` fails as it does where the optional extra is missing."""
    return run("-c", f"import runpy, sys; sys.modules[{module!r}] = None; sys.argv[0] = 'perfscore'; "
                     "runpy.run_module('perfscore', run_name='__main__')", *args, module=False)


# A report table as a division keeps it in a CSV file: the title row names the organisation and the year,
# and the weight of 指標一 is written in words, so import finds PS903 at C3 (the third row, third column).
BAD_TABLE = ("嘉義市政府行政處 104 年度施政績效報告\r\n策略績效目標,衡量指標,權分,原訂目標值,達成目標值\r\n"
             "目標甲,指標一,六十,100%,100%\r\n目標甲,指標二,40,5件,5件\r\n")


def test_an_import_with_an_error_in_zh_tw(tmp_path: Path) -> None:
    table, out = tmp_path / "table.csv", tmp_path / "out.yaml"
    table.write_text(BAD_TABLE, encoding="utf-8")
    output = run("import", str(table), "-o", str(out))
    assert "C3: PS903 錯誤 權重 '六十' 不是數字" in output
    # 1 facet (named after the file), 1 goal, 2 indicators; not scorable while a weight is not a number
    assert "table.csv：1 個面向、1 個目標、2 項衡量指標，尚無法計分" in output
    assert english(output) == []
    header = [line for line in out.read_text(encoding="utf-8").splitlines() if "PS903" in line]
    assert len(header) == 1 and english(header[0]) == []  # the YAML's list of findings speaks it too
    mapping = tmp_path / "map.yaml"
    mapping.write_text("bogus: 1\n", encoding="utf-8")
    refused = run("import", str(table), "--map", str(mapping))
    # the keys a map may hold are names, as in the file, not words to translate
    assert "未知的鍵 bogus" in refused and english(refused.replace(", ".join(MAP_KEYS), "")) == []
    assert "2 indicators, not scorable yet" in run("import", str(table), "--lang", "en")
    assert "unknown key bogus; a map holds" in run("import", str(table), "--map", str(mapping), "--lang", "en")


def test_a_pdf_without_weasyprint_in_zh_tw(tmp_path: Path) -> None:
    output = run_without("weasyprint", "compute", EXAMPLE_ARG, "-f", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert output.startswith("perfscore: --format pdf 需要 WeasyPrint：pip install 'perfscore[pdf]'")
    assert "找不到模組 'weasyprint'" in output and english(output) == []
    assert "--format pdf needs WeasyPrint" in run_without("weasyprint", "compute", EXAMPLE_ARG, "-f", "pdf",
                                                          "--lang", "en")
    assert not (tmp_path / "r.pdf").exists()


def test_template_and_fill_notes_in_zh_tw(tmp_path: Path) -> None:
    book, filled = tmp_path / "t.xlsx", tmp_path / "filled.yaml"
    made = run("template", EXAMPLE_ARG, "-o", str(book))
    # the example's 38 indicators, and its one section (施政績效具體事蹟) as the assessed row
    assert "已將 38 列衡量指標與 1 列評核項目寫入" in made and english(made) == []
    done = run("fill", EXAMPLE_ARG, str(book), "-o", str(filled))
    assert "已將 0 個值寫入" in done and english(done) == []  # an untouched template fills nothing in
    other = tmp_path / "other.xlsx"
    shutil.copy(book, other)
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(other, "w") as target:
        for item in source.infolist():  # the same workbook with the 列編號 header renamed: not a template
            data = source.read(item)
            target.writestr(item, data.replace("列編號".encode(), "編號".encode()))
    refused = run("fill", EXAMPLE_ARG, str(other), "-o", str(filled))
    assert "沒有任何工作表含範本的列編號與衡量指標欄" in refused and english(refused) == []
    assert "no sheet has the template's row id" in run("fill", EXAMPLE_ARG, str(other), "-o", str(filled),
                                                       "--lang", "en")
    missing = run_without("xlsxwriter", "template", EXAMPLE_ARG, "-o", str(tmp_path / "u.xlsx"))
    assert "--format xlsx 需要 XlsxWriter，尚未安裝" in missing and english(missing) == []
    text = (ROOT / EXAMPLE_ARG).read_text(encoding="utf-8")
    start = text.index("            analysis: |-\n")
    end = text.index("\n", start + len("            analysis: |-\n"))
    bell = tmp_path / "bell.yaml"
    bell.write_text(text[:start] + '            analysis: "bell \\x07 here"' + text[end:], encoding="utf-8")
    ods = run("template", str(bell), "-o", str(tmp_path / "t.ods"))
    assert "列 'core-1-1'（填報）的文字含控制字元" in ods and english(ods) == []
    assert "holds a control character" in run("template", str(bell), "-o", str(tmp_path / "t.ods"), "--lang", "en")


def test_the_verbose_timings_in_zh_tw(tmp_path: Path) -> None:
    output = run("compute", EXAMPLE_ARG, "-v", "-o", str(tmp_path / "r.json"), "-f", "json")
    assert re.search(r"耗時：指令共 \d+ 毫秒，讀取與計分 \d+ 毫秒，產生輸出 \d+ 毫秒，寫入 \d+ 毫秒", output), output
    assert english(output) == []
    assert "read and score" in run("compute", EXAMPLE_ARG, "-v", "-o", str(tmp_path / "r.json"), "--lang", "en")


def test_the_draft_comments_rollover_writes_in_zh_tw(tmp_path: Path) -> None:
    draft, english_draft = tmp_path / "draft.yaml", tmp_path / "english.yaml"
    run("rollover", EXAMPLE_ARG, "-o", str(draft))
    run("rollover", EXAMPLE_ARG, "-o", str(english_draft), "--lang", "en")
    zh, en = draft.read_text(encoding="utf-8"), english_draft.read_text(encoding="utf-8")
    # ROC 105 is 2016; press releases: 403 against 250 is (403 - 250) / 250 = 61.2% over
    assert "# 105 年度（2016）草稿，由 perfscore rollover 自 chiayi-2015-administration.yaml 產生：" in zh
    assert 'suggested_target: "403"  # 2015 年達成值 403 超越目標 250 達 61.2%' in zh
    written = [line for line in zh.splitlines() if line not in en.splitlines()]
    assert len(written) == 12 and english("\n".join(written)) == []  # 2 header lines, 10 suggestions
    theirs = [line for line in en.splitlines() if line not in zh.splitlines()]
    assert len(theirs) == 12 and len(english("\n".join(theirs))) >= 2  # the same lines in English: can fail

    def data(text: str) -> list[str]:  # the draft without its comments: the same in either language
        return [line.split("  # ")[0] for line in text.splitlines() if not line.lstrip().startswith("#")]

    assert data(zh) == data(en)


def test_the_site_notes_in_zh_tw(tmp_path: Path) -> None:
    # The summary, and the refusal of a folder that is not a site (both were English before).
    output = run("site", EXAMPLE_ARG, "-o", str(tmp_path / "site"))
    assert "1 個機關的 1 份報告（104 年度–104 年度），共" in output and english(output) == []
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x", encoding="utf-8")
    output = run("site", EXAMPLE_ARG, "-o", str(tmp_path / "mine"))
    assert "不是 perfscore 網站" in output and english(output) == []
    assert "is not a perfscore site" in run("site", EXAMPLE_ARG, "-o", str(tmp_path / "mine"), "--lang", "en")
