"""Vocabulary and target families for the benchmark generator: each family writes one indicator's target
and actual as YAML text, met or unmet, with the shorthand and structured forms docs/format.md lists."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field


def _words(text: str) -> list[str]:
    return text.split()


FACETS = [  # (id prefix, name, name_en, credit rule of the facet; None = the report default, linear)
    ("core", "核心業務面向", "Core business", None),
    ("innovation", "業務創新改良面向", "Business innovation", "all_or_nothing"),
    ("hr", "人力資源發展面向", "Human resources", "assessed"),
    ("budget", "經費執行力面向", "Budget execution", "bands"),
]
DEPARTMENTS = _words(
    "行政處 民政處 社會處 財政處 建設處 教育處 人事處 主計處 工務處 地政處 衛生局 "
    "環保局 文化局 消防局 警察局 交通處 觀光新聞處 都市發展處"
)
VERBS = _words(
    "推動 強化 提升 落實 辦理 建置 精進 擴大 深化 整合 加強 規劃 督導 協助 推廣 持續辦理 健全 改善"
)
OBJECTS = _words(
    "文書作業資訊化 法制業務 市政宣導 檔案管理專業化 公文流程 為民服務品質 預算執行績效 "
    "資本門預算執行 公務人員終身學習 政府資訊公開 便民服務措施 數位學習 災害防救演練 "
    "節能減碳措施 市政新聞專題 網路社群行銷 無障礙空間 自治法規審查 消費爭議調解 "
    "國家賠償案件處理 訴願案件審理 綠美化週邊景觀 機關檔案清理 健康檢查 差勤管理 "
    "加班費按月請領 影音網站更新 市府公報發行 市務會議管制 中央計畫型補助款"
)
SUBJECTS = ["本府各處", "所屬機關", "各業務科", "本處同仁", "市民", "社區團體", "志工", "各區公所"]
ACTIONS = _words(
    "依限辦理完畢 均隨到隨辦 如期上網公告 已達成原定目標 較上年度明顯成長 "
    "持續檢討改善作業流程 並建立追蹤管考機制 獲得民眾好評 提升行政效率 增加網路瀏覽曝光率"
)
SOURCES = ["人事處", "主計處", "研考會", "政風處", "行政處"]
UNITS = ["件", "案", "場次", "人次", "則", "次", "部", "支"]
STEPS = ["規劃", "設計", "發包", "施工", "驗收", "啟用"]
LABELS = ["執行率", "達成率", "完成率", "滿意度"]


@dataclass
class Drawn:
    """One indicator's target and actual, already written as YAML, and whether it is met."""

    target: str
    actual: str
    met: bool
    extra: list[str] = field(default_factory=list)  # further lines, for block-style targets


def scalar(text: str) -> str:
    """A YAML scalar for text: plain when it is certainly read back as the same string, else quoted."""
    if re.fullmatch(r"[-+0-9.,_ ]*", text) or text.lower() in (
        "true",
        "false",
        "null",
        "yes",
        "no",
        "on",
        "off",
    ):
        return json.dumps(text, ensure_ascii=False)
    if text[0] in "-?:,[]{}#&*!|>'\"%@`<=~ " or ": " in text or " #" in text or text[-1] in ": ":
        return json.dumps(text, ensure_ascii=False)
    return text


