"""Deterministic synthetic reports in perfscore's YAML format, shaped like the Chiayi 104 report.

facets -> goals -> indicators with Traditional Chinese names, analysis and review texts; every target
family the format reads (percent, counts, >=/≥/以上, <=/≤/以下/以內, ranges, done, structured targets
and milestone ladders); every credit rule (linear, all_or_nothing, bands, assessed) and bonus goals.
Weights are consistent (goal = its indicators, facet = its strategic goals, total = facets + sections)
and published counts match, so a generated file validates clean (exit 0). The same seed and size give
the same bytes on every machine: `random.Random` seeded with a string is stable across runs.
"""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.families import DEPARTMENTS, FACETS, OBJECTS, SOURCES, VERBS, Drawn, Families


def _tenths(value: int) -> str:
    """An amount kept in tenths, written exactly: 15 -> 1.5, 20 -> 2."""
    return str(value // 10) if value % 10 == 0 else f"{value // 10}.{value % 10}"


class _Writer(Families):
    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)
        self.lines: list[str] = []

    def emit(self, indent: int, text: str) -> None:
        self.lines.append(" " * indent + text)

    def block(self, indent: int, key: str, text: str) -> None:
        self.emit(indent, f"{key}: |-")
        for line in text.split("\n"):
            self.emit(indent + 2, line)

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
            points = (
                rng.randint(0, 2)
                if bonus or weight is None
                else weight
                if met
                else rng.randint(0, weight - 1)
            )
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
        bonus_at = (  # like the seed, budget facets end with a bonus goal (加分); others now and then
            len(goal_sizes) - 1
            if len(goal_sizes) > 1 and (prefix == "budget" or (len(goal_sizes) > 2 and rng.random() < 0.3))
            else -1
        )
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
    head.emit(
        0,
        "# Synthetic report generated by benchmarks/generate.py "
        f"(seed {seed}, {indicators} indicators, file {index}).",
    )
    head.emit(0, "report:")
    head.emit(2, f"title: {year - 1911} 年度施政績效報告")
    head.emit(2, f"organisation: 嘉義市政府{department}")
    head.emit(2, f"year: {year}")
    head.emit(2, "locale: zh-TW")
    head.block(2, "preface", writer.sentence(2))
    head.emit(2, "published:")
    head.emit(
        4,
        f"counts: {{goals: {goals_total}, indicators: {indicators}, met: {indicators - unmet_total}, "
        f"unmet: {unmet_total}}}",
    )
    head.emit(0, "scoring:")
    head.emit(2, f"total: {_tenths(facet_weights + section_weight)}")
    head.emit(2, "places: 1")
    head.emit(2, "rounding: half_up")
    head.emit(2, "credit: linear")
    head.emit(2, "bands:")
    for low, share in ((100, 100), (90, 80), (80, 50)):
        head.emit(4, f"- {{min: {low}, credit: {share}}}")
    head.emit(0, "grades:")
    for grade, grade_en, low in (
        ("優等", "Excellent", 90),
        ("甲等", "Good", 80),
        ("乙等", "Fair", 70),
        ("丙等", "Poor", 60),
        ("丁等", "Failing", 0),
    ):
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
