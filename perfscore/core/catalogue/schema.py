"""Schema messages (PS2xx): what the report format does not allow, key -> (zh-TW, English). `model.*` are
the sentences the model's own validators refuse a value with (carried through pydantic, see
core/fields.refused); `type.*`, `value.*` and `hint.*` are clauses the schema rules build sentences from."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "PS201.facet_weight": (
        "面向「{name}」未設權重；請加上 weight:（或以 scoring: {{weights: none}} 宣告整份報告不設權重，或以 "
        "weights: none 宣告本面向不設權重）",
        "facet {name!r} has no weight; add weight: (or declare an unweighted report with scoring: {{weights: "
        "none}}, or this facet with weights: none)"
    ),
    # relative targets (core/target_model._check_relative)
    "model.change_without_relative": ("change: 與 change_percent: 只用於相對目標值；請加上 relative_to: previous",
                                      "change: and change_percent: belong to a relative target; add relative_to: "
                                      "previous"),
    "model.relative_direction": ("相對目標值只能是 higher（≥ 上年度實際值，預設）或 lower（≤ 上年度實際值）；"
                                 "請寫 direction: higher 或 direction: lower",
                                 "a relative target is higher (≥ last year's actual, the default) or lower (≤ it); "
                                 "write direction: higher or direction: lower"),
    "model.relative_fixed": ("相對目標值取自上年度實際值；請刪除 {keys}",
                             "a relative target takes its value from last year's actual; remove {keys}"),
    "model.change_both": ("請擇一填寫 change:（指標單位，或以 pt 表示百分點）或 "
                          "change_percent:（上年度實際值的百分比），不可兩者並用",
                          "write change: (in the indicator's unit, or pt for percentage points) or change_percent: "
                          "(percent of last year's actual), not both"),
    "PS202": ("未知的鍵 {key!r}；{space}{close}此處可用的鍵：{known}",
              "unknown key {key!r}; {space}{close}valid keys here: {known}"),
    "PS202.close": ("是否要寫 {close!r}？", "did you mean {close!r}? "),
    "PS202.space": ("鍵中含有{what}：請以一般空白縮排；", "the key holds {what}: indent with ordinary spaces; "),
    "char.fullwidth_space": ("全形空白（U+3000）", "a full-width space (U+3000)"),
    "char.tab": ("定位字元（tab）", "a tab"),
    "PS203.union": ("{name}：{value} 在此無效；{hint}", "{name}: {value} is not valid here; {hint}"),
    "PS203.expected": ("{name}：應為{expected}，實為 {value}", "{name}: expected {expected}, got {value}"),
    "PS203.light": ("{name}：應為對應（mapping），實為 {value}；請寫 light: {{colour: {colour}, reason: 理由}}"
                    "（colour 為 green、amber、red 或 white）",
                    "{name}: expected a mapping, got {value}; write light: {{colour: {colour}, reason: why}} "
                    "(colour is green, amber, red or white)"),
    "PS203.refused": ("{name}：{text}（實為 {value}）", "{name}: {text} (got {value})"),
    "PS203.library": ("{name}：格式不允許此值（驗證訊息：{text}；實為 {value}）", "{name}: {text} (got {value})"),
    "PS112.digits": ("{shown} 超過 {digits} 位數；分數不需要這麼多位", "{shown} does not fit in {digits} digits; a "
                     "score never needs more"),
    # what a value is, and what was expected instead
    "value.mapping": ("對應（mapping）", "a mapping"),
    "value.list": ("清單", "a list"),
    "value.nothing": ("空值", "nothing"),
    "type.number": ("數字", "a number"),
    "type.whole": ("整數", "a whole number"),
    "type.text": ("文字", "a text"),
    "type.mapping": ("對應（mapping）", "a mapping"),
    "type.list": ("清單", "a list"),
    "type.boolean": ("true 或 false", "true or false"),
    # pydantic's own constraints, in words (its English is kept as it was: "Input should be" -> "expected")
    "bound.ge": ("應大於或等於 {ge}", "expected greater than or equal to {ge}"),
    "bound.gt": ("應大於 {gt}", "expected greater than {gt}"),
    "bound.le": ("應小於或等於 {le}", "expected less than or equal to {le}"),
    "bound.lt": ("應小於 {lt}", "expected less than {lt}"),
    "bound.literal": ("應為 {expected} 之一", "expected {expected}"),
    "hint.target": ("請寫 100%、>= 5、85%以上 等目標值，或含 direction: 的對應",
                    "write a target such as 100%, >= 5, 85%以上 or a mapping with direction:"),
    "hint.actual": ("請寫數字、帶單位的數字（63%）或 true/false",
                    "write a number, a number with its unit (63%), or true/false"),
    "hint.review": (
        "請寫一段文字，或含 cause: 與 strategy: 的對應",
        "write one text, or a mapping with cause: and strategy:"
    ),
    "hint.format": ("請參閱格式說明（docs/format.md）", "see the format guide"),
    # the model's validators
    "model.percent": (
        "應為 90 或 90% 之類的百分比，實為 {value!r}",
        "expected a percentage such as 90 or 90%, got {value!r}"
    ),
    "model.gregorian": ("請寫西元年：民國 {value} 年即 {year} 年", "write the Gregorian year: ROC {value} is {year}"),
    "model.goal_empty": ("目標需要 indicators:（以評核項目計分的目標則為 criteria:）",
                         "a goal needs indicators: (or criteria: for a goal scored on a rubric)"),
    "model.goal_both": (
        "目標以 indicators: 或評核項目（criteria:）計分，不能兩者並用；請拆成兩個目標",
        "a goal is scored on indicators: or on a rubric (criteria:), not both; split it into two goals"
    ),
    "model.rubric_weight": (
        "以評核項目（criteria:）計分的目標需要 weight:，即其評核項目分配的分數",
        "a goal scored on a rubric (criteria:) needs its weight:, the points its rubric shares out"
    ),
    "model.rubric_bonus": ("加分目標（bonus_cap:）以衡量指標計分，不以評核項目（criteria:）計分",
                           "a bonus goal (bonus_cap:) is scored on indicators, not on a rubric (criteria:)"),
    "model.dropped": ("dropped 項目需要該衡量指標的 id 或 name", "a dropped entry needs the indicator's id or name"),
    "model.grades": ("等第請由最高的 min 列到最低", "list grades from the highest minimum to the lowest"),
    "model.stage_points": ("points: 與 stages: 都給了分數；請只寫在 stages: 之下（以最後階段為準）",
                           "points: and stages: both give points; keep them under stages: (the latest stage counts)"),
    "model.goal_stage_points": (
        "審查階段 {name!r} 給了目標分數，但目標分數來自其衡量指標或評核項目：請將該階段的分數記在那裡（目標的"
        "審查階段只保留 light: 與 comment:）",
        "stage {name!r} gives the goal points, but a goal's points come from its indicators or criteria: "
        "record the stage's points there (a goal's stage keeps light: and comment:)"
    ),
    "model.target_needs": ("{direction} 型目標值需要 {missing}", "a {direction} target needs {missing}"),
    "words.both": ("{a} 與 {b}", "{a} and {b}"),
    "model.range": ("範圍下限 {low} 高於上限 {high}", "range low {low} is above high {high}"),
    "model.date": ("無法讀取日期 {date!r}；請寫 2024-12-31、2024-12、113/12/31、113年12月或113年底",
                   "cannot read the date {date!r}; write 2024-12-31, 2024-12, 113/12/31, 113年12月 or 113年底"),
    "model.reach": ("reach 必須是其中一個階梯名稱：{names}", "reach must name one of the steps: {names}"),
    "model.steps_twice": (
        "階梯名稱不得重複：{names} 出現不只一次",
        "step names must differ: {names} appears more than once"
    ),
    "model.step_zero": ("要達到的階梯 {name!r} 值為 0：達成度是所達階梯的值除以它，請給正數（例如 100）",
                        "the step to reach, {name!r}, has the value 0: achievement is the reached step's value over "
                        "it, so give it a positive value (e.g. 100)"),
    # targets and actual values that validate but cannot be read (PS204, PS205; fill's PS803 says the same)
    "PS204.long": ("原訂目標值 {shown!r} 超過 {limit} 個字元；目標值應為簡短寫法，例如 {shorthands}",
                   "the target {shown!r} is over {limit} characters; a target is a short phrase such as {shorthands}"),
    "PS204.strict": ("無法讀取原訂目標值 {shown!r}：不支援嚴格不等式（> 或 <），因為達成 100% 時恰在界限上卻算未達成；"
                     "請寫 {inclusive}（以上、以下皆含該數）",
                     "cannot read the target {shown!r}: strict targets (> or <) are not supported, because the "
                     "boundary itself would be unmet at 100%; write {inclusive} (以上 and 以下 include the number)"),
    "PS204.inclusive": ("{operator} {figure}、{symbol} {figure} 或 {figure}{word}",
                        "{operator} {figure}, {symbol} {figure} or {figure}{word}"),
    "PS204.number": ("無法將原訂目標值 {shown!r} 讀為數字：{advice}",
                     "cannot read the target {shown!r} as a number: {advice}"),
    "PS204.unreadable": ("無法讀取原訂目標值 {shown!r}；請寫簡寫，例如 {shorthands}，或含 direction: 的結構化目標值",
                         "cannot read the target {shown!r}; write a shorthand such as {shorthands}, or a structured "
                         "target with direction:"),
    "PS205.not_done": (
        "原訂目標值為完成型，達成值須為 true、false、完成或未完成，而非 {written!r}",
        "the target is done/not done, so the actual must be true, false, 完成 or 未完成, not {written!r}"
    ),
    "PS205.not_a_step": ("{written!r} 不是階梯中的一級；請寫下列之一：{names}",
                         "{written!r} is not a step of the ladder; write one of: {names}"),
    "PS205.number": ("無法將達成值 {shown!r} 讀為數字：{advice}", "cannot read the actual value {shown!r} as a number: "
                     "{advice}"),
    "PS205.bound": ("達成值 {shown!r} 是界限而非數值：請寫實際達到的數字，不加 ≥、≤、以上、以下或範圍",
                    "the actual value {shown!r} is a bound, not a figure: write the figure reached without ≥, ≤, "
                    "以上, 以下 or a range"),
    "PS205.date": ("達成值 {shown!r} 是日期，但原訂目標值 {target!r} 是數值：請寫實際達到的數值，例如 {example!r}"
                   "（完成日期可寫在 analysis: 中）",
                   "the actual value {shown!r} is a date, but the target {target!r} is a figure: write the figure "
                   "reached, e.g. {example!r} (a date done can go in analysis:)"),
    "PS205.no_number": ("達成值 {shown!r} 中讀不到數字；請以阿拉伯數字寫出實際達到的數值，例如 {example!r}",
                        "cannot read a number in the actual value {shown!r}; write the figure reached in digits, "
                        "e.g. {example!r}"),
    "PS205.not_a_date": ("原訂目標值 {shown!r} 是期限，達成值須為完成的日期或月份（113/12/20、113年12月、2024-12-20），"
                         "未完成則寫未完成；{written!r} 無法判斷是否如期完成",
                         "the target {shown!r} is a deadline, so the actual must be the date or month it was done "
                         "(113/12/20, 113年12月, 2024-12-20), or 未完成 if it was not done; {written!r} cannot tell "
                         "whether it was done on time"),
    # how to write a figure the grammar refused (core.targets.number_advice)
    "advice.ordinal": (
        "序數或期別（第2期）不是數字：請把階段寫進衡量指標名稱並寫 target: 完成（完成型），或用階梯（"
        "direction: ladder）",
        "an ordinal or period (第2期) is not a number: name the stage in the indicator and write target: 完成"
        " (done/not done), or a ladder of steps (direction: ladder)"
    ),
    "advice.year": ("只有年份（92年、2024年）既不是期限，也不是數量：期限請寫到月或日，例如 113年12月底前 或 "
                    "2024-12-31；數量請寫數字與單位，例如 3件；年資等以年計的期間請寫進名稱（服務滿3年人員比率 ≥ 80%）",
                    "a year alone (92年, 2024年) is neither a deadline nor a count: write a deadline as a month or "
                    "day, e.g. 113年12月底前 or 2024-12-31, a count as a number and its unit, e.g. 3件, and a "
                    "duration in years in the name (服務滿3年人員比率 ≥ 80%)"),
    "advice.date": ("日期只會讀為期限：原訂目標值與達成值都請寫實際的日期或月份，例如 113年12月、113年底、113/12/31 或 "
                    "2024-12-31；只有年份不構成期限",
                    "a date is only read as a deadline: write a real date or month such as 113年12月, 113年底, "
                    "113/12/31 or 2024-12-31 in both the target and the actual value; a year alone names no deadline"),
    "advice.rate": (
        "3案/年 這類比率無法讀為數字；請把期間寫進名稱（每年3案）並寫 3案",
        "a rate such as 3案/年 cannot be read as a number; put the period in the name (每年3案) and write 3案"
    ),
    "advice.exponent": ("請寫出完整數字，例如以 1000 代替 1e3", "write the number in full, e.g. 1000 for 1e3"),
    "advice.sign": ("正負號請用半形 - 或 +（例如 -5）", "write the sign with the plain - or + (e.g. -5)"),
    "advice.tolerance": (
        "容許誤差（±）不是單一數字；請寫範圍，例如 4~6",
        "a tolerance (±) is not one number; write a range such as 4~6"
    ),
    "advice.grouping": ("千分位請以逗號每三位一組，小數點只用一個，例如 1,234,567.5",
                        "write thousands with commas in groups of three and one decimal point, e.g. 1,234,567.5"),
    "PS803.refused": ("{written!r} 無法對原訂目標值 {target!r} 計分：{reason}",
                      "{written!r} cannot be scored against the target {target!r}: {reason}"),
}
