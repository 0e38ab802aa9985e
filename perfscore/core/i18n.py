"""Labels in Traditional Chinese (zh-TW) and English, and how years are shown (104 年度 / 2015)."""

from __future__ import annotations

import unicodedata

ROC_OFFSET = 1911

_LABELS: dict[str, tuple[str, str]] = {
    "report": ("施政績效報告", "Performance report"),
    "facet": ("面向", "Facet"),
    "goal": ("策略績效目標", "Strategic goal"),
    "indicator": ("衡量指標", "Indicator"),
    "target": ("原訂目標值", "Target"),
    "actual": ("達成目標值", "Actual"),
    "achievement": ("達成度", "Achievement"),
    "weight": ("權重", "Weight"),
    "points": ("項目權分", "Points"),
    "status": ("狀態", "Status"),
    "analysis": ("績效衡量暨達成情形分析", "Analysis"),
    "score": ("績效分數", "Score"),
    "facet_score": ("權分合計", "Facet score"),
    "subtotal": ("策略績效目標分數", "Strategic goals subtotal"),
    "sections": ("施政績效具體事蹟", "Assessed sections"),
    "section": ("項目", "Section"),
    "bonus": ("加分", "Bonus"),
    "deduction": ("扣分", "Deduction"),
    "total": ("績效總分", "Total score"),
    "grade": ("等第", "Grade"),
    "breakdown": ("績效總分", "Score breakdown"),
    "unmet_review": ("未達績效目標項目檢討", "Review of unmet indicators"),
    "gap": ("差異值", "Gap"),
    "gap_in": ("差異值單位", "Gap unit"),  # csv, xlsx, ods: a deadline's gap is in months or days
    "gap_month": ("個月", " months"),  # glued as every zh-TW unit is (`-2件`, `+15天`, `+2個月`)
    "gap_day": ("天", " days"),
    "cause": ("未達成原因分析", "Cause"),
    "strategy": ("因應策略", "Strategy"),
    "review": ("未達成原因分析暨因應策略", "Cause and strategy"),
    "summary": ("績效總評", "Summary"),
    "summary_generated": ("依本報告數據彙整", "From the report's figures"),
    "summary_agency": ("機關自評（報告原文）", "In the agency's own words"),
    "met": ("達成", "met"),
    "unmet": ("未達成", "unmet"),
    "unscored": ("未填", "no value"),
    # an actual value is filled but there is nothing to score it against (a target that could not be set)
    "status_not_scored": ("未計分", "not scored"),
    # the total of a year in progress (report.as_of) before any indicator has an actual value: not a 0
    "goals_count": ("績效目標", "goals"),
    "indicators_count": ("衡量指標", "indicators"),
    "findings": ("檢查結果", "Findings"),
    "no_findings": ("未發現問題", "No problems found"),
    "bonus_goal": ("加分項目", "bonus item"),
    "cap": ("上限", "cap"),
    "light_green": ("綠燈", "green"),
    "light_amber": ("黃燈", "amber"),
    "light_red": ("紅燈", "red"),
    "light_none": ("—", "—"),
    "light_white": ("白燈", "white"),
    "measure": ("衡量標準", "Measure"),
    "assessment": ("評估方式", "Assessment"),
    "light_reason": ("燈號說明", "Light set because"),
    "light_computed": ("計算", "computed"),
    "light_counts": ("燈號統計", "Lights"),
    "margin": ("超前", "ahead by"),
    "light_computed_column": ("計算燈號", "Computed light"),
    "sheet_lights": ("燈號統計", "Lights"),
    "sheet_stages": ("審查階段", "Review stages"),
    "met_margins": ("達成項目超前幅度", "Margins of met indicators"),
    "unweighted_facet": ("本面向不設權重，不計入總分", "Unweighted facet: not part of the total"),
    "not_scored": ("尚未計分", "not scored"),  # as wide as the league's Total score column allows at 60
    "unweighted_note": ("本報告不設權重，不計總分及等第", "Unweighted report: no total and no grade"),
    "none_unmet": ("所有衡量指標均已達成", "All indicators met their targets"),
    "none_unmet_rubric": ("無未達成之衡量指標", "No unmet indicators"),
    "none_unmet_partial": ("無未達成之衡量指標：{met} 項已達成，另 {unscored} 項尚未填報達成值",
                           "No indicator is unmet: {met} met their targets, {unscored} have no actual value yet"),
    "none_scored": ("尚無衡量指標填報達成值（共 {unscored} 項），無從判定達成與否",
                    "No indicator has an actual value yet ({unscored} in all), so none is met or unmet"),
    # rubric-scored goals (評核項目/配分/自評)
    "criterion": ("評核項目", "criterion"),
    "criterion_max": ("配分", "max"),
    "criterion_given": ("自評", "given"),
    "rubric_score": ("評核分數", "rubric score"),
    "error": ("錯誤", "error"),
    "warning": ("警告", "warning"),
    "info": ("提示", "info"),
    "organisation": ("機關", "Organisation"),
    "year": ("年度", "Year"),
    # review stages (自評 → 初核 → 複核)
    "review_stages": ("審查階段（自評、初核、複核）", "Review stages"),
    "stage_item": ("項目", "Item"),
    "stage_comment": ("審查意見", "Comments"),
    "stage_total": ("各階段績效總分", "Total at each stage"),
    "stage_kind_indicator": ("指標", "indicator"),
    "stage_kind_criterion": ("評核項目", "criterion"),
    "stage_kind_goal": ("目標", "goal"),
    "stage_kind_section": ("具體事蹟", "section"),
    # in-year tracking (report.as_of, periods:)
    "progress": ("年度進度（截至 {as_of}）", "In-year progress (as of {as_of})"),
    "progress_indicator": ("衡量指標", "Indicator"),
    "progress_aggregate": ("彙整方式", "Aggregation"),
    "progress_to_date": ("至今實際值", "To date"),
    "progress_projection": ("年底預估值", "Projected year end"),
    "progress_target": ("年度目標值", "Target"),
    "progress_status": ("預估", "Outlook"),
    "progress_at_risk": ("恐未達成", "at risk"),
    "progress_on_track": ("可望達成", "on track"),
    "aggregate_cumulative": ("累計", "cumulative"),
    "aggregate_sum": ("加總", "sum"),
    "aggregate_average": ("平均", "average"),
    "aggregate_last": ("最新值", "last"),
    # csv columns
    "facet_id": ("面向代碼", "Facet id"),
    "goal_id": ("目標代碼", "Goal id"),
    "indicator_id": ("指標代碼", "Indicator id"),
    "unit": ("單位", "Unit"),
    "achievement_pct": ("達成度(%)", "Achievement (%)"),
    "light": ("燈號", "Light"),
    "published_achievement": ("公布達成度(%)", "Published achievement (%)"),
    "published_points": ("公布項目權分", "Published points"),
    # html and markdown
    "preface": ("前言", "Preface"),
    "goals_section": ("策略績效目標達成情形", "Strategic goals and their achievement"),
    "chart": ("各面向績效分數與權重", "Facet scores against their weights"),
    "chart_desc": ("每一面向的長條：淺色為權重，深色為績效分數。",
                   "One bar per facet: the light bar is the weight, the dark bar the score."),
    "bonus_up_to": ("加分，最高", "bonus, up to"),
    "unscored_note": ("項尚未填報達成值", "have no actual value yet"),
    "points_unit": (" 分", " points"),
    "colon": ("：", ": "),
    "paren": ("(", " ("),
    "findings_none": ("未發現問題。", "No problems found."),
    "location": ("位置", "Location"),
    "code": ("代碼", "Code"),
    "severity": ("嚴重度", "Severity"),
    "message": ("說明", "Message"),
    # diff: what happened to an indicator, which of its fields changed, and the tables' headings
    "diff_added": ("新增", "added"),
    "diff_removed": ("刪除", "removed"),
    "diff_renamed": ("更名", "renamed"),
    "diff_changed": ("變更", "changed"),
    "diff_unchanged": ("未變", "unchanged"),
    "diff_goal": ("目標", "goal"),
    "diff_weight": ("權重", "weight"),
    "diff_target": ("目標值", "target"),
    "diff_actual": ("實際值", "actual"),
    "diff_achievement": ("達成度", "achievement"),
    "diff_points": ("項目權分", "points"),
    "diff_what": ("變動", "What changed"),
    "diff_old": ("去年", "Old"),
    "diff_new": ("今年", "New"),
    "diff_delta": ("增減", "Change"),
    "diff_indicators": ("衡量指標變動", "Indicator changes"),
    "diff_scores": ("績效分數增減", "Score changes"),
    "diff_none": ("衡量指標無變動", "No indicator changed"),
    "diff_renamed_from": ("原名", "was"),
    # a relative target's origin: ≥ 81.2%（上年度實際值 80.2% +1個百分點，2015.yaml）
    "relative_previous": ("上年度實際值", "previous actual"),
    "relative_points": ("個百分點", " pt"),
    # compare: the league table's own columns
    "league_rank": ("名次", "#"),
    "league_file": ("檔案", "File"),
    "league_met": ("達成", "Met"),
    "league_unmet": ("未達成", "Unmet"),
    "league_unscored": ("無法計分", "cannot be scored"),
    "league_unweighted": ("不計分", "unweighted"),
    "league_unweighted_note": ("{name}：不計分（本報告不設權重，不排名），燈號統計 {counts}",
                               "{name}: unweighted (no weights, so no total and no rank); lights {counts}"),
    # terminal tables: the columns a narrow terminal leaves out, and where to see them
    "large_report_brief": ("本報告有 {count} 項衡量指標（超過 {limit} 項），故僅列出分數總表與未達成檢討；"
                           "加上 --all 可列出各面向全表（--detail 另加各指標分析）。",
                           "This report has {count} indicators (over {limit}), so only the score breakdown and "
                           "the unmet review are shown; add --all for every facet table (--detail also adds "
                           "each indicator's analysis)."),
    "columns_hidden": ("未顯示欄位（終端機 {width} 欄寬不足）：{columns}。請加寬終端機，或改用 {formats} 格式。",
                       "Columns not shown (the terminal's {width} columns are too few): {columns}. Widen the "
                       "terminal, or use {formats}."),
    "or": ("或", "or"),
    # office formats (xlsx, ods, odt): sheet names (31 characters at most) and their own columns
    "sheet_goals": ("策略績效目標", "Goals and indicators"),
    "sheet_breakdown": ("績效總分", "Score breakdown"),
    "sheet_unmet": ("未達績效目標項目檢討", "Unmet indicators"),
    "sheet_findings": ("檢查結果", "Findings"),
    "facet_weight": ("面向權重", "Facet weight"),
    "goal_weight": ("目標權重", "Goal weight"),
    "bonus_cap": ("加分上限", "Bonus cap"),
    "credit": ("計分方式", "Credit"),
    "agency_summary": ("機關績效總評", "The agency's own summary"),
    "generated_summary": ("依資料產生之總評", "Summary written from the data"),
    # the fill-in workbook (perfscore template / fill): sheet names and the headers fill reads back
    "fill_sheet": ("填報", "Fill-in"),
    "fill_assessed_sheet": ("評核", "Assessed"),
    "fill_id": ("列編號", "Row id"),
    "fill_actual": ("實際值", "Actual value"),
    "fill_points": ("評核分數", "Assessed points"),
    "fill_kind": ("類別", "Kind"),
    "fill_limit": ("權重或上限", "Weight or cap"),
    "fill_done": ("完成", "done"),
    "fill_not_done": ("未完成", "not done"),
    "trend_organisation": ("機關", "Organisation"),
    "trend_item": ("項目", "Item"),
    "trend_total": ("總分", "Total"),
    "trend_sparkline": ("走勢", "Trend"),
    "trend_flag": ("註記", "Flag"),
    "trend_easy": ("目標未提高且每年皆超越", "target never raised, beaten every year"),
    "trend_actual": ("實際值", "Actual"),
    "trend_value": ("數值", "Value"),
    "trend_title": ("歷年趨勢", "Trend across years"),
    # perfscore site: the static website's pages
    "site_title": ("施政績效報告", "Performance reports"),
    "site_home": ("首頁", "Home"),
    "site_agencies": ("各機關", "Agencies"),
    "site_league": ("各年度排名", "League table by year"),
    "site_reports": ("歷年報告", "Reports by year"),
    "site_totals": ("歷年績效總分", "Total score over the years"),
    "site_indicators": ("衡量指標歷年變化", "Indicators over the years"),
    "site_latest": ("最近一年", "Latest year"),
    "site_years": ("年數", "Years"),
    "site_not_scored": ("無法計分的報告", "Reports that cannot be scored"),
    "trend_axis": ("縱軸自 0 起算", "the vertical axis starts at 0"),
    "trend_no_value": ("— 表示該年度沒有數值：未加權的報告沒有分數，未填達成值的年度也沒有",
                       "— means no value that year: an unweighted report has no score, nor has a year without "
                       "an actual value"),
}


