"""`--help` texts of the group and the commands: key -> (zh-TW, English). `help.perfscore` is the
group, `help.COMMAND` a command; their options are in `helpoptions` (see commands.helptext). A `\b` line
keeps the block after it as written (click's no-rewrap mark)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "help.perfscore": (
        "以 YAML 保存的績效報告：計分、檢核與發布。\n"
        "\n"
        "\b\n"
        "perfscore compute report.yaml            總分、各面向表格、未達成檢討\n"
        "perfscore compute report.yaml --format json\n"
        "perfscore validate data/                 CI 把關：有任何錯誤即結束碼 1\n"
        "perfscore rules                          說明每一個檢查代碼\n"
        "perfscore compare reports/               排行表，總分高者在前\n"
        "perfscore diff 2015.yaml 2016.yaml       兩年間的變動與目標設定檢查\n"
        "perfscore rollover 2015.yaml -o 2016.yaml   下一年度草稿\n"
        "perfscore schema                         格式的 JSON Schema，供編輯器使用\n"
        "perfscore import table.xlsx -o report.yaml   報告表格（.xlsx、.ods、.csv）轉為 YAML\n"
        "perfscore template 2016.yaml -o fill.xlsx   給各單位填報的活頁簿\n"
        "perfscore fill 2016.yaml fill.xlsx -o filled.yaml   將填報內容寫回 YAML\n"
        "perfscore archive reports/ -o a.sqlite   所有報告存入一個 SQLite 資料庫\n"
        "perfscore trend reports/ --total         歷年數列，附走勢圖\n"
        "perfscore site reports/ -o site/         所有報告的靜態網站\n"
        "\n"
        "結束碼：0 成功；1 資料有錯誤（或加 --strict 時有警告）；2 用法錯誤或無法讀取的輸入。設定 NO_COLOR 可關閉色彩"
        "。",
        "Score, audit and publish performance reports kept as YAML.\n"
        "\n"
        "\b\n"
        "perfscore compute report.yaml            totals, facet tables, unmet review\n"
        "perfscore compute report.yaml --format json\n"
        "perfscore validate data/                 CI gate: exit 1 on any error\n"
        "perfscore rules                          every finding code explained\n"
        "perfscore compare reports/               league table, best total first\n"
        "perfscore diff 2015.yaml 2016.yaml       changes and target-setting findings\n"
        "perfscore rollover 2015.yaml -o 2016.yaml   next year's draft\n"
        "perfscore schema                         JSON Schema of the format, for editors\n"
        "perfscore import table.xlsx -o report.yaml   a report table (.xlsx, .ods, .csv) to YAML\n"
        "perfscore template 2016.yaml -o fill.xlsx   a workbook for divisions to fill in\n"
        "perfscore fill 2016.yaml fill.xlsx -o filled.yaml   what they filled in, into the YAML\n"
        "perfscore archive reports/ -o a.sqlite   every report in one SQLite database\n"
        "perfscore trend reports/ --total         the series across years, with a sparkline\n"
        "perfscore site reports/ -o site/         a static website of them all\n"
        "\n"
        "Exit codes: 0 success; 1 the data has errors (or warnings with --strict);\n"
        "2 usage error or unreadable input. NO_COLOR disables colour.",
    ),
    "help.archive": (
        "將每份報告存入一個 SQLite 資料庫。PATHS（檔案、搜尋 *.yaml/*.yml 的資料夾，或 glob 樣式）"
        "中的每份報告存入 OUTPUT：含 report、facet、goal、indicator、criterion、section、bonus 與 finding 等表格，"
        "數值以精確的十進位文字保存，以穩定的鍵串連各年度（YAML 的 id，否則為名稱），並記錄每份報告的路徑與 sha256。"
        "再次執行時只重讀雜湊值改變的檔案，並移除已不存在之檔案的報告。無法計分的報告連同其檢查結果一併保存。"
        "封存在單一交易中更新（在 OUTPUT 旁建立新檔後改名）：絕不會只寫一半。\n"
        "\n"
        "--format parquet 將相同的表格寫成 OUTPUT/TABLE.parquet（數值為 DECIMAL(38, 10)，精確保存；"
        "放不下的數值一律拒絕），每次重新建立。OUTPUT 須不存在、為空，或為先前的 Parquet 匯出："
        "含有其他檔案的資料夾一律拒絕。\n"
        "\n"
        "結束碼：0 已封存；2 路徑不存在、檔案無法讀取（保留其上次封存的報告；Parquet 資料夾維持原狀）、OUTPUT 不是 "
        "perfscore 封存檔、Parquet 無法容納的數值、--format parquet 未安裝 pyarrow，或用法錯誤。",
        "Archive every report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) into the\n"
        "SQLite database OUTPUT: tables report, facet, goal, indicator, criterion, section, bonus and finding,\n"
        "figures as exact decimal text, stable keys that join the years (the YAML id, else the names), and each\n"
        "report's path and sha256. Re-running re-reads only files whose hash changed and removes the reports\n"
        "of files no longer found. A report that cannot be scored is kept with its findings. The archive is\n"
        "changed in one transaction (a new one is built beside OUTPUT and renamed): never half written.\n"
        "\n"
        "--format parquet writes the same tables as OUTPUT/TABLE.parquet (figures as DECIMAL(38, 10), exact; a\n"
        "figure that does not fit is refused), built afresh each run. OUTPUT must be missing, empty or an earlier\n"
        "Parquet export: a folder holding any other file is refused.\n"
        "\n"
        "Exit codes: 0 archived; 2 a path that does not exist, an unreadable file (its last archived report is\n"
        "kept; a Parquet folder is left as it was), OUTPUT that is not a perfscore archive, a figure Parquet cannot\n"
        "hold, pyarrow missing for --format parquet, or a usage error.",
    ),
    "help.compare": (
        "報告排行表，總分高者在前。為 PATHS（檔案、搜尋 *.yaml/*.yml 的資料夾，或 glob 樣式）中的每份報告計分，"
        "每份報告列一列：機關、年度、總分、等第、各面向分數（依面向 id 對齊，否則依名稱）、達成與未達成數。"
        "依總分排序，高者在前；總分相同者保持輸入順序。無法計分的報告列在最後並附其第一個錯誤，不影響其他報告。"
        "不是報告的 YAML 檔（沒有報告的任何最上層鍵，例如 CI 工作流程）會附註略過，與 `validate` 相同。\n"
        "\n"
        "結束碼：0 每份報告都已計分；1 有報告無法計分；2 路徑不存在、資料夾內沒有 YAML、檔案無法讀取，或用法錯誤。",
        "Score every report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) and print\n"
        "one row per report: organisation, year, total, grade, facet scores (aligned by facet id, else name),\n"
        "met and unmet counts. Sorted by total, best first; equal totals keep the input order. A report that\n"
        "cannot be scored is listed last with its first error and does not stop the others. A YAML file that\n"
        "is not a report (none of a report's top-level keys: a CI workflow) is skipped with a notice, as\n"
        "`validate` skips it.\n"
        "\n"
        "Exit codes: 0 every report was scored; 1 some report could not be scored; 2 a path that does not\n"
        "exist, a folder without YAML, an unreadable file, or a usage error.",
    ),
    "help.compute": (
        "為 FILE 計分並列出結果。包括各面向表格、總分與等第、未達成衡量指標檢討、統計數與檢查結果。\n"
        "\n"
        "可計分時結束碼為 0（檢查結果一併列出；要以檢查結果把關請用 `perfscore validate`），無法計分時為 1，"
        "用法錯誤或檔案無法讀取時為 2。FILE 為 `-` 時讀取標準輸入（以 --stdin-filename 命名）。",
        "Score FILE and print the facet tables, the total and grade, the unmet-indicator review, the summary\n"
        "counts and any findings.\n"
        "\n"
        "Exits 0 when the report could be scored (findings are printed with it; use `perfscore validate` to\n"
        "gate on them), 1 when it cannot be scored, 2 for a usage error or an unreadable file. FILE `-`\n"
        "reads standard input (name it with --stdin-filename).",
    ),
    "help.diff": (
        "比較同一機關兩個年度的報告。去年的報告 OLD 與今年的 NEW 之間：新增、刪除或改名的衡量指標（依 id 對應，"
        "否則依面向、目標與名稱），原訂目標值、實際值、達成度與得分的變動，各面向與總分的分數變化，"
        "以及定位在 NEW 中的目標設定檢查：\n"
        "\n"
        "\b\n"
        "PS602 錯誤    調降原訂目標值卻未附 justification: 說明\n"
        "PS603 警告    去年實際值已超越目標達 --margin，目標卻維持或調降\n"
        "PS604 警告    刪除衡量指標卻未在 NEW 的 dropped: 下說明\n"
        "\n"
        "結束碼：0 沒有錯誤等級的檢查結果；1 有錯誤等級的檢查結果（CI 可藉此擋下調降目標的變更以供審查），"
        "或有報告無法計分；2 用法錯誤或檔案無法讀取。",
        "Compare last year's report OLD with this year's NEW: indicators added, removed or renamed (matched\n"
        "by id, else by facet, goal and name), targets, actual values, achievements and points changed, the\n"
        "score change per facet and in total, and target-setting findings located in NEW:\n"
        "\n"
        "\b\n"
        "PS602 error    a target lowered without a justification: text\n"
        "PS603 warning  a target kept or lowered although last year's actual beat it by --margin\n"
        "PS604 warning  an indicator dropped without an entry under dropped: in NEW\n"
        "\n"
        "Exit codes: 0 no error-level finding; 1 an error-level finding (so CI can hold a target-lowering\n"
        "change for review), or a report that cannot be scored; 2 usage error or unreadable file.",
    ),
    "help.fill": (
        "將填報活頁簿的內容寫回報告。將填入 WORKBOOK（由 `perfscore template` 產生）的實際值、評核得分、分析、"
        "原因與策略寫入 FILE 的副本。各列以隱藏的 id 對應；空白儲存格不變更任何內容；註解與鍵的順序皆保留。"
        "每個問題都標示在其儲存格（fill.xlsx:填報!H7）：對應不到任何項目的列（PS801）、被修改的保護儲存格（PS802）、"
        "無法讀取的值（PS803）、會取代 FILE 原有值的值（PS804）、重複的列（PS805）。以上任一項皆為錯誤，"
        "且不寫入任何內容；報告中有而工作表缺少的列（PS806）為警告。\n"
        "\n"
        "結束碼：0 已寫入；1 活頁簿有錯誤、FILE 無法計分，或結果無法通過檢查（不寫入任何內容）；2 用法錯誤、"
        "活頁簿或檔案無法讀取。",
        "Write into a copy of FILE the actual values, assessed points, analyses, causes and strategies\n"
        "filled into WORKBOOK (made by `perfscore template`). Rows are matched by their hidden id; an empty\n"
        "cell changes nothing; comments and key order are kept. Every problem is shown at its cell\n"
        "(fill.xlsx:填報!H7): a row matching nothing (PS801), a changed protected cell (PS802), a value that\n"
        "cannot be read (PS803), a value that would replace one FILE holds (PS804), a repeated row (PS805).\n"
        "Any of these is an error and nothing is written; a report row missing from the sheet (PS806) is a\n"
        "warning.\n"
        "\n"
        "Exit codes: 0 written; 1 errors in the workbook, FILE cannot be scored, or the result would not\n"
        "validate (nothing is written); 2 usage error, unreadable workbook or file.",
    ),
    "help.import": (
        "將 FILE（.xlsx、.ods 或 .csv）中的報告表格轉為 YAML 報告。\n"
        "\n"
        "標題列位於任何標題文字列之下，依其中文或英文欄名（衡量指標、權分、原訂目標值、實際值……）辨識；"
        "合併跨越其衡量指標的目標或面向儲存格，或其下留白的儲存格，適用於每一列。每個問題都是標示在其儲存格的檢查結果"
        "（report.xlsx:工作表1!C7）。\n"
        "\n"
        "結束碼：0 已寫入，沒有錯誤；1 已寫入但報告有錯誤（會列出，並以註解寫在檔案中），或找不到表格（未寫入）；"
        "2 用法錯誤，或活頁簿無法讀取（損毀、有密碼保護、空白）。",
        "Turn the report table in FILE (.xlsx, .ods or .csv) into a YAML report.\n"
        "\n"
        "\b\n"
        "The header row is found below any title rows by its zh-TW or English headers (衡量指標, 權分,\n"
        "原訂目標值, 實際值...); a goal or facet cell merged over its indicators, or left blank under\n"
        "them, holds for each. Every problem is a finding at its cell (report.xlsx:工作表1!C7).\n"
        "\n"
        "Exit codes: 0 written, no errors; 1 written, but the report has errors (listed, and as comments in\n"
        "the file), or no table was found (nothing written); 2 usage error, or a workbook that cannot be\n"
        "read (corrupt, password-protected, empty).",
    ),
    "help.rollover": (
        "產生 FILE 的下一年度草稿。面向、目標、衡量指標、權重、原訂目標值與規則不變，年度往後一年；實際值、公布數據、"
        "得分、分析與檢討文字清空。去年實際值超越目標達 --margin 者，加上一行 suggested_target:（附註解）建議調高。"
        "鍵的順序與註解皆保留。\n"
        "\n"
        "草稿檢查時只會有 PS507/PS508/PS703 提示（尚無實際值／尚無得分／評核項目尚未評分）、上年度期限的 PS511\n"
        "警告（請改為本年度的期限；會列在標準錯誤上），以及 FILE 本身已有的結構錯誤。\n"
        "\n"
        "結束碼：0 已寫入；1 FILE 無法計分，或草稿無法通過檢查（不寫入任何內容）；2 用法錯誤、檔案無法讀取或無法寫入。",
        "Write next year's draft of FILE: the same facets, goals, indicators, weights, targets and rules,\n"
        "the year advanced; actual values, published figures, points, analysis and review texts cleared.\n"
        "Where last year's actual beat its target by --margin, a suggested_target: line (with a comment)\n"
        "proposes raising it. Key order and comments are kept.\n"
        "\n"
        "The draft validates with only PS507/PS508/PS703 infos (no actual value / no points yet / no\n"
        "criterion scored yet), PS511 warnings for last year's deadlines (move them into the year; they are\n"
        "listed on stderr), plus whatever structural errors FILE itself has.\n"
        "\n"
        "Exit codes: 0 written; 1 FILE cannot be scored, or the draft would not validate (nothing is written);\n"
        "2 usage error, unreadable or unwritable file.",
    ),
    "help.rules": (
        "列出每一個檢查代碼及其預設嚴重程度、名稱與說明。",
        "List every finding code with its default severity, name and explanation.",
    ),
    "help.schema": (
        "輸出由報告模型產生的 JSON Schema（draft 2020-12）。\n"
        "\n"
        "\b\n"
        "更新版本庫中的副本：\n"
        "  perfscore schema > schemas/perfscore.schema.json\n"
        "報告以第一行指引編輯器使用它：\n"
        "  # yaml-language-server: $schema=../schemas/perfscore.schema.json",
        "Print the JSON Schema (draft 2020-12) generated from the report model.\n"
        "\n"
        "\b\n"
        "The committed copy is refreshed with:\n"
        "  perfscore schema > schemas/perfscore.schema.json\n"
        "A report points editors at it with its first line:\n"
        "  # yaml-language-server: $schema=../schemas/perfscore.schema.json",
    ),
    "help.template": (
        "產生給各單位填報的活頁簿。FILE 的每個衡量指標一列（面向、目標、衡量指標、權重、原訂目標值原文、單位），"
        "並留有實際值、評核得分（僅限評核型衡量指標）、分析、原因與策略的空白欄；第二個工作表填寫評核項目與加分項目的"
        "得分。報告本身的儲存格已鎖定（無密碼的工作表保護）；隱藏的第一欄存放每列的 id，供 `perfscore fill` 對應。\n"
        "\n"
        "結束碼：0 已寫入；1 FILE 無法計分；2 用法錯誤、檔案無法讀取或無法寫入，或未安裝 office 擴充套件。",
        "Write a workbook with one row per indicator of FILE (facet, goal, indicator, weight, target as\n"
        "written, unit) and open columns for the actual value, the assessed points (assessed indicators only),\n"
        "the analysis, the cause and the strategy; a second sheet takes the points of the assessed sections\n"
        "and bonus items. The report's own cells are locked (sheet protection without a password); a hidden\n"
        "first column holds each row's id, which `perfscore fill` matches.\n"
        "\n"
        "Exit codes: 0 written; 1 FILE cannot be scored; 2 usage error, unreadable or unwritable file, or the\n"
        "office extra is missing.",
    ),
    "help.site": (
        "將每份報告輸出為靜態網站。PATHS（檔案、搜尋 *.yaml/*.yml 的資料夾，或 glob 樣式）中的每份報告寫入資料夾 "
        "OUTPUT：首頁、每年度一頁排名表、每個機關一頁（歷年總分折線圖）、每份報告一頁（即 `compute --format html`），"
        "以及每個衡量指標一頁（歷年變化，串連方式與 `trend` 相同）。沒有程式碼、不連外："
        "可由 file:// 或任何網站路徑開啟。\n"
        "\n"
        "OUTPUT 先在旁邊建立再換上，失敗時上次的網站維持原狀。OUTPUT 中不是網站寫入的檔案一律保留；"
        "含有其他檔案且不是網站的資料夾一律拒絕。\n"
        "\n"
        "結束碼：0 每份報告都在網站上；1 有報告無法計分（列於首頁）；2 路徑不存在、檔案無法讀取、工作程序中止（OUTPUT "
        "維持原狀）、OUTPUT 不是網站，或用法錯誤。",
        "Write a static website of every report in PATHS (files, folders searched for *.yaml/*.yml, or glob\n"
        "patterns) into the folder OUTPUT: an index, a page per year with its league table, a page per agency\n"
        "with its total over the years as a chart, a page per report (as `compute --format html`) and a page per\n"
        "indicator with its history (followed across years as `trend` follows it). No script, no request: it\n"
        "opens from file:// or any web server, under any path.\n"
        "\n"
        "OUTPUT is built beside itself and swapped in, so a failure leaves the last site as it was. Files in\n"
        "OUTPUT that the site did not write are kept; a folder that holds files and is not a site is refused.\n"
        "\n"
        "Exit codes: 0 every report is on the site; 1 a report could not be scored (listed on the index);\n"
        "2 a path that does not exist, an unreadable file, a worker that died (OUTPUT is left as it was), OUTPUT\n"
        "that is not a site, or a usage error.",
    ),
    "help.trend": (
        "各機關報告的歷年數列。PATHS（檔案、資料夾或 glob 樣式）中：每個衡量指標的實際值（預設，或以 --indicator 指定"
        "一個）、一個面向的分數（--facet）或總分（--total）。各年度的串連方式與 `diff` 串連兩年相同：依 id，"
        "否則依所對應面向與目標內的名稱，因此同一 id 下改名的衡量指標仍為同一數列。原訂目標值從未變難（從未調高；"
        "越低越好者從未調低），而實際值兩年以上每年都超越它的衡量指標會被標示。\n"
        "\n"
        "結束碼：0 每份報告都已計分；1 有報告無法計分（列出並略過）；2 沒有報告、未知的 --indicator/--facet、"
        "檔案無法讀取，或用法錯誤。",
        "The series across years of every organisation's reports in PATHS (files, folders or glob patterns):\n"
        "each indicator's actual value (the default, or one with --indicator), a facet's score (--facet) or the\n"
        "total (--total). Years are joined as `diff` joins two: by id, else by name within the matched facet and\n"
        "goal, so an indicator renamed under the same id stays one series. An indicator is flagged when its\n"
        "target never got harder (never rose; for a lower-is-better target, never fell) while the actual value\n"
        "beat it every year, over two years or more.\n"
        "\n"
        "Exit codes: 0 every report was scored; 1 a report could not be scored (listed, left out); 2 no report,\n"
        "an unknown --indicator/--facet, an unreadable file, or a usage error.",
    ),
    "help.validate": (
        "檢查報告並列出檢查結果。檢查 PATHS（檔案、搜尋 *.yaml/*.yml 的資料夾，或 glob 樣式）中的每份報告，"
        "逐一列出檢查結果（檔案:行:欄、代碼、嚴重程度與訊息），最後列出摘要。\n"
        "\n"
        "資料夾會遞迴搜尋，略過隱藏項目（.git、.venv）。沒有任何報告最上層鍵的 YAML 對應（例如 CI 工作流程）"
        "會附註略過，不算失敗。`-` 從標準輸入讀取一份報告（以 --stdin-filename 命名）。\n"
        "\n"
        "此處未指定的設定取自 pyproject.toml 的 [tool.perfscore] 或 .perfscore.toml（所檢查檔案之上最近的一個）："
        "select、ignore、strict、jobs、exclude、format。\n"
        "\n"
        "結束碼：0 沒有錯誤；1 有錯誤（或加 --strict 時有警告）；2 路徑不存在、資料夾內沒有 YAML 報告、檔案無法讀取，"
        "或用法錯誤。",
        "Check each report in PATHS (files, folders searched for *.yaml/*.yml, or glob patterns) and\n"
        "print every finding as file:line:col, code, severity and message, then a summary line.\n"
        "\n"
        "Folders are searched recursively, skipping hidden entries (.git, .venv). A YAML mapping with none\n"
        "of a report's top-level keys (a CI workflow, say) is skipped with a notice, not failed. `-` reads\n"
        "one report from standard input (name it with --stdin-filename).\n"
        "\n"
        "Settings not given here come from [tool.perfscore] in pyproject.toml or from .perfscore.toml (the\n"
        "nearest one above the files checked): select, ignore, strict, jobs, exclude, format.\n"
        "\n"
        "Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 a path that does not exist, a\n"
        "folder without YAML reports, an unreadable file, or a usage error.",
    ),
}
