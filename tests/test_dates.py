"""Deadline targets (issue 9 §2): every date form people write, read by hand, and the met status, gap and
achievement each pair gives. ROC year = Gregorian − 1911 (民國92年 = 2003, 民國113年 = 2024)."""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.dates import Moment, add_months, gap, months_late, parse_date
from perfscore.core.target_model import Direction
from perfscore.core.targets import parse_target
from perfscore.engine.analyse import analyze_bytes
from tests.rules.helper import check, report


@pytest.mark.parametrize(("text", "moment", "last"), [
    ("92年10月", Moment(2003, 10), "2003-10-31"),  # 92 + 1911 = 2003; October has 31 days
    ("113年12月底前", Moment(2024, 12), "2024-12-31"),
    ("113年底", Moment(2024, 12), "2024-12-31"),  # a year's end is December
    ("113年年底前", Moment(2024, 12), "2024-12-31"),
    ("113/12/31", Moment(2024, 12, 31), "2024-12-31"),
    ("民國113年6月", Moment(2024, 6), "2024-06-30"),  # June has 30 days
    ("2024-12-31", Moment(2024, 12, 31), "2024-12-31"),
    ("2024年12月", Moment(2024, 12), "2024-12-31"),
    ("2024-02", Moment(2024, 2), "2024-02-29"),  # 2024 is a leap year
    ("113年2月", Moment(2024, 2), "2024-02-29"),
    ("112年2月", Moment(2023, 2), "2023-02-28"),
    ("113年3月15日前完成", Moment(2024, 3, 15), "2024-03-15"),
    ("西元2024年3月", Moment(2024, 3), "2024-03-31"),
    ("１１３年１２月", Moment(2024, 12), "2024-12-31"),  # full-width digits
])
def test_every_written_form(text: str, moment: Moment, last: str) -> None:
    assert parse_date(text) == moment
    assert moment.last == datetime.date.fromisoformat(last)


@pytest.mark.parametrize("text", ["113年", "113年度", "第2期", "3案/年", "10-12", "3/4", "10/12", "92年13月",
                                  "113年2月30日", "民國2024年3月", "西元113年3月", "0年3月", "113年12月31日底"])
def test_what_is_not_a_date(text: str) -> None:
    # 10-12 is a range and 3/4 a fraction; a year alone names no deadline; 2月30日 is no day.
    assert parse_date(text) is None


def test_a_date_target_is_a_deadline_never_a_number() -> None:
    target = parse_target("113年12月底前")
    assert target is not None and target.direction is Direction.BY
    assert target.date == "2024-12" and target.value is None and target.text == "113年12月底前"


@pytest.mark.parametrize(("deadline", "done", "expected_gap", "late"), [
    ("92年10月", "93年10月", (12, "month"), 12),  # issue 9: a year late
    ("92年12月", "93年1月", (1, "month"), 1),  # issue 9: Dec 2003 -> Jan 2004
    ("92年10月", "92年9月", (-1, "month"), 0),  # issue 9: a month early
    ("113年12月", "113/12/31", (0, "day"), 0),  # a month target is its last day: 12-31 is on time
    ("113年12月", "2025-01-05", (5, "day"), 1),  # 2024-12-31 -> 2025-01-05: 5 days, within a month
    ("2024-12-15", "2024-12-20", (5, "day"), 1),
    ("2024-09-30", "2024-10-31", (31, "day"), 1),  # 09-30 + 1 month = 10-31 (a month end stays one)
    ("2024-09-30", "2024-11-01", (32, "day"), 2),
    ("2024-12-20", "113年12月", (11, "day"), 1),  # a month done is read at its last day: 12-31
])
def test_gap_and_months_late(deadline: str, done: str, expected_gap: tuple[int, str], late: int) -> None:
    first, second = parse_date(deadline), parse_date(done)
    assert first is not None and second is not None
    assert gap(first, second) == expected_gap
    assert months_late(first, second) == late


