"""`perfscore import`: report tables in XLSX, ODS and CSV, laid out like real ones, become YAML reports.

The workbooks are built here (tests/sheets/workbooks.py) from the bundled Chiayi example, whose figures
come from the published report of 嘉義市政府行政處 for ROC year 104 (see the example's header): imported
back, the 38 indicators must score the published 92.9 and carry the report's two real inconsistencies
(PS302, PS303), now located at the workbook's cells.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.engine.analyse import analyze_file
from perfscore.readers.yaml.reader import YAML
from tests.conftest import EXAMPLE
from tests.paths import ROOT
from tests.sheets.workbooks import (
    CHIAYI_MAP,
    Table,
    chiayi_table,
    export_tables,
    load_example,
    write_csv,
    write_ods,
    write_xlsx,
)

WRITERS = {"xlsx": lambda table, path: write_xlsx([table], path), "ods": lambda table, path: write_ods([table], path),
           "csv": write_csv}


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["import", *args])


def indicators(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(facet["name"], goal["name"], ind["name"], ind.get("weight"), str(ind["target"]), str(ind["actual"]))
            for facet in data["facets"] for goal in facet["goals"] for ind in goal["indicators"]]


@pytest.mark.parametrize(("suffix", "merged"), [("xlsx", True), ("ods", True), ("xlsx", False), ("csv", False)])
def test_the_chiayi_table_imports_and_scores_92_9(tmp_path: Path, suffix: str, merged: bool) -> None:
    example = load_example(EXAMPLE)
    book = WRITERS[suffix](chiayi_table(example, merged), tmp_path / f"chiayi.{suffix}")
    (tmp_path / "map.yaml").write_text(CHIAYI_MAP, encoding="utf-8")
    out = tmp_path / "report.yaml"
    result = run(str(book), "--map", str(tmp_path / "map.yaml"), "-o", str(out))
    # Exit 1: the report's own two errors, which the printed report really has.
    assert result.exit_code == 1, result.output
    # The HR facet starts on row 30: 4 rows of title and headers, then 20 core and 5 innovation indicators.
    sheet = "" if suffix == "csv" else "工作表1!"
    assert f"chiayi.{suffix}:{sheet}A30: PS302" in result.output
    assert f"chiayi.{suffix}:{sheet}C30: PS303" in result.output  # the goal's weight cell: 3, not 6
    outcome = analyze_file(out)
    assert outcome.result is not None
    assert outcome.result.total == Decimal("92.9")
    assert [finding.code for finding in outcome.findings] == ["PS302", "PS303"]
    imported = YAML.read(out.read_bytes(), str(out)).data
    assert len(indicators(imported)) == 38
    assert indicators(imported) == indicators(example)
    text = out.read_text(encoding="utf-8")
    if suffix != "csv":
        assert "  # 工作表1!A5:A24\n  - name: 核心業務面向\n" in text  # the facet's merged or continued cells
        assert "      # 工作表1!B5:B7\n      - name: 推動文書作業資訊化\n" in text


def test_xlsx_and_ods_give_the_same_report(tmp_path: Path) -> None:
    table = chiayi_table(load_example(EXAMPLE))
    texts = []
    for suffix, writer in (("xlsx", write_xlsx), ("ods", write_ods)):
        book = writer([table], tmp_path / f"same.{suffix}")
        result = run(str(book), "--map", _map(tmp_path), "-o", str(tmp_path / f"{suffix}.yaml"))
        assert result.exit_code == 1
        texts.append((tmp_path / f"{suffix}.yaml").read_text(encoding="utf-8").replace("same.ods", "same.xlsx"))
    assert texts[0] == texts[1]


def _map(tmp_path: Path) -> str:
    path = tmp_path / "map.yaml"
    path.write_text(CHIAYI_MAP, encoding="utf-8")
    return str(path)


def two_level() -> Table:
    """A hand-made table: title rows, facet heading rows merged across (一、核心業務面向：35%), goals merged
    over their indicators, English sub-columns nowhere, review split into cause and strategy."""
    table = Table("績效")
    table.put(0, 0, "嘉義市政府行政處")
    table.put(1, 0, "嘉義市政府行政處 104 年度施政績效報告")
    headers = ["策略績效目標", "衡量指標", "權重", "年度目標值", "實際值", "未達成原因分析", "因應策略", "衡量標準"]
    for column, header in enumerate(headers):
        table.put(3, column, header)
    rows = [
        ("一、核心業務面向：60%",),
        ("甲目標", "指標一", 30, "100%", "100%", None, None, "發行期數／12"),
        (None, "指標二", 30, "≥ 5件", "4件", "人力不足\n（下半年補足）", "增聘１人", None),
        ("二、經費執行力面向(40%)",),
        ("乙目標", "經常門執行率", 40, "執行率80%", "86.43", None, None, None),
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values):
            if value is not None:
                table.put(4 + offset, column, value)
        if len(values) == 1:
            table.merge(4 + offset, 0, 4 + offset, len(headers) - 1)
    table.merge(5, 0, 6, 0)
    return table


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_two_level_table_with_facet_heading_rows(tmp_path: Path, suffix: str) -> None:
    book = WRITERS[suffix](two_level(), tmp_path / f"t.{suffix}")
    out = tmp_path / "t.yaml"
    result = run(str(book), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = YAML.read(out.read_bytes(), str(out)).data
    assert data["report"] == {"title": "104 年度施政績效報告", "organisation": "嘉義市政府行政處", "year": 2015}
    assert [(f["name"], f["weight"]) for f in data["facets"]] == [("核心業務面向", 60), ("經費執行力面向", 40)]
    second = data["facets"][0]["goals"][0]["indicators"][1]
    assert second["review"] == {"cause": "人力不足\n（下半年補足）", "strategy": "增聘１人"}
    assert data["facets"][0]["goals"][0]["indicators"][0]["note"] == "衡量標準：發行期數／12"
    outcome = analyze_file(out)
    assert outcome.result is not None
    # 30 + 30 × 4/5 + 40 = 94 (linear credit; 86.43 beats 80, capped at 100%)
    assert outcome.result.total == Decimal("94")


def test_text_is_kept_exactly(tmp_path: Path) -> None:
    odd = ["　全形空白開頭", "兩行\n第二行", "結尾換行\n", "Ｆｕｌｌ　ｗｉｄｔｈ：１００％", "tab\there", "CR\r\nLF",
           "- looks like a list", "yes", "# not a comment", "'quoted'", "1,200", "null"]
    table = Table()
    table.put(0, 0, "測試處 104 年度施政績效報告")
    for column, header in enumerate(["績效目標", "衡量指標", "權分", "目標值", "實際值", "績效衡量暨達成情形分析"]):
        table.put(1, column, header)
    table.put(2, 0, "目標")
    for row, text in enumerate(odd, start=2):
        for column, value in ((1, f"指標{row}"), (2, 1), (3, "100%"), (4, "100%"), (5, text)):
            table.put(row, column, value)
    book = write_xlsx([table], tmp_path / "odd.xlsx")
    out = tmp_path / "odd.yaml"
    assert run(str(book), "-o", str(out)).exit_code == 1  # 12 weigh 12, not 100: PS301
    data = YAML.read(out.read_bytes(), str(out)).data
    assert [ind["analysis"] for ind in data["facets"][0]["goals"][0]["indicators"]] == odd


def bad_table() -> Table:
    table = Table()
    table.put(0, 0, "測試處 104 年度施政績效報告")
    for column, header in enumerate(["面向", "績效目標", "衡量指標", "權分", "目標值", "實際值"]):
        table.put(1, column, header)
    table.put(2, 0, "面向甲")
    table.put(2, 1, "目標一")
    for column, value in ((2, "指標一"), (3, "三分"), (4, "100%"), (5, "#REF!")):
        table.put(2, column, value)
    table.put(3, 1, "沒有指標的目標")
    table.put(4, 1, "目標三")
    for column, value in ((2, "指標三"), (3, 100), (4, "100%"), (5, "100%")):
        table.put(4, column, value)
    return table


def test_each_problem_is_located_at_its_cell(tmp_path: Path) -> None:
    book = write_xlsx([bad_table()], tmp_path / "bad.xlsx")
    out = tmp_path / "bad.yaml"
    result = run(str(book), "-o", str(out))
    assert result.exit_code == 1
    located = sorted(line.split(" ")[0] + " " + line.split(" ")[1] for line in result.output.splitlines()
                     if line.startswith(str(book)))
    assert located == [f"{book}:工作表1!B4: PS904", f"{book}:工作表1!D3: PS903", f"{book}:工作表1!F3: PS905"]
    text = out.read_text(encoding="utf-8")
    assert "weight: 三分" in text  # the report keeps what the sheet says; the finding says what is wrong
    assert "#   " + f"{book}:工作表1!D3: PS903" in text


def test_a_date_or_a_truth_value_is_an_unreadable_cell(tmp_path: Path) -> None:
    import datetime

    import xlsxwriter

    path = tmp_path / "dates.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("工作表1")
    sheet.write_row(0, 0, ["測試處 104 年度施政績效報告"])
    sheet.write_row(1, 0, ["績效目標", "衡量指標", "權分", "目標值", "實際值"])
    sheet.write_row(2, 0, ["目標", "指標", 100, "完成"])
    sheet.write_datetime(2, 4, datetime.datetime(2015, 12, 31), book.add_format({"num_format": "yyyy/mm/dd"}))
    sheet.write_row(3, 1, ["指標二", 0, "100%"])
    sheet.write_boolean(3, 4, True)
    book.close()
    result = run(str(path), "-o", str(tmp_path / "out.yaml"))
    assert f"{path}:工作表1!E3: PS905" in result.output
    assert f"{path}:工作表1!E4: PS905" in result.output


def test_missing_details_are_a_finding_and_options_supply_them(tmp_path: Path) -> None:
    table = bad_table()
    table.rows[0] = ["無年度的標題"]
    book = write_xlsx([table], tmp_path / "nodate.xlsx")
    result = run(str(book), "-o", str(tmp_path / "a.yaml"))
    assert f"{book}:工作表1!A1: PS906" in result.output  # where a title row would be
    given = run(str(book), "-o", str(tmp_path / "b.yaml"), "--title", "績效報告", "--organisation", "測試處",
                "--year", "104")
    assert "PS906" not in given.output
    data = YAML.read((tmp_path / "b.yaml").read_bytes(), "b.yaml").data
    assert data["report"] == {"title": "績效報告", "organisation": "測試處", "year": 2015}


@pytest.mark.parametrize(("name", "raw", "says"), [
    ("corrupt.xlsx", b"PK\x03\x04 this is not a zip archive", "not an XLSX or ODS workbook"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "password-protected"),
    ("empty.csv", b"", "empty"),
    ("blank.csv", b",,\r\n,,\r\n", "empty"),
    ("binary.csv", b"\x00\x01\x02", "not a CSV file"),
])
def test_an_unreadable_workbook_is_a_clear_error(tmp_path: Path, name: str, raw: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    result = run(str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2
    assert says in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_an_empty_workbook_is_a_clear_error(tmp_path: Path) -> None:
    result = run(str(write_xlsx([Table()], tmp_path / "empty.xlsx")))
    assert result.exit_code == 2 and "the workbook is empty" in result.output


def test_a_workbook_that_inflates_too_far_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from perfscore.readers.sheets import grid

    monkeypatch.setattr(grid, "MAX_INFLATED", 1000)
    result = run(str(write_xlsx([two_level()], tmp_path / "big.xlsx")))
    assert result.exit_code == 2 and "would inflate to" in result.output


def test_no_table_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("會議紀錄\r\n出席：甲、乙\r\n", encoding="utf-8")
    result = run(str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 1 and f"{path}:A1: PS902" in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_a_map_names_columns_by_letter_or_header(tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text("A 處 104 年度施政績效報告\r\nKPI名稱,分數占比,目標,結果,所屬目標\r\n"
                    "指標一,60,100%,100%,目標甲\r\n指標二,40,5件,5件,目標甲\r\n", encoding="utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns: {A: indicator, 分數占比: weight, C: target, D: actual, 所屬目標: goal}\n"
                       "facets: {custom: {id: f1}}\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run(str(path), "--map", str(mapping), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = YAML.read(out.read_bytes(), str(out)).data
    # No facet column or heading: the facet is named after the file (a sheet's name in a workbook).
    assert data["facets"][0]["name"] == "custom" and data["facets"][0]["id"] == "f1"
    assert [(i["name"], i["weight"]) for i in data["facets"][0]["goals"][0]["indicators"]] == [("指標一", 60),
                                                                                              ("指標二", 40)]
    assert analyze_file(out).result.total == Decimal("100")  # type: ignore[union-attr]


def test_a_bad_map_entry_is_a_warning_and_a_bad_map_an_error(tmp_path: Path) -> None:
    book = write_xlsx([two_level()], tmp_path / "t.xlsx")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns: {不存在的欄: weight, B: colour}\n", encoding="utf-8")
    result = run(str(book), "--map", str(mapping), "-o", str(tmp_path / "out.yaml"))
    assert result.output.count("PS908") == 2
    mapping.write_text("colums: {}\n", encoding="utf-8")
    result = run(str(book), "--map", str(mapping))
    assert result.exit_code == 2 and "unknown key colums" in result.output


def test_the_input_is_never_replaced(tmp_path: Path) -> None:
    book = write_xlsx([two_level()], tmp_path / "t.xlsx")
    before = book.read_bytes()
    result = run(str(book), "-o", str(book))
    assert result.exit_code == 2 and "refusing to overwrite an input file" in result.output
    assert book.read_bytes() == before


def test_compute_reads_a_workbook_and_names_cells(tmp_path: Path) -> None:
    book = write_xlsx([bad_table()], tmp_path / "bad.xlsx")
    result = CliRunner().invoke(cli, ["compute", str(book)])
    assert f"{book}:工作表1!D3: PS903" in result.output


def test_a_sheet_repeating_facets_already_read_is_left_out(tmp_path: Path) -> None:
    """An unmet-review sheet (未達績效目標項目檢討) names the same facets, goals and indicators again."""
    example = load_example(EXAMPLE)
    review = Table("未達績效目標項目檢討")
    for column, header in enumerate(["面向", "策略績效目標", "衡量指標", "原訂目標值", "達成目標值", "達成度"]):
        review.put(0, column, header)
    review.rows.append(["人力資源發展面向", "推動組織學習，促進公務人員終身學習", "強化公務人員終身學習時數",
                        "70%", "63%", "90%"])
    book = write_xlsx([chiayi_table(example), review], tmp_path / "two.xlsx")
    out = tmp_path / "two.yaml"
    run(str(book), "--map", _map(tmp_path), "-o", str(out))
    imported = YAML.read(out.read_bytes(), str(out)).data
    assert indicators(imported) == indicators(example)


def test_one_sheet_per_facet(tmp_path: Path) -> None:
    sheets = []
    for facet, weight in (("核心業務面向", 60), ("經費執行力面向", 40)):
        table = Table(facet)
        table.put(0, 0, "測試處 104 年度施政績效報告")
        for column, value in enumerate(["績效目標", "衡量指標", "權分", "目標值", "實際值"]):
            table.put(1, column, value)
        for column, value in enumerate([f"{facet}目標", f"{facet}指標", weight, "100%", "100%"]):
            table.put(2, column, value)
        sheets.append(table)
    out = tmp_path / "facets.yaml"
    assert run(str(write_ods(sheets, tmp_path / "facets.ods")), "-o", str(out)).exit_code == 0
    data = YAML.read(out.read_bytes(), str(out)).data
    assert [(facet["name"], facet["weight"]) for facet in data["facets"]] == [("核心業務面向", 60),
                                                                              ("經費執行力面向", 40)]


def test_hostile_tables_end_quickly(tmp_path: Path) -> None:
    import time

    path = tmp_path / "lines.csv"
    path.write_bytes(b"\n" * 3_000_000)  # 3 MB of empty rows: over the row limit, refused before parsing
    started = time.perf_counter()
    result = run(str(path))
    assert result.exit_code == 2 and "more than a report can hold" in result.output
    long_title = Table()
    long_title.put(0, 0, "1" * 30_000 + " 年度")  # digits and no 報告: a backtracking pattern would take minutes
    for column, header in enumerate(["績效目標", "衡量指標", "權分"]):
        long_title.put(2, column, header)
    long_title.put(3, 0, "面向" + " " * 30_000 + "9" * 5_000)  # a facet heading row of spaces and digits
    result = run(str(write_xlsx([long_title], tmp_path / "long.xlsx")))
    assert result.exit_code == 1
    # Generous for a loaded machine; the heading pattern unbounded took 402 s on a tenth of this text.
    assert time.perf_counter() - started < 30


def test_validate_reads_a_named_workbook_but_never_searches_folders_for_one(tmp_path: Path) -> None:
    write_xlsx([bad_table()], tmp_path / "bad.xlsx")
    (tmp_path / "scores.csv").write_text("not,a,report\r\n", encoding="utf-8")
    named = CliRunner().invoke(cli, ["validate", str(tmp_path / "bad.xlsx")])
    assert named.exit_code == 1 and "bad.xlsx:工作表1!D3: PS903" in named.output
    folder = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert folder.exit_code == 2 and "no *.yaml or *.yml files" in folder.output


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_flat_export_with_a_breakdown_sheet(tmp_path: Path, suffix: str) -> None:
    """Facet and goal repeated on every row, ids, 加分上限, 達成度 stored as fractions, and the section and
    printed totals taken from the 績效總分 sheet: only the scoring and the assessed facet come from the map."""
    example = load_example(EXAMPLE)
    writer = write_xlsx if suffix == "xlsx" else write_ods
    book = writer(export_tables(example), tmp_path / f"flat.{suffix}")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("facets: {人力資源發展面向: {credit: assessed}}\n", encoding="utf-8")
    out = tmp_path / "flat.yaml"
    result = run(str(book), "--map", str(mapping), "-o", str(out), "--title", "104 年度施政績效報告",
                 "--organisation", "嘉義市政府行政處", "--year", "2015")
    assert result.exit_code == 1
    # Row 27: the header, then 20 core and 5 innovation rows; C is the facet's weight, F the goal's.
    assert f"flat.{suffix}:策略績效目標!C27: PS302" in result.output
    assert f"flat.{suffix}:策略績效目標!F27: PS303" in result.output
    outcome = analyze_file(out)
    assert outcome.result is not None and outcome.result.total == Decimal("92.9")
    # No PS401 (達成度 read as percent), no PS403 (88.9 and 92.9 printed in the breakdown agree).
    assert [finding.code for finding in outcome.findings] == ["PS302", "PS303"]
    imported = YAML.read(out.read_bytes(), str(out)).data
    assert indicators(imported) == indicators(example)
    assert imported["sections"] == [{"name": "施政績效具體事蹟", "weight": 5, "points": 4}]
    assert imported["report"]["published"] == {"subtotal": Decimal("88.9"), "total": Decimal("92.9")}
    ids = [(f["id"], g["id"], i["id"]) for f in imported["facets"] for g in f["goals"] for i in g["indicators"]]
    assert ids == [(f["id"], g["id"], i["id"]) for f in example["facets"] for g in f["goals"] for i in g["indicators"]]
    assert [g["bonus_cap"] for g in imported["facets"][3]["goals"] if "bonus_cap" in g] == [1, 4]


def test_the_readme_import_sample_is_what_import_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `perfscore import chiayi.xlsx --map map.yaml -o report.yaml`, run on the example's table:
    its findings are in the language of a zh-TW run now, not the English of an older sample (a new-user
    trial)."""
    write_xlsx([chiayi_table(load_example(EXAMPLE))], tmp_path / "chiayi.xlsx")
    (tmp_path / "map.yaml").write_text(CHIAYI_MAP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["import", "chiayi.xlsx", "--map", "map.yaml", "-o", "report.yaml"],
                                env={"COLUMNS": "110", "NO_COLOR": "1", "FORCE_COLOR": ""})
    assert result.exit_code == 1
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```text\n$ perfscore import chiayi.xlsx")
    block = readme[readme.index("\n", start + len("```text\n")) + 1:readme.index("```", start + 8)]
    assert block == result.output
