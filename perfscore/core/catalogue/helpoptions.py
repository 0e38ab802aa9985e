"""`--help` texts of the options: key -> (zh-TW, English). `help.COMMAND.PARAM` is an option of one
command, `help.PARAM` one that several commands share (see commands.helptext)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "help.bom": (
        "CSV：開頭加上 UTF-8 位元組順序標記（BOM），讓 Excel 正確讀取繁體中文。預設：以 -o 寫入檔案時加上；"
        "輸出到標準輸出時不加。",
        "CSV: start with a UTF-8 byte-order mark, so Excel reads Traditional Chinese right. Default: with -o FILE, "
        "yes; on standard output, no.",
    ),
    "help.config_file": (
        "從 FILE（pyproject.toml 的 [tool.perfscore]，或 .perfscore.toml）讀取設定，而不是從所檢查檔案往上找到的最近"
        "一個。",
        "Read settings from FILE (a pyproject.toml's [tool.perfscore], or a .perfscore.toml) instead of the nearest "
        "one found from the files checked.",
    ),
    "help.exclude": (
        "排除在資料夾中或以樣式找到、且符合 PATTERN 的檔案（對路徑，或對檔案或資料夾名稱的 glob）；"
        "直接指名的檔案一律讀取。",
        "Leave out files found in folders or by patterns that match (a glob on the path, or on a file or folder "
        "name); files named outright are always read.",
    ),
    "help.fmt": (
        "輸出格式。",
        "Output format.",
    ),
    "help.jobs": (
        "處理多個檔案的工作行程數；0 表示檔案達 64 個以上時每個 CPU 一個，否則為 1。",
        "Worker processes for many files; 0 picks one per CPU when there are 64 files or more, else 1.",
    ),
    "help.lang": (
        "輸出語言。預設：PERFSCORE_LANG，否則依語系（zh_TW/zh_Hant：zh-TW；C/POSIX：不指定；其他：en），"
        "否則報告的 locale，否則英文。",
        "Output language. Default: PERFSCORE_LANG, else the locale (zh_TW/zh_Hant: zh-TW; C/POSIX: no preference; "
        "any other: en), else the report's locale, else English.",
    ),
    "help.margin": (
        "去年實際值須超越其原訂目標值多少（百分比），該目標才算過於容易（PS603）或應調高（rollover）。",
        "How far (percent) last year's actual must beat its target for the target to count as too easy (PS603) or to "
        "be raised (rollover).",
    ),
    "help.max_bytes": (
        "拒絕大於此位元組數的檔案（PS106）。",
        "Refuse files larger than this many bytes (PS106).",
    ),
    "help.no_config": (
        "不讀取任何設定檔。",
        "Read no configuration file.",
    ),
    "help.output": (
        "寫入此檔案（以原子方式）。",
        "Write to this file (atomically).",
    ),
    "help.quiet": (
        "只輸出錯誤。",
        "Print only errors.",
    ),
    "help.stdin_filename": (
        "搭配 `-`：標準輸入之檢查結果所標示的檔名。",
        "With `-`: the file name standard input's findings are located in.",
    ),
    "help.verbose": (
        "另外輸出所讀取的設定與耗時（標準錯誤）。",
        "Also print the configuration read and timings (stderr).",
    ),
    "help.archive.output": (
        "要建立或更新的 SQLite 封存檔（使用 --format parquet 時為資料夾）。",
        "The SQLite archive to create or bring up to date (a folder with --format parquet).",
    ),
    "help.archive.fmt": (
        "sqlite：單一資料庫檔案；parquet：每個資料表一個 Parquet 檔案的資料夾（需安裝 extra：parquet）。",
        "sqlite: one database file; parquet: a folder with a Parquet file per table (extra: parquet).",
    ),
    "help.previous": (
        "上年度報告，供相對目標值（relative_to: previous）使用；優先於報告本身的 report.previous。",
        "The previous year's report, for relative targets (relative_to: previous); overrides the report's own "
        "report.previous.",
    ),
    "help.compute.detail": (
        "表格：加上每個衡量指標的分析文字（並如 --all 顯示每個面向表格）。",
        "Table: add each indicator's analysis text (and show every facet table, as --all).",
    ),
    "help.compute.full": (
        "表格：即使超過 500 個衡量指標也顯示每個面向表格（超過時的預設為分項表與未達成檢討）。",
        "Table: every facet table even above 500 indicators (the default there: the breakdown and the unmet review).",
    ),
    "help.fill.output": (
        "將填好的報告寫到此處（以原子方式）；絕不覆寫 FILE 本身。",
        "Write the filled report here (atomically); never FILE itself.",
    ),
    "help.fill.overwrite": (
        "活頁簿與 FILE 原有的值不同時取代之（未加此選項時，這種差異為 PS804，且不寫入任何內容）。",
        "Replace values FILE already holds where the workbook differs (without it such a difference is PS804 and "
        "nothing is written).",
    ),
    "help.import.map_file": (
        "一個 YAML 檔，指定欄位名稱、標題列、工作表，以及表格中不會有的內容（scoring、grades、sections）；"
        "見 docs/import.md。",
        "A YAML file naming columns, the header row, the sheet, and what a table never holds (scoring, grades, "
        "sections); see docs/import.md.",
    ),
    "help.import.organisation": (
        "機關名稱（預設：從標題文字列讀取）。",
        "The organisation (default: read from a title row).",
    ),
    "help.import.title": (
        "報告標題（預設：從標題文字列讀取）。",
        "The report's title (default: read from a title row).",
    ),
    "help.import.year": (
        "報告年度，西元（2015）或民國（104）。",
        "The report's year, Gregorian (2015) or ROC (104).",
    ),
    "help.rollover.output": (
        "將草稿寫到此處（以原子方式），而不是標準輸出。",
        "Write the draft here (atomically) instead of to standard output.",
    ),
    "help.rollover.year": (
        "草稿的西元年度。預設：FILE 的年度 + 1。",
        "The draft's Gregorian year. Default: FILE's year + 1.",
    ),
    "help.rules.fmt": (
        "輸出格式。",
        "Output format.",
    ),
    "help.template.fmt": (
        "預設：依 -o 的副檔名。",
        "Default: from the -o suffix.",
    ),
    "help.template.output": (
        "要寫入的活頁簿（以原子方式）：.xlsx 或 .ods。",
        "The workbook to write (atomically): .xlsx or .ods.",
    ),
    "help.site.output": (
        "網站的資料夾：新的、空的，或先前寫入的網站。",
        "The folder of the site: new, empty, or a site written before.",
    ),
    "help.trend.facet": (
        "單一面向的分數，以 id 或它曾用過的任何名稱指定。",
        "One facet's score, by id or by any name it has had.",
    ),
    "help.trend.indicator": (
        "單一衡量指標，以 id 或它曾用過的任何名稱指定。",
        "One indicator, by id or by any name it has had.",
    ),
    "help.trend.total": (
        "報告的總分。",
        "The report's total.",
    ),
    "help.validate.fmt": (
        "text（預設）、json、github（GITHUB_ACTIONS=true 時的預設）、sarif、junit、gitlab 或 rdjson。",
        "text (default), json, github (default when GITHUB_ACTIONS=true), sarif, junit, gitlab or rdjson.",
    ),
    "help.validate.ignore": (
        "一律不回報這些代碼或前綴。",
        "Never report these codes or prefixes.",
    ),
    "help.validate.output": (
        "將結果寫入此檔案。",
        "Write the report to this file.",
    ),
    "help.validate.select": (
        "只回報這些代碼或前綴（如 PS3）。",
        "Report only these codes or prefixes (PS3).",
    ),
    "help.validate.strict": (
        "警告也算失敗（結束碼 1）。",
        "Warnings fail too (exit 1).",
    ),
}
