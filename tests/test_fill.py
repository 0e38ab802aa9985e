"""`perfscore template` and `perfscore fill`: the year-end round trip (rollover -> template -> the divisions fill
it in -> fill -> compute) on the Chiayi example, and every finding fill reports, located at its cell.

The filled workbook is made here the way a division's would be: the template is read back with calamine and
written again with XlsxWriter (which cannot edit a file), with the open cells filled in.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from click.testing import CliRunner
from python_calamine import CalamineWorkbook

from perfscore.cli import cli
from perfscore.engine.analyse import analyze_bytes

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "chiayi-2015-administration.yaml"


def run(*args: str) -> Any:
    """The command's result; `fill` is asked for English (--lang en), since these tests quote its messages."""
    return CliRunner().invoke(cli, [*args, "--lang", "en"] if args[0] == "fill" else list(args))


def sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names}


def write_book(path: Path, content: dict[str, list[list[Any]]], then: Any = None) -> None:
    """Write `content` as an XLSX workbook; `then(book)` may add to it before it is closed."""
    book = xlsxwriter.Workbook(str(path))
    for name, rows in content.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in ("", None):
                    sheet.write(r, c, value)
    if then is not None:
        then(book)
    book.close()


def example_values() -> tuple[dict[str, dict[str, Any]], Decimal]:
    """The example's own actual values, points, analyses and reviews by indicator id, and its section's points."""
    report = analyze_bytes(EXAMPLE.read_bytes(), str(EXAMPLE)).report
    assert report is not None
    values = {}
    for facet in report.facets:
        for goal in facet.goals:
            for indicator in goal.indicators:
                review = indicator.review
                cause, strategy = (review, review) if isinstance(review, str) else \
                    (review.cause, review.strategy) if review else ("", "")
                assert indicator.id is not None
                values[indicator.id] = {"actual": str(indicator.actual), "points": indicator.points,
                                        "analysis": indicator.analysis or "", "cause": cause or "",
                                        "strategy": strategy or ""}
    points = report.sections[0].points
    assert points is not None
    return values, points


def rolled_template(tmp_path: Path, suffix: str = "xlsx") -> tuple[Path, Path]:
    draft, book = tmp_path / "2016.yaml", tmp_path / f"fill.{suffix}"
    assert run("rollover", str(EXAMPLE), "-o", str(draft)).exit_code == 0
    result = run("template", str(draft), "-o", str(book))
    assert result.exit_code == 0, result.output
    return draft, book


def filled_by_divisions(template: Path, out: Path) -> None:
    values, section_points = example_values()
    content = sheets(template)
    rows = content["填報"]
    header = rows[0]
    assert header == ["列編號", "面向", "策略績效目標", "衡量指標", "權重", "原訂目標值", "單位", "實際值", "評核分數",
                      "績效衡量暨達成情形分析", "未達成原因分析", "因應策略"]
    for row in rows[1:]:
        mine = values[row[0]]
        row[7], row[9], row[10], row[11] = mine["actual"], mine["analysis"], mine["cause"], mine["strategy"]
        if mine["points"] is not None:
            row[8] = float(mine["points"])
    content["評核"][1][4] = float(section_points)
    write_book(out, content)


def test_the_year_end_round_trip_scores_the_published_92_9(tmp_path: Path) -> None:
    draft, template = rolled_template(tmp_path)
    filled_book, filled = tmp_path / "filled.xlsx", tmp_path / "2016-filled.yaml"
    filled_by_divisions(template, filled_book)
    result = run("fill", str(draft), str(filled_book), "-o", str(filled))
    assert result.exit_code == 0, result.output
    # 38 actual values, 38 analyses, 11 assessed indicators' points, 2 reviews, 1 section's points.
    assert "90 value(s) written" in result.output
    data = json.loads(run("compute", str(filled), "--format", "json").output)
    # The published report's figures (examples/chiayi-2015-administration.yaml, from the printed report):
    # 35 + 20 + 13.9 + 20 = 88.9, plus 4 for 施政績效具體事蹟 = 92.9; 36 of 38 indicators met.
    assert (data["total"], data["subtotal"], data["counts"]["indicators"]) == (92.9, 88.9, 38)
    assert (data["counts"]["met"], data["counts"]["unmet"], data["counts"]["unscored"]) == (36, 2, 0)
    assert sorted(f["code"] for f in data["findings"]) == ["PS302", "PS303"]
    # fill only adds: every line of the draft (comments included) is in the filled file, in order.
    lines = iter(filled.read_text(encoding="utf-8").splitlines())
    assert all(any(line == other for other in lines) for line in draft.read_text(encoding="utf-8").splitlines())
    assert run("validate", str(filled), "--ignore", "PS302,PS303").exit_code == 0


