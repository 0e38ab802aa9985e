"""From a sheet's rows to a report's plain data: facets, goals and indicators, each remembered at its cells.

Reading down the table below the header row:
- a facet or goal cell that is merged over several rows holds for every row it spans; a blank cell (or
  the same text again) continues the facet or goal above it, and a different text starts a new one;
- a row with no indicator whose only text is one value (a heading row, often merged across the table),
  in a table without a facet column, starts a facet (`一、核心業務面向：35%` gives the name and weight);
- a row with a goal but no indicator starts that goal (its weight in the weight column);
- a row whose first text is 合計/小計/total gives the facet's printed points and is not an indicator;
- every other row with an indicator is one indicator of the current goal.
docs/import.md says the same for users. Problems are findings at the cell (PS9xx), never exceptions.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Any

from perfscore.core.catalogue import say
from perfscore.core.decimals import multiply
from perfscore.core.findings import Path
from perfscore.readers.sheets.cells import Built, Cells, as_text_or_none
from perfscore.readers.sheets.headers import Layout, normal
from perfscore.readers.sheets.values import as_text
from perfscore.rules.sheets import PS904, PS907

_TOTALS = frozenset({"合計", "小計", "總計", "權分合計", "得分合計", "total", "subtotal"})
_FACET_LIKE = re.compile(r"面向|facet|^[一二三四五六七八九十]+[、.．]", re.IGNORECASE)
_HEADING_WEIGHT = re.compile(r"\s*[:：(（]?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]?\s*$")
_NUMBERING = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*")
_BONUS = re.compile(r"加分|bonus", re.IGNORECASE)
_CAP = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]?")
_NOTE_LABELS = {"standard": "衡量標準", "method": "評估方式", "system": "評估體制"}


class _Table(Cells):
    """One sheet's table being read; `built` collects what every sheet gives."""

    def __init__(self, layout: Layout, built: Built, facet_settings: dict[str, dict[str, Any]],
                 default_facet: str) -> None:
        super().__init__(layout, built)
        self.settings, self.default_facet = facet_settings, default_facet
        self.facet: dict[str, Any] | None = None
        self.goal: dict[str, Any] | None = None
        self.goal_key = self.facet_key = (0, 0)  # the cells the current goal and facet were read from
        self.goal_last = self.facet_last = 0  # the last row of each
        self.fractions = _fractions(layout)

    # -- rows ---------------------------------------------------------------------------------------

    def read_rows(self) -> None:
        columns = self.layout.columns
        for row in range(self.layout.first_data_row, len(self.grid.rows)):
            if all(as_text_or_none(value) is None for value in self.grid.rows[row]):
                continue
            if "facet" in columns and self.starts(row, "facet", self.facet["name"] if self.facet else None):
                self.open_facet(row, columns["facet"], self.text(row, "facet") or "")
            merged = self.covered.get((row, columns["indicator"]))
            indicator = self.text(row, "indicator") if merged is None or merged[0] == row else None
            if indicator is None and self.other_row(row):
                continue
            if "goal" in columns and self.starts(row, "goal", self.goal["name"] if self.goal else None):
                self.open_goal(row, self.text(row, "goal") or "")
            if indicator is not None:
                self.add_indicator(row, indicator)
        self.close_goal()

    def other_row(self, row: int) -> bool:
        """A row with no indicator: a total, a facet heading or a goal heading. True when it is done with."""
        texts = [(column, text) for column, value in enumerate(self.grid.rows[row])
                 if (text := as_text_or_none(value)) is not None]
        first = texts[0][1] if texts else ""
        if normal(first) in _TOTALS:
            points = self.number(row, "points")
            if self.facet is not None and isinstance(points, Decimal):
                self.facet.setdefault("published", {})["points"] = points
            return True
        distinct = {text for _, text in texts}
        goal_column = self.layout.columns.get("goal")
        if "facet" not in self.layout.columns and len(distinct) == 1 and \
                (texts[0][0] != goal_column or _FACET_LIKE.search(first)):
            self.close_goal()
            self.open_facet(row, texts[0][0], first)
            return True
        return False

    def open_facet(self, row: int, column: int, heading: str) -> None:
        self.close_goal()
        self.close_facet()
        name, weight = heading, None
        tail = len(heading) - len(heading[-40:])  # the weight ends a heading; never scan a page of text
        match = _HEADING_WEIGHT.search(heading, tail)
        if match and "facet" not in self.layout.columns:
            name, weight = heading[:match.start()], match.group(1)
        name = _NUMBERING.sub("", name).strip() if "facet" not in self.layout.columns else name
        facet_id = self.text(row, "facet_id")
        facet: dict[str, Any] = {"id": facet_id, "name": name} if facet_id is not None else {"name": name}
        settings = self.settings.get(name, {})
        facet.update({key: value for key, value in settings.items() if key in ("id", "name_en")})
        column_weight = self.checked(row, "facet_weight", "facet_weight")
        if weight is not None:
            facet["weight"] = Decimal(weight)
        elif column_weight is not None:
            facet["weight"] = column_weight
        facet.update({key: value for key, value in settings.items() if key not in ("id", "name_en")})
        facet["goals"] = []
        self.built.facets.append(facet)
        self.facet = facet
        path: Path = ("facets", len(self.built.facets) - 1)
        self.place(path, row, column)
        self.place((*path, "name"), row, column)
        if "weight" in facet and "facet_weight" in self.layout.columns:
            self.place((*path, "weight"), row, self.layout.columns["facet_weight"])
        self.facet_key, self.facet_last = (row, column), row

    def close_facet(self) -> None:
        if self.facet is None:
            return
        path: Path = ("facets", len(self.built.facets) - 1)
        if not self.facet["goals"]:
            self.built.problem(PS904, self.at(path), say("PS904.facet", name=self.facet["name"]))
            self.built.facets.pop()
        else:
            merged = self.covered.get(self.facet_key)
            last = max(self.facet_last, merged[2] if merged else 0)
            self.built.spans[path] = self.span(self.facet_key[0], last, self.facet_key[1])
        self.facet = None

    def open_goal(self, row: int, name: str) -> None:
        self.close_goal()
        column = self.layout.columns["goal"]
        if self.facet is None:
            self.open_facet(row, column, self.default_facet)
        assert self.facet is not None
        goal_id = self.text(row, "goal_id")
        goal: dict[str, Any] = {"id": goal_id, "name": name} if goal_id is not None else {"name": name}
        weight_column = "goal_weight" if "goal_weight" in self.layout.columns else "weight"
        written = self.read(row, self.layout.columns[weight_column], as_text) \
            if weight_column in self.layout.columns and (weight_column == "goal_weight" or
                                                         self.text(row, "indicator") is None) else None
        cap = _bonus_cap(written) if written is not None else _bonus_cap(name) if "最高加" in name else None
        cap_column = self.checked(row, "bonus_cap", "bonus cap")  # 加分上限, as perfscore's own export has it
        if isinstance(cap_column, Decimal):
            cap = cap_column
        if cap is not None:
            goal["bonus_cap"], goal["credit"] = cap, "assessed"
        elif written is not None and (weight := self.checked(row, weight_column, "weight")) is not None:
            goal["weight"] = weight
        goal["indicators"] = []
        self.facet["goals"].append(goal)
        self.goal = goal
        path = self.goal_path()
        self.place(path, row, column)
        self.place((*path, "name"), row, column)
        if "weight" in goal:
            self.place((*path, "weight"), row, self.layout.columns[weight_column])
        self.goal_key, self.goal_last = (row, column), row

    def close_goal(self) -> None:
        if self.goal is None or self.facet is None:
            return
        path = self.goal_path()
        if not self.goal["indicators"]:
            self.built.problem(PS904, self.at(path), say("PS904.goal", name=self.goal["name"]))
            self.facet["goals"].pop()
        else:
            merged = self.covered.get(self.goal_key)
            last = max(self.goal_last, merged[2] if merged else 0)
            self.built.spans[path] = self.span(self.goal_key[0], last, self.goal_key[1])
        self.goal = None

    def goal_path(self) -> Path:
        assert self.facet is not None
        return ("facets", len(self.built.facets) - 1, "goals", len(self.facet["goals"]) - 1)

    def add_indicator(self, row: int, name: str) -> None:
        column = self.layout.columns["indicator"]
        if self.goal is None:
            self.built.problem(PS907, (self.grid, row, column), say("PS907", name=name))
            return
        path: Path = (*self.goal_path(), "indicators", len(self.goal["indicators"]))
        self.place(path, row, column)
        self.place((*path, "name"), row, column)
        item: dict[str, Any] = {}
        for key in ("id", "name"):
            value = name if key == "name" else self.text(row, "id")
            if value is not None:
                item[key] = value
        for key in ("weight", "target", "actual", "unit"):
            found = self.checked(row, key, key) if key == "weight" else self.text(row, key)
            if found is not None:
                item[key] = found
                self.place((*path, key), row, self.layout.columns[key])
        credit = self.text(row, "credit")
        # Written only where it is not what the goal or facet already says (a bonus goal is assessed); an
        # unknown word is left to the schema, which names the cell and the words allowed.
        if credit is not None and credit != self.inherited_credit():
            item["credit"] = credit
            self.place((*path, "credit"), row, self.layout.columns["credit"])
        self.add_outcome(row, path, item)
        self.goal["indicators"].append(item)
        self.goal_last = self.facet_last = row
        last = max(self.layout.columns.values())
        self.built.spans[path] = self.grid.span((row, min(self.layout.columns.values())), (row, last))

    def inherited_credit(self) -> str:
        """The credit the current goal or facet gives its indicators (linear, the default, where neither does)."""
        return next((part["credit"] for part in (self.goal, self.facet) if part and "credit" in part), "linear")

    def add_outcome(self, row: int, path: Path, item: dict[str, Any]) -> None:
        """Published figures, given points, analysis, review and notes."""
        assessed = item.get("credit", self.inherited_credit()) == "assessed"
        points = self.checked(row, "points", "points")
        if points is not None and assessed:
            item["points"] = points
            self.place((*path, "points"), row, self.layout.columns["points"])
        achievement = self.checked(row, "achievement", "achievement")
        if isinstance(achievement, Decimal) and self.fractions and isinstance(self.grid.value(
                row, self.layout.columns["achievement"]), (int, float)):
            achievement = multiply(achievement, Decimal(100))
        published = {key: value for key, value in (("achievement", achievement), ("points", points))
                     if value is not None}
        if published:
            item["published"] = published
            for key in published:
                self.place((*path, "published", key), row, self.layout.columns[key])
        for key in ("analysis",):
            if (text := self.text(row, key)) is not None:
                item[key] = text
                self.place((*path, key), row, self.layout.columns[key])
        cause, strategy, review = (self.text(row, key) for key in ("cause", "strategy", "review"))
        if cause is not None or strategy is not None:
            item["review"] = {key: text for key, text in (("cause", cause), ("strategy", strategy)) if text}
        elif review is not None:
            item["review"] = review
        notes = [f"{label}：{text}" for key, label in _NOTE_LABELS.items() if (text := self.text(row, key))]
        if (text := self.text(row, "note")) is not None:
            notes.append(text)
        if notes:
            item["note"] = "\n".join(notes)


