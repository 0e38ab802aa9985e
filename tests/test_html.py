"""The HTML report: the official report's contents, every user text escaped, self-contained, printable."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from perfscore.core.analysis import FileReport
from perfscore.engine.analyse import analyze_bytes
from perfscore.formats import RenderOptions
from perfscore.formats.report import html as html_format
from perfscore.views.report import result_view

UNMET = ("強化公務人員終身學習時數", "因公外出是否確實填寫公出登記簿，並經權責主管核章")


def render(outcome: FileReport, options: RenderOptions) -> str:
    return html_format.render(result_view(outcome, options.lang), options)


@pytest.fixture(scope="module")
def page(example: FileReport) -> str:
    return render(example, RenderOptions(lang="zh-TW"))


def _text(html: str) -> str:
    """The visible text, tags removed and entities decoded, so a figure split by markup still matches."""
    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    collector = Collect()
    collector.feed(html)
    return re.sub(r"\s+", " ", " ".join(collector.parts))


def _section(html: str, ident: str) -> str:
    start = html.index(f'<section id="{ident}"')
    return html[start:html.index("</section>", start)]


def test_heading_has_organisation_year_and_title(page: str) -> None:
    assert "<title>嘉義市政府行政處 104 年度施政績效報告</title>" in page
    assert '<p class="organisation">嘉義市政府行政處</p>' in page
    assert "<h1>104 年度施政績效報告</h1>" in page
    assert '<html lang="zh-TW">' in page


def test_breakdown_holds_the_published_figures(page: str) -> None:
    text = _text(_section(page, "breakdown"))
    assert "人力資源發展面向 20 13.9" in text
    assert "策略績效目標分數 95 88.9" in text  # 35 + 20 + 20 + 20 = 95; 35 + 20 + 13.9 + 20 = 88.9
    assert "施政績效具體事蹟 5 4" in text
    assert "績效總分 100 92.9" in text  # 88.9 + 4 = 92.9
    assert "等第 優等" in text
    assert "肆、績效總分" in text


def test_goal_tables_follow_the_official_columns(page: str) -> None:
    goals = _section(page, "goals")
    headers = re.findall(r'<th scope="col">([^<]+)</th>', goals)
    assert headers[:7] == ["策略績效目標", "衡量指標", "原訂目標值", "達成目標值", "達成度", "項目權分",
                           "績效衡量暨達成情形分析"]
    assert goals.count('<table class="goals') == 4
    text = _text(goals)
    assert "一、核心業務面向：35%" in text and "三、人力資源發展面向：20%" in text
    assert "一、推動文書作業資訊化(6%)" in text
    assert "1.發行市府公報(2%)" in text.replace(" ", "")
    assert "計發行 12 期確已達成原定目標" in text  # analysis text is included
    assert "權分合計 13.9 分" in text
    # the traffic light is a symbol and a word, not colour alone
    assert text.count("▲ 未達成") == 2 and text.count("● 達成") == 34


def test_unmet_review_has_both_rows(page: str) -> None:
    unmet = _section(page, "unmet")
    assert "伍、未達績效目標項目檢討" in unmet
    assert unmet.count("<tr>") == 3  # the header and two rows
    for name in UNMET:
        assert name in unmet
    text = _text(unmet)
    assert "70% 63% 90% -7%" in text and "50% 40% 80% -10%" in text


def test_summary_is_generated_from_the_data(page: str) -> None:
    summary = _text(_section(page, "summary"))
    assert "陸、績效總評" in summary
    assert "18 項績效目標" in summary and "38 項衡量指標" in summary
    assert "36 項達成年度目標值" in summary and "2 項未達原定目標值" in summary
    assert "「推動文書作業資訊化」" in summary and "「爭取中央計畫型補助款」" in summary


def test_the_agency_s_own_summary_is_shown_next_to_the_generated_one(page: str) -> None:
    summary = _section(page, "summary")
    assert summary.index("依本報告數據彙整") < summary.index('<p class="text summary">') \
        < summary.index("機關自評（報告原文）") < summary.index('<blockquote class="agency-summary">')
    agency = _text(summary[summary.index("<blockquote"):]).strip()
    # the example's report.summary, verbatim (its own goal names, e.g. 「強化市政新聞宣導」)
    assert agency.startswith("本處 104 年度共有「推動文書作業資訊化」、「深化法制業務」")
    assert "「強化市政新聞宣導」" in agency and "有 2 項衡量指標未達原定目標值" in agency


def test_no_summary_written_means_no_agency_block() -> None:
    outcome = analyze_bytes(HOSTILE.encode(), "hostile.yaml")
    page = render(outcome, RenderOptions(lang="zh-TW"))
    summary = _section(page, "summary")
    assert "agency-summary" not in summary and "<h3>" not in summary


@pytest.mark.parametrize(("written", "markup"), [
    ("120,000", '<span class="fig">120,000</span>'),
    ("146,746", '<span class="fig">146,746</span>'),
    ("85%以上", '<span class="fig">85%以上</span>'),
    ("80%~90%", '<span class="fig">80%~90%</span>'),
    ("5案以上", '<span class="fig">5案以上</span>'),
    ("執行率80%", '執行率<span class="fig">80%</span>'),
    ("健康檢查達成率 ≥ 50%", '健康檢查達成率 <span class="fig">≥ 50%</span>'),
    ("完成", "完成"),
    # a date target is one figure: `113年12月底前` wrapped as 113年12月底 / 前 (a new-user trial)
    ("113年12月底前", '<span class="fig">113年12月底前</span>'),
    ("2024-12-31", '<span class="fig">2024-12-31</span>'),
    ("113/06/30前", '<span class="fig">113/06/30前</span>'),
    ("<b>7</b>", '&lt;b<span class="fig">&gt;7</span>&lt;/b&gt;'),  # still escaped, inside the span too
])
def test_figures_are_kept_whole(written: str, markup: str) -> None:
    assert str(html_format.figures(written)) == markup


def test_a_relative_target_keeps_its_figure_and_wraps_its_origin() -> None:
    """The origin of `≥ 81.2%` (80.2% + 1 point) is a line of text under the figure, not part of a figure:
    set whole as one, it filled eight lines of a narrow PDF column (a new-user trial)."""
    cell = str(html_format.target_cell("≥ 81.2%（上年度實際值 80.2% +1個百分點，a-2023.yaml）", "zh-TW"))
    assert cell == '<span class="fig">≥ 81.2%</span>' \
        '<span class="origin">（上年度實際值 80.2% +1個百分點，a-2023.yaml）</span>'
    cell = str(html_format.target_cell("≥ 132 (previous actual 120 × (1 + 10%), a-2023.yaml)", "en"))
    assert cell == '<span class="fig">≥ 132</span>' \
        '<span class="origin">(previous actual 120 × (1 + 10%), a-2023.yaml)</span>'
    assert str(html_format.target_cell("≥ 75%", "zh-TW")) == '<span class="fig">≥ 75%</span>'


def test_numbers_and_targets_never_wrap(page: str) -> None:
    css = page[page.index("<style>"):page.index("</style>")]
    # `overflow-wrap: anywhere` on the number cells split 120,000 into 120,0 / 00; only code may break so
    anywhere = [line.strip() for line in css.splitlines() if "anywhere" in line]
    # the `code` rule, and a relative target's origin (text under the figure, with a file's path in it)
    assert sorted(anywhere) == [".origin { display: block; font-size: 0.8em; color: var(--muted); "
                                "text-align: left; overflow-wrap: anywhere; }",
                                "font-size: 0.92em; overflow-wrap: anywhere; }"]
    assert "td.num, th.num { text-align: right; white-space: nowrap;" in css
    assert ".fig { white-space: nowrap; }" in css
    goals = _section(page, "goals")
    for figure in ("120,000", "146,746", "85%以上", "5案以上", "153,695"):
        assert f'<span class="fig">{figure}</span>' in goals
    # every target and actual cell of both tables marks its figures; the other number cells are nowrap
    cells = re.findall(r'<td class="num[^"]*" data-label="(原訂目標值|達成目標值)">', page)
    assert len(cells) == 2 * 38 + 2 * 2
    assert all('class="num figure-text"' in cell for cell in re.findall(
        r'<td class="num[^"]*" data-label="(?:原訂目標值|達成目標值)">', page))


def test_a_goal_may_break_across_pages(page: str) -> None:
    # keeping the first row whole kept the goal's merged cell whole, which moved the goal to the next page
    assert "table.goals tbody.goal tr:first-child { break-inside: auto;" in page


def test_chart_is_inline_accessible_svg(page: str) -> None:
    chart = page[page.index("<svg"):page.index("</svg>")]
    assert 'role="img"' in chart and '<title id="chart-title">' in chart
    assert "人力資源發展面向：13.9 / 20" in chart
    # widths are exact: 35 is the widest weight = 640 units; 13.9 / 35 x 640 = 254.17... -> 254.2
    assert 'width="640"' in chart and 'width="254.2"' in chart
    assert chart.count('class="bar-score"') == 4


def test_page_is_self_contained(page: str) -> None:
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=""", page)
    assert "@import" not in page and "url(" not in page
    assert "http://" not in page and "https://" not in page
    assert "default-src 'none'" in page