def label(key: str, lang: str) -> str:
    zh, en = _LABELS[key]
    return zh if lang == "zh-TW" else en


def year_text(year: int, lang: str) -> str:
    """2015 -> '104 年度' in zh-TW, '2015' in English."""
    return f"{year - ROC_OFFSET} 年度" if lang == "zh-TW" else str(year)


def pick(name: str, name_en: str | None, lang: str) -> str:
    """The name in the reader's language, falling back to the one written."""
    return name_en if (lang == "en" and name_en) else name


def summary_sentence(goals: int, indicators: int, met: int, unmet: int, lang: str) -> str:
    if lang == "zh-TW":
        return (f"共 {goals} 項績效目標，{indicators} 項衡量指標；{met} 項達成年度目標值，"
                f"{unmet} 項未達原定目標值。")
    return f"{goals} goals, {indicators} indicators: {met} met their targets, {unmet} did not."


def no_unmet_sentence(counts: dict[str, int], lang: str) -> str:
    """What the unmet review says when no indicator is unmet, in every format: "all met" only when every
    indicator was scored, since a draft with nothing scored has met nothing."""
    indicators, met = counts["indicators"], counts["met"]
    unscored = indicators - met - counts["unmet"]
    if not indicators:
        return label("none_unmet_rubric", lang)
    if not unscored:
        return label("none_unmet", lang)
    if not met:
        return label("none_scored", lang).format(unscored=unscored)
    return label("none_unmet_partial", lang).format(met=met, unscored=unscored)


