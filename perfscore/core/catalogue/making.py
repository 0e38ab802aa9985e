"""What making a file says: the formats' errors and warnings (a library to install, a text a file type
cannot hold), the workbook readers' and `import`'s errors, the -v timing phases, and the comments
`rollover` and `import` write into the YAML they make. key -> (zh-TW, English); the English texts are the
published ones (tests and CI logs quote them), so change one only on purpose."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # formats (formats/report/pdf, formats/office, formats/template): the command exits 2
    "format.needs": ("--format {fmt} 需要 {library}，尚未安裝：{extra}",
                     "--format {fmt} needs {library}, which is not installed: {extra}"),
    "pdf.needs": ("--format pdf 需要 WeasyPrint：{install}（以及系統套件提供的 Pango 程式庫）；匯入失敗：{reason}",
                  "--format pdf needs WeasyPrint: {install} (and the Pango library, from the system's packages); "
                  "importing it failed: {reason}"),
    "pdf.no_module": ("找不到模組 {module!r}", "No module named {module!r}"),
    "pdf.no_fonts": ("--format pdf：這台電腦完全沒有字型；{help}",
                     "--format pdf: this machine has no fonts at all; {help}"),
    "pdf.font_help": ("請安裝繁體中文字型（Noto Sans CJK TC；Debian 與 Ubuntu 可執行 apt-get install "
                      "fonts-wqy-microhei）",
                      "install a Traditional Chinese font (Noto Sans CJK TC, or on Debian and Ubuntu: apt-get "
                      "install fonts-wqy-microhei)"),
    "pdf.boxes": ("這台電腦沒有任何字型含本報告中的 {count} 個字元（{shown}）：PDF 會將其印成方框；{help}",
                  "no font on this machine has {count} of the characters in this report ({shown}): the PDF shows "
                  "them as boxes; {help}"),
    "xlsx.too_long": ("{cell}：文字長 {length} 個字元，超過 Excel 儲存格可容納的 {limit} 個；請改用 --format ods",
                      "{cell}: a text of {length} characters is longer than the {limit} an Excel cell holds; use "
                      "--format ods"),
    "ods.control": ("--format ods：列 {key!r}（{title}）的文字含控制字元，ODS 檔（XML 1.0）無法保存；請改製 .xlsx "
                    "活頁簿，或自報告中刪除該字元",
                    "--format ods: the text of row {key!r} ({title}) holds a control character, which an ODS file "
                    "cannot hold (XML 1.0); make the workbook as .xlsx, or take the character out of the report"),
    # workbooks read by fill (readers/workbook, readers/filled) and the --map file of import
    "workbook.password": ("{name}：活頁簿有密碼保護；請另存一份不設密碼的副本（保護工作表無妨，加密檔案則不行）",
                          "{name}: the workbook is password-protected; save it without a password (a sheet's "
                          "protection is fine, the file's encryption is not)"),
    "fill.no_sheet": ("沒有任何工作表含範本的列編號與衡量指標欄（列編號、衡量指標）；請以 perfscore template "
                      "製作活頁簿",
                      "no sheet has the template's row id and indicator columns (列編號, 衡量指標); make the "
                      "workbook with perfscore template"),
    "map.finding": ("--map 對照檔 {where}：{message}", "--map {where}: {message}"),
    "map.not_mapping": ("--map {name}：對照檔不是對應表（mapping）", "--map {name}: the map is not a mapping"),
    "map.unknown_key": ("--map {name}：未知的鍵 {keys}；對照檔可有的鍵為 {known}",
                        "--map {name}: unknown key {keys}; a map holds {known}"),
    "map.shapes": ("--map {name}：columns 應將文字對應到欄位名稱，facets 應將面向名稱對應到設定，report 應為對應表",
                   "--map {name}: columns maps texts to field names, facets maps facet names to settings, report "
                   "is a mapping"),
    "map.sheet": ("--map {name}：sheet 應為工作表名稱，header_row 應為列號（無標題列時為 0）",
                  "--map {name}: sheet is a sheet's name and header_row a row number (0 for none)"),
    # import (commands/importing)
    "import.too_big": ("{path}：檔案達 {size} 位元組以上，超過 --max-bytes {limit}",
                       "{path}: the file is {size} bytes or more, over --max-bytes {limit}"),
    "import.round_trip": ("{path}：由它產生的 YAML 讀回後與原資料不同，因此未寫入任何內容（請連同活頁簿回報此問題）",
                          "{path}: the YAML made from it would not read back as the same data; nothing was written "
                          "(please report this with the workbook)"),
    "import.summary": ("{name}：{facets} 個面向、{goals} 個目標、{indicators} 項衡量指標{scored}",
                       "{name}: {facets} facets, {goals} goals, {indicators} indicators{scored}"),
    "import.total": ("，總分 {total}", ", total {total}"),
    "import.not_scorable": ("，尚無法計分", ", not scorable yet"),
    # the comments import writes (both languages, as its header) and rollover (in the run's language)
    "import.settings_from": ("計分、等第、具體事蹟、加分與面向設定取自 {name}",
                             "scoring, grades, sections, bonus and facet settings: from {name}"),
    "import.findings": ("檢查結果（請在活頁簿或此處修正）", "findings (fix them in the workbook or here):"),
    "import.block_from": ("取自 {name}", "from {name}"),
    "rollover.header": ("{roc} 年度（{year}）草稿，由 perfscore rollover 自 {name} 產生：",
                        "Draft for {year} (ROC {roc}), rolled over from {name} by perfscore rollover:"),
    "rollover.cleared": ("已清除達成值、公布數字、分數、分析與審查；原訂目標值沿用。",
                         "actual values, published figures, points, analyses and reviews cleared; targets carried "
                         "over."),
    "rollover.beaten": ("{year} 年達成值 {actual} 超越目標 {target} 達 {by}%",
                        "{year}: actual {actual} beat {target} by {by}%"),
    # -v: the phases of a run's timing line
    "phase.read_check": ("讀取與檢查", "read and check"),
    "phase.read_score": ("讀取與計分", "read and score"),
    "phase.read_compare": ("讀取與比較", "read and compare"),
    "phase.read_follow": ("讀取與追蹤", "read and follow"),
    "phase.archive": ("封存", "archive"),
    "phase.site": ("產生網站", "site"),
    "phase.render": ("產生輸出", "render"),
    "phase.write": ("寫入", "write"),
}
