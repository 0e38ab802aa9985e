"""Finding messages and rule summaries (`rule.*`) of relative targets (PS611, PS612), in-year periods
(PS731, PS732) and unweighted facets (PS714): key -> (zh-TW, English). Kept apart from `findings` and
`rules` so each table stays readable; the English texts are the published ones (outputs and CI logs
quote them)."""

from __future__ import annotations

_PERIOD: dict[str, tuple[str, str]] = {  # a key of periods: (`period.*`) or report.as_of (`as_of.*`)
    "number": ("{what} {key} 是數字；月份請寫成 {year}-03，季別請寫成 {year}-Q1",
               "{what} {key} is a number; write a month as {year}-03 or a quarter as {year}-Q1"),
    "other_year": ("{what} {label} 不在報告年度 {year} 內；報告只追蹤本年度",
                   "{what} {label} is not in the report's year {year}; a report tracks its own year only"),
    "month_form": ("{what} {key!r} 不是月份的寫法：請寫 {right}（期間為月或季，不可為日）",
                   "{what} {key!r} is not written as a month: write {right} (a period is a month or a quarter, "
                   "never a day)"),
    "no_month": ("{what} {key!r}：沒有 {month} 月；請寫 {year}-01 至 {year}-12",
                 "{what} {key!r}: month {month} does not exist; write {year}-01 to {year}-12"),
    "quarter_form": ("{what} {key!r} 不是季別的寫法：請寫 {right}",
                     "{what} {key!r} is not written as a quarter: write {right}"),
    "no_quarter": ("{what} {key!r}：一年只有 Q1 至 Q4", "{what} {key!r}: a year has quarters Q1 to Q4"),
    "neither": ("{what} {key!r} 既非月份（{year}-03）也非季別（{year}-Q1）",
                "{what} {key!r} is neither a month ({year}-03) nor a quarter ({year}-Q1)"),
}
# The two subjects: "期間" for a key of periods:, the key's own name for as_of (the English has always said
# "period ..." and "as_of ..."); the placeholder is filled here, so each key is a complete sentence.
_SUBJECTS = {"period": ("期間", "period"), "as_of": ("as_of", "as_of")}

