"""Language: every label in both languages, years shown per language, numbering, and terminal tables
that stay aligned with CJK text at narrow widths and readable without colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from perfscore.cli import cli
from perfscore.core.analysis import FileReport
from perfscore.core.i18n import (
    all_labels,
    goal_number,
    label,
    part_number,
    summary_paragraph,
    year_text,
    zh_number,
)
from perfscore.formats import RenderOptions
from perfscore.formats.report import table
from perfscore.views.report import result_view

PACKAGE = Path(__file__).resolve().parent.parent / "perfscore"
CJK = re.compile(r"[\u4e00-\u9fff]")
EXAMPLE_ARG = "examples/chiayi-2015-administration.yaml"


def render_table(outcome: FileReport, options: RenderOptions) -> str:
    return table.render(result_view(outcome, options.lang), options)


def test_every_label_has_both_languages() -> None:
    for key, (zh, en) in all_labels().items():
        assert zh and en, key
        assert not CJK.search(en), f"{key}: English label {en!r} holds Chinese"
        assert label(key, "zh-TW") == zh and label(key, "en") == en


def test_the_issue_labels() -> None:
    pairs = {"goal": ("策略績效目標", "Strategic goal"), "indicator": ("衡量指標", "Indicator"),
             "target": ("原訂目標值", "Target"), "actual": ("達成目標值", "Actual"),
             "achievement": ("達成度", "Achievement"), "points": ("項目權分", "Points"),
             "total": ("績效總分", "Total score")}
    for key, (zh, en) in pairs.items():
        assert (label(key, "zh-TW"), label(key, "en")) == (zh, en)


def _used_label_keys() -> set[str]:
    """Every literal key the renderers and the template ask for."""
    keys: set[str] = set()
    for path in [*PACKAGE.glob("formats/**/*.py"), *PACKAGE.glob("commands/*.py")]:
        keys |= set(re.findall(r"""label\(\s*["']([a-z_]+)["']""", path.read_text(encoding="utf-8")))
    template = (PACKAGE / "formats" / "templates" / "report.html.j2").read_text(encoding="utf-8")
    keys |= set(re.findall(r"\bL\.([a-z_]+)", template))
    return keys


def test_every_label_a_renderer_uses_exists() -> None:
    used = _used_label_keys()
    assert {"goal", "total", "unmet_review", "findings_none", "chart"} <= used  # the scan finds them
    assert used - set(all_labels()) == set()
    # keys built at run time: csv columns, statuses, lights, line kinds, severities
    from perfscore.formats.report.csv import COLUMNS

    dynamic = {*COLUMNS, "met", "unmet", "unscored", "bonus", "deduction", "error", "warning", "info",
               *(f"light_{light}" for light in ("green", "amber", "red", "none")),
               *(f"diff_{status}" for status in ("added", "removed", "renamed", "changed", "unchanged")),
               *(f"diff_{field}" for field in ("goal", "weight", "target", "actual", "achievement", "points")),
               *(f"diff_{column}" for column in ("old", "new", "delta"))}
    assert dynamic - set(all_labels()) == set()


def test_years() -> None:
    assert year_text(2015, "zh-TW") == "104 年度"
    assert year_text(2015, "en") == "2015"


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"),
                                         (38, "三十八"), (99, "九十九"), (100, "100")])
def test_zh_numbers(n: int, text: str) -> None:
    assert zh_number(n) == text


def test_numbering() -> None:
    assert (goal_number(3, "zh-TW"), goal_number(3, "en")) == ("三、", "3. ")
    assert (part_number(1, "zh-TW"), part_number(6, "zh-TW"), part_number(6, "en")) == ("壹、", "陸、", "6. ")


def test_summary_paragraph_counts_unscored() -> None:
    counts = {"goals": 2, "indicators": 5, "met": 3, "unmet": 1, "unscored": 1}
    zh = summary_paragraph("某機關", 2016, ["甲", "乙"], counts, "zh-TW")
    assert zh == ("某機關 105 年度共有「甲」、「乙」等 2 項績效目標，下設 5 項衡量指標；"
                  "其中 3 項達成年度目標值，1 項未達原定目標值。另有 1 項尚未填報達成值。")
    en = summary_paragraph("Office", 2016, ["A"], {**counts, "unscored": 0}, "en")
    assert en == "In 2016, Office pursued 2 goals (\u201cA\u201d) measured by 5 indicators: 3 met their " \
                 "targets and 1 did not."


