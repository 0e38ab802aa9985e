"""`perfscore archive -o DIR --format parquet`: the archive's tables as Parquet files, one per table
(`DIR/report.parquet`, `DIR/indicator.parquet`, ...), for engines beyond one machine (DuckDB, Spark, Trino).

The rows are the SQLite archive's, built by engine.archive into a temporary database, so the two exports can
never disagree. Figures (archive_schema.FIGURES) become DECIMAL(38, 10) through pyarrow's decimal128, which
holds them exactly; a figure with more than 10 decimal places or 28 whole digits is refused with its report,
table and column, never rounded. pyarrow is the optional extra `parquet`.

DIR is owned: it may be missing, empty, or a folder this export wrote (its manifest `_perfscore.json` says
so); any other file in it makes the export refuse, so nothing perfscore did not write is ever replaced or
deleted. Every file is written in a temporary folder beside DIR first; a new DIR is that folder renamed, an
existing one has each file replaced by a rename, the manifest (with each table's sha256) last. The export is
built afresh each run; when a file cannot be read, DIR is left as it was (the SQLite archive would have kept
that file's last report, which a fresh export cannot).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from importlib import import_module
from types import ModuleType
from typing import Any

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.engine.archive import Summary, build
from perfscore.engine.archive_schema import FIGURES, SCHEMA_VERSION, TABLES

PRECISION, SCALE = 38, 10  # decimal128's widest: 28 whole digits and 10 places (scoring's `places` is at most 10)
MANIFEST = "_perfscore.json"
KIND = "perfscore-archive-parquet"
EXTRA = "pip install 'perfscore[parquet]'"
OWNED = frozenset({f"{table}.parquet" for table in TABLES} | {MANIFEST})


def need_pyarrow() -> ModuleType:
    """pyarrow, or a PerfscoreError naming the extra that brings it (the command exits 2, no traceback)."""
    try:
        import_module("pyarrow.parquet")
        return import_module("pyarrow")
    except ImportError:
        raise PerfscoreError(say("parquet.missing", extra=EXTRA)) from None


def build_parquet(files: list[str], target: str, max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 0,
                  advance: Callable[[], None] | None = None) -> Summary:
    """Write the archive of `files` as Parquet files in the folder `target` (see the module docstring)."""
    pa = need_pyarrow()
    existing = _owned_entries(target)
    parent = os.path.dirname(os.path.abspath(target))
    staging = tempfile.mkdtemp(prefix=".perfscore-parquet-", dir=parent)
    try:
        database = os.path.join(staging, "archive.sqlite")
        summary = build(files, database, max_bytes, jobs, advance)
        if summary.errors:  # a fresh export would lose an unreadable file's report: DIR stays as it was
            return summary
        with contextlib.closing(sqlite3.connect(database)) as db:
            hashes = {table: _write_table(pa, db, table, staging) for table in TABLES}
        os.unlink(database)
        manifest = {"kind": KIND, "schema_version": SCHEMA_VERSION, "decimal": [PRECISION, SCALE],
                    "tables": {f"{table}.parquet": digest for table, digest in hashes.items()}}
        with open(os.path.join(staging, MANIFEST), "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=2, sort_keys=True)
            handle.write("\n")
        if existing is None:
            os.rename(staging, target)
        else:
            for table in TABLES:  # the manifest last: it vouches for the tables beside it
                os.replace(os.path.join(staging, f"{table}.parquet"), os.path.join(target, f"{table}.parquet"))
            os.replace(os.path.join(staging, MANIFEST), os.path.join(target, MANIFEST))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


def _owned_entries(target: str) -> list[str] | None:
    """The files in `target` (None when it is missing); PerfscoreError when it holds anything not ours."""
    if not os.path.lexists(target):
        return None
    if not os.path.isdir(target) or os.path.islink(target):
        raise PerfscoreError(say("parquet.not_folder", path=target))
    entries = sorted(os.listdir(target))
    foreign = [name for name in entries if name not in OWNED]
    if foreign:
        shown = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
        raise PerfscoreError(say("parquet.foreign", path=target, shown=shown))
    if entries and MANIFEST not in entries:
        raise PerfscoreError(say("parquet.no_manifest", path=target, manifest=MANIFEST))
    return entries


def _write_table(pa: Any, db: sqlite3.Connection, table: str, folder: str) -> str:
    columns = [("report_id", "INTEGER")] + list(TABLES[table])
    names = [name for name, _ in columns]
    order = "report_id, pos" if "pos" in names else "report_id"
    rows = db.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}").fetchall()
    paths = dict(db.execute("SELECT report_id, path FROM report").fetchall())
    figures = FIGURES.get(table, frozenset())
    fields, arrays = [], []
    for index, (name, kind) in enumerate(columns):
        values = [row[index] for row in rows]
        if name in figures:
            exact = [_decimal(row[index], paths.get(row[0], "?"), table, name) for row in rows]
            fields.append(pa.field(name, pa.decimal128(PRECISION, SCALE)))
            arrays.append(pa.array(exact, type=pa.decimal128(PRECISION, SCALE)))
        else:
            arrow = pa.int64() if kind.startswith("INTEGER") else pa.string()
            fields.append(pa.field(name, arrow, nullable="NOT NULL" not in kind and name != "report_id"))
            arrays.append(pa.array(values, type=arrow))
    path = os.path.join(folder, f"{table}.parquet")
    import_module("pyarrow.parquet").write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), path)
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _decimal(value: str | None, path: str, table: str, column: str) -> Decimal | None:
    """The exact figure, or a PerfscoreError when DECIMAL(38, 10) cannot hold it (never a rounded one)."""
    if value is None:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise PerfscoreError(say("parquet.not_decimal", path=path, table=table, column=column, value=value)) from None
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    whole = max(number.adjusted() + 1, 0) if number else 0
    if places > SCALE or whole > PRECISION - SCALE:
        raise PerfscoreError(say("parquet.too_wide", path=path, table=table, column=column, value=value,
                                 precision=PRECISION, scale=SCALE, whole=PRECISION - SCALE))
    return number
