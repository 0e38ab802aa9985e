"""Dates and months as Taiwanese reports write them, for deadline targets (完成期限) and the dates things
were done: ROC `92年10月`, `113年12月底前`, `113年底`, `113/12/31`, `民國113年6月`; Gregorian `2024-12-31`,
`2024年12月`, `2024/12/31`.

Pure: no I/O. A year of one to three digits is an ROC year (民國, + 1911), four digits a Gregorian one.
A month is read as its last day (a deadline of `113年12月` is met by anything done up to 2024-12-31, and
a thing reported done in `113年12月` may have been done on its last day), and a year end (`113年底`) as
December. The gap between a deadline and the date done is counted in months when both are months, and
in days otherwise; how many months late a thing is counts each month or part of a month after the
deadline.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ROC_OFFSET = 1911
# 前, 以前, 之前: "by"; every date target is a deadline, so the word only confirms what the target means.
_BY = r"(?:以前|之前|前)?(?:完成)?"
_ERA = r"(?P<era>民國|西元)?"
_CHINESE = re.compile(
    rf"^{_ERA}\s*(?P<year>\d{{1,4}})\s*年\s*(?:(?P<month>\d{{1,2}})\s*月\s*(?:(?P<day>\d{{1,2}})\s*[日號号])?)?"
    rf"\s*(?P<end>年?底|月底|末)?\s*{_BY}$"
)
_NUMERIC = re.compile(rf"^{_ERA}\s*(?P<year>\d{{2,4}})(?P<sep>[/-])(?P<month>\d{{1,2}})"
                      rf"(?:(?P=sep)(?P<day>\d{{1,2}}))?\s*(?P<end>月底)?\s*{_BY}$")
MAX_DATE_TEXT = 40  # a date is short; longer text never runs the patterns


@dataclass(frozen=True)
class Moment:
    """A day, or a whole month (`day` None), in the Gregorian calendar."""

    year: int
    month: int
    day: int | None = None

    @property
    def last(self) -> datetime.date:
        """The last day this moment covers: the day itself, or the month's last day."""
        day = self.day if self.day is not None else calendar.monthrange(self.year, self.month)[1]
        return datetime.date(self.year, self.month, day)

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")


@lru_cache(maxsize=4096)
def parse_date(text: str) -> Moment | None:
    """The date or month `text` names; None when it is not one (or names no real day, such as 2月30日)."""
    written = unicodedata.normalize("NFKC", text).strip()
    if not written or len(written) > MAX_DATE_TEXT:
        return None
    match = _CHINESE.match(written) or _NUMERIC.match(written)
    if match is None:
        return None
    if match.re is _NUMERIC and len(match["year"]) < 4 and (match["sep"] == "-" or match["day"] is None):
        return None  # 10-12 is a range and 3/4 a fraction: only 113/12/31 is read as an ROC date
    year = _year(match["year"], match["era"])
    month_text = match["month"]
    end = match["end"]
    if month_text is None:  # 113年底: the year's end; a bare 113年 names no deadline
        if end not in ("底", "年底", "末"):
            return None
        month_text = "12"
    if year is None or (end == "年底" and match["month"] is not None):
        return None
    month = int(month_text)
    day = int(match["day"]) if match["day"] is not None else None
    if not 1 <= month <= 12 or (day is not None and end is not None):
        return None
    try:
        moment = Moment(year, month, day)
        moment.last  # noqa: B018 - checks that the day exists
    except ValueError:
        return None
    return moment


def _year(digits: str, era: str | None) -> int | None:
    number = int(digits)
    if len(digits) == 4:
        return number if era != "民國" and 1912 <= number <= 2999 else None
    if era == "西元" or number < 1:
        return None
    return number + ROC_OFFSET


def months_between(deadline: Moment, done: Moment) -> int:
    """Whole months from one month to another (`92年12月` to `93年1月` is 1); negative when earlier."""
    return (done.year - deadline.year) * 12 + done.month - deadline.month


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by whole months; a month's last day stays its last day (09-30 + 1 is 10-31)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    at_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return datetime.date(year, month + 1, last if at_end else min(day.day, last))


def months_late(deadline: Moment, done: Moment) -> int:
    """How many months (each month or part of one counts) `done` came after `deadline`; 0 when on time."""
    limit, finished = deadline.last, done.last
    if finished <= limit:
        return 0
    count = max(months_between(deadline, done) - 1, 0)
    while add_months(limit, count) < finished:
        count += 1
    return count


def gap(deadline: Moment, done: Moment) -> tuple[int, str]:
    """The signed gap (late is positive) and its unit: `month` when both are months, else `day`."""
    if deadline.day is None and done.day is None:
        return months_between(deadline, done), "month"
    return (done.last - deadline.last).days, "day"


def move_year(text: str, old: int, new: int) -> str:
    """`104 年度…` -> `105 年度…` and `… 2015` -> `… 2016` (Gregorian years `old` to `new`, in either
    calendar); other numbers are left alone."""
    text = re.sub(rf"(?<!\d){old - ROC_OFFSET}(?!\d)", str(new - ROC_OFFSET), text)
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)
