"""What `perfscore rules` says of each finding code: key `rule.CODE` -> (zh-TW, English). The English
summaries are the published ones (README findings table); each family module names its rule's summary
by this key, and tests/test_catalogue.py checks that every registered code has one."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "rule.PS101": (
        "檔案不是格式正確的 YAML。",
        "The file is not well-formed YAML."
    ),
    "rule.PS102": (
        "同一個對應（mapping）中有重複的鍵；YAML 載入器會默默保留最後一個。",
        "A key appears twice in one mapping; YAML loaders silently keep the last."
    ),
    "rule.PS103": (
        "不允許錨點與別名（&a / *a）：它們可將小檔案展開成數十億個節點。請直接重複該值。",
        "Anchors and aliases (&a / *a) are not allowed: they can expand a small file into billions of nodes. "
        "Repeat the value instead."
    ),
    "rule.PS104": (
        "不允許 !!python/object 等明確標籤；報告只含一般的對應、清單、文字與數字。",
        "Explicit tags such as !!python/object are not allowed; a report holds plain mappings, lists, "
        "strings and numbers only."
    ),
    "rule.PS105": (
        "檔案必須為不含位元組順序標記（BOM）的 UTF-8。",
        "The file must be UTF-8 without a byte-order mark."
    ),
    "rule.PS106": (
        "檔案超過大小上限（--max-bytes，預設 20 MB）。",
        "The file exceeds the size limit (--max-bytes, 20 MB by default)."
    ),
    "rule.PS107": (
        "巢狀層數超過任何報告所需（上限 64 層）。",
        "The nesting is deeper than any report needs (limit 64 levels)."
    ),
    "rule.PS108": (
        "檔案是空的，或最上層不是對應（mapping）。",
        "The file is empty or its top level is not a mapping."
    ),
    "rule.PS109": (
        "未加引號的 yes/no/on/off/y/n：YAML 1.1 會讀成布林值。若為文字請加引號，否則請寫 true/false。",
        "An unquoted yes/no/on/off/y/n: YAML 1.1 reads it as a boolean. Quote it for text, or write "
        "true/false."
    ),
    "rule.PS110": (
        "各版 YAML 解讀不同的純量：010（八進位）、1e3（YAML 1.1 中為文字）、1:20（六十進位）、0x1F。請寫一般"
        "十進位數字或加上引號。",
        "A scalar whose meaning differs between YAML versions: 010 (octal), 1e3 (a string in YAML 1.1), 1:20 "
        "(base 60), 0x1F. Write a plain decimal or quote it."
    ),
    "rule.PS111": (
        ".nan 與 .inf 不是分數。",
        ".nan and .inf are not scores."
    ),
    "rule.PS112": (
        "數字的位數超過任何分數所需（上限 30 位）。",
        "A number has more digits than any score needs (limit 30)."
    ),
    "rule.PS201": (
        "缺少必要的鍵。",
        "A required key is missing."
    ),
    "rule.PS202": (
        "格式中沒有的鍵；拼錯的鍵一定會被指出。",
        "A key the format does not know; a typo never passes silently."
    ),
    "rule.PS203": (
        "值的型別錯誤或超出範圍。",
        "A value has the wrong type or is out of range."
    ),
    "rule.PS204": (
        "原訂目標值既不是可辨識的簡寫，也不是有效的結構化目標值。",
        "A target that is neither a known shorthand nor a valid structured target."
    ),
    "rule.PS205": (
        "達成值無法與原訂目標值比較。",
        "An actual value that cannot be compared with its target."
    ),
    "rule.PS301": (
        "各面向與具體事蹟的權重合計不等於宣告的總分（scoring.total，預設 100）。",
        "The weights of the facets and sections do not add up to the declared total (scoring.total, 100 by "
        "default)."
    ),
    "rule.PS302": (
        "面向下各目標權重合計不等於面向權重。",
        "A facet's goal weights do not add up to the facet's weight."
    ),
    "rule.PS303": (
        "目標宣告的權重與其衡量指標權重合計不同；據此算出的總分不可信。",
        "A goal's declared weight differs from the sum of its indicators' weights; a total built on it "
        "cannot be trusted."
    ),
    "rule.PS401": (
        "公布的達成度與計算結果不同。",
        "A published achievement (達成度) differs from the computed one."
    ),
    "rule.PS402": (
        "公布的項目權分與計算結果不同。",
        "Published points (項目權分) differ from the computed ones."
    ),
    "rule.PS403": (
        "公布的面向分數、小計或總分與計算結果不同。",
        "A published facet score, subtotal or total differs from the computed one."
    ),
    "rule.PS404": (
        "公布的目標數、衡量指標數、達成數或未達成數與資料不符。",
        "Published goal, indicator, met or unmet counts differ from the data."
    ),
    "rule.PS405": (
        "公布的目標數值（項目權分，或達成度：權分除以權重）與計算結果不同。",
        "A published goal figure (points, or achievement: points over weight) differs from the computed one."
    ),
    "rule.PS406": (
        "公布的燈號與衡量指標的燈號不同。",
        "A published light (燈號) differs from the indicator's light."
    ),
    "rule.PS407": (
        "公布的差異值與計算結果不符，或無法讀取。",
        "A published gap (差異值) differs from the computed one, or cannot be read."
    ),
    "rule.PS501": (
        "由評核者計分的衡量指標沒有 points。",
        "An indicator scored by an assessor has no points."
    ),
    "rule.PS502": (
        "評核分數超出 0..權重；以最接近的界限計。",
        "Assessed points fall outside 0..weight; the nearest bound is used."
    ),
    "rule.PS503": (
        "加分或扣分超過上限；以上限計。",
        "A bonus or deduction exceeds its cap; the capped value is used."
    ),
    "rule.PS504": (
        "未達成的衡量指標缺少原因分析或因應策略（未達成原因分析暨因應策略）。",
        "An unmet indicator has no cause or no strategy (未達成原因分析暨因應策略)."
    ),
    "rule.PS505": (
        "比率計分規則的原訂目標值為 0（或數值為負）：達成值／目標值無意義，因此僅以達成與否計分。",
        "A ratio rule has a target of 0 (or negative figures): actual/target has no meaning, so the "
        "indicator is scored all or nothing."
    ),
    "rule.PS506": (
        "達成值的單位與原訂目標值不同：不同單位的數值無法比較，因此本衡量指標不予計分（全形 ％、ｋｍ 與 %、"
        "km 視為相同單位）。",
        "The actual value's unit differs from the target's: figures in different units cannot be compared, "
        "so the indicator is not scored (full-width ％ or ｋｍ are the same unit as % or km)."
    ),
    "rule.PS507": (
        "尚無達成值（草稿）：本衡量指標不予計分。",
        "No actual value yet (a draft): the indicator is not scored."
    ),
    "rule.PS508": (
        "草稿：評核計分的衡量指標尚無達成值，或仍有衡量指標未填達成值時的具體事蹟，尚無 points。",
        "A draft: an assessed indicator with no actual value yet, or a section while indicators still lack "
        "actual values, has no points yet."
    ),
    "rule.PS511": (
        "期限早於報告年度開始：多半是上年度的期限隨 rollover 沿用，請改為本年度的期限。",
        "A deadline ends before the report's year begins: most often last year's, carried over by rollover; "
        "write this year's."
    ),
    "rule.PS509": (
        "原訂目標值為大於 1% 的百分比，達成值卻是不帶單位且不大於 1 的數（80% 對 0.8）：很可能把百分比寫成了"
        "小數。不予計分；請寫 80%，若確實為 0.8% 則寫 0.8%。",
        "An actual of 1 or less without a unit against a percent target above 1% (0.8 against 80%): most "
        "likely a fraction for a percent. Not scored; write 80%, or 0.8% if meant."
    ),
    "rule.PS510": (
        "以級距計分（credit: bands）但沒有適用的級距表（scoring.bands，或面向、目標、衡量指標的 bands:）：任"
        "何達成度都將得 0 分。",
        "credit: bands with no band table in force (scoring.bands, or bands: on the facet, goal or "
        "indicator): every achievement would earn 0."
    ),
    "rule.PS601": (
        "兩個目標或衡量指標使用相同的 id。",
        "Two goals or indicators share an id."
    ),
    "rule.PS602": (
        "原訂目標值較去年下修，卻未說明理由（新報告中該衡量指標的 justification:）。",
        "A target was lowered from last year without a justification text (the indicator's justification: in "
        "the new report)."
    ),
    "rule.PS603": (
        "去年達成值已大幅超過原訂目標值（預設 20%），目標值卻維持或下修；請提高目標值，或於 justification: 說"
        "明理由。",
        "A target was kept or lowered although last year's actual beat it by a wide margin (20% by default); "
        "raise it, or say why in justification:."
    ),
    "rule.PS604": (
        "去年的衡量指標已刪除而未註明；請於新報告的 dropped: 列出其 id 或名稱並加上說明。",
        "An indicator of last year is gone without a note; list it under the new report's dropped: with its "
        "id or name and a note."
    ),
    "rule.PS701": (
        "評核項目的自評分數為負數或超過配分；以最接近的界限計。",
        "A rubric criterion's given points (自評) are negative or above its maximum (配分); the nearest "
        "bound is used."
    ),
    "rule.PS703": (
        "草稿：評核目標的評核項目都尚未評分；評分前以 0 計，報告不評等第。",
        "A draft: no criterion of a rubric goal has points yet; they count as 0 and the report gets no grade "
        "until they are scored."
    ),
    "rule.PS702": (
        "評核項目尚未評分：以 0 計，且在每一評核項目都評分前，報告不評等第。",
        "A rubric criterion has no points yet: it counts as 0 and the report gets no grade until every "
        "criterion is scored."
    ),
    "rule.PS711": (
        "設定白燈（本年度無法衡量）而未說明理由。",
        "A white light (白燈, not measurable this year) is set without a reason."
    ),
    "rule.PS712": (
        "評核者以人工設定的燈號與依數據計算的燈號不同；兩者皆會列出。",
        "An assessor set a light by hand that differs from the one the figures give; both are shown."
    ),
    "rule.PS713": (
        "宣告為不設權重（scoring.weights: none）的報告含有權重、具體事蹟、加分或等第；因此類報告不計總分，將"
        "予忽略。",
        "A report declared unweighted (scoring.weights: none) has a weight, section, bonus or grade; it is "
        "ignored, since such a report has no total."
    ),
    "rule.PS721": (
        "後一審查階段變更了前一階段所給的分數或燈號；本結果列出變動幅度。以最後階段為準。",
        "A later review stage changed the points or the light an earlier stage gave; the finding says by how "
        "much. The latest stage counts."
    ),
    "rule.PS722": (
        "scoring.stages 未宣告的審查階段名稱：無法得知其順序，因此不予採計。",
        "A stage name that scoring.stages does not declare: its place in the order is unknown, so it does "
        "not count."
    ),
    "rule.PS723": (
        "衡量指標的計分規則會自行計算分數，其審查階段分數不予採計；若由審查者給分，請使用 credit: assessed。",
        "Stage points on an indicator whose credit rule computes its points: they do not count; use credit: "
        "assessed for points given by the reviewers."
    ),
    "rule.PS801": (
        "填報活頁簿中某列的列編號（隱藏的第一欄）對應不到報告中的任何衡量指標、具體事蹟或加分項目。",
        "A row of the filled-in workbook whose id (the hidden first column) matches no indicator, section or "
        "bonus item of the report."
    ),
    "rule.PS802": (
        "範本保護的儲存格（名稱、權重、原訂目標值、單位或上限）已與報告不符，或為非評核計分的衡量指標填了分數"
        "。",
        "A cell the template protects (a name, weight, target, unit or limit) no longer reads as the report "
        "says, or points given for an indicator that is not assessed."
    ),
    "rule.PS803": (
        "填入的值無法使用：日期或其他非文字的值、無法與原訂目標值比較的達成值，或不是 0..權重之間數字的分數。",
        "A filled-in value that cannot be used: a date or other non-text value, an actual value its target "
        "cannot be compared with, or points that are not a number within 0..weight."
    ),
    "rule.PS804": (
        "活頁簿會變更報告中已有的值；除非以 fill --overwrite 執行，否則保留報告的值。",
        "The workbook would change a value the report already holds; the report keeps its value unless fill "
        "is run with --overwrite."
    ),
    "rule.PS805": (
        "活頁簿中有兩列的列編號相同。",
        "Two rows of the workbook carry the same id."
    ),
    "rule.PS806": (
        "報告中的衡量指標、具體事蹟或加分項目在活頁簿中沒有對應的列，因此沒有填入任何內容。",
        "An indicator, section or bonus item of the report has no row in the workbook, so nothing of it was "
        "filled in."
    ),
    "rule.PS901": (
        "檔案無法讀取為活頁簿：檔案損毀、有密碼保護、是空的，或不是試算表。",
        "The file cannot be read as a workbook: corrupt, password-protected, empty or not a spreadsheet."
    ),
    "rule.PS902": (
        "沒有任何工作表的標題列含有衡量指標欄（衡量指標）；請以 --map 指定欄位。",
        "No sheet has a header row naming an indicator column (衡量指標); name the columns with --map."
    ),
    "rule.PS903": (
        "權重、分數或達成度儲存格不是數字。",
        "A weight, points or achievement cell that is not a number."
    ),
    "rule.PS904": (
        "目標（或面向）底下沒有衡量指標。",
        "A goal (or facet) with no indicators under it."
    ),
    "rule.PS905": (
        "儲存格的值無法使用：試算表錯誤（#REF!、#DIV/0!），或應為文字或數字之處填了日期或 true/false。",
        "A cell whose value cannot be used: a spreadsheet error (#REF!, #DIV/0!), a date or a true/false "
        "where text or a number belongs."
    ),
    "rule.PS906": (
        "標題列中找不到報告名稱、機關或年度；請以 --title、--organisation 或 --year 指定。",
        "The title, organisation or year is in no title row; pass --title, --organisation or --year."
    ),
    "rule.PS907": (
        "衡量指標列的上方沒有目標（或目標上方沒有面向）。",
        "An indicator row with no goal above it (or a goal with no facet)."
    ),
    "rule.PS908": (
        "--map 中的項目指定了不存在的欄位，或沒有任何工作表含有的標題。",
        "A --map entry names a field that does not exist or a header no sheet has."
    ),
}