def test_default_language_is_the_report_locale(runner: CliRunner, tmp_path: Path) -> None:
    default = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown"]).stdout
    assert default == runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown", "--lang", "zh-TW"]).stdout
    assert default.startswith("## 嘉義市政府行政處 104 年度施政績效報告")
    english = runner.invoke(cli, ["compute", EXAMPLE_ARG, "-f", "markdown", "--lang", "en"]).stdout
    assert english.startswith("## Chiayi City Government, Administration Department Performance report 2015")
    assert "Total score" in english and "績效總分" not in english
    report = tmp_path / "en.yaml"
    report.write_text("report: {title: Annual report, organisation: Office, year: 2016, locale: en}\n"
                      "scoring: {}\nsections: []\nfacets:\n  - {name: F, weight: 100, goals: [{name: G, "
                      "indicators: [{name: I, weight: 100, target: 100%, actual: 100%}]}]}\n",
                      encoding="utf-8")
    own = runner.invoke(cli, ["compute", str(report), "-f", "markdown"]).stdout
    assert own.startswith("## Office 2016 Annual report") and "**Total score: 100**" in own


# --- terminal tables ----------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [60, 80, 100, 120])
@pytest.mark.parametrize("detail", [False, True])
@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_table_lines_fit_the_width(example: FileReport, width: int, detail: bool, lang: str) -> None:
    text = render_table(example, RenderOptions(lang=lang, width=width, detail=detail))
    lines = text.splitlines()
    assert len(lines) > 40
    too_wide = [line for line in lines if cell_len(line) > width]
    assert too_wide == []


STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午申酉戌亥"  # 21 characters used nowhere else in the output
SEASONS = "春夏秋冬東南西北金木水火土日月星山川"
BOPOMOFO = "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ"
FOLD_REPORT = f"""
report: {{title: 報告, organisation: 機關, year: 2016, locale: zh-TW}}
scoring: {{}}
sections: []
facets:
  - name: 面向
    weight: 100
    goals:
      - name: 目標{STEMS}
        indicators:
          - {{name: 指標{BOPOMOFO}, weight: 100, target: 100%, actual: 100%, analysis: 分析{SEASONS}}}
"""


@pytest.mark.parametrize("width", [60, 80, 100, 120])
@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_long_texts_are_folded_not_cut(width: int, lang: str) -> None:
    """Each character of the long texts appears exactly as often as written, in order: folding moves
    text to the next line; cropping or an ellipsis would drop some."""
    from perfscore.engine.analyse import analyze_bytes

    outcome = analyze_bytes(FOLD_REPORT.encode(), "fold.yaml")
    text = render_table(outcome, RenderOptions(lang=lang, width=width, detail=True))
    assert "…" not in text
    assert max(cell_len(line) for line in text.splitlines()) <= width
    for written in (STEMS, BOPOMOFO, SEASONS):  # goal, indicator, analysis
        assert "".join(char for char in text if char in written) == written
    assert STEMS not in text and BOPOMOFO not in text  # they did fold


def test_detail_adds_the_analysis(example: FileReport) -> None:
    plain = render_table(example, RenderOptions(width=120))
    detail = render_table(example, RenderOptions(width=120, detail=True))
    snippet = "計發行12期確已達成原定目標"
    assert snippet not in re.sub(r"\s+", "", plain)
    assert snippet in re.sub(r"\s+", "", detail)


