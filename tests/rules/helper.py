"""The one helper of the rule tests: run the real engine on a small inline YAML report, and say which
findings it gives and where (code, line, column).

`HEAD` is the start of a valid report (lines 1 to 4), so a test writes only what it is about:

    check(HEAD + "facets: ...")  ->  [("PS302", 8, 13)]

and `report(indicator)` is a whole report around one indicator, written on line 11 from column 13.

With `last_year`, the report is compared with last year's (`perfscore diff`) and the year-over-year
findings, located in this year's text, are returned instead.
"""

from __future__ import annotations

import tempfile
import textwrap
from decimal import Decimal
from pathlib import Path

from perfscore.core.findings import Finding
from perfscore.engine.analyse import analyze_bytes
from perfscore.engine.pair import run_diff

HEAD = """\
report: {title: t, organisation: o, year: 2015}
scoring: {}
sections: []
# a valid report's head, so that the facets start on line 5
"""


def report(indicator: str, *, goal: str = "name: g", scoring: str = "{}", sections: str = "[]",
           after: str = "") -> str:
    """One facet of 100 with one goal (`goal`, from line 9) whose only indicator is `indicator` (line 11
    when `goal` is one line, from column 13); `after` follows the facets."""
    head = HEAD.replace("scoring: {}", f"scoring: {scoring}").replace("sections: []", f"sections: {sections}")
    return head + f"""\
facets:
  - name: f
    weight: 100
    goals:
      - {goal}
        indicators:
          - {indicator}
{after}"""


def findings(text: str, *, last_year: str | None = None, margin: str = "20") -> list[Finding]:
    """Every finding of `text` (dedented), in the order perfscore prints them."""
    text = textwrap.dedent(text)
    if last_year is None:
        return analyze_bytes(text.encode(), "t.yaml").findings
    with tempfile.TemporaryDirectory() as folder:
        old, new = Path(folder) / "old.yaml", Path(folder) / "new.yaml"
        old.write_text(textwrap.dedent(last_year), encoding="utf-8")
        new.write_text(text, encoding="utf-8")
        return run_diff(str(old), str(new), Decimal(margin)).findings


def check(text: str, *, last_year: str | None = None, margin: str = "20") -> list[tuple[str, int, int]]:
    """(code, line, column) of every finding of `text`, in the order perfscore prints them."""
    return [(f.code, f.line, f.column) for f in findings(text, last_year=last_year, margin=margin)]
