"""The fill-in workbook as plain data: one row per indicator, one per assessed section or bonus item.

`perfscore template` renders this view as XLSX or ODS; `perfscore fill` reads the filled workbook back and
matches its rows by `key` (see `row_key`), comparing the protected cells with the same texts this view
wrote. Both sides therefore build the texts here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perfscore.core.fillsheet import (
    ASSESSED_COLUMNS,
    COLUMNS,
    actual_text,
    assessed_key,
    review_texts,
    row_key,
    target_text,
)
from perfscore.core.findings import column_letters
from perfscore.core.i18n import label, pick
from perfscore.core.model import Indicator, Report
from perfscore.core.results import IndicatorResult, ReportResult
from perfscore.core.target_model import Direction


@dataclass(frozen=True)
class IndicatorRow:
    key: str  # the indicator's id, or its index path `#facet.goal.indicator` (1-based) when it has none
    facet: str
    goal: str
    indicator: str
    weight: Decimal | None
    target: str  # as written in the report
    unit: str
    assessed: bool  # credit: assessed, so the points column is open on this row
    choices: tuple[str, ...]  # the actual values a done or ladder target accepts; () for a number
    actual: str  # what the report already holds, so a division sees it and fill finds no change
    points: Decimal | None
    analysis: str
    cause: str
    strategy: str

    def values(self) -> tuple[str | Decimal | None, ...]:
        """The cells in COLUMNS' order."""
        return (self.key, self.facet, self.goal, self.indicator, self.weight, self.target, self.unit, self.actual,
                self.points, self.analysis, self.cause, self.strategy)


@dataclass(frozen=True)
class AssessedRow:
    key: str  # the item's id, or `#section.N` / `#bonus.N` (1-based)
    name: str
    kind: str  # label: 施政績效具體事蹟, 加分 or 扣分
    limit: Decimal  # a section's weight, a bonus item's cap
    points: Decimal | None

    def values(self) -> tuple[str | Decimal | None, ...]:
        """The cells in ASSESSED_COLUMNS' order."""
        return self.key, self.name, self.kind, self.limit, self.points


@dataclass(frozen=True)
class TemplateView:
    title: str
    lang: str
    headers: tuple[str, ...]  # COLUMNS' labels
    assessed_headers: tuple[str, ...]
    open: tuple[bool, ...]  # per COLUMNS: filled in by a division (unlocked)
    assessed_open: tuple[bool, ...]
    points_column: int  # 0-based; open only on assessed rows
    actual_column: int
    letters: tuple[str, ...]  # each column's letters (A, B, …), for cell addresses
    sheet: str
    assessed_sheet: str
    rows: tuple[IndicatorRow, ...]
    assessed: tuple[AssessedRow, ...]


def _choices(indicator: IndicatorResult, lang: str) -> tuple[str, ...]:
    target = indicator.target
    if target is None:
        return ()
    if target.direction is Direction.DONE:
        return label("fill_done", lang), label("fill_not_done", lang)
    if target.direction is Direction.LADDER:
        return tuple(step.name for step in target.steps or ())
    return ()


def _row(indicator: IndicatorResult, source: Indicator, key: str, lang: str) -> IndicatorRow:
    cause, strategy = review_texts(source.review)
    return IndicatorRow(
        key=key, facet=indicator.facet, goal=indicator.goal, indicator=indicator.name,
        weight=source.weight, target=target_text(indicator), unit=indicator.unit,
        assessed=indicator.rules.credit == "assessed", choices=_choices(indicator, lang),
        actual=actual_text(source.actual), points=source.points, analysis=source.analysis or "",
        cause=cause, strategy=strategy)


def _index(key: str) -> int:
    return [name for name, _ in COLUMNS].index(key)


def template_view(report: Report, result: ReportResult, lang: str) -> TemplateView:
    """The workbook's rows, in the report's order. Names stay as written: they are what a division
    recognises and what fill compares; headers and sheet names follow `lang`."""
    rows = []
    for facet in result.facets:
        for goal in facet.goals:
            for indicator in goal.indicators:
                _, f, _, g, _, i = indicator.path
                assert isinstance(f, int) and isinstance(g, int) and isinstance(i, int)
                rows.append(_row(indicator, indicator.source, row_key(indicator.source.id, f, g, i), lang))
    assessed = [AssessedRow(assessed_key(section.id, "section", n), section.name, label("sections", lang),
                            section.weight, section.points) for n, section in enumerate(report.sections)]
    assessed += [AssessedRow(assessed_key(item.id, "bonus", n), item.name, label(item.kind, lang), item.cap,
                             item.points) for n, item in enumerate(report.bonus)]
    return TemplateView(
        title=pick(report.report.title, report.report.title_en, lang), lang=lang,
        headers=tuple(label(key, lang) for key, _ in COLUMNS),
        assessed_headers=tuple(label(key, lang) for key, _ in ASSESSED_COLUMNS),
        open=tuple(is_open for _, is_open in COLUMNS), assessed_open=tuple(is_open for _, is_open in ASSESSED_COLUMNS),
        points_column=_index("fill_points"), actual_column=_index("fill_actual"),
        letters=tuple(column_letters(column) for column in range(len(COLUMNS))),
        sheet=label("fill_sheet", lang), assessed_sheet=label("fill_assessed_sheet", lang),
        rows=tuple(rows), assessed=tuple(assessed))
