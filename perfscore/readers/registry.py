"""Which reader reads a file: chosen by its suffix, YAML when the suffix names no reader.

A file named on the command line is read whatever its name (`perfscore compute report.txt` reads YAML), so
the YAML reader stands in for every suffix not registered. The size limit (PS106) is checked here, before
any reader sees the bytes, since it holds for every format.
"""

from __future__ import annotations

import os

from perfscore.core.catalogue import say
from perfscore.core.findings import Finding
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.readers import Reader, Source
from perfscore.readers.yaml.reader import YAML
from perfscore.rules import rule

READERS: dict[str, Reader] = {".yaml": YAML, ".yml": YAML}


def register(suffix: str, reader: Reader) -> None:
    """Read files whose name ends in `suffix` (".xlsx", with the dot, any case) with `reader`."""
    READERS[suffix.lower()] = reader


# Read when a file is named, never searched for in folders: a folder of reports often holds spreadsheets that
# are not reports (a `compute --format csv` output, a fill-in sheet), and `validate data/` must not fail on them.
# The spreadsheet reader is imported only when such a file is named: it brings zipfile and csv, which a YAML
# run never needs (tests/test_speed_guards.py).
NAMED_ONLY = frozenset({".xlsx", ".ods", ".csv"})


def reader_for(name: str) -> Reader:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in READERS:
        return READERS[suffix]
    if suffix in NAMED_ONLY:
        from perfscore.readers.sheets.reader import SheetReader

        return SheetReader()
    return YAML


def read(raw: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES, accept_bom: bool = False) -> Source:
    """The source of `raw`, shown as `name`: refused with PS106 over `max_bytes`, else read by its reader."""
    if len(raw) > max_bytes:
        return Source(name, None, [Finding(name, 1, 1, "PS106", rule("PS106").severity,
                                           say("PS106", size=f"{len(raw):,}", limit=f"{max_bytes:,}"))])
    return reader_for(name).read(raw, name, accept_bom=accept_bom)