def _fractions(layout: Layout) -> bool:
    """Whether the achievement column holds fractions: a percent-formatted number cell stores 100% as 1, and
    calamine gives the stored number. A column whose number cells all lie within 0..1 is read so (×100);
    achievement typed as 100 or as the text 100% is read as written."""
    column = layout.columns.get("achievement")
    if column is None:
        return False
    numbers = [value for row in layout.grid.rows[layout.first_data_row:]
               if isinstance(value := row[column], (int, float)) and not isinstance(value, bool)]
    return bool(numbers) and all(0 <= number <= 1 for number in numbers)


def _bonus_cap(text: str) -> Decimal | None:
    """`加分，最高1%` or `bonus ≤ 4`: a bonus goal and its cap; None for anything else."""
    squeezed = unicodedata.normalize("NFKC", text)
    if not _BONUS.search(squeezed) and "最高加" not in squeezed:
        return None
    match = _CAP.search(squeezed[squeezed.find("最高加"):] if "最高加" in squeezed else squeezed)
    return Decimal(match.group(1)) if match else None


def read_table(layout: Layout, built: Built, facet_settings: dict[str, dict[str, Any]], default_facet: str) -> None:
    """Add the facets of one sheet's table (found by `headers.find_layout`) to `built`; rows before any facet
    go to a facet named `default_facet` (the sheet's name)."""
    table = _Table(layout, built, facet_settings, default_facet)
    table.read_rows()
    table.close_facet()
