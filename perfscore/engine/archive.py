"""`perfscore archive`: every report found, in one SQLite database (schema: engine/archive_schema.py,
docs/archive.md).

Incremental: a file whose size and mtime match the archived ones is not read at all (unless its mtime is
within RECENT of the run's start, where a second write could keep both: then it is hashed, as git does); a
file whose sha256 matches the archived one is not read again past hashing; a changed or new file is
analysed (in worker processes when there are many, through engine.pool) and its rows replaced; the
reports of files no longer found under the arguments are removed. Atomic: a new archive is built in a
temporary file beside the target and renamed into place; an existing one is changed in a single
transaction, so a failure leaves the archive as it was, never half written.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError
from perfscore.core.limits import DEFAULT_MAX_BYTES
from perfscore.engine.archive_rows import Archived, archive_file, sha256
from perfscore.engine.archive_schema import (
    ADDED_COLUMNS,
    ADDED_IN,
    APPLICATION_ID,
    SCHEMA_VERSION,
    TABLES,
    ddl,
    insert,
)
from perfscore.engine.paths import read_regular
from perfscore.engine.pool import run_files

RECENT = 2_000_000_000  # ns: a file changed this close to the run's start is hashed even when its stat matches
Known = dict[str, tuple[str, int | None, int | None]]  # path -> (sha256, size, mtime_ns)


@dataclass
class Summary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Archived] = field(default_factory=list)  # not reports
    errors: list[str] = field(default_factory=list)  # unreadable files: their old rows, if any, are kept


def build(files: list[str], target: str, max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 0,
          advance: Callable[[], None] | None = None) -> Summary:
    """Bring the archive at `target` in line with `files`; PerfscoreError when `target` is not an archive."""
    if os.path.exists(target) and os.path.getsize(target) > 0:
        with _connection(target) as db:
            _check(db, target)
            return _update(db, files, max_bytes, jobs, advance)
    folder = os.path.dirname(os.path.abspath(target))
    handle, temporary = tempfile.mkstemp(prefix=".perfscore-archive-", suffix=".tmp", dir=folder)
    os.close(handle)
    try:
        with _connection(temporary) as db:
            summary = _update(db, files, max_bytes, jobs, advance, fresh=True)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return summary


@contextlib.contextmanager
def _connection(path: str) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(path, isolation_level=None)  # transactions are begun and ended explicitly below
    try:
        db.execute("PRAGMA foreign_keys = ON")
        yield db
    finally:
        db.close()


def _check(db: sqlite3.Connection, target: str) -> None:
    try:
        app = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise PerfscoreError(say("archive.not_ours", path=target, reason=str(error))) from error
    if app != APPLICATION_ID:
        raise PerfscoreError(say("archive.foreign", path=target))
    if 1 <= version < SCHEMA_VERSION:  # older archives lack tables and columns added since
        added = tuple(table for table, since in ADDED_IN.items() if since > version)
        db.execute("BEGIN IMMEDIATE")
        for statement in ddl(added):
            db.execute(statement)
        for since in range(version + 1, SCHEMA_VERSION + 1):
            for table, column in ADDED_COLUMNS.get(since, []):
                if column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                    kind = dict(TABLES[table])[column]
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
        return
    if version != SCHEMA_VERSION:
        raise PerfscoreError(say("archive.schema", path=target, version=version, current=SCHEMA_VERSION))


def _update(db: sqlite3.Connection, files: list[str], max_bytes: int, jobs: int,
            advance: Callable[[], None] | None, fresh: bool = False) -> Summary:
    summary = Summary()
    db.execute("BEGIN IMMEDIATE")
    try:
        if fresh:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            for statement in ddl():
                db.execute(statement)
        known: Known = {path: (digest, size, mtime) for path, digest, size, mtime
                        in db.execute("SELECT path, sha256, size, mtime_ns FROM report")}
        todo = _changed(db, files, known, max_bytes, summary, advance)
        for archived in run_files(partial(archive_file, max_bytes=max_bytes), todo, jobs, _died):
            _store(db, archived, known, summary)
            if advance is not None:
                advance()
        gone = set(known) - set(files)
        for path in sorted(gone):
            db.execute("DELETE FROM report WHERE path = ?", (path,))
        summary.removed += len(gone)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return summary


def _changed(db: sqlite3.Connection, files: list[str], known: Known, max_bytes: int, summary: Summary,
             advance: Callable[[], None] | None) -> list[str]:
    """The files to analyse: new ones, and known ones whose content hash differs. A known file whose size and
    mtime match is taken as unchanged without being read; one whose stat moved but whose hash did not gets
    its new stat recorded, so the next run need not read it either."""
    todo = []
    settled = time.time_ns() - RECENT
    for path in files:
        if path in known:
            digest, size, mtime = known[path]
            try:
                status = os.stat(path)
                if status.st_size == size and status.st_mtime_ns == mtime and mtime < settled:
                    same = True
                else:
                    same = sha256(read_regular(path, max_bytes + 1)) == digest
                    if same:
                        db.execute("UPDATE report SET size = ?, mtime_ns = ? WHERE path = ?",
                                   (status.st_size, status.st_mtime_ns, path))
            except (OSError, PerfscoreError):
                same = False  # analysing it says why, once
            if same:
                summary.unchanged += 1
                if advance is not None:
                    advance()
                continue
        todo.append(path)
    return todo


def _died(path: str, why: str) -> Archived:
    return Archived(path, error=say("path.error", path=path, reason=why))


def _store(db: sqlite3.Connection, archived: Archived, known: Known, summary: Summary) -> None:
    if archived.error is not None:
        summary.errors.append(archived.error)  # an unreadable file keeps its last archived report
        return
    if archived.skipped is not None:
        summary.skipped.append(archived)
        if known.pop(archived.path, None) is not None:  # a former report that is no longer one
            db.execute("DELETE FROM report WHERE path = ?", (archived.path,))
            summary.removed += 1
        return
    # re-read for its previous year (relative targets), and the pair is the same
    if archived.path in known and known[archived.path][0] == archived.sha256:
        known.pop(archived.path)
        summary.unchanged += 1
        return
    if archived.path in known:
        db.execute("DELETE FROM report WHERE path = ?", (archived.path,))
        summary.updated += 1
        known.pop(archived.path)
    else:
        summary.added += 1
    stat = archived.stat or (None, None)
    cursor = db.execute(insert("report"), (archived.path, archived.sha256) + archived.report + stat)
    report_id = cursor.lastrowid
    for table in TABLES:
        rows = archived.children.get(table)
        if rows:
            db.executemany(insert(table), [(report_id,) + row for row in rows])
