"""Notes and errors the commands print on stderr (and the few sentences of the engine they come from):
key -> (zh-TW, English). One key per problem, so the same problem reads the same in every command. The
English texts are the published ones (tests and CI logs quote them): change one only on purpose."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # paths: engine.paths, for every command that reads files
    "path.missing": ("{path}：沒有這個檔案或資料夾", "{path}: no such file or folder"),
    "path.no_report_among": ("{path}：其中的 {count} 個 YAML 檔案都不是 perfscore 報告",
                             "{path}: no perfscore report among its {count} YAML file(s)"),
    "path.all_excluded": ("{path}：其中每個 YAML 檔案都符合 `exclude`",
                          "{path}: every YAML file in it matches `exclude`"),
    "path.no_files": ("{path}：資料夾內沒有 {wanted} 檔案", "{path}: a folder with no {wanted} files in it"),
    "path.no_match": ("{path}：此樣式沒有符合任何檔案", "{path}: the pattern matches no file"),
    "path.not_regular": ("{path}：不是一般檔案（{kind}）", "{path}: not a regular file ({kind})"),
    "path.is_directory": ("{path}：是資料夾", "{path}: is a directory"),
    "path.error": ("{path}：{reason}", "{path}: {reason}"),
    "path.not_regular_reason": ("不是一般檔案（{kind}）", "not a regular file ({kind})"),
    "path.unreadable": ("無法讀取：{reason}", "cannot be read: {reason}"),
    "path.broken_link": ("連結已失效", "a broken link"),
    "kind.fifo": ("具名管道（FIFO）", "a FIFO"),
    "kind.character": ("字元裝置", "a character device"),
    "kind.block": ("區塊裝置", "a block device"),
    "kind.socket": ("通訊端（socket）", "a socket"),
    "kind.folder": ("資料夾", "a folder"),
    "kind.other": ("不是一般檔案", "not a regular file"),
    # standard input (`-`)
    "stdin.terminal": ("-：標準輸入是終端機；請以管線傳入報告（perfscore validate - < report.yaml）",
                       "-: standard input is a terminal; pipe a report in (perfscore validate - < report.yaml)"),
    "stdin.unreadable": ("-：無法讀取標準輸入：{reason}", "-: cannot read standard input: {reason}"),
    # writing (-o): commands.output, commands.common
    "output.refused_kind": ("{path}：是{kind}；-o 需要檔案、字元裝置或管道",
                            "{path}: is {kind}; -o needs a file, a character device or a pipe"),
    "output.link_loop": ("{path}：連結層數過多", "{path}: too many levels of links"),
    "output.cannot_write": ("{path}：無法寫入：{reason}", "{path}: cannot write: {reason}"),
    "output.no_folder": ("{path}：資料夾 {folder} 不存在", "{path}: the folder {folder} does not exist"),
    "output.cannot_write_in": ("{path}：無法在 {folder} 中寫入：{reason}",
                               "{path}: cannot write in {folder}: {reason}"),
    "output.binary_terminal": ("此格式輸出二進位檔，無法顯示在終端機上；請以 -o 指定檔案（例如 -o 報告.pdf），"
                               "或將輸出導向檔案或管道",
                               "this format is a binary file, which a terminal cannot show: name a file with -o "
                               "(e.g. -o report.pdf), or redirect the output to a file or a pipe"),
    "output.is_input": ("{path}：拒絕覆寫輸入檔；請另選 -o 路徑",
                        "{path}: refusing to overwrite an input file; choose another -o path"),
    "output.stdout": ("標準輸出", "standard output"),
    # configuration (commands.config): each starts with where the problem is, file:line:column
    "config.bad_toml": ("{where}：不是有效的 TOML：{reason}", "{where}: not valid TOML: {reason}"),
    "config.unknown_key": ("{where}：perfscore 設定中沒有鍵 {setting!r}；可用的鍵為 {known}",
                           "{where}: unknown key {setting!r} in the perfscore configuration; the keys are {known}"),
    "config.wrong_type": ("{where}：{setting} 應為 {wanted}，而不是 {got}",
                          "{where}: {setting} must be {wanted}, not {got}"),
    "config.bad_value": ("{where}：{setting}：{reason}", "{where}: {setting}: {reason}"),
    "config.not_one_of": ("{value!r} 不是 {choices} 之一", "{value!r} is not one of {choices}"),
    "config.used": ("設定檔：{path}", "configuration: {path}"),
    "config.exclusive": ("--config 與 --no-config 不能同時使用", "--config and --no-config exclude each other"),
    "wanted.codes": ("代碼清單", "a list of codes"),
    "wanted.boolean": ("true 或 false", "true or false"),
    "wanted.percentage": ("百分比（例如 20）", "a percentage such as 20"),
    "wanted.whole": ("整數", "a whole number"),
    "wanted.lang": ("\"zh-TW\" 或 \"en\"", '"zh-TW" or "en"'),
    "wanted.globs": ("glob 樣式清單", "a list of glob patterns"),
    "wanted.format": ("格式名稱", "a format name"),
    "toml.boolean": ("布林值", "a boolean"),
    "toml.integer": ("整數", "an integer"),
    "toml.float": ("浮點數", "a float"),
    "toml.string": ("字串", "a string"),
    "toml.array": ("陣列", "an array"),
    "toml.table": ("表格", "a table"),
    # options
    "option.unknown_code": ("未知的代碼 {codes}；`perfscore rules` 列出所有代碼",
                            "unknown code {codes}; `perfscore rules` lists them"),
    "option.bad_margin": ("{value!r} 不是百分比（例如 20 或 20%）", "{value!r} is not a percentage such as 20 or 20%"),
    "option.quiet_verbose": ("-q 與 -v 不能同時使用", "-q and -v exclude each other"),
    # the run
    "run.timing": ("耗時：指令共 {total} 毫秒{phases}", "timing: {total} ms in the command{phases}"),
    "run.phase": ("，{name} {ms} 毫秒", ", {name} {ms} ms"),
    "run.unscorable": ("{paths} 須先修正上列錯誤，才能{what}",
                       "{paths} cannot be {what} until the errors above are fixed"),
    "pool.died": ("處理此檔案的工作行程在完成前就終止了（被中止，或記憶體不足？）",
                  "a worker process died (killed, or out of memory?) before this file was done"),
    "what.scored": ("計分", "scored"),
    "what.rolled": ("產生下一年度草稿", "rolled over"),
    "what.template": ("製成填報活頁簿", "made into a template"),
    "what.filled": ("填入", "filled in"),
    # diff, rollover
    "diff.order": ("注意：NEW 的年度 {new} 並未晚於 OLD 的 {old}；順序是否正確？",
                   "note: NEW's year {new} is not after OLD's {old}; is the order right?"),
    "rollover.overwrite": ("{path}：拒絕覆寫草稿所依據的報告；請另選 -o",
                           "{path}: refusing to overwrite the report the draft is made from; choose another -o"),
    "rollover.refused": ("{path} 無法產生下一年度草稿：草稿無法通過檢查（見上），因此未寫入任何內容；"
                         "請將該部分改寫為一般區塊格式，或手動清除",
                         "{path} cannot be rolled over: the draft would not validate (above), so nothing was written; "
                         "write that part in plain block style, or clear it by hand"),
    # {year}: `105 年度` in zh-TW (the report's own years are ROC years), `2016` in English
    "rollover.written": ("{year}草稿已寫入 {where}；{count} 項原訂目標值被超越 {margin}% 以上，"
                         "已附 suggested_target:",
                         "draft for {year} written to {where}; {count} target(s) beaten by {margin}% or more carry a "
                         "suggested_target:"),
    "rollover.deadlines": ("草稿中有 {count} 項期限早於 {year} 年度，請改為本年度的期限：",
                           "{count} deadline(s) in the draft end before {year}; move them into the year:"),
    # import, template, fill
    "import.no_table": ("{path}：未寫入任何內容：找不到衡量指標表格",
                        "{path}: nothing written: no table of indicators was found"),
    "import.written": ("{summary}；已寫入{where}", "{summary}; written to {where}"),
    "template.format": ("{path}：請指定 --format xlsx 或 --format ods（或將檔名取為 .xlsx 或 .ods）",
                        "{path}: say --format xlsx or --format ods (or name the file .xlsx or .ods)"),
    "template.written": ("已將 {rows} 列衡量指標與 {assessed} 列評核項目寫入 {path}",
                         "{rows} indicator row(s) and {assessed} assessed row(s) written to {path}"),
    "fill.cells": ("{path}：未寫入任何內容：請修正上列儲存格（PS804 可改用 --overwrite）後再執行 fill",
                   "{path}: nothing was written: fix the cells above (or use --overwrite for PS804) and run fill "
                   "again"),
    "fill.refused": ("{path} 無法填入：結果無法通過檢查（見上），因此未寫入任何內容",
                     "{path} cannot be filled in: the result would not validate (above), so nothing was written"),
    "fill.written": ("已將 {written} 個值寫入 {path}（其中 {replaced} 個取代報告原有的值）",
                     "{written} value(s) written to {path} ({replaced} replacing the report's own)"),
    # archive, trend
    "archive.not_ours": ("{path}：不是 perfscore 封存檔（{reason}）；請另選 -o",
                         "{path}: not a perfscore archive ({reason}); choose another -o"),
    "archive.foreign": ("{path}：不是 perfscore 封存檔；請另選 -o（封存檔以外的檔案一律不覆寫）",
                        "{path}: not a perfscore archive; choose another -o (it is never overwritten)"),
    "archive.schema": ("{path}：封存檔結構版本為 {version}，本版 perfscore 寫入 {current}；請建立新的封存檔",
                       "{path}: archive schema {version}, this perfscore writes {current}; build a new archive"),
    "archive.sqlite_folder": ("{path}：是資料夾；-o 應為 SQLite 封存檔（資料夾請用 --format parquet）",
                              "{path}: is a folder; -o names the SQLite archive file (or use --format parquet for "
                              "a folder)"),
    "parquet.missing": ("--format parquet 需要 pyarrow，尚未安裝：{extra}",
                        "--format parquet needs pyarrow, which is not installed: {extra}"),
    "parquet.not_folder": ("{path}：不是資料夾；--format parquet 寫出一個資料表資料夾（-o DIR）",
                           "{path}: not a folder; --format parquet writes a folder of tables (-o DIR)"),
    "parquet.foreign": ("{path}：含有非 perfscore 寫入的檔案（{shown}）；-o 須為不存在或空的資料夾，或先前 "
                        "--format parquet 寫出的資料夾",
                        "{path}: holds files perfscore did not write ({shown}); -o needs a missing or empty "
                        "folder, or one an earlier --format parquet wrote"),
    "parquet.no_manifest": ("{path}：有資料表檔案但沒有 {manifest}，並非 perfscore 所寫；請另選 -o",
                            "{path}: has table files but no {manifest}, so perfscore did not write them; choose "
                            "another -o"),
    "parquet.not_decimal": ("{path}：{table}.{column} 的值 {value!r} 不是十進位數",
                            "{path}: {table}.{column} holds {value!r}, not a decimal"),
    "parquet.too_wide": ("{path}：{table}.{column} = {value} 超出 DECIMAL({precision}, {scale})（整數至多 {whole} 位、"
                         "小數至多 {scale} 位），Parquet 須捨入；SQLite 封存檔（-o FILE.sqlite）可精確保存",
                         "{path}: {table}.{column} = {value} does not fit DECIMAL({precision}, {scale}) (at most "
                         "{whole} digits before the point and {scale} after), and Parquet would have to round it; "
                         "the SQLite archive (-o FILE.sqlite) keeps it exactly"),
    "archive.summary": ("{path}：新增 {added}、更新 {updated}、未變 {unchanged}、移除 {removed}",
                        "{path}: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed"),
    "trend.one": ("--indicator、--facet 與 --total 只能擇一", "choose one of --indicator, --facet and --total"),
    "trend.none": ("這些報告中沒有 id 或名稱為 {wanted!r} 的{kind}",
                   "no {kind} with the id or name {wanted!r} in these reports"),
    "trend.indicator": ("衡量指標", "indicator"),
    "trend.facet": ("面向", "facet"),
    "trend.total": ("總分", "total"),
    # formats
    "junit.clean": ("沒有檢查結果", "no findings"),
    # site
    "site.second": ("{file}：{organisation} {year} 年的第二份報告；未納入",
                    "{file}: a second {organisation} report for {year}; left out"),
    "site.and": ("{first}；{second}", "{first}; {second}"),
    "site.left_as_was": ("{died}；{target} 維持原狀", "{died}; {target} was left as it was"),
    "site.unscorable": ("{path}：已無法計分", "{path}: cannot be scored any more"),
    "site.summary": ("{index}：{agencies} 個機關的 {reports} 份報告（{span}），共 {pages} 頁",
                     "{index}: {reports} reports of {agencies} agencies ({span}), {pages} pages"),
    "site.not_folder": ("{target}：不是資料夾；請為網站選擇新的或空的資料夾",
                        "{target}: not a folder; choose a new or empty folder for the site"),
    "site.foreign": ("{target}：資料夾內已有檔案，且不是 perfscore 網站（沒有 {manifest}）；"
                     "請選擇新的或空的資料夾（此資料夾內的檔案不會被更動）",
                     "{target}: the folder holds files and is not a perfscore site (no {manifest}); choose a new or "
                     "empty folder (nothing in this one is touched)"),
    "site.clash": ("{target}：{name} 不是 perfscore site 寫入的檔案，而新網站有同名頁面；請先將它移走（未做任何變更）",
                   "{target}: {name} was not written by perfscore site and the new site has a page of that name; "
                   "move it away first (nothing was changed)"),
}
