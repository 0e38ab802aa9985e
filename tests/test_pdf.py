"""`compute --format pdf`, read back as a reader would: pdftotext for the figures, pdfinfo for the page size,
tags and title, pdffonts for the embedded CJK font; two processes for determinism.

The figures are the published report's (the Chiayi example): total 92.9, strategic subtotal 88.9
(35 + 20 + 13.9 + 20), human resources 13.9, and the two unmet indicators (70% → 63%, achievement 90%,
gap -7%; 50% → 40%, 80%, -10%). CI installs WeasyPrint (the test extra), poppler-utils and
fonts-wqy-microhei (.ci/run) and sets PERFSCORE_REQUIRE_PDF=1, so there these tests fail rather than skip.
"""

from __future__ import annotations

import calendar
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from perfscore.core.analysis import FileReport
from perfscore.formats import FormatWarning, RenderOptions
from perfscore.views.report import result_view
from tests.paths import EXAMPLE_ARG, ROOT

MISSING = [name for name in ("pdftotext", "pdfinfo", "pdffonts") if shutil.which(name) is None]
try:
    import weasyprint  # noqa: F401
except ImportError as exc:
    MISSING.append(f"weasyprint ({exc})")
if MISSING and os.environ.get("PERFSCORE_REQUIRE_PDF"):
    raise RuntimeError(f"the PDF tests need {', '.join(MISSING)} (see .ci/run)")
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"missing {', '.join(MISSING)}")


def tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def pdf_file(example: FileReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from perfscore.formats.report import pdf

    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)  # a CJK font is installed: no box may be printed
        data = pdf.render(result_view(example, "zh-TW"), RenderOptions(lang="zh-TW"))
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def text(pdf_file: Path) -> str:
    return tool("pdftotext", "-layout", str(pdf_file), "-")


def test_the_text_layer_holds_the_published_figures(text: str) -> None:
    assert "績效總分 92.9" in re.sub(r"\s+", " ", text)
    assert re.search(r"策略績效目標分數\s+95\s+88\.9", text)  # 35 + 20 + 20 + 20; 35 + 20 + 13.9 + 20
    assert re.search(r"人力資源發展面向\s+20\s+13\.9", text)
    assert re.search(r"績效總分\s+100\s+92\.9", text)
    assert "權分合計 13.9 分" in text


def test_both_unmet_rows_are_in_the_review(text: str) -> None:
    review = text[text.index("未達績效目標項目檢討"):text.index("績效總評", text.index("未達績效目標項目檢討"))]
    assert re.search(r"強化公務人員終身\s+70%\s+63%\s+90%\s+-7%", review)
    assert re.search(r"因公外出是否確實\s+50%\s+40%\s+80%\s+-10%", review)


@pytest.mark.parametrize("figure", ["120,000", "146,746", "100,000", "153,695", "85%以上", "5案以上"])
def test_figures_are_never_split_across_lines(text: str, figure: str) -> None:
    # each appears in its table cell whole; a split (120,0 / 00) would leave its head alone on a line
    head = figure[:-2]
    assert text.count(figure) >= 1
    assert text.count(head) == text.count(figure), f"{figure} is split somewhere"


def test_a4_tagged_titled(pdf_file: Path) -> None:
    info = tool("pdfinfo", str(pdf_file))
    assert re.search(r"Page size:\s+595\.276 x 841\.89 pts \(A4\)", info)
    assert re.search(r"Tagged:\s+yes", info)
    assert re.search(r"Title:\s+嘉義市政府行政處 104 年度施政績效報告", info)
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 5  # type: ignore[union-attr]


def test_the_cjk_font_is_embedded(pdf_file: Path) -> None:
    fonts = tool("pdffonts", str(pdf_file)).splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts)  # embedded, subset, with a ToUnicode map
    assert any(re.search(r"WenQuanYi|NotoSansCJK|Noto-Sans-CJK|SourceHanSans", line) for line in fonts)


def test_goal_table_headers_repeat_on_every_page_they_run_onto(pdf_file: Path) -> None:
    pages = tool("pdftotext", "-layout", str(pdf_file), "-").split("\f")
    with_rows = [number for number, page in enumerate(pages, 1) if "● 達成" in page or "▲ 未達成" in page]
    assert len(with_rows) >= 3  # the goal tables run over several pages
    for number in with_rows:
        assert "績效衡量暨達成情形分析" in pages[number - 1], f"page {number} has rows but no header"


def _page_one_reaches_goal_two(pdf: Path) -> None:
    # a goal's merged cell may break: page 1 reaches into goal 二 (深化法制業務, 6 indicators) instead of
    # ending after goal 一's three rows with half the page empty
    first = tool("pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-")
    assert "深化法制業務" in first and "1. 法令疑義研議" in first and "4. 審查自治法規草案" in first