class Families:
    """Draws targets, actuals and texts from `self.rng`."""

    rng: random.Random

    def sentence(self, count: int) -> str:
        rng = self.rng
        parts = []
        for index in range(count):
            parts.append(
                f"{index + 1}. {rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}，"
                f"{rng.randint(104, 113)} 年度共計 {rng.randint(2, 9999):,} {rng.choice(UNITS)}，"
                f"{rng.choice(ACTIONS)}。"
            )
        return " ".join(parts)

    # --- targets and actuals: each family returns a Drawn ------------------------------------------
    def draw(self, met: bool) -> Drawn:
        families: list[Callable[[bool], Drawn]] = [
            self._percent,
            self._percent,
            self._percent,
            self._count,
            self._ge,
            self._above,
            self._label,
            self._le,
            self._below,
            self._range,
            self._done,
            self._structured,
            self._ladder,
        ]
        return self.rng.choice(families)(met)

    def _percent(self, met: bool) -> Drawn:
        target = self.rng.choice([50, 60, 70, 75, 80, 85, 90, 95, 100])
        actual = self.rng.randint(target, 100) if met else self.rng.randint(max(1, target - 40), target - 1)
        return Drawn(f"{target}%", f"{actual}%", met)

    def _count(self, met: bool) -> Drawn:
        target = self.rng.choice([2, 3, 5, 12, 20, 30, 250, 1200, 120000])
        actual = (
            self.rng.randint(target, target * 2) if met else self.rng.randint(max(1, target // 2), target - 1)
        )
        if target >= 10000:
            return Drawn(f'"{target:,}"', f'"{actual:,}"', met)
        return Drawn(f'"{target}"', str(actual) if self.rng.random() < 0.5 else f'"{actual}"', met)

    def _ge(self, met: bool) -> Drawn:
        target = self.rng.randint(2, 30)
        op = self.rng.choice([">= ", "≥", "≧ ", "＞＝"])
        actual = self.rng.randint(target, target * 3) if met else self.rng.randint(1, target - 1)
        return Drawn(scalar(f"{op}{target}"), str(actual), met)

    def _above(self, met: bool) -> Drawn:
        target = self.rng.choice([60, 70, 80, 85, 90])
        unit = self.rng.choice(["%", *UNITS])
        if unit != "%":
            target //= 10
        actual = self.rng.randint(target, target * 2) if met else self.rng.randint(1, target - 1)
        return Drawn(f"{target}{unit}以上", f"{actual}{unit}", met)

    def _label(self, met: bool) -> Drawn:
        target = self.rng.choice([70, 75, 80, 85, 90])
        hundredths = (
            self.rng.randint(target * 100, 10000) if met else self.rng.randint(3000, target * 100 - 1)
        )
        return Drawn(
            f"{self.rng.choice(LABELS)}{target}%", f'"{hundredths // 100}.{hundredths % 100:02d}"', met
        )

    def _le(self, met: bool) -> Drawn:
        target = self.rng.randint(3, 20)
        actual = self.rng.randint(1, target) if met else self.rng.randint(target + 1, target * 2)
        return Drawn(scalar(f"{self.rng.choice(['<= ', '≤', '≦ '])}{target}"), str(actual), met)

    def _below(self, met: bool) -> Drawn:
        target = self.rng.randint(3, 20)
        actual = self.rng.randint(1, target) if met else self.rng.randint(target + 1, target * 2)
        unit = self.rng.choice(UNITS)
        if self.rng.random() < 0.5:
            return Drawn(f"{target} 以下", str(actual), met)
        return Drawn(f"{target}{unit}以內", f"{actual}{unit}", met)

    def _range(self, met: bool) -> Drawn:
        low = self.rng.choice([60, 70, 80, 85])
        high = low + self.rng.choice([5, 10, 15])
        actual = self.rng.randint(low, high) if met else self.rng.randint(low - 30, low - 1)
        shape = self.rng.choice(["{l}%~{h}%", "{l}-{h}%", "{l}%至{h}%"])
        return Drawn(shape.format(l=low, h=high), f"{actual}%", met)

    def _done(self, met: bool) -> Drawn:
        target = self.rng.choice(["完成", "完成", "done"])
        actual = self.rng.choice(["完成", "true"]) if met else self.rng.choice(["未完成", "false"])
        return Drawn(target, actual, met)

    def _structured(self, met: bool) -> Drawn:
        kind = self.rng.choice(["higher", "lower", "range", "done"])
        if kind == "higher":
            value = self.rng.choice([60, 70, 80, 90])
            actual = self.rng.randint(value, 100) if met else self.rng.randint(10, value - 1)
            label = self.rng.choice(LABELS)
            return Drawn(
                f'{{direction: higher, value: {value}, unit: "%", text: {label}{value}%}}', f"{actual}%", met
            )
        if kind == "lower":
            value, unit = self.rng.randint(3, 12), self.rng.choice(UNITS)
            actual = self.rng.randint(1, value) if met else self.rng.randint(value + 1, value * 2)
            return Drawn(f"{{direction: lower, value: {value}, unit: {unit}}}", f"{actual}{unit}", met)
        if kind == "range":
            low = self.rng.choice([70, 80])
            actual = self.rng.randint(low, low + 10) if met else self.rng.randint(low - 20, low - 1)
            return Drawn(f'{{direction: range, low: {low}, high: {low + 10}, unit: "%"}}', f"{actual}%", met)
        return Drawn("{direction: done}", "true" if met else "false", met)

    def _ladder(self, met: bool) -> Drawn:
        count = self.rng.randint(3, len(STEPS))
        steps = STEPS[:count]
        reach = self.rng.randint(1, count - 1)
        reached = self.rng.randint(reach, count - 1) if met else self.rng.randint(0, reach - 1)
        values = [*sorted(self.rng.sample(range(10, 100, 5), count - 1)), 100]
        extra = ["  direction: ladder", f"  reach: {steps[reach]}", "  steps:"]
        extra += [
            f"    - {{name: {name}, value: {value}}}" for name, value in zip(steps, values, strict=True)
        ]
        return Drawn("", steps[reached], met, extra)

    # --- the report -------------------------------------------------------------------------------