_ZH_DIGITS = "零一二三四五六七八九"
_ZH_FORMAL = "壹貳參肆伍陸柒捌玖拾"


def zh_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 38 -> 三十八 (for numbering goals up to 99)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + (_ZH_DIGITS[ones] if ones else "")


def goal_number(n: int, lang: str) -> str:
    """How a goal is numbered: 一、 in zh-TW as the official report does, `1.` in English."""
    return f"{zh_number(n)}、" if lang == "zh-TW" else f"{n}. "


def item_number(n: int, lang: str, name: str = "") -> str:
    """An indicator within its goal: `1.` glued to CJK text (a terminal wraps only at spaces), `1. ` in
    English and before a name that starts with a digit (`1.111 年執行率` read as the number 1.111)."""
    glued = lang == "zh-TW" and not unicodedata.normalize("NFKC", name[:1]).isdigit()
    return f"{n}." if glued else f"{n}. "


def part_number(n: int, lang: str) -> str:
    """The report's parts: 壹、貳、參… in zh-TW, 1. 2. 3. in English."""
    if lang == "zh-TW" and 0 < n <= len(_ZH_FORMAL):
        return f"{_ZH_FORMAL[n - 1]}、"
    return f"{n}. "


def summary_paragraph(organisation: str, year: int, goal_names: list[str], counts: dict[str, int],
                      lang: str) -> str:
    """績效總評, written from the data: the goals by name, then the counts of indicators met and unmet."""
    goals, indicators, met, unmet = counts["goals"], counts["indicators"], counts["met"], counts["unmet"]
    unscored = counts.get("unscored", 0)
    if lang == "zh-TW":
        names = "、".join(f"「{name}」" for name in goal_names)
        text = (f"{organisation} {year_text(year, lang)}共有{names}等 {goals} 項績效目標，"
                f"下設 {indicators} 項衡量指標；其中 {met} 項達成年度目標值，{unmet} 項未達原定目標值。")
        if unscored:
            text += f"另有 {unscored} {label('unscored_note', lang)}。"
        return text
    names = ", ".join(f"“{name}”" for name in goal_names)
    text = (f"In {year_text(year, lang)}, {organisation} pursued {goals} goals ({names}) measured by "
            f"{indicators} indicators: {met} met their targets and {unmet} did not.")
    if unscored:
        text += f" {unscored} {label('unscored_note', lang)}."
    return text


def all_labels() -> dict[str, tuple[str, str]]:
    return dict(_LABELS)