def test_the_template_locks_the_report_and_hides_the_id(tmp_path: Path) -> None:
    draft, template = rolled_template(tmp_path)
    again = tmp_path / "again.xlsx"
    assert run("template", str(draft), "-o", str(again)).exit_code == 0
    assert template.read_bytes() == again.read_bytes()
    with zipfile.ZipFile(template) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<sheetProtection" in sheet and "password" not in sheet.split("<sheetProtection")[1].split("/>")[0]
    assert '<col min="1" max="1"' in sheet and 'hidden="1"' in sheet.split('<col min="1" max="1"')[1].split("/>")[0]
    assert "<dataValidation" in sheet
    rows = sheets(template)["填報"]
    assert len(rows) == 39 and rows[1][:8] == ["core-1-1", "核心業務面向", "推動文書作業資訊化", "發行市府公報", 2.0,
                                              "100%", "%", ""]


def test_the_ods_template_reads_back_the_same(tmp_path: Path) -> None:
    draft, ods = rolled_template(tmp_path, "ods")
    xlsx = tmp_path / "fill.xlsx"
    assert run("template", str(draft), "-o", str(xlsx)).exit_code == 0
    assert sheets(ods) == sheets(xlsx)
    again = tmp_path / "again.ods"
    assert run("template", str(draft), "-o", str(again)).exit_code == 0
    assert ods.read_bytes() == again.read_bytes()
    content = zipfile.ZipFile(ods).read("content.xml").decode()
    assert 'table:protected="true"' in content and 'table:visibility="collapse"' in content
    # The header rows are frozen in the view settings, by sheet name (test_fill_libreoffice.py: as shown).
    settings = zipfile.ZipFile(ods).read("settings.xml").decode()
    assert settings.count('<config:config-item config:name="VerticalSplitMode" config:type="short">2<') == 2
    tables = settings.split('config:name="Tables">')[1].split("</config:config-item-map-named>")[0]
    assert tables.count("<config:config-item-map-entry ") == 2
    assert 'config:name="填報"' in tables and 'config:name="評核"' in tables  # not odfdo's blank Feuille1
    # An untouched template fills nothing in and loses nothing.
    result = run("fill", str(draft), str(ods), "-o", str(tmp_path / "same.yaml"))
    assert result.exit_code == 0 and "0 value(s) written" in result.output
    assert (tmp_path / "same.yaml").read_bytes() == draft.read_bytes()


def changed(tmp_path: Path, edit: Any, report: Path | None = None, *args: str) -> Any:
    """Fill a template of the rolled-over example in which `edit(rows)` changed the indicator sheet."""
    draft, template = rolled_template(tmp_path)
    content = sheets(template)
    edit(content["填報"])
    book = tmp_path / "fill.xlsx"
    write_book(book, content)
    out = tmp_path / "out.yaml"
    result = run("fill", str(report or draft), str(book), "-o", str(out), *args)
    return result, out


@pytest.mark.parametrize(("edit", "where", "code"), [
    (lambda rows: rows[1].__setitem__(0, "nope"), "填報!A2", "PS801"),
    (lambda rows: rows[2].__setitem__(5, "60%"), "填報!F3", "PS802"),
    (lambda rows: rows[2].__setitem__(4, 3.0), "填報!E3", "PS802"),
    (lambda rows: rows[1].__setitem__(8, 1.0), "填報!I2", "PS802"),  # points for a linear indicator
    (lambda rows: rows[1].__setitem__(7, "abc"), "填報!H2", "PS803"),
    (lambda rows: rows[1].__setitem__(7, "5件"), "填報!H2", "PS803"),  # another unit than the target's %
    (lambda rows: rows[3].__setitem__(0, rows[2][0]), "填報!A4", "PS805"),
])
def test_each_problem_is_located_at_its_cell_and_nothing_is_written(tmp_path: Path, edit: Any, where: str,
                                                                     code: str) -> None:
    result, out = changed(tmp_path, edit)
    assert result.exit_code == 1
    assert f"fill.xlsx:{where}: {code} error" in result.output
    assert "nothing was written" in result.output and not out.exists()


def test_points_out_of_range_and_a_missing_row(tmp_path: Path) -> None:
    def edit(rows: list[list[Any]]) -> None:
        hr = next(row for row in rows if row[0] == "hr-2-1")  # weight 3, assessed
        hr[8] = 4.0
    result, _ = changed(tmp_path, edit)
    assert result.exit_code == 1 and "PS803 error '4' is not a number of points from 0 to 3" in result.output
    (tmp_path / "again").mkdir()
    result, out = changed(tmp_path / "again", lambda rows: rows.pop())
    assert result.exit_code == 0 and "PS806 warning no row for 'budget-3-1'" in result.output and out.exists()


