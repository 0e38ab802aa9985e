"""Small made-up reports for the year-over-year tests (diff, compare, rollover). Test data only.

OLD (2015) and NEW (2016) are one department's two years. Scores, worked by hand:

OLD: core (linear, 60): press 403/250 -> capped 100% -> 20; films 22/20 -> 100% -> 20;
     complaints ≤5件 with 3件 -> 5/3 -> capped 100% -> 20; core = 60.
     hr (assessed, 40): hours 18 + attendance 20 = 38.  total = 98.
NEW: core: press 210/200 -> 20; films 20/20 -> 20; complaints ≤6件 with 4件 -> 20; core = 60.
     hr: hours 20 + health 15 = 35.  total = 95.  Deltas: core 0, hr -3, total -3.
"""

from __future__ import annotations

from pathlib import Path

OLD = """\
# A made-up department for tests.
report:
  title: 104 年度施政績效報告
  organisation: 測試局
  year: 2015
scoring:
  credit: linear
facets:
  - id: core
    name: 核心業務面向
    weight: 60
    published: {points: 60}
    goals:
      - id: g1
        name: 宣導
        indicators:
          - id: press
            name: 新聞稿
            weight: 20
            target: "250"
            actual: "403"
            published: {achievement: 100%, points: 20}
            analysis: |-
              發布 403 則。
          - id: films
            name: 影片
            weight: 20
            target: "20"
            actual: "22"
          - id: complaints
            name: 陳情案件
            weight: 20
            target: 5件以下
            actual: 3件
  - id: hr
    name: 人力資源面向
    weight: 40
    credit: assessed
    goals:
      - id: g2
        name: 學習
        indicators:
          - id: hours
            name: 學習時數
            weight: 20
            target: 70%
            actual: 63%
            points: 18
            review: {cause: 課程不足, strategy: 增開課程}
          - name: 差勤
            weight: 20
            target: 完成
            actual: 完成
            points: 20
sections: []
"""

NEW = """\
report:
  title: 105 年度施政績效報告
  organisation: 測試局
  year: 2016
scoring:
  credit: linear
facets:
  - id: core
    name: 核心業務面向
    weight: 60
    goals:
      - id: g1
        name: 宣導
        indicators:
          - id: press
            name: 新聞稿
            weight: 20
            target: "200"
            actual: "210"
          - id: films
            name: 影片
            weight: 20
            target: "20"
            actual: "20"
          - id: complaints
            name: 陳情案件
            weight: 20
            target: 6件以下
            actual: 4件
            justification: 新增陳情管道，案件預期增加。
  - id: hr
    name: 人力資源面向
    weight: 40
    credit: assessed
    goals:
      - id: g2
        name: 學習
        indicators:
          - id: hours
            name: 終身學習時數
            weight: 20
            target: 70%
            actual: 75%
            points: 20
          - id: health
            name: 健康檢查
            weight: 20
            target: 80%
            actual: 85%
            points: 15
sections: []
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing `needle` (how tests find expected positions)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def simple(organisation: str, year: int, core: int, hr: int, facet_names: tuple[str, str] = ("核心", "人力"),
           ids: bool = True) -> str:
    """A two-facet report whose total is core + hr (each ≤ 50): each facet has one linear indicator of
    weight 50 with target 100 and actual 2 × its points, so points = 50 × (2 × points) / 100."""
    core_id = "    id: core\n" if ids else ""
    hr_id = "    id: hr\n" if ids else ""
    return f"""\
report:
  title: t
  organisation: {organisation}
  year: {year}
scoring:
  places: 1
facets:
  - name: {facet_names[0]}
{core_id}    weight: 50
    goals:
      - name: g
        indicators:
          - {{name: i, weight: 50, target: "100", actual: "{core * 2}"}}
  - name: {facet_names[1]}
{hr_id}    weight: 50
    goals:
      - name: g
        indicators:
          - {{name: i, weight: 50, target: "100", actual: "{hr * 2}"}}
sections: []
"""
