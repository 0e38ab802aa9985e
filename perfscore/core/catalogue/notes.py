"""Notes and errors the commands print (stderr), and sentences the formats write around the findings:
key -> (zh-TW, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the summary line of `validate` in zh-TW (the English one keeps its plurals in formats.findings)
    "summary": ("已檢查 {files} 個檔案：{errors} 個錯誤、{warnings} 個警告、{infos} 個提示",
                "{files} checked: {errors}, {warnings}, {infos}"),
    "summary.skipped": ("；略過 {count} 個（非績效報告）", "; {count} skipped (not a report)"),
    "summary.problems": ("；{count} 個路徑問題", "; {count}"),
    "skipped.foreign": ("不是 perfscore 績效報告（沒有 {keys} 中的任何鍵）",
                        "not a perfscore report (none of the keys {keys})"),
    "draft.finding": ("{where}：{code}（草稿中）{message}", "{where}: {code} in the draft: {message}"),
    "rules.markdown_header": ("| 代碼 | 嚴重度 | 名稱 | 說明 |\n|---|---|---|---|",
                              "| code | severity | name | meaning |\n|---|---|---|---|"),
    "league.first_error": ("{where}: {code} {message}", "{where}: {code} {message}"),  # as validate locates
    "league.unscorable": ("無法計分", "cannot be scored"),
    "junit.where": ("第 {line} 行第 {column} 欄，{message}", "line {line}, col {column}, {message}"),
    "skipped": ("{file}：略過，{reason}", "{file}: skipped, {reason}"),
    # a report whose total is not a result yet (core/unscored.py): said instead of 績效總分 0
    "not_scored.draft": ("尚未計分：尚無衡量指標、評核項目或具體事蹟填有可計分的數值",
                         "not scored yet: no indicator, criterion or section has a value to score"),
    "not_scored.in_progress": ("尚未計分：年度進行中（資料截至 {as_of}），總分尚非結果",
                               "not scored yet: the year is in progress (as of {as_of}), so its total is not a result"),
    "trend.not_scored": ("{organisation} {year} 年：尚未計分，該年無資料點（不是 0 分）",
                         "{organisation} {year}: not scored yet, so no point for that year (not a 0)"),
}
