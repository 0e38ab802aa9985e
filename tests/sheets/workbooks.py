"""Workbooks laid out like real report tables, written with the libraries an office would use: XlsxWriter
for XLSX, odfdo for ODS, and the csv module. A `Table` is rows of values (None for an empty cell) and the
merged ranges; each writer turns the same table into a file, so one layout is tested in every format."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import odfdo
import xlsxwriter

from perfscore.readers.yaml.reader import YAML

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column; 0-based


@dataclass
class Table:
    sheet: str = "工作表1"
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    def put(self, row: int, column: int, value: Any) -> None:
        while len(self.rows) <= row:
            self.rows.append([])
        line = self.rows[row]
        while len(line) <= column:
            line.append(None)
        line[column] = value

    def merge(self, first: int, column: int, last: int, last_column: int | None = None) -> None:
        if last > first or (last_column or column) > column:
            self.merges.append((first, column, last, column if last_column is None else last_column))


def _number(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def write_xlsx(tables: list[Table], path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    for table in tables:
        sheet = book.add_worksheet(table.sheet)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif value is not None:
                    sheet.write(r, c, _number(value))
        for first, column, last, last_column in table.merges:
            value = table.rows[first][column]
            sheet.merge_range(first, column, last, last_column, "" if value is None else _number(value))
    book.close()
    return path


def write_ods(tables: list[Table], path: Path) -> Path:
    document = odfdo.Document("spreadsheet")
    body = document.body
    body.clear()
    for table in tables:
        sheet = odfdo.Table(table.sheet)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.set_value((c, r), _number(value))
        for first, column, last, last_column in table.merges:
            sheet.set_span((column, first, last_column, last), merge=False)
        body.append(sheet)
    document.save(str(path))
    return path


def write_csv(table: Table, path: Path) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in table.rows:
        writer.writerow(["" if value is None else str(value) for value in row])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def load_example(path: Path) -> dict[str, Any]:
    data = YAML.read(path.read_bytes(), str(path)).data
    assert isinstance(data, dict)
    return data


HEADERS = ["面向", "策略績效目標", "目標權分", "衡量指標", "權分(%)", "達成情形", None, "達成度", "項目權分",
           "績效衡量暨達成情形分析", "未達成原因分析暨因應策略"]


def chiayi_table(data: dict[str, Any], merged: bool = True) -> Table:
    """The example's 38 indicators as its printed table: a title row, a two-row header (達成情形 over
    原訂目標值 and 達成目標值), the facet and goal cells merged over their indicators (or, with
    merged=False, written once and left blank below, as a hand-typed sheet does), and each goal's weight
    beside it (a bonus goal's as 加分，最高N%)."""
    table = Table()
    table.put(0, 0, f"{data['report']['organisation']} {data['report']['year'] - 1911} 年度施政績效報告")
    table.merge(0, 0, 0, len(HEADERS) - 1)
    table.put(1, 0, "單位：%")
    for column, header in enumerate(HEADERS):
        if header is not None:
            table.put(2, column, header)
            if header != "達成情形":
                table.merge(2, column, 3)
    table.merge(2, 5, 2, 6)
    table.put(3, 5, "原訂目標值")
    table.put(3, 6, "達成目標值")
    row = 4
    for facet in data["facets"]:
        facet_row = row
        for goal in facet["goals"]:
            goal_row = row
            for indicator in goal["indicators"]:
                published = indicator.get("published", {})
                values = [None, None, None, indicator["name"], indicator.get("weight"), str(indicator["target"]),
                          str(indicator["actual"]), published.get("achievement"), published.get("points"),
                          indicator.get("analysis"), indicator.get("review")]
                for column, value in enumerate(values):
                    if value is not None:
                        table.put(row, column, value)
                row += 1
            table.put(goal_row, 1, goal["name"])
            weight = f"加分，最高{goal['bonus_cap']}%" if "bonus_cap" in goal else goal.get("weight")
            table.put(goal_row, 2, weight)
            if merged:
                table.merge(goal_row, 1, row - 1)
                table.merge(goal_row, 2, row - 1)
        table.put(facet_row, 0, facet["name"])
        if merged:
            table.merge(facet_row, 0, row - 1)
    return table


CHIAYI_MAP = """\
# What the indicator table does not hold: the scoring rules, grades, the assessed section, and which
# facet the personnel office assessed (its 項目權分 are given points, not computed).
scoring: {total: 100, places: 1, rounding: half_up, achievement_places: 0, achievement_cap: 100, credit: linear}
grades:
  - {name: 優等, min: 90}
  - {name: 甲等, min: 80}
sections:
  - {name: 施政績效具體事蹟, weight: 5, points: 4}
facets:
  人力資源發展面向: {credit: assessed}
"""


EXPORT_HEADERS = ["面向代碼", "面向", "面向權重", "目標代碼", "策略績效目標", "目標權重", "加分上限", "指標代碼",
                  "衡量指標", "權重", "原訂目標值", "達成目標值", "單位", "達成度", "項目權分", "狀態",
                  "績效衡量暨達成情形分析", "未達成原因分析暨因應策略"]


def export_tables(data: dict[str, Any]) -> list[Table]:
    """The example laid out as a flat export: one header row, every row repeating its facet and goal (ids
    too), 達成度 as a percent-formatted number (100% stored as 1), then a 績效總分 sheet (項目 | 權重 |
    績效分數) with the section and the printed totals of the published report (88.9 and 92.9)."""
    table = Table("策略績效目標")
    for column, header in enumerate(EXPORT_HEADERS):
        table.put(0, column, header)
    row = 1
    for facet in data["facets"]:
        for goal in facet["goals"]:
            for indicator in goal["indicators"]:
                published = indicator.get("published", {})
                achievement = published.get("achievement")
                fraction = Decimal(str(achievement).rstrip("%")) / 100 if achievement is not None else None
                values = [facet["id"], facet["name"], facet["weight"], goal["id"], goal["name"], goal.get("weight"),
                          goal.get("bonus_cap"), indicator["id"], indicator["name"], indicator.get("weight"),
                          str(indicator["target"]), str(indicator["actual"]), None, fraction,
                          published.get("points"), None, indicator.get("analysis"), indicator.get("review")]
                for column, value in enumerate(values):
                    if value is not None:
                        table.put(row, column, value)
                row += 1
    breakdown = Table("績效總分")
    lines = [("項目", "權重", "績效分數")]
    lines += [(f["name"], f["weight"], f["published"]["points"]) for f in data["facets"]]
    lines += [("策略績效目標分數", Decimal(95), Decimal("88.9")), ("施政績效具體事蹟", Decimal(5), Decimal(4)),
              ("加分：配合本府開源節流措施實施要點", Decimal(1), Decimal(0)),
              ("績效總分", Decimal(100), Decimal("92.9")), ("等第", None, "優等")]
    for r, line in enumerate(lines):
        for column, value in enumerate(line):
            if value is not None:
                breakdown.put(r, column, value)
    return [table, breakdown]
