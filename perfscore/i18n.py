"""Labels in Traditional Chinese (zh-TW) and English, and how years are shown (104 年度 / 2015)."""

from __future__ import annotations

LANGS = ("zh-TW", "en")
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
    "cause": ("未達成原因分析", "Cause"),
    "strategy": ("因應策略", "Strategy"),
    "review": ("未達成原因分析暨因應策略", "Cause and strategy"),
    "summary": ("績效總評", "Summary"),
    "met": ("達成", "met"),
    "unmet": ("未達成", "unmet"),
    "unscored": ("未填", "no value"),
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
    "none_unmet": ("所有衡量指標均已達成", "All indicators met their targets"),
    "error": ("錯誤", "error"),
    "warning": ("警告", "warning"),
    "info": ("提示", "info"),
    "organisation": ("機關", "Organisation"),
    "year": ("年度", "Year"),
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


def all_labels() -> dict[str, tuple[str, str]]:
    return dict(_LABELS)