def test_a_value_the_report_holds_is_replaced_only_with_overwrite(tmp_path: Path) -> None:
    def edit(rows: list[list[Any]]) -> None:
        rows[1][7] = "90%"  # core-1-1: the example's actual is 100%
    result, out = changed(tmp_path, edit, EXAMPLE)
    assert result.exit_code == 1
    assert "fill.xlsx:填報!H2: PS804 error the report already has the actual value '100%'; the sheet says '90%'" \
        in result.output and not out.exists()
    result = run("fill", str(EXAMPLE), str(tmp_path / "fill.xlsx"), "-o", str(out), "--overwrite")
    assert result.exit_code == 0 and "1 value(s) written" in result.output and "(1 replacing" in result.output
    text = out.read_text(encoding="utf-8")
    assert text.count('actual: "90%"') == 1 and text.count("actual: 100%") == EXAMPLE.read_text(
        encoding="utf-8").count("actual: 100%") - 1
    data = json.loads(run("compute", str(out), "--format", "json").output)
    # core-1-1 weighs 2: 90% of it is 1.8, so the core facet drops from 35 to 34.8 and the total to 92.7.
    assert (data["facets"][0]["score"], data["total"]) == (34.8, 92.7)


def test_texts_are_written_exactly(tmp_path: Path) -> None:
    tricky = ' 前導空白，"引號" 與反斜線 \\ 及\t定位\n第二行\u2028LS 與 NEL\x85 結尾 '
    def edit(rows: list[list[Any]]) -> None:
        rows[1][9] = tricky
        rows[1][10] = "一行\n兩行"
        rows[1][11] = "因應"
    result, out = changed(tmp_path, edit)
    assert result.exit_code == 0, result.output
    filled = analyze_bytes(out.read_bytes(), str(out)).report
    assert filled is not None
    indicator = filled.facets[0].goals[0].indicators[0]
    assert indicator.analysis == tricky
    assert indicator.review is not None and not isinstance(indicator.review, str)
    assert (indicator.review.cause, indicator.review.strategy) == ("一行\n兩行", "因應")
    expected = "review:\n              cause: |-\n                一行\n                兩行\n"
    assert expected in out.read_text(encoding="utf-8")