def test_without_colour_status_is_symbol_and_word(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compute", EXAMPLE_ARG], env={"NO_COLOR": "1", "COLUMNS": "120"})
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert result.stdout.count("▲ 未達成") == 2
    assert result.stdout.count("● 達成") == 34


# --- which language a run speaks (commands/language.py) ------------------------------------------------


def test_each_level_of_the_order_wins_over_the_next() -> None:
    from perfscore.commands.language import resolve_lang

    # --lang > PERFSCORE_LANG > the locale > the report's locale > English; each pair below differs only in
    # the level under test, so the higher one decides.
    env = {"PERFSCORE_LANG": "en", "LANG": "zh_TW.UTF-8"}
    assert resolve_lang("zh-TW", "en", env) == "zh-TW"  # the option over PERFSCORE_LANG
    assert resolve_lang(None, "zh-TW", env) == "en"  # PERFSCORE_LANG over the locale (and the report)
    assert resolve_lang(None, "en", {"LANG": "zh_TW.UTF-8"}) == "zh-TW"  # the locale over the report's
    assert resolve_lang(None, "zh-TW", {"LANG": "en_US.UTF-8"}) == "en"
    assert resolve_lang(None, "zh-TW", {}) == "zh-TW"  # the report's locale over English
    assert resolve_lang(None, None, {}) == "en"


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "zh_TW.UTF-8"}, "zh-TW"),
    ({"LANG": "zh_Hant_TW.UTF-8"}, "zh-TW"),
    ({"LANG": "zh_CN.UTF-8"}, "en"),  # another language than zh-TW: the catalogue's other language
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_TW.UTF-8"}, "en"),  # the first set decides, as setlocale does
    ({"LC_ALL": "", "LC_MESSAGES": "zh_TW.Big5", "LANG": "en_US.UTF-8"}, "zh-TW"),  # empty is unset
    # C and POSIX name no language (containers and CI runners set them): the report's locale decides
    ({"LANG": "C.UTF-8"}, "report"),
    ({"LANG": "C"}, "report"),
    ({"LC_ALL": "POSIX", "LANG": "zh_TW.UTF-8"}, "report"),
    ({}, "report"),
    ({"PERFSCORE_LANG": "zh-TW", "LANG": "C.UTF-8"}, "zh-TW"),
    ({"PERFSCORE_LANG": "fr", "LANG": "zh_TW.UTF-8"}, "zh-TW"),  # a value perfscore does not speak is no choice
])
def test_the_locale_names_a_language_or_none(environ: dict[str, str], lang: str) -> None:
    from perfscore.commands.language import resolve_lang

    for report_locale in ("zh-TW", "en"):
        expected = report_locale if lang == "report" else lang
        assert resolve_lang(None, report_locale, environ) == expected, (environ, report_locale)


def test_a_c_locale_leaves_the_example_in_its_own_language() -> None:
    # The example's locale is zh-TW; LANG=C.UTF-8 (this machine's, a CI runner's) is no preference.
    for env, severity in (({"LANG": "C.UTF-8"}, "錯誤"), ({"LANG": "en_US.UTF-8"}, "error"),
                          ({"LANG": "C.UTF-8", "PERFSCORE_LANG": "en"}, "error")):
        result = CliRunner().invoke(cli, ["validate", str(EXAMPLE_ARG)], env=env)
        assert f"364:13: PS302 {severity} " in result.stdout, env


def test_an_indicator_number_never_runs_into_a_name_that_starts_with_a_digit() -> None:
    """`1.111 年執行率` read as the number 1.111 (a new-user trial): a space separates them; a CJK name keeps
    the glued `1.` of the official report."""
    from perfscore.core.i18n import item_number

    assert item_number(1, "zh-TW", "111 年執行率") + "111 年執行率" == "1. 111 年執行率"
    assert item_number(2, "zh-TW", "１１１年執行率") == "2. "  # full-width digits too
    assert item_number(1, "zh-TW", "受理率") == "1."
    assert item_number(1, "en", "Rate") == "1. "


def test_an_english_run_without_title_en_says_the_year_once() -> None:
    """`--lang en` on a report with only a Chinese title printed `2024 113 年度施政績效報告` (a new-user trial):
    the title already names the year (113 = 2024 − 1911)."""
    from perfscore.formats.common import title_line

    meta = {"title": "113 年度施政績效報告", "year": 2024, "roc_year": 113}
    assert title_line(meta, "en") == "113 年度施政績效報告"
    assert title_line(meta, "zh-TW") == "113 年度施政績效報告"
    plain = {"title": "Performance report", "year": 2015, "roc_year": 104}
    assert title_line(plain, "en") == "2015 Performance report"
    assert title_line({**plain, "title": "施政績效報告"}, "zh-TW") == "104 年度 施政績效報告"