MESSAGES: dict[str, tuple[str, str]] = {
    f"{subject}.{name}": (zh.replace("{what}", zh_word), en.replace("{what}", en_word))
    for subject, (zh_word, en_word) in _SUBJECTS.items() for name, (zh, en) in _PERIOD.items()
}
MESSAGES.update({
    # in-year periods (PS731, PS732)
    "PS731.indicator": ("衡量指標「{name}」：{problem}", "indicator {name!r}: {problem}"),
    "period.not_number_unit": ("期間 {label}：{value!r} 不是目標單位（{unit}）的數字，例如 21{unit}",
                               "period {label}: {value!r} is not a number in the target's unit ({unit}), such as "
                               "21{unit}"),
    "period.not_number": ("期間 {label}：{value!r} 不是數字，例如 21",
                          "period {label}: {value!r} is not a number, such as 21"),
    "period.after_as_of": ("期間 {label} 於 as_of {as_of} 之後結束，尚無法得知其數值；請刪除或調整 as_of",
                           "period {label} ends after as_of {as_of}: its value cannot be known yet; remove it or "
                           "move as_of"),
    "period.mixed": ("期間混用月份與季別；請擇一填寫", "periods mix months and quarters; write one or the other"),
    "period.numeric_target": ("期間資料須搭配數值目標（應達到或不超過的數值，或區間）；此目標為 {direction}",
                              "periods need a numeric target (a number to reach, not exceed, or a range); this one "
                              "is {direction}"),
    "period.sum_missing": ("彙整方式 sum 須加總自年初起每一期，缺少 {names}；該期無成果請填 0",
                           "aggregate sum adds every period from the year's start, and {names} is missing; write 0 "
                           "for a period with nothing done"),
    "PS732": ("衡量指標「{name}」推估年底為 {projection}{unit}（{how}），未達目標 {target}",
              "indicator {name!r} is projected at {projection}{unit} by the year's end ({how}), which misses the "
              "target {target}"),
    "PS732.cumulative": ("截至 {latest} 累計 {to_date} × 12/{months}", "{to_date} to {latest} × 12/{months}"),
    "PS732.sum": ("截至 {latest} 合計 {to_date} × 12/{months}", "{to_date} in total to {latest} × 12/{months}"),
    "PS732.average": ("至今平均 {to_date}", "the average {to_date} so far"),
    "PS732.last": ("最新值 {to_date}（{latest}）", "the latest value {to_date} ({latest})"),
    # relative targets (PS611: the change as written; PS612: the previous year)
    "PS611": ("「{name}」：{problem}；本指標不予計分", "{name!r}: {problem}; the indicator is not scored"),
    "PS612": ("「{name}」：{problem}；本指標不予計分", "{name!r}: {problem}; the indicator is not scored"),
    "relative.how": ("以百分點計請寫 change: +1pt（80% → 81%），以上年度實際值的 1% 計請寫 change_percent: 1"
                     "（80% → 80.8%）",
                     "write change: +1pt for percentage points (80% → 81%) or change_percent: 1 for one percent of "
                     "last year's actual (80% → 80.8%)"),
    "relative.unreadable": ("無法讀取變動量 {change!r}；請寫 +5 或 +5件（指標本身的單位）、+1pt（百分點）或 "
                            "change_percent: 2（上年度實際值的百分比）",
                            "cannot read the change {change!r}; write +5 or +5件 (in the indicator's unit), +1pt "
                            "(percentage points) or change_percent: 2 (percent of last year's actual)"),
    "relative.ambiguous": ("變動量 {change!r} 語意不明：是百分點，還是上年度實際值的百分比？{how}",
                           "the change {change!r} is ambiguous: percentage points or percent of last year's actual? "
                           "{how}"),
    "relative.ambiguous_percent": ("百分比指標的變動量 {change!r} 語意不明；{how}",
                                   "the change {change!r} on a percent indicator is ambiguous; {how}"),
    "relative.points": ("變動量 {change} 以百分點計，但上年度實際值 {actual!r} 不是百分比；請以其單位填寫（+5{unit}），"
                        "或改用 change_percent:",
                        "the change {change} is in percentage points, but last year's actual {actual!r} is not a "
                        "percent; write it in its unit (+5{unit}) or as change_percent:"),
    "relative.unit": ("變動量 {change} 的單位是 {named!r}，但指標的單位是 {unit!r}；請以 {unit!r} 填寫",
                      "the change {change} is in {named!r} but the indicator is in {unit!r}; write it in {unit!r}"),
    "relative.no_unit": ("變動量 {change} 的單位是 {named!r}，但指標沒有單位；請不加單位填寫變動量",
                         "the change {change} is in {named!r} but the indicator has no unit; write the change "
                         "without one"),
    "relative.below_zero": ("上年度實際值 {actual!r} {change} 為 {value}{unit}，低於 0；請改用較小的變動量",
                            "last year's actual {actual!r} {change} is {value}{unit}, below 0; choose a smaller "
                            "change"),
    "relative.no_previous": ("目標值以上年度為準，但未指定上年度報告；請在 report: 下加入 "
                             "previous:（相對於本檔案的路徑），或使用 --previous FILE",
                             "the target is relative to the previous year, but no previous year's report is named; "
                             "add previous: under report: (the file, relative to this one) or pass --previous FILE"),
    "relative.previous": ("上年度報告 {file} {problem}，因此無法據以訂定目標值",
                          "the previous year's report {file} {problem}, so the target relative to it cannot be set"),
    "previous.unreadable": ("無法讀取（{error}）", "cannot be read ({error})"),
    "previous.errors": ("無法計分（其中有 {count} 項錯誤，已列出位置）",
                        "cannot be scored ({count} error(s) in it, listed with their places)"),
    "previous.unscorable": ("無法計分", "cannot be scored"),
    "relative.no_twin": ("{file} 中沒有對應本指標的衡量指標（依 id:，無 id 時依同一面向及目標下的名稱，與 diff 相同）；"
                         "請在兩個年度使用相同的 id:",
                         "no indicator of {file} matches this one (by id:, else by name under the same facet and "
                         "goal, as diff matches them); give it the same id: in both years"),
    "relative.no_actual": ("「{name}」在 {file} 中沒有實際值，因此無法據以訂定目標值",
                           "{name!r} has no actual value in {file}, so the target relative to it cannot be set"),
    "relative.not_number": ("上年度實際值 {actual!r}（{file}）不是數字，因此無法據以訂定目標值",
                            "last year's actual {actual!r} ({file}) is not a number, so the target relative to it "
                            "cannot be set"),
    "relative.units": ("上年度實際值 {actual!r}（{file}）的單位是 {last!r}，但本目標值的單位是 {own!r}；"
                       "不同單位的數值無法比較",
                       "last year's actual {actual!r} ({file}) is in {last!r} but this target is in {own!r}; "
                       "figures in different units cannot be compared"),
    # a facet declared unweighted inside a weighted report (PS714)
    "PS714.all": ("每個面向皆設 weights: none，總分將只剩具體事蹟；請以 scoring: {{weights: none}} "
                  "宣告整份報告不設權重",
                  "every facet has weights: none, so the total would be the sections alone; declare the whole "
                  "report unweighted with scoring: {{weights: none}}"),
    "PS714.hint": ("設 weights: none 的面向只評燈號、不計入總分；請刪除此項，或為面向設定權重並拿掉 weights: none",
                   "a facet with weights: none gives lights only and adds nothing to the total; remove it, or give "
                   "the facet a weight and drop weights: none"),
    "PS714.facet_weight": ("面向「{name}」設有權重：{hint}", "facet {name!r} has a weight: {hint}"),
    "PS714.goal_bonus": ("目標「{name}」為加分目標：{hint}", "goal {name!r} is a bonus goal: {hint}"),
    "PS714.goal_rubric": ("目標「{name}」以評核項目計分：{hint}", "goal {name!r} is scored on a rubric: {hint}"),
    "PS714.goal_weight": ("目標「{name}」設有權重：{hint}", "goal {name!r} has a weight: {hint}"),
    "PS714.indicator_weight": ("衡量指標「{name}」設有權重：{hint}", "indicator {name!r} has a weight: {hint}"),
    # rule summaries (perfscore rules)
    "rule.PS611": (
        "相對目標值的變動量語意不明或無法讀取（百分比指標寫 +1%：是百分點還是百分比？）；請寫 change: +1pt、"
        "change: +5件 或 change_percent: 2。本指標不予計分。",
        "A relative target's change is ambiguous or cannot be read (+1% on a percent indicator: points or "
        "percent?); write change: +1pt, change: +5件 or change_percent: 2. The indicator is not scored."
    ),
    "rule.PS612": (
        "無法依上年度訂定相對目標值：未指定上年度報告、無法讀取、上年度找不到該指標，或其實際值缺漏、非數字或單位不同。"
        "本指標不予計分。",
        "A relative target cannot be set from the previous year: no previous report named, unreadable, the "
        "indicator not found there, or its actual missing, not a number or in another unit. The indicator is "
        "not scored."
    ),
    "rule.PS714": (
        "在有權重的報告中，宣告不設權重（weights: none）的面向含有權重、評核項目或加分目標，或所有面向皆不設權重："
        "是否計入總分並不明確。",
        "A facet declared unweighted (weights: none) inside a weighted report has a weight, a rubric or a bonus "
        "goal, or every facet is unweighted: whether it counts toward the total is ambiguous."
    ),
    "rule.PS731": (
        "期間的鍵或數值無法讀取：不是報告年度的月份（2024-03）或季別（2024-Q1）、在 as_of 之後、月季混用、"
        "sum 彙整缺期，或不是數字。",
        "A period key or value cannot be read: not a month (2024-03) or quarter (2024-Q1) of the report's year, "
        "after as_of, mixed, missing from a sum, or not a number."
    ),
    "rule.PS732": (
        "年度進行中（report.as_of）時，衡量指標各期數值以直線推估至年底未達目標。",
        "In a year in progress (report.as_of), the straight-line projection of an indicator's periods to the "
        "year's end misses its target."
    ),
})
