"""Finding messages, by code: key -> (zh-TW, English). A code with several sentences has keys such as
`PS302.hint`; clauses (a nested Message) are keys too. The English texts are the published ones: change
one only on purpose, since outputs and CI logs quote them."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # loading (PS1xx)
    "PS101.character": ("YAML 不允許字元 {code}；請刪除（定位字元、換行與可列印字元皆可）",
                        "the character {code} is not allowed in YAML; delete it (tabs, line breaks and printable "
                        "characters are fine)"),
    "PS105.utf16": ("檔案為 UTF-16 編碼；請另存為 UTF-8", "the file is UTF-16; save it as UTF-8"),
    "PS105.bom": ("檔案開頭有位元組順序標記（BOM）；請另存為不含 BOM 的 UTF-8",
                  "the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    "PS105.byte": ("位元組 {byte} 不是 UTF-8；請將檔案另存為 UTF-8（不讀取 Big5 等其他編碼）",
                   "byte {byte} is not UTF-8; save the file as UTF-8 (Big5 and other encodings are not read)"),
    "PS106": ("檔案大小 {size} 位元組，超過上限 {limit}；若檔案無誤，請調高 --max-bytes",
              "the file is {size} bytes, over the limit of {limit}; raise --max-bytes if it is genuine"),
    "PS108": ("檔案{what}；報告應為含 report、scoring、facets 與 sections 等鍵的對應（mapping）",
              "the file is {what}; a report is a mapping with the keys report, scoring, facets and sections"),
    "PS108.empty": ("是空的", "empty"),
    "PS108.other": ("是 {kind}，不是對應（mapping）", "a {kind}, not a mapping"),
    # schema (PS2xx)
    "PS201.missing": ("{where}缺少鍵 {field!r}", "missing key {field!r} in {where}"),
    "PS201.in": ("{parent} 中", "{parent}"),
    "PS201.top": ("最上層", "the top level"),
    "PS201.weight": ("衡量指標「{name}」未填權重；請加上 weight:（僅加分目標的衡量指標可省略）",
                     "indicator {name!r} has no weight; add weight: (only indicators of bonus goals may omit it)"),
    "PS203.key": ("鍵 {field} 不是名稱；鍵應為名稱，例如 weight（若要當作文字請加引號）",
                  "the key {field} is not a name; keys are names such as weight (quote it if it is meant as text)"),
    "PS203.comma": ("鍵 {field} 不是名稱：在 {{…}} 中逗號分隔各項，所以 {number} 在逗號處被拆開；請加引號（{key}: "
                    "\"{number}\"）或不加千分位（{key}: {plain}）",
                    "the key {field} is not a name: inside {{…}} a comma separates entries, so {number} was split at "
                    "the comma; quote it ({key}: \"{number}\") or write it without the comma ({key}: {plain})"),
    "PS204.boolean": ("原訂目標值不可為 true/false；完成型衡量指標請寫 target: 完成（或 done）",
                      "a target cannot be true/false; for a done/not-done indicator write target: 完成 (or done)"),
    # weights (PS3xx)
    "PS301": ("面向與具體事蹟權重合計 {parts} = {total}，不等於宣告的總分 {declared}；請修正權重或設定 scoring.total",
              "facet and section weights add up to {parts} = {total}, not the declared total {declared}; fix a "
              "weight or set scoring.total"),
    "PS301.one": ("唯一的面向權重為 {total}，不等於宣告的總分 {declared}；請修正權重或設定 scoring.total",
                  "the only facet weighs {total}, not the declared total {declared}; fix its weight or set "
                  "scoring.total"),
    "PS302": ("面向「{name}」各目標權重合計 {parts} = {declared}，不等於面向權重 {weight}{hint}",
              "the goals of facet {name!r} weigh {parts} = {declared}, not the facet's {weight}{hint}"),
    # one goal: `合計 90 = 90` is a sum of one part, said plainly instead
    "PS302.one": ("面向「{name}」唯一的目標權重為 {declared}，不等於面向權重 {weight}{hint}",
                  "the only goal of facet {name!r} weighs {declared}, not the facet's {weight}{hint}"),
    "PS302.derived": ("；若各目標以其衡量指標權重計，合計為 {derived}，正好相符",
                      "; with each goal at its indicators' weight they add up to {derived}, which matches"),
    "PS302.fix": ("；請修正某一目標或面向的權重", "; correct a goal's weight or the facet's"),
    "PS303": ("目標「{name}」宣告權重為 {declared}，但其衡量指標權重為 {parts} = {sum}；"
              "請宣告 {sum} 或修正衡量指標權重",
              "goal {name!r} is declared as {declared} but its indicators weigh {parts} = {sum}; declare {sum} "
              "or correct an indicator's weight"),
    "PS303.one": ("目標「{name}」宣告權重為 {declared}，但其唯一的衡量指標權重為 {sum}；"
                  "請宣告 {sum} 或修正該衡量指標權重",
                  "goal {name!r} is declared as {declared} but its only indicator weighs {sum}; declare {sum} or "
                  "correct that indicator's weight"),
    # published figures (PS4xx)
    "PS401": ("公布達成度 {published}%，但達成值 {actual} 對原訂目標值 {target} 計得 {computed}%",
              "published achievement {published}% but {actual} against {target} gives {computed}%"),
    "PS402": ("公布項目權分 {published}，但依 {credit} 規則計得 {computed}",
              "published points {published} but the {credit} rule gives {computed}"),
    "PS403.facet": ("公布面向分數 {published}，但其目標合計為 {computed}",
                    "published facet score {published} but its goals add up to {computed}"),
    "PS403.total": ("公布 {field} 為 {published}，但依數據計得 {computed}",
                    "published {field} {published} but the figures give {computed}"),
    "field.subtotal": ("策略績效目標分數", "subtotal"),
    "field.total": ("績效總分", "total"),
    "field.goals": ("目標", "goals"),
    "field.indicators": ("衡量指標", "indicators"),
    "field.met": ("達成", "met"),
    "field.unmet": ("未達成", "unmet"),
    "PS404": ("公布 {field} 數為 {published}，但資料中為 {computed}",
              "published {published} {field} but the data has {computed}"),
    "PS405.points": ("公布目標項目權分 {published}，但目標「{name}」合計為 {computed}",
                     "published goal points {published} but goal {name!r} adds up to {computed}"),
    "PS405.unweighted": ("公布目標達成度 {published}%，但目標「{name}」沒有可供相除的權重",
                         "published goal achievement {published}% but goal {name!r} has no weight to divide by"),
    "PS405.achievement": ("公布目標達成度 {published}%，但 {weight} 分中得 {points} 分為 {computed}%",
                          "published goal achievement {published}% but {points} of {weight} is {computed}%"),
    "PS406": ("公布燈號為{published}，但衡量指標「{name}」為{light}",
              "published light {published} but indicator {name!r} has {light}"),
    "PS407": ("公布差異值 {published}{unit}，但實際值 {actual} 對目標 {target} 為 {computed}{unit}",
              "published gap {published}{unit} but {actual} against {target} gives {computed}{unit}"),
    "PS407.no_gap": ("公布差異值 {printed!r}，但 {direction} 目標沒有差異值（只有達成與否）；請刪除 published.gap",
                     "published gap {printed!r} but a {direction} target has no gap (差異值), only met or not; leave "
                     "published.gap out"),
    "PS407.unreadable": ("公布差異值 {printed!r} 無法讀取：{why}", "published gap {printed!r} cannot be read: {why}"),
    "PS407.advice": ("請寫帶正負號的差異值（實際值 − 目標值，以指標單位表示，如 -7%、+2天），或寫 超前/落後 及其幅度",
                     "write the signed gap, actual − target, in the indicator's unit (-7%, +2天), or 超前/落後 and "
                     "its size"),
    "PS407.word": ("{word}加上正負號，或用於區間目標，意義不只一種；{advice}",
                   "{word} with a sign, or against a range, has no one meaning; {advice}"),
    "PS407.unit": ("公布差異值 {printed!r} 的單位是 {written!r}，但「{name}」的差異值單位是 {expected!r}；"
                   "請以 {expected!r} 填寫",
                   "published gap {printed!r} is in {written!r} but the gap of {name!r} is in {expected!r}; write "
                   "it in {expected!r}"),
    # lights: the words a finding names them by (the codes in English, as published)
    "light.green": ("綠燈", "green"),
    "light.amber": ("黃燈", "amber"),
    "light.red": ("紅燈", "red"),
    "light.white": ("白燈", "white"),
    "light.none": ("無燈號", "none"),
    # indicators (PS5xx)
    "PS501": ("以評核計分（credit: assessed），但「{name}」尚無 points；請加上 points: {allowed}",
              "credit is assessed but {name!r} has no points; add points: {allowed}"),
    "PS501.bonus": ("0 以上（適用加分目標上限）", "0 or more (the bonus goal's cap applies)"),
    "PS501.between": ("介於 0 與 {weight} 之間", "between 0 and {weight}"),
    "PS501.section": ("具體事蹟「{name}」尚無 points；請加上 points:，介於 0 與 {weight} 之間",
                      "section {name!r} has no points yet; add points: between 0 and {weight}"),
    "PS502": ("評核分數 {points} 超出 {bounds}；以 {used} 計",
              "assessed points {points} fall outside {bounds}; {used} is used"),
    "PS502.bonus": ("0 以上（加分目標）", "0 or more (a bonus goal)"),
    "PS502.weight": ("0..{weight}（衡量指標權重）", "0..{weight} (the indicator's weight)"),
    "PS502.section": ("具體事蹟分數 {points} 超出 0..{weight}（具體事蹟權重）；以 {used} 計",
                      "section points {points} fall outside 0..{weight} (the section's weight); {used} is used"),
    "PS503.goal": ("加分目標分數 {points} 超過上限 {cap}；以 {cap} 計",
                   "the bonus goal's points {points} exceeds its cap of {cap}; {cap} is used"),
    "PS503.item": ("{kind} {points} 超過上限 {cap}；以 {cap} 計",
                   "the {kind} {points} exceeds its cap of {cap}; {cap} is used"),
    "kind.bonus": ("加分", "bonus"),
    "kind.deduction": ("扣分", "deduction"),
    "PS504": ("未達成衡量指標「{name}」{missing}；請加上 review:，含 cause: 與 strategy:（未達成原因分析暨因應策略）",
              "unmet indicator {name!r} has no {missing}; add review: with cause: and strategy: "
              "(未達成原因分析暨因應策略)"),
    "PS504.both": ("未填原因分析（cause）及因應策略（strategy）", "cause and no strategy"),
    "PS504.one": ("未填 {field}", "{field}"),
    "PS505": ("原訂目標值 {target!r} 對達成值 {actual!r}：目標值為零或負數時比率無意義，因此僅以達成與否計分；"
              "請設定正數目標值，或改用完成型／階梯型目標值或 credit: assessed",
              "target {target!r} against {actual!r}: a ratio of zero or negative figures has no meaning, so it is "
              "scored all or nothing; set a positive target, or use a done/ladder target or credit: assessed"),
    "PS506": ("達成值的單位為 {unit!r}，但原訂目標值 {target!r} 的單位為 {target_unit!r}：不同單位的數值無法比較，"
              "因此本衡量指標不予計分；請以相同單位填寫",
              "the actual is in {unit!r} but the target {target!r} is in {target_unit!r}: figures in different "
              "units cannot be compared, so the indicator is not scored; write both in the same unit"),
    "PS507": ("尚未填報達成值：本衡量指標不予計分", "no actual value yet: the indicator is not scored"),
    "PS507.in_year": ("尚無達成值也無期間資料：年度進行中，看不出本衡量指標的進度；請加上 periods:（至今各期數值），"
                      "或於得知時填寫達成值",
                      "no actual value and no periods yet: the year is in progress and nothing shows how this "
                      "indicator is going; add periods: (its values to date) or the actual when known"),
    "PS508.indicator": ("評核計分的「{name}」尚無 points（亦無達成值）：評核後請加上 points:",
                        "no points yet for the assessed {name!r} (no actual value either): add points: once it is "
                        "assessed"),
    "PS508.section": ("具體事蹟「{name}」尚無 points（仍有衡量指標未填達成值）；評核後請加上 points:",
                      "section {name!r} has no points yet (indicators still lack actual values); add points: when "
                      "it is assessed"),
    "PS511": ("期限 {target!r} 早於本報告年度 {year}（民國 {roc} 年）開始之前；若為本年度的期限，請寫 {moved!r}",
              "the deadline {target!r} ends before the report's year {year} (ROC {roc}) begins; for a deadline "
              "this year, write {moved!r}"),
    "PS509": ("達成值 {actual!r} 對原訂目標值 {target!r} 將讀為 {actual}%；若為小數比率，請寫 {percent}%；"
              "若確為 {actual}%，請加上 % 符號",
              "the actual {actual!r} against the target {target!r} reads as {actual}%; if it is a fraction, write "
              "{percent}%, and if it really is {actual}%, write the % sign"),
    "PS510": ("「{name}」以級距計分（credit: bands），但未宣告級距表，不論達成多少皆得 0 分；請於 scoring 或其面向、"
              "目標、衡量指標加上 bands:（例如 - {{min: 100, credit: 100}}）",
              "{name!r} is scored by credit: bands but no bands are declared for it, so it would earn 0 whatever it "
              "achieves; add bands: (e.g. - {{min: 100, credit: 100}}) to scoring or to its facet, goal or "
              "indicator"),
    # year over year (PS6xx)
    "PS601": ("「{name}」的 id「{id}」已由「{first}」使用；id 不得重複",
              "id {id!r} of {name!r} is already used by {first!r}; ids must be unique"),
    "PS602": ("「{name}」的原訂目標值由 {old} 下修為 {new}，但未說明理由；"
              "請加上 justification:（下修目標值之原因分析及因應策略）",
              "the target of {name!r} was lowered from {old} to {new} without a justification; add "
              "justification: (cause and strategy, 下修目標值之原因分析及因應策略)"),
    "PS603": ("「{name}」的原訂目標值{kept} {new}，但去年達成值 {actual} 超出目標值 {target} 達 {excess}%"
              "（門檻 {margin}%）；請提高目標值，或於 justification: 說明理由",
              "the target of {name!r} was {kept} {new} although last year's actual {actual} beat the target "
              "{target} by {excess}% (margin {margin}%); raise it, or say why in justification:"),
    "PS603.lowered": ("下修為", "lowered to"),
    "PS603.kept": ("維持", "kept at"),
    "PS604": ("目標「{goal}」的衡量指標「{name}」已刪除而未註明；請於 dropped: 列出 {entry} 並以 note 說明原因",
              "indicator {name!r} of goal {goal!r} is gone without a note; list it under dropped: with {entry} "
              "and a note saying why"),
    "yoy.last_year": ("{finding}（去年：{where}）", "{finding} (last year: {where})"),
    # rubric goals (PS70x)
    "PS701": ("評核項目「{name}」自評 {given} 分，超出 0..{max}（配分）；以 {points} 計",
              "criterion {name!r} is given {given} points, outside 0..{max} (its 配分); {points} is used"),
    "PS703": ("目標「{goal}」的評核項目「{name}」尚未評分（草稿）；評核後請加上 points:，介於 0 與 {max}（配分）之間",
              "criterion {name!r} of goal {goal!r} has no points yet (a draft); add points: between 0 and {max} "
              "(配分) once it is assessed"),
    "PS702": ("目標「{goal}」的評核項目「{name}」尚未評分；請加上 points:，介於 0 與 {max}（配分）之間",
              "criterion {name!r} of goal {goal!r} has no points yet; add points: between 0 and {max} (配分)"),
    # lights (PS71x)
    "PS711": ("衡量指標「{name}」設為白燈（本年度無法衡量）但未說明理由；請寫 light: {{colour: white, reason: ...}}",
              "indicator {name!r} has a white light (白燈, not measurable this year) without a reason; add light: "
              "{{colour: white, reason: ...}}"),
    "PS712": ("衡量指標「{name}」的燈號以人工設為{light}，依數據則為{computed}{why}",
              "indicator {name!r}: the light is set by hand to {light}, its figures give {computed}{why}"),
    "PS712.unscored": ("無燈號（不予計分）", "no light (not scored)"),
    "PS712.why": ("（{reason}）", " ({reason})"),
    "PS713.facet": ("面向「{name}」有權重：{hint}", "facet {name!r} has a weight: {hint}"),
    "PS713.goal": ("目標「{name}」有權重：{hint}", "goal {name!r} has a weight: {hint}"),
    "PS713.indicator": ("衡量指標「{name}」有權重：{hint}", "indicator {name!r} has a weight: {hint}"),
    "PS713.key": ("{key}：{hint}", "{key}: {hint}"),
    "PS713.hint": ("不設權重的報告（scoring.weights: none）不計總分；請刪除此項，或拿掉 weights: none",
                   "an unweighted report (scoring.weights: none) has no total; remove it, or drop weights: none"),
    # review stages (PS72x); an item is named with its kind (指標、評核項目、目標、具體事蹟)
    "stage.indicator": ("衡量指標", "indicator"),
    "stage.criterion": ("評核項目", "criterion"),
    "stage.goal": ("目標", "goal"),
    "stage.section": ("具體事蹟", "section"),
    "stage.item": ("{kind}「{name}」", "{kind} {name!r}"),
    "PS721.points": ("{stage}將{item}的分數由 {old}（{old_stage}）改為 {new}（{change}）",
                     "{stage} changed the points of {item} from {old} ({old_stage}) to {new} ({change})"),
    "PS721.light": ("{stage}將{item}的燈號由{old}（{old_stage}）改為{new}",
                    "{stage} changed the light of {item} from {old} ({old_stage}) to {new}"),
    "PS722": ("{item}的審查階段「{stage}」未經宣告；scoring.stages 列有 {order}",
              "stage {stage!r} of {item} is not declared; scoring.stages lists {order}"),
    "PS723": (
        "衡量指標「{name}」以 credit: {credit} 計分，其審查階段分數不予採計；若由審查者給分，請設 credit: "
        "assessed",
        "indicator {name!r} is scored by credit: {credit}, so its stage points do not count; set credit: "
        "assessed if the reviewers give them"
    ),
}