def test_print_rules(page: str) -> None:
    assert "size: A4" in page
    assert "thead { display: table-header-group; }" in page
    assert "break-inside: avoid" in page
    assert "max-width: 700px" in page  # the phone layout


def test_english_labels_and_year(example: FileReport) -> None:
    page = render(example, RenderOptions(lang="en"))
    assert '<html lang="en">' in page
    assert "<h1>Performance report 2015</h1>" in page
    text = _text(page)
    assert "Strategic goal" in text and "Achievement" in text and "Total score" in text
    generated = re.search(r'<p class="text summary">(.*?)</p>', _section(page, "summary"), re.S)
    assert generated and "104 年度" not in generated.group(1)
    assert "From the report's figures" in text
    assert "In the agency's own words" in text
    assert "In 2015, Chiayi City Government, Administration Department pursued 18 goals" in text


HOSTILE = """
report: {title: "<b>t</b>", organisation: "O & <i>o</i>", year: 2015, locale: zh-TW,
         preface: "<img src=x onerror=alert(1)>"}
facets:
  - name: "F <svg onload=alert(1)>"
    weight: 100
    goals:
      - name: "G\\"><script>alert(2)</script>"
        indicators:
          - {name: "<script>alert(1)</script>", weight: 100, target: 100%, actual: 50%,
             analysis: "</td></tr></table><script>x()</script>",
             review: "<iframe src=//evil>"}
scoring: {}
sections: []
"""


def test_user_text_is_escaped() -> None:
    outcome = analyze_bytes(HOSTILE.encode(), "hostile.yaml")
    assert outcome.result is not None, outcome.findings
    page = render(outcome, RenderOptions(lang="zh-TW"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page
    assert "<img" not in page and "<iframe" not in page and "<svg onload" not in page
    assert "&lt;b&gt;t&lt;/b&gt;" in page and "O &amp; &lt;i&gt;o&lt;/i&gt;" in page
    assert "G&#34;&gt;&lt;script&gt;" in page  # a quote cannot close an attribute either
    assert page.count("<svg") == 1  # only the chart


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_renders_the_page(page: str, tmp_path: Path) -> None:
    source, shot = tmp_path / "report.html", tmp_path / "shot.png"
    source.write_text(page, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=390,1600",
                    f"--screenshot={shot}", source.as_uri()], capture_output=True, timeout=120, check=False)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (390, 1600)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes; text and tables do not
