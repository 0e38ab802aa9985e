"""Schema messages (PS2xx): what the report format does not allow, key -> (zh-TW, English). `model.*` are
the sentences the model's own validators refuse a value with (carried through pydantic, see
core/fields.refused); `type.*`, `value.*` and `hint.*` are clauses the schema rules build sentences from."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "PS201.facet_weight": (
        "面向「{name}」未填權重；請加上 weight:（或以 scoring: {{weights: none}} 宣告不設權重的報告）",
        "facet {name!r} has no weight; add weight: (or declare an unweighted report with scoring: {{weights: "
        "none}})"
    ),
    "PS202": ("未知的鍵 {key!r}；{space}{close}此處可用的鍵：{known}",
              "unknown key {key!r}; {space}{close}valid keys here: {known}"),
    "PS202.close": ("是否要寫 {close!r}？", "did you mean {close!r}? "),
    "PS202.space": ("鍵中含有{what}：請以一般空白縮排；", "the key holds {what}: indent with ordinary spaces; "),
    "char.fullwidth_space": ("全形空白（U+3000）", "a full-width space (U+3000)"),
    "char.tab": ("定位字元（tab）", "a tab"),
    "PS203.union": ("{name}：{value} 在此無效；{hint}", "{name}: {value} is not valid here; {hint}"),
    "PS203.expected": ("{name}：應為{expected}，實為 {value}", "{name}: expected {expected}, got {value}"),
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
}
