"""The fill-in workbook (`perfscore template`): XLSX (XlsxWriter) and ODS (odfdo), from views.template.

Both put the same cells in the same places, so `perfscore fill` reads either alike: a frozen header row,
the row id in a hidden first column, the report's own figures locked (sheet protection, no password) and
the columns a division fills in unlocked and formatted as text, so that `63%` stays the text `63%` instead
of becoming the number 0.63. Both need the optional `office` extra; `missing` names it.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

MISSING = "{what} needs the optional office extra: pip install 'perfscore[office]'"


def missing(what: str) -> str:
    return MISSING.format(what=what)


def stamp() -> datetime:
    """The creation time written into the workbook: SOURCE_DATE_EPOCH when set (reproducible builds), else a
    fixed date, so two runs give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else 315532800  # 1980-01-01, the earliest a zip entry can carry
    return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
