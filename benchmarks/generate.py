"""Deterministic synthetic reports in perfscore's YAML format, shaped like the Chiayi 104 report.

facets -> goals -> indicators with Traditional Chinese names, analysis and review texts; every target
family the format reads (percent, counts, >=/≥/以上, <=/≤/以下/以內, ranges, done, structured targets
and milestone ladders); every credit rule (linear, all_or_nothing, bands, assessed) and bonus goals.
Weights are consistent (goal = its indicators, facet = its strategic goals, total = facets + sections)
and published counts match, so a generated file validates clean (exit 0). The same seed and size give
the same bytes on every machine: `random.Random` seeded with a string is stable across runs.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FACETS = [  # (id prefix, name, name_en, credit rule of the facet; None = the report default, linear)
    ("core", "核心業務面向", "Core business", None),
    ("innovation", "業務創新改良面向", "Business innovation", "all_or_nothing"),
    ("hr", "人力資源發展面向", "Human resources", "assessed"),
    ("budget", "經費執行力面向", "Budget execution", "bands"),
]
DEPARTMENTS = ["行政處", "民政處", "社會處", "財政處", "建設處", "教育處", "人事處", "主計處", "工務處",
               "地政處", "衛生局", "環保局", "文化局", "消防局", "警察局", "交通處", "觀光新聞處", "都市發展處"]
VERBS = ["推動", "強化", "提升", "落實", "辦理", "建置", "精進", "擴大", "深化", "整合", "加強", "規劃",
         "督導", "協助", "推廣", "持續辦理", "健全", "改善"]
OBJECTS = ["文書作業資訊化", "法制業務", "市政宣導", "檔案管理專業化", "公文流程", "為民服務品質",
           "預算執行績效", "資本門預算執行", "公務人員終身學習", "政府資訊公開", "便民服務措施", "數位學習",
           "災害防救演練", "節能減碳措施", "市政新聞專題", "網路社群行銷", "無障礙空間", "自治法規審查",
           "消費爭議調解", "國家賠償案件處理", "訴願案件審理", "綠美化週邊景觀", "機關檔案清理", "健康檢查",
           "差勤管理", "加班費按月請領", "影音網站更新", "市府公報發行", "市務會議管制", "中央計畫型補助款"]
SUBJECTS = ["本府各處", "所屬機關", "各業務科", "本處同仁", "市民", "社區團體", "志工", "各區公所"]
ACTIONS = ["依限辦理完畢", "均隨到隨辦", "如期上網公告", "已達成原定目標", "較上年度明顯成長",
           "持續檢討改善作業流程", "並建立追蹤管考機制", "獲得民眾好評", "提升行政效率", "增加網路瀏覽曝光率"]
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
    if re.fullmatch(r"[-+0-9.,_ ]*", text) or text.lower() in ("true", "false", "null", "yes", "no", "on", "off"):
        return json.dumps(text, ensure_ascii=False)
    if text[0] in "-?:,[]{}#&*!|>'\"%@`<=~ " or ": " in text or " #" in text or text[-1] in ": ":
        return json.dumps(text, ensure_ascii=False)
    return text


def _tenths(value: int) -> str:
    """An amount kept in tenths, written exactly: 15 -> 1.5, 20 -> 2."""
    return str(value // 10) if value % 10 == 0 else f"{value // 10}.{value % 10}"


class _Writer:
    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)
        self.lines: list[str] = []

    def emit(self, indent: int, text: str) -> None:
        self.lines.append(" " * indent + text)

    def block(self, indent: int, key: str, text: str) -> None:
        self.emit(indent, f"{key}: |-")
        for line in text.split("\n"):
            self.emit(indent + 2, line)

    def sentence(self, count: int) -> str:
        rng = self.rng
        parts = []
        for index in range(count):
            parts.append(f"{index + 1}. {rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}，"
                         f"{rng.randint(104, 113)} 年度共計 {rng.randint(2, 9999):,} {rng.choice(UNITS)}，"
                         f"{rng.choice(ACTIONS)}。")
        return " ".join(parts)

    # --- targets and actuals: each family returns a Drawn ------------------------------------------
    def draw(self, met: bool) -> Drawn:
        families: list[Callable[[bool], Drawn]] = [
            self._percent, self._percent, self._percent, self._count, self._ge, self._above, self._label,
            self._le, self._below, self._range, self._done, self._structured, self._ladder]
        return self.rng.choice(families)(met)

    def _percent(self, met: bool) -> Drawn:
        target = self.rng.choice([50, 60, 70, 75, 80, 85, 90, 95, 100])
        actual = self.rng.randint(target, 100) if met else self.rng.randint(max(1, target - 40), target - 1)
        return Drawn(f"{target}%", f"{actual}%", met)

    def _count(self, met: bool) -> Drawn:
        target = self.rng.choice([2, 3, 5, 12, 20, 30, 250, 1200, 120000])
        actual = self.rng.randint(target, target * 2) if met else self.rng.randint(max(1, target // 2), target - 1)
        if target >= 10000:
            return Drawn(f'"{target:,}"', f'"{actual:,}"', met)
        return Drawn(f'"{target}"', str(actual) if self.rng.random() < 0.5 else f'"{actual}"', met)

    def _ge(self, met: bool) -> Drawn:
        target = self.rng.randint(2, 30)
        op = self.rng.choice([">= ", "≥", "≧ ", "> "])
        low = target + 1 if op == "> " else target
        actual = self.rng.randint(low, target * 3) if met else self.rng.randint(1, target - 1)
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
        hundredths = self.rng.randint(target * 100, 10000) if met else self.rng.randint(3000, target * 100 - 1)
        return Drawn(f"{self.rng.choice(LABELS)}{target}%", f'"{hundredths // 100}.{hundredths % 100:02d}"', met)

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
            return Drawn(f'{{direction: higher, value: {value}, unit: "%", text: {label}{value}%}}', f"{actual}%", met)
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
        values = sorted(self.rng.sample(range(10, 100, 5), count - 1)) + [100]
        extra = ["  direction: ladder", f"  reach: {steps[reach]}", "  steps:"]
        extra += [f"    - {{name: {name}, value: {value}}}" for name, value in zip(steps, values, strict=True)]
        return Drawn("", steps[reached], met, extra)

    # --- the report -------------------------------------------------------------------------------
    def indicator(self, ids: str, weight: int | None, credit: str | None, bonus: bool) -> tuple[bool, int]:
        """Write one indicator; return (met, points in tenths when assessed)."""
        rng = self.rng
        met = bonus or rng.random() < 0.9
        drawn = Drawn('"0"', '"0"', True) if bonus and rng.random() < 0.5 else self.draw(met)
        self.emit(10, f"- id: {ids}")
        self.emit(12, f"name: {rng.choice(VERBS)}{rng.choice(OBJECTS)}")
        if weight is not None:
            self.emit(12, f"weight: {_tenths(weight)}")
        if drawn.extra:
            self.emit(12, "target:")
            for line in drawn.extra:
                self.emit(12, line)
        else:
            self.emit(12, f"target: {drawn.target}")
        self.emit(12, f"actual: {drawn.actual}")
        if credit is None and rng.random() < 0.1:
            credit = "all_or_nothing"
            self.emit(12, "credit: all_or_nothing")
        points = 0
        if credit == "assessed":
            # a bonus goal's indicators give at most 0.2 each, so a goal of four stays under its cap of 1
            points = rng.randint(0, 2) if bonus or weight is None else weight if met else rng.randint(0, weight - 1)
            self.emit(12, f"points: {_tenths(points)}")
        if met and not bonus and weight is not None:
            self.emit(12, f"published: {{achievement: 100%, points: {_tenths(weight)}}}")
        source = f"依{rng.choice(SOURCES)}評核資料填列。" if rng.random() < 0.3 else ""
        self.block(12, "analysis", source + self.sentence(1))
        if not met:
            if rng.random() < 0.5:
                self.emit(12, "review:")
                self.block(14, "cause", self.sentence(1))
                self.block(14, "strategy", self.sentence(1))
            else:
                self.block(12, "review", self.sentence(2))
        return met, points

    def goal(self, ids: str, count: int, credit: str | None, bonus: bool) -> tuple[int, int]:
        """Write one goal with `count` indicators; return (weight in tenths, unmet indicators)."""
        rng = self.rng
        weights = [None if bonus else rng.choice([5, 10, 10, 10, 15, 20, 20, 30]) for _ in range(count)]
        self.emit(6, f"- id: {ids}")
        self.emit(8, f"name: {rng.choice(VERBS)}{rng.choice(OBJECTS)}")
        if bonus:
            self.emit(8, f"bonus_cap: {rng.randint(1, 4)}")
            self.emit(8, "credit: assessed")
            credit = "assessed"
        else:
            if rng.random() < 0.8:  # declared; otherwise derived from the indicators
                self.emit(8, f"weight: {_tenths(sum(w or 0 for w in weights))}")
            if credit is None and rng.random() < 0.15:
                credit = "bands"
                self.emit(8, "credit: bands")
                self.emit(8, "bands: [{min: 100, credit: 100}, {min: 95, credit: 90}, {min: 85, credit: 60}]")
        self.emit(8, "indicators:")
        unmet = 0
        for index, weight in enumerate(weights):
            met, _ = self.indicator(f"{ids}-{index + 1}", weight, credit, bonus)
            unmet += not met
        return sum(w or 0 for w in weights), unmet


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` split into `parts` positive counts, near-equal with some spread."""
    base = [total // parts + (1 if i < total % parts else 0) for i in range(parts)]
    for i in range(parts - 1):
        shift = rng.randint(-base[i] // 4, base[i] // 4)
        if base[i + 1] + shift >= 1 and base[i] - shift >= 1:
            base[i] -= shift
            base[i + 1] += shift
    return base


def report(indicators: int, seed: int = 104, index: int = 0) -> str:
    """The YAML text of one report with exactly `indicators` indicators. Same arguments, same text."""
    if indicators < 4:
        raise ValueError("a generated report has at least 4 indicators (one per facet kind)")
    writer = _Writer(f"perfscore-bench:{seed}:{indicators}:{index}")
    rng = writer.rng
    facet_count = max(4, -(-indicators // 40))
    department = rng.choice(DEPARTMENTS)
    year = 2015 + rng.randint(0, 9)
    body = _Writer.__new__(_Writer)
    body.rng, body.lines = rng, []
    goals_total = unmet_total = facet_weights = 0
    for f_index, per_facet in enumerate(_split(rng, indicators, facet_count)):
        prefix, name, name_en, credit = FACETS[f_index % len(FACETS)]
        ids = f"{prefix}{f_index // len(FACETS) + 1}"
        body.emit(2, f"- id: {ids}")
        body.emit(4, f"name: {name if f_index < len(FACETS) else rng.choice(DEPARTMENTS) + name}")
        body.emit(4, f"name_en: {name_en}")
        weight_at = len(body.lines)
        body.emit(4, "weight: ?")
        if credit is not None:
            body.emit(4, f"credit: {credit}")
        body.emit(4, "goals:")
        goal_sizes: list[int] = []
        left = per_facet
        while left:
            size = min(left, rng.choice([1, 2, 2, 3, 3, 4]))
            goal_sizes.append(size)
            left -= size
        bonus_at = len(goal_sizes) - 1 if len(goal_sizes) > 2 and rng.random() < 0.3 else -1
        facet_weight = 0
        for g_index, size in enumerate(goal_sizes):
            weight, unmet = body.goal(f"{ids}-{g_index + 1}", size, credit, g_index == bonus_at)
            facet_weight += 0 if g_index == bonus_at else weight
            unmet_total += unmet
        goals_total += len(goal_sizes)
        body.lines[weight_at] = f"    weight: {_tenths(facet_weight)}"
        facet_weights += facet_weight
    section_weight = 50
    head = _Writer.__new__(_Writer)
    head.rng, head.lines = rng, []
    head.emit(0, "# Synthetic report generated by benchmarks/generate.py "
                 f"(seed {seed}, {indicators} indicators, file {index}).")
    head.emit(0, "report:")
    head.emit(2, f"title: {year - 1911} 年度施政績效報告")
    head.emit(2, f"organisation: 嘉義市政府{department}")
    head.emit(2, f"year: {year}")
    head.emit(2, "locale: zh-TW")
    head.block(2, "preface", writer.sentence(2))
    head.emit(2, "published:")
    head.emit(4, f"counts: {{goals: {goals_total}, indicators: {indicators}, met: {indicators - unmet_total}, "
                 f"unmet: {unmet_total}}}")
    head.emit(0, "scoring:")
    head.emit(2, f"total: {_tenths(facet_weights + section_weight)}")
    head.emit(2, "places: 1")
    head.emit(2, "rounding: half_up")
    head.emit(2, "credit: linear")
    head.emit(2, "bands:")
    for low, credit in ((100, 100), (90, 80), (80, 50)):
        head.emit(4, f"- {{min: {low}, credit: {credit}}}")
    head.emit(0, "grades:")
    for grade, grade_en, low in (("優等", "Excellent", 90), ("甲等", "Good", 80), ("乙等", "Fair", 70),
                                 ("丙等", "Poor", 60), ("丁等", "Failing", 0)):
        head.emit(2, f"- {{name: {grade}, name_en: {grade_en}, min: {low}}}")
    head.emit(0, "facets:")
    tail = _Writer.__new__(_Writer)
    tail.rng, tail.lines = rng, []
    tail.emit(0, "sections:")
    tail.emit(2, "- name: 施政績效具體事蹟")
    tail.emit(4, f"weight: {_tenths(section_weight)}")
    tail.emit(4, "points: 4")
    tail.emit(4, "items:")
    for _ in range(3):
        tail.emit(6, "- |-")
        tail.emit(8, writer.sentence(2))
    tail.emit(0, "bonus:")
    tail.emit(2, "- {name: 專案加分, kind: bonus, cap: 2, points: 1}")
    tail.emit(2, "- {name: 逾期扣分, kind: deduction, cap: 3, points: 0.5}")
    return "\n".join(head.lines + body.lines + tail.lines) + "\n"


def write_report(path: Path, indicators: int, seed: int = 104, index: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report(indicators, seed, index), encoding="utf-8")
    return path


def write_folder(folder: Path, files: int, indicators: int, seed: int = 104) -> list[Path]:
    """`files` reports of `indicators` each, spread over yearly subfolders as a real archive would be."""
    paths = []
    for index in range(files):
        name = folder / f"{104 + index % 10}" / f"report-{index:05d}.yaml"
        paths.append(write_report(name, indicators, seed, index))
    return paths
