"""Workbook messages: what `fill` finds in a filled-in workbook (PS80x) and `import` in a report table
(PS90x), each at its cell, key -> (zh-TW, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # fill (PS80x)
    "PS801": ("列編號 {key!r} 對應不到報告中的任何衡量指標或項目；各列以範本填入的隱藏第一欄比對",
              "row id {key!r} matches no indicator or item of the report; rows are matched by the hidden first "
              "column, which the template fills in"),
    "PS805": (
        "{key!r} 有第二列（第一列在 {first}）；請只保留一列",
        "a second row for {key!r} (the first is {first}); keep one"
    ),
    "PS806": ("沒有 {key!r}（{name}）的列：其內容都未填入", "no row for {key!r} ({name}): nothing of it was filled in"),
    "PS802.changed": ("受保護的儲存格已變更：報告為 {want}，工作表為 {got}；請修改報告本身，再重新產生範本",
                      "protected cell changed: the report has {want}, the sheet {got}; change the report itself, then "
                      "make a new template"),
    "PS802.points": ("只有評核計分（credit: assessed）的衡量指標才填分數；此衡量指標的分數由達成值計算",
                     "points are given only for an assessed indicator (credit: assessed); this one's points are "
                     "computed from its actual value"),
    "PS804": ("報告已有{what} {existing}；工作表為 {new}。已保留報告的值；以 fill --overwrite 可取代",
              "the report already has {what} {existing}; the sheet says {new}. Kept the report's; fill --overwrite "
              "replaces it"),
    "PS803.actual": ("{written} 不是達成值；請將儲存格格式設為文字，並比照原訂目標值寫出實際達到的數值",
                     "{written} is not an actual value; format the cell as text and write the figure reached, like "
                     "the target"),
    "PS803.points": ("{written} 不是 0 到 {limit} 之間的分數", "{written} is not a number of points from 0 to {limit}"),
    "PS803.text": ("{written} 不是文字", "{written} is not text"),
    "fill.nothing": ("（空白）", "'nothing'"),
    "fill.the_weight": ("權重", "the weight"),
    "fill.actual": ("達成值", "the actual value"),
    "fill.points": ("分數", "points"),
    "fill.analysis": ("績效衡量暨達成情形分析", "the analysis"),
    "fill.cause": ("未達成原因分析", "the cause"),
    "fill.strategy": ("因應策略", "the strategy"),
    # import (PS90x)
    "PS901.empty": (
        "{name}：活頁簿是空的：沒有任何工作表有值",
        "{name}: the workbook is empty: no sheet holds a value"
    ),
    "PS901.csv_encoding": ("{name}：CSV 檔既不是 UTF-8 也不是 Big5（cp950）文字",
                           "{name}: the CSV file is neither UTF-8 nor Big5 (cp950) text"),
    "PS901.csv_nul": ("{name}：不是 CSV 檔（含有 NUL 位元組）", "{name}: not a CSV file (it holds NUL bytes)"),
    "PS901.csv_lines": (
        "{name}：超過 {limit} 行，超出報告所能容納",
        "{name}: more than {limit} lines, more than a report can hold"
    ),
    "PS901.csv_cells": (
        "{name}：超過 {limit} 個儲存格，超出報告所能容納",
        "{name}: more than {limit} cells, more than a report can hold"
    ),
    "PS901.csv": ("{name}：無法讀取為 CSV（{error}）", "{name}: cannot read it as CSV ({error})"),
    "PS901.sheet_size": ("{name}：工作表 {sheet} 有 {rows} 列 × {columns} 欄，超出報告所能容納",
                         "{name}: sheet {sheet} spans {rows} rows by {columns} columns, more than a report can hold"),
    "PS901.password": ("{name}：活頁簿有密碼保護；請另存一份不設密碼的副本（保護工作表無妨，加密檔案則不行）",
                       "{name}: the workbook is password-protected; save a copy without a password (protecting a "
                       "sheet is fine, encrypting the file is not)"),
    "PS901.unreadable": ("{name}：無法讀取為 XLSX 或 ODS 活頁簿（{error}）",
                         "{name}: cannot read it as an XLSX or ODS workbook ({error})"),
    "PS901.ole": ("{name}：活頁簿有密碼保護（或為舊式 .xls 檔）；請另存為不設密碼的 .xlsx 或 .ods",
                  "{name}: the workbook is password-protected (or an old .xls file); save a copy as .xlsx or .ods "
                  "without a password"),
    "PS901.not_zip": ("{name}：不是 XLSX 或 ODS 活頁簿（不是 zip 壓縮檔）",
                      "{name}: not an XLSX or ODS workbook (not a zip archive)"),
    "PS901.inflate": ("{name}：活頁簿解壓後將達 {size} 位元組，超出報告所能容納；未讀取即拒絕",
                      "{name}: the workbook would inflate to {size} bytes, more than a report can hold; it is refused "
                      "unread"),
    "PS901.extra": ("讀取活頁簿需要選用的 office 套件：pip install 'perfscore[office]'",
                    "reading a workbook needs the optional office extra: pip install 'perfscore[office]'"),
    "PS902": ("{wanted}在前 30 列中有標示衡量指標欄（衡量指標或 Indicator）的標題列；請以 --map 指定欄位",
              "{wanted} has a header row naming an indicator column (衡量指標 or Indicator) among its first 30 rows; "
              "name the columns with --map"),
    "PS902.sheet": ("工作表 {sheet!r} 沒有", "sheet {sheet!r}"),
    "PS902.none": ("沒有任何工作表", "no sheet"),
    "PS903": (
        "{what} {value!r} 不是數字；請只寫數字（3 或 3%）",
        "the {what} {value!r} is not a number; write the number alone (3 or 3%)"
    ),
    "PS903.facet_weight": ("面向權重", "facet weight"),
    "PS903.weight": ("權重", "weight"),
    "PS903.points": ("分數", "points"),
    "PS903.achievement": ("達成度", "achievement"),
    "PS904.facet": ("面向「{name}」沒有含衡量指標的目標；已自報告中略去",
                    "facet {name!r} has no goal with an indicator; it is left out of the report"),
    "PS904.goal": (
        "目標「{name}」沒有衡量指標；已自報告中略去",
        "goal {name!r} has no indicators; it is left out of the report"
    ),
    "PS905": ("儲存格{problem}", "the cell {problem}"),
    "PS905.infinite": ("的值為 {value}，不是報告可用的數字", "holds {value}, not a number a report can use"),
    "PS905.boolean": ("的值為真假值 {value}；請寫出文字本身", "holds the truth value {value}; write the text itself"),
    "PS905.error": (
        "含試算表錯誤 {value}；請修正公式或直接輸入值",
        "holds the spreadsheet error {value}; fix the formula or type the value"
    ),
    "PS905.other": (
        "的值為 {kind}（{value}），不是文字；請以文字輸入",
        "holds a {kind} ({value}), not text; type the value as text"
    ),
    "PS906": (
        "表格上方的標題列中找不到{missing}（例如「嘉義市政府行政處 104 年度施政績效報告」）；請加上 {options}",
        "no {missing} found in a title row above the table (such as 「嘉義市政府行政處 104 年度施政績效報告」"
        "); pass {options}"
    ),
    "PS906.title": ("報告名稱", "title"),
    "PS906.organisation": ("機關", "organisation"),
    "PS906.year": ("年度", "year"),
    "words.comma2": ("{a}、{b}", "{a}, {b}"),
    "words.comma3": ("{a}、{b}、{c}", "{a}, {b}, {c}"),
    "PS907": (
        "衡量指標「{name}」上方沒有目標；請在目標欄填入目標",
        "indicator {name!r} has no goal above it; give it a goal in the goal column"
    ),
    "PS908.field": ("--map 指定了不存在的欄位 {field!r}；可用欄位為 {fields}",
                    "--map names the field {field!r}, which does not exist; the fields are {fields}"),
    "PS908.header": (
        "--map 指定了標題 {text!r}，但沒有任何標題列含有它",
        "--map names the header {text!r}, which no header row has"
    ),
}
