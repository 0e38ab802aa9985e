"""A made-up multi-year corpus for the archive and trend tests: two departments, 2015-2018 and 2015-2017,
targets and actual values chosen so every answer is worked by hand below. Test data only.

Linear credit, weight 10 per indicator, achievement capped at 100%:

甲局 (A)   visits ≥    100/100/100/100, actual 120/130/125/140 -> 10 each, beaten every year, target never rose
           permits ≥   50/55/60/65,     actual 52/44/61/52     -> 10, 8 (80%), 10, 8: missed 2016 and 2018
           complaints ≤ 10/10/8/8 件,   actual 12.5/8/10/10    -> 8 (10/12.5), 10, 8, 8: missed 2015, 2017, 2018;
                       renamed 陳情案件 -> 陳情及申訴案件 in 2017 under the same id
           totals 28, 28, 28, 26
乙局 (B)   visits ≥    200/210/220, actual 190/168/231 -> 9.5, 8, 10: missed 2015 and 2016
           permits ≥   30/30/30,    actual 31/32/33    -> 10 each: beaten every year, target never rose
           宣導場次 (no id) ≥ 5/5/5, actual 5/5/5    -> 10 each: met, never beaten
           totals 29.5, 28, 30
"""

from __future__ import annotations

from pathlib import Path

A = {"visits": ("參觀人次", ["100", "100", "100", "100"], ["120", "130", "125", "140"]),
     "permits": ("核發許可", ["50", "55", "60", "65"], ["52", "44", "61", "52"]),
     "complaints": ("陳情案件", ["10件以下", "10件以下", "8件以下", "8件以下"], ["12.5件", "8件", "10件", "10件"])}
B = {"visits": ("參觀人次", ["200", "210", "220"], ["190", "168", "231"]),
     "permits": ("核發許可", ["30", "30", "30"], ["31", "32", "33"]),
     None: ("宣導場次", ["5", "5", "5"], ["5", "5", "5"])}


def report(organisation: str, year: int, indicators: dict[str | None, tuple[str, list[str], list[str]]],
           k: int) -> str:
    lines = ["report:", f"  title: {year - 1911} 年度施政績效報告", f"  organisation: {organisation}",
             f"  year: {year}",
             "scoring:", "  total: 30", "  credit: linear", "facets:", "  - id: core", "    name: 核心業務面向",
             "    weight: 30", "    goals:", "      - id: g1", "        name: 服務", "        indicators:"]
    for ident, (name, targets, actuals) in indicators.items():
        if ident == "complaints" and year >= 2017:
            name = "陳情及申訴案件"
        head = [f"          - id: {ident}", f"            name: {name}"] if ident else [f"          - name: {name}"]
        lines += head
        lines += ["            weight: 10", f'            target: "{targets[k]}"',
                  f'            actual: "{actuals[k]}"']
    return "\n".join(lines + ["sections: []", ""])


def write_corpus(folder: Path) -> list[Path]:
    written = []
    departments = (("甲局", "a", A, range(2015, 2019)), ("乙局", "b", B, range(2015, 2018)))
    for organisation, code, table, years in departments:
        for k, year in enumerate(years):
            path = folder / code / f"{year}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(report(organisation, year, table, k), encoding="utf-8")  # type: ignore[arg-type]
            written.append(path)
    return written


# A 2019 report of 甲局 still in progress (as of June) and its closed 2018 counterpart's periods, for the
# period table and the trend: visits counted cumulatively (60 to June -> 60 × 12/6 = 120 ≥ 100, on track),
# permits summed by quarter (30 + 28 = 58 -> 58 × 12/6 = 116 < 120: at risk).
IN_PROGRESS = """\
report: {title: 108 年度施政績效報告, organisation: 甲局, year: 2019, as_of: 2019-06}
scoring: {total: 20}
facets:
  - id: core
    name: 核心業務面向
    weight: 20
    goals:
      - id: g1
        name: 服務
        indicators:
          - {id: visits, name: 參觀人次, weight: 10, target: "100", periods: {2019-03: 25, 2019-06: 60}}
          - {id: permits, name: 核發許可, weight: 10, target: "120", aggregate: sum,
             periods: {2019-Q1: 30, 2019-Q2: 28}}
sections: []
"""


def write_in_progress(folder: Path) -> Path:
    path = folder / "a" / "2019.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(IN_PROGRESS, encoding="utf-8")
    return path
