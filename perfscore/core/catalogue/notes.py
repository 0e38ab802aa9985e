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
}