def test_add_months_keeps_a_month_end() -> None:
    assert add_months(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    assert add_months(datetime.date(2024, 1, 15), 13) == datetime.date(2025, 2, 15)


def score_one(target: str, actual: str, *, scoring: str = "{}", extra: str = "") -> tuple[dict[str, object], list[str]]:
    text = report(f"{{name: i, weight: 10, target: {target}, actual: {actual}, review: r{extra}}}",
                  scoring=scoring).replace("weight: 100", "weight: 10")
    outcome = analyze_bytes(text.encode(), "t.yaml")
    assert outcome.result is not None
    [indicator] = outcome.result.indicators()
    return ({"met": indicator.met, "achievement": indicator.achievement, "points": indicator.points,
             "gap": indicator.gap, "unit": indicator.gap_unit},
            # PS511: these deadlines (92年 = 2003) are long before the helper report's 2015, on purpose
            [f.code for f in outcome.findings if f.code not in ("PS301", "PS511")])


@pytest.mark.parametrize(("target", "actual", "met", "achievement", "points", "gap", "unit"), [
    # all or nothing by default: late earns 0 of the weight of 10, on time all 10
    ("92年10月", "93年10月", False, "0", "0.0", 12, "month"),
    ("92年12月", "93年1月", False, "0", "0.0", 1, "month"),
    ("92年10月", "92年9月", True, "100", "10.0", None, ""),  # met: no gap in the unmet review
    ("113年12月底前", "113/12/20", True, "100", "10.0", None, ""),
    ("113年底", "2025-01-02", False, "0", "0.0", 2, "day"),  # 2024-12-31 -> 2025-01-02
    ("'113/12/31'", "民國113年6月", True, "100", "10.0", None, ""),
    ("2024-12-31", "2024年12月", True, "100", "10.0", None, ""),
    ("{direction: by, date: 2024-12-31}", "113年11月", True, "100", "10.0", None, ""),
    ("{direction: by, date: 113年6月}", "113年8月", False, "0", "0.0", 2, "month"),
    ("113年6月", "未完成", False, "0", "0.0", None, ""),  # not done by the year's end: late, gap unknown
])
def test_deadlines_scored(target: str, actual: str, met: bool, achievement: str, points: str, gap: int | None,
                          unit: str) -> None:
    scored, codes = score_one(target, actual)
    assert scored == {"met": met, "achievement": D(achievement), "points": D(points),
                      "gap": None if gap is None else D(gap), "unit": unit}
    assert codes == []


@pytest.mark.parametrize(("actual", "achievement", "points"), [
    ("113年6月", "100", "10.0"),  # on time
    ("113年7月", "75", "7.5"),  # 1 month late: 100 − 25 = 75% of 10
    ("113/08/01", "50", "5.0"),  # 06-30 -> 08-01: 2 months (the second one begun) -> 100 − 50
    ("113年12月", "0", "0.0"),  # 6 months: 100 − 150, never below 0
])
def test_a_declared_deduction_per_month_late(actual: str, achievement: str, points: str) -> None:
    scored, _ = score_one("113年6月", actual, scoring="{late_deduction: 25}")
    assert (scored["achievement"], scored["points"]) == (D(achievement), D(points))


def test_the_deduction_cascades_from_the_indicator() -> None:
    scored, _ = score_one("113年6月", "113年7月", extra=", late_deduction: 10")
    assert (scored["achievement"], scored["points"]) == (D(90), D("9.0"))  # 100 − 10 × 1


@pytest.mark.parametrize(("target", "actual", "found"), [
    ("113年6月", "完成", ("PS205", 11, 60)),  # done, but when? on time cannot be told
    ("113年6月", "'80%'", ("PS205", 11, 60)),
    ("80%", "113年6月", ("PS205", 11, 57)),  # a date where a figure is expected
    ("{direction: by, date: 113年13月}", "113年6月", ("PS203", 11, 44)),  # no 13th month
    ("{direction: by}", "113年6月", ("PS203", 11, 44)),  # a deadline needs its date
])
def test_what_cannot_be_compared_is_located(target: str, actual: str, found: tuple[str, int, int]) -> None:
    text = report(f"{{name: i, weight: 100, target: {target}, actual: {actual}, review: r}}")
    assert check(text) == [found]


def test_the_unmet_review_shows_the_gap_in_months_and_days(tmp_path: Path) -> None:
    # zh-TW glues the unit as it glues 件 (`-2件`): `+15 天` beside `-2件` read as two styles (a new-user trial)
    text = report("{name: i, weight: 100, target: 92年12月, actual: 93年1月, review: r}") + \
        "          - {name: j, weight: 0, target: 2024-12-31, actual: 2025-01-01, review: r}\n"
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    zh = CliRunner().invoke(cli, ["compute", str(path), "--format", "markdown"]).output
    en = CliRunner().invoke(cli, ["compute", str(path), "--format", "markdown", "--lang", "en"]).output
    assert "| 92年12月 | 93年1月 | 0% | +1個月 | r |" in zh
    assert "| 2024-12-31 | 2025-01-01 | 0% | +1天 | r |" in zh
    assert "+1 months" in en and "+1 days" in en


def test_a_deadline_gap_names_its_unit_in_csv_and_xlsx(tmp_path: Path) -> None:
    # A new-user trial: the CSV's 差異值 read `12` beside an empty 單位 (a date target has no unit): 12 what?
    # 93年10月 done 94年10月 is 12 months late; 93年12月 done 94年1月 is 1 month late.
    from python_calamine import CalamineWorkbook

    report = tmp_path / "dates.yaml"
    report.write_text("""report: {title: t, organisation: o, year: 2004}
scoring: {}
sections: []
facets:
  - name: f
    weight: 100
    goals:
      - name: g
        indicators:
          - {name: 晚一年, weight: 50, target: 93年10月, actual: 94年10月}
          - {name: 晚一個月, weight: 50, target: 93年12月, actual: 94年1月}
""", encoding="utf-8")
    csv = CliRunner().invoke(cli, ["compute", str(report), "-f", "csv", "--no-bom", "--lang", "zh-TW"])
    rows = [line.split(",") for line in csv.stdout.splitlines()]
    gap, unit = rows[0].index("差異值"), rows[0].index("差異值單位")
    assert [(row[gap], row[unit]) for row in rows[1:3]] == [("12", "個月"), ("1", "個月")]
    book = tmp_path / "dates.xlsx"
    assert CliRunner().invoke(cli, ["compute", str(report), "-f", "xlsx", "-o", str(book)]).exit_code == 0
    sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("策略績效目標").to_python()
    header = sheet[1]
    assert [(row[header.index("差異值")], row[header.index("差異值單位")]) for row in sheet[2:4]] == \
        [(12.0, "個月"), (1.0, "個月")]