def test_page_one_is_filled(pdf_file: Path) -> None:
    _page_one_reaches_goal_two(pdf_file)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_page_one_is_filled_when_a_browser_prints_the_html(example: FileReport, tmp_path: Path) -> None:
    # Chromium is where the half-empty page 1 showed (it kept a goal's rowspan cell whole); WeasyPrint did not
    from perfscore.formats.report import html

    source, pdf = tmp_path / "report.html", tmp_path / "printed.pdf"
    source.write_text(html.render(result_view(example, "zh-TW"), RenderOptions()), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    source.as_uri()], capture_output=True, timeout=120, check=False)
    _page_one_reaches_goal_two(pdf)


def test_two_processes_give_identical_bytes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("SOURCE_DATE_EPOCH", None)
        done = subprocess.run([sys.executable, "-m", "perfscore", "compute", EXAMPLE_ARG, "--format", "pdf", "-o",
                               str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0].startswith(b"%PDF-1.7") and outputs[0] == outputs[1]


def test_source_date_epoch_is_the_report_s_year_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from perfscore.formats.report.pdf import source_date

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with source_date(2015):
        assert os.environ["SOURCE_DATE_EPOCH"] == "1420070400"  # 2015-01-01T00:00:00Z
    assert "SOURCE_DATE_EPOCH" not in os.environ
    assert calendar.timegm((2015, 1, 1, 0, 0, 0)) == 16436 * 86400  # 45 years and 11 leap days since 1970
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    with source_date(2015):
        assert os.environ["SOURCE_DATE_EPOCH"] == "0"
    assert os.environ["SOURCE_DATE_EPOCH"] == "0"


def _fontconfig(tmp_path: Path, fonts: Path) -> dict[str, str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}'
                    f"</cachedir></fontconfig>\n", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def _compute_pdf(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "perfscore", "compute", EXAMPLE_ARG, "-f", "pdf", "-o",
                           str(tmp_path / "out.pdf")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_without_a_cjk_font_it_warns_instead_of_printing_boxes_silently(tmp_path: Path) -> None:
    latin = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")) + \
        sorted(Path("/usr/share/fonts").rglob("LiberationSans-Regular.ttf"))
    if not latin:
        pytest.skip("no DejaVu or Liberation font to stand in for a machine without CJK fonts")
    (tmp_path / "fonts").mkdir()
    shutil.copy(latin[0], tmp_path / "fonts")
    done = _compute_pdf(tmp_path, _fontconfig(tmp_path, tmp_path / "fonts"))
    assert done.returncode == 0
    assert done.stderr.startswith("perfscore: no font on this machine has ")
    assert re.match(r"perfscore: no font on this machine has \d+ of the characters in this report \(、。", done.stderr)
    assert "fonts-wqy-microhei" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")


def test_the_font_warning_and_refusal_in_zh_tw(tmp_path: Path) -> None:
    from tests.test_zh_tw_run import english

    latin = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    if not latin:
        pytest.skip("no DejaVu font to stand in for a machine without CJK fonts")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "none").mkdir()
    shutil.copy(latin[0], tmp_path / "fonts")
    done = _compute_pdf(tmp_path, {**_fontconfig(tmp_path, tmp_path / "fonts"), "LANG": "zh_TW.UTF-8"})
    assert done.returncode == 0 and done.stderr.startswith("perfscore: 這台電腦沒有任何字型含本報告中的 ")
    command = "apt-get install fonts-wqy-microhei"  # a command line to type, not a sentence to translate
    assert "請安裝繁體中文字型" in done.stderr and english(done.stderr.replace(command, "")) == [], done.stderr
    done = _compute_pdf(tmp_path, {**_fontconfig(tmp_path, tmp_path / "none"), "LANG": "zh_TW.UTF-8"})
    assert done.returncode == 2 and done.stderr.startswith("perfscore: --format pdf：這台電腦完全沒有字型；請安裝")
    assert english(done.stderr.replace(command, "")) == []


def test_no_fonts_at_all_is_refused_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    done = _compute_pdf(tmp_path, _fontconfig(tmp_path, tmp_path / "none"))  # Pango would segfault here
    assert done.returncode == 2
    assert done.stderr == ("perfscore: --format pdf: this machine has no fonts at all; install a Traditional "
                           "Chinese font (Noto Sans CJK TC, or on Debian and Ubuntu: apt-get install "
                           "fonts-wqy-microhei)\n")
    assert not (tmp_path / "out.pdf").exists()