def test_unusable_inputs_are_clear_errors(tmp_path: Path) -> None:
    draft, template = rolled_template(tmp_path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("fill", str(draft), str(broken), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2 and "cannot read it as an XLSX or ODS workbook" in result.output
    other = tmp_path / "other.xlsx"
    write_book(other, {"Sheet1": [["a", "b"], [1, 2]]})
    result = run("fill", str(draft), str(other), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2 and "no sheet has the template's row id" in result.output
    result = run("fill", str(draft), str(template), "-o", str(draft))
    assert result.exit_code == 2 and "refusing to overwrite an input file" in result.output
    assert run("template", str(draft), "-o", str(tmp_path / "t.csv")).exit_code == 2


def test_a_date_in_an_actual_cell_is_unreadable(tmp_path: Path) -> None:
    import datetime

    draft, template = rolled_template(tmp_path)
    def dated(book: Any) -> None:
        cell_format = book.add_format({"num_format": "yyyy-mm-dd"})
        book.worksheets()[0].write_datetime(1, 7, datetime.datetime(2016, 1, 1), cell_format)

    write_book(tmp_path / "dated.xlsx", sheets(template), dated)
    result = run("fill", str(draft), str(tmp_path / "dated.xlsx"), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1 and "dated.xlsx:填報!H2: PS803 error" in result.output


def test_findings_are_core_findings_at_cells_in_reading_order(tmp_path: Path) -> None:
    from perfscore.core.findings import Finding
    from perfscore.readers.filled import read_filled
    from perfscore.readers.workbook import read_workbook

    draft, template = rolled_template(tmp_path)
    content = sheets(template)
    content["評核"][1][4] = 9.0  # the section weighs 5
    content["填報"][3][5] = "60%"
    content["填報"][1][7] = "abc"
    book = tmp_path / "fill.xlsx"
    write_book(book, content)
    outcome = analyze_bytes(draft.read_bytes(), str(draft))
    assert outcome.report is not None and outcome.result is not None
    filling = read_filled(read_workbook(book.read_bytes(), "fill.xlsx"), "fill.xlsx", outcome.report,
                          outcome.result)
    assert all(type(finding) is Finding for finding in filling.findings)
    # Sheet by sheet in the workbook's order; within a sheet by row and column (line and column hold them).
    assert [(f.located(), f.code, f.severity.value, f.line, f.column) for f in filling.findings] == [
        ("fill.xlsx:填報!H2", "PS803", "error", 2, 8), ("fill.xlsx:填報!F4", "PS802", "error", 4, 6),
        ("fill.xlsx:評核!E2", "PS803", "error", 2, 5)]
    assert filling.findings[0].as_dict()["cell"] == "填報!H2"
    assert (filling.entries, filling.written) == ([], 0)
    result = run("fill", str(draft), str(book), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 1
    assert "\n1 file checked: 3 errors, 0 warnings, 0 infos\n" in result.output


@pytest.mark.parametrize("argv", [["template", "nope.yaml", "-o", "t.xlsx"],
                                  ["fill", "nope.yaml", "fill.xlsx", "-o", "x.yaml"],
                                  ["fill", str(EXAMPLE), "nope.yaml", "-o", "x.yaml"]])
def test_a_missing_file_reads_as_in_every_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fill.xlsx").write_bytes(b"")
    result = run(*argv)
    assert result.exit_code == 2
    assert "perfscore: nope.yaml: no such file or folder\n" in result.stderr


def test_quiet_shows_only_what_stops_the_write(tmp_path: Path) -> None:
    result, out = changed(tmp_path, lambda rows: rows.pop(), None, "-q")  # a missing row: PS806, a warning
    assert result.exit_code == 0 and out.exists() and result.stderr == ""

    def edit(rows: list[list[Any]]) -> None:
        rows.pop()  # PS806, a warning: not shown with -q
        rows[1][7] = "abc"  # PS803, an error

    (tmp_path / "again").mkdir()
    result, _ = changed(tmp_path / "again", edit, None, "-q")
    assert result.exit_code == 1
    assert [line.split(": ")[1][:11] for line in result.stderr.splitlines()[:-1]] == ["PS803 error"]


def test_without_the_office_extra_template_says_what_to_install(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "xlsxwriter", None)  # import xlsxwriter now raises ImportError
    result = run("template", str(EXAMPLE), "-o", str(tmp_path / "t.xlsx"))
    assert result.exit_code == 2
    assert "--format xlsx needs XlsxWriter, which is not installed: pip install 'perfscore[office]'" in result.stderr
    assert not (tmp_path / "t.xlsx").exists()


def test_a_control_character_round_trips_through_xlsx_and_is_refused_by_ods(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    start = text.index("            analysis: |-\n")
    end = text.index("\n", start + len("            analysis: |-\n"))
    report = tmp_path / "bell.yaml"
    report.write_text(text[:start] + '            analysis: "bell \\x07 here"' + text[end:], encoding="utf-8")
    assert run("template", str(report), "-o", str(tmp_path / "t.xlsx")).exit_code == 0
    result = run("fill", str(report), str(tmp_path / "t.xlsx"), "-o", str(tmp_path / "same.yaml"))
    assert result.exit_code == 0 and "0 value(s) written" in result.stderr  # the cell read back as written
    result = run("template", str(report), "-o", str(tmp_path / "t.ods"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--format ods: the text of row 'core-1-1' (填報) holds a control character" in result.stderr
    assert not (tmp_path / "t.ods").exists()


@pytest.mark.parametrize("epoch", ["99999999999999", "0", "1700000000"])
def test_source_date_epoch_never_breaks_the_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     epoch: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    for suffix in ("xlsx", "ods"):
        result = run("template", str(EXAMPLE), "-o", str(tmp_path / f"t.{suffix}"))
        assert result.exit_code == 0, result.output


def test_a_deadline_is_filled_with_the_date_it_was_done(tmp_path: Path) -> None:
    from tests.rules.helper import report

    draft = tmp_path / "deadline.yaml"
    draft.write_text(report("{id: d1, name: 結案, weight: 100, target: 113年12月底前}"), encoding="utf-8")
    assert run("template", str(draft), "-o", str(tmp_path / "t.xlsx")).exit_code == 0
    content = sheets(tmp_path / "t.xlsx")
    assert content["填報"][1][:8] == ["d1", "f", "g", "結案", 100.0, "113年12月底前", "", ""]
    content["填報"][1][7] = "abc"
    write_book(tmp_path / "bad.xlsx", content)
    result = run("fill", str(draft), str(tmp_path / "bad.xlsx"), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1
    assert "bad.xlsx:填報!H2: PS803 error the target '113年12月底前' is a deadline" in result.stderr
    content["填報"][1][7] = "113/12/20"
    write_book(tmp_path / "done.xlsx", content)
    filled = tmp_path / "filled.yaml"
    result = run("fill", str(draft), str(tmp_path / "done.xlsx"), "-o", str(filled))
    assert result.exit_code == 0, result.output
    data = json.loads(run("compute", str(filled), "--format", "json").output)
    indicator = data["facets"][0]["goals"][0]["indicators"][0]
    assert (indicator["actual"], indicator["status"], data["total"]) == ("113/12/20", "met", 100)
