"""Terminal tables at 60, 80, 120 and 200 columns: every figure of the example whole, no line wider than
the terminal (CJK counted as 2 cells), no trailing space, and a note naming any column left out.

The figures are the example's own (examples/chiayi-2015-administration.yaml, transcribed from the Chiayi
City Government's published 104 年度施政績效報告): targets such as `120,000`, `執行率80%`, `5案以上`,
actual values such as `86.43` and `146,746`, facet scores such as `13.9`, the total 92.9.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from perfscore.cli import cli
from perfscore.core.i18n import label
from perfscore.formats.linebreak import wrap
from tests.paths import EXAMPLE_ARG, ROOT

WIDTHS = (60, 80, 120, 200)
LANGS = ("zh-TW", "en")
# A figure inside a long target sentence (`…健康檢查達成率 ≥ 75%`): the comparator, number and unit.
EMBEDDED = re.compile(r"[≥≤<>]?\s?[+-]?\d[\d,.]*%?")


def _invoke(args: list[str], width: int) -> str:
    result = CliRunner().invoke(cli, args, env={"COLUMNS": str(width), "NO_COLOR": "1", "FORCE_COLOR": ""})
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Next year's draft of the example (actual values empty), the second file of compare and diff."""
    path = tmp_path_factory.mktemp("draft") / "draft-2016.yaml"
    result = CliRunner().invoke(cli, ["rollover", str(ROOT / EXAMPLE_ARG), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def _figures() -> list[str]:
    """Every figure the example's tables show: targets, actual values, achievements, weights, points,
    facet weights and scores and the total, as the JSON output writes them."""
    view = json.loads(_invoke(["compute", str(ROOT / EXAMPLE_ARG), "-f", "json"], 200))
    figures = {str(view["total"]), str(view["subtotal"])}
    for facet in view["facets"]:
        figures |= {str(facet["weight"]), str(facet["score"])}
        for goal in facet["goals"]:
            for indicator in goal["indicators"]:
                target = indicator["target"]["text"] if indicator["target"] else ""
                texts = [target, indicator["actual"] or ""]
                for text in texts:
                    figures |= {text} if cell_len(text) <= 16 else set(EMBEDDED.findall(text))
                figures |= {str(indicator["weight"]), str(indicator["points"])}
                if indicator["achievement"] is not None:
                    figures.add(f"{indicator['achievement']}%")
    figures -= {"", "None"}
    assert {"120,000", "146,746", "86.43", "執行率80%", "5案以上", "≥ 75%", "13.9", "92.9"} <= figures
    return sorted(figures)


FIGURES = _figures()


def _spans(line: str) -> Iterator[tuple[int, int, str]]:
    """Each space-separated token of a line with its first and last cell."""
    for match in re.finditer(r"\S+", line):
        start = cell_len(line[:match.start()])
        yield start, start + cell_len(match.group()), match.group()


def broken_figures(text: str) -> list[str]:
    """Figures split over two lines of a table: a head ending a token on one line and the rest starting a
    token on the next, aligned at the left (left-justified cell) or at the right (right-justified)."""
    lines = text.splitlines()
    found = []
    for upper, lower in itertools.pairwise(lines):
        below = list(_spans(lower))
        for _start, end, token in _spans(upper):
            for figure in FIGURES:
                for cut in range(1, len(figure)):
                    head, tail = figure[:cut], figure[cut:]
                    if not token.endswith(head) or (head.isdigit() and tail.isdigit()):
                        continue  # digits stacked in a column of counts are two figures, not one split
                    head_start = end - cell_len(head)
                    if any((s == head_start and t.startswith(tail.lstrip())) or
                           (e == end and t.startswith(tail.lstrip())) for s, e, t in below):
                        found.append(f"{head!r}+{tail!r} in {upper.strip()!r} / {lower.strip()!r}")
    return found


def _outputs(draft: str) -> Iterator[tuple[str, str, int, list[str]]]:
    example = str(ROOT / EXAMPLE_ARG)
    for lang in LANGS:
        for width in WIDTHS:
            for name, args in (("compute", ["compute", example]), ("compute --detail", ["compute", example,
                               "--detail"]), ("compare", ["compare", example, draft]),
                               ("diff", ["diff", example, draft])):
                yield name, lang, width, [*args, "--lang", lang]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", ["compute", "compute --detail", "compare", "diff"])
def test_every_figure_whole_and_every_line_within_the_width(draft: str, command: str, lang: str,
                                                           width: int) -> None:
    args = next(a for n, la, w, a in _outputs(draft) if (n, la, w) == (command, lang, width))
    text = _invoke(args, width)
    assert len(text.splitlines()) > 5
    assert [line for line in text.splitlines() if cell_len(line) > width] == []
    assert [line for line in text.splitlines() if line != line.rstrip()] == []
    assert broken_figures(text) == []
    if command.startswith("compute"):
        # each figure of the report is shown whole at least once (the achievement may be the column that
        # goes at 60 columns in English; the unmet review still shows the unmet ones)
        missing = [f for f in FIGURES if f not in text and not (f.endswith("%") and f[:-1].isdigit())]
        assert missing == []
    if command == "compare":
        assert "92.9" in text
        # a facet column that does not fit is named below the table, with where to see it
        flat = re.sub(r"\s+", "", text)
        name = "人力資源發展面向" if lang == "zh-TW" else "Humanresources"
        assert "13.9" in text or (name in flat and "--formatcsv" in flat)
        # every facet is either a column or named in the note below the table, and a note only when a column
        # went (the draft's 尚未計分, wider than its old 0, can push out the last facet while 13.9 stays)
        # the years whole (a squeezed Year column once showed 201 for 2015)
        assert all(year in text for year in (("104", "105") if lang == "zh-TW" else ("2015", "2016")))
        facets = FACETS[lang]
        assert [facet for facet in facets if facet not in flat] == []
        if "--formatcsv" not in flat:
            assert all(figure in text for figure in ("35", "20", "13.9"))


FACETS = {"zh-TW": ["核", "創", "資", "費"],  # one character each: a narrow header stands them one a line
          "en": ["business", "innovation", "resources", "execution"]}  # a wrapped header splits the English names


def test_the_detector_finds_a_split_figure() -> None:
    """The checker above is not vacuous: the splits of issue 12 are caught."""
    assert broken_figures("  檔案編目建檔   120,   146,\n                 000    746\n")
    assert broken_figures("   86.4\n      3\n")
    assert broken_figures(" 執行率80\n %\n")
    assert not broken_figures("  120,000   146,746\n")


@pytest.mark.parametrize("width", [8, 10, 14, 20])
def test_cjk_lines_never_start_with_closing_punctuation(width: int) -> None:
    text = "依人事處評核資料填列，爾後將再提昇本處同仁能力與素質、鼓勵同仁（含約僱人員）加強參與「終身學習」。"
    lines = wrap(text, width)
    assert "".join(lines) == text
    assert all(cell_len(line) <= width for line in lines)
    assert [line for line in lines if line[0] in "，、。；：）」』】》"] == []
    assert [line for line in lines if line[-1] in "（「『【《"] == []


def test_a_list_marker_never_stands_alone() -> None:
    # the example's review text (hr-2-1): rich printed "1." alone above "依人事處評核資料填列…"
    lines = wrap("1. 依人事處評核資料填列，爾後將再提昇本處同仁能力與素質。", 25)
    assert lines[0] == "1. 依人事處評核資料填列，"
    assert wrap("Publish the city gazette 1. Hold meetings", 27) == ["Publish the city gazette", "1. Hold meetings"]


def test_english_words_and_figures_wrap_whole() -> None:
    assert wrap("Administration Department 120,000 ≥ 5 100% → 90%", 16) == [
        "Administration", "Department", "120,000 ≥ 5", "100% → 90%"]


def test_a_word_longer_than_the_line_folds_as_a_last_resort() -> None:
    assert wrap("examples/chiayi.yaml", 10) == ["examples/c", "hiayi.yaml"]


def test_the_default_width_changes_only_where_it_was_wrong(runner: CliRunner, tmp_path: Path) -> None:
    """At 120 columns the first facet table is rich's layout, column for column (pinned lines)."""
    text = runner.invoke(cli, ["compute", EXAMPLE_ARG], env={"COLUMNS": "120"}).stdout
    pinned = "\n                        2.定期召開市務會議                   " \
             "100%           100%     100%      2          2   ● 達成\n"
    assert pinned in text
    # the review no longer leaves "1." alone nor starts a line with "，"
    assert "   1. 依人事處評核資料填\n" in text
    assert not re.search(r"^\s*，", text, re.MULTILINE)


def test_no_trailing_spaces_in_colour_either() -> None:
    """rich pads a styled cell inside its style: spaces and colour codes alternate at a line's end."""
    from perfscore.engine.analyse import analyze_file
    from perfscore.formats import RenderOptions
    from perfscore.formats.report import table
    from perfscore.views.report import result_view

    outcome = analyze_file(ROOT / EXAMPLE_ARG)
    text = table.render(result_view(outcome, "zh-TW"), RenderOptions(width=80, color=True))
    assert "\x1b[" in text
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert [line for line in plain.splitlines() if line != line.rstrip()] == []
    assert text.count("\x1b[0m") >= text.count("\x1b[1m")  # every style is still closed


RELATIVE = ROOT / "tests" / "data" / "relative"


@pytest.mark.parametrize("width", (*WIDTHS, 100))
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", ["compute", "compute --detail", "compare", "diff"])
def test_a_relative_target_wraps_its_origin_not_the_table(command: str, lang: str, width: int) -> None:
    """`≥ 81.2%（上年度實際值 80.2% +1個百分點，…a-2023.yaml）`: the origin is text and wraps; only the figure
    (80.2% + 1 point = 81.2%; 120件 × 1.1 = 132件) stays whole. At 100 columns the unmet review's headers
    were one character a line and its cause column two cells wide (a new-user trial)."""
    now, last = str(RELATIVE / "a-2024.yaml"), str(RELATIVE / "a-2023.yaml")
    args = {"compute": ["compute", now], "compute --detail": ["compute", now, "--detail"],
            "compare": ["compare", last, now], "diff": ["diff", last, now]}[command]
    text = _invoke([*args, "--lang", lang], width)
    lines = text.splitlines()
    assert [line for line in lines if cell_len(line) > width] == []
    assert [line for line in lines if line != line.rstrip()] == []
    if command.startswith("compute"):
        assert "≥ 81.2%" in text and "≥ 132件" in text
        # no header stacked one character a line: the unmet review's header is at most four lines
        # (below 100 columns the review is label/value cards, with no header)
        if width >= 100:
            start = next(i for i, line in enumerate(lines) if line.strip() == label("unmet_review", lang))
            rule = next(i for i in range(start, len(lines)) if "───" in lines[i])
            assert rule - start <= 6  # the title, a blank line, at most four header lines
