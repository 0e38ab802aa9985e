"""The archive's tables, one definition for the DDL, the inserts and docs/archive.md.

Every figure is TEXT holding the exact decimal (compare with `CAST(x AS NUMERIC)` in SQL, or read it into a
Decimal); `key` is the stable key that joins the years (the YAML id, else the parent's key and the name);
`pos` is the order in the file. Child rows belong to `report.report_id` and go when their report goes.
"""

from __future__ import annotations

SCHEMA_VERSION = 3  # 2 added the period table, 3 report.size and report.mtime_ns; older archives are brought up
APPLICATION_ID = 0x50534152  # "PSAR": marks a file as a perfscore archive (PRAGMA application_id)

# table -> (column, SQL type) after the table's own report_id
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "report": (("path", "TEXT NOT NULL UNIQUE"), ("sha256", "TEXT NOT NULL"), ("organisation", "TEXT"),
               ("organisation_en", "TEXT"), ("year", "INTEGER"), ("title", "TEXT"), ("locale", "TEXT"),
               ("scale", "TEXT"), ("subtotal", "TEXT"), ("section_total", "TEXT"), ("bonus_total", "TEXT"),
               ("deduction_total", "TEXT"), ("total", "TEXT"), ("grade", "TEXT"), ("met", "INTEGER"),
               ("unmet", "INTEGER"), ("errors", "INTEGER"), ("warnings", "INTEGER"),
               # the file's size and mtime when it was read: an incremental run skips reading a file whose
               # stat still matches (as git and make do), hashing only the others
               ("size", "INTEGER"), ("mtime_ns", "INTEGER")),
    "facet": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("pos", "INTEGER"), ("name", "TEXT"), ("name_en", "TEXT"),
              ("weight", "TEXT"), ("score", "TEXT")),
    "goal": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("facet_key", "TEXT"), ("pos", "INTEGER"), ("name", "TEXT"),
             ("name_en", "TEXT"), ("weight", "TEXT"), ("points", "TEXT"), ("bonus_cap", "TEXT")),
    "indicator": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("facet_key", "TEXT"), ("goal_key", "TEXT"),
                  ("pos", "INTEGER"), ("name", "TEXT"), ("name_en", "TEXT"), ("weight", "TEXT"), ("bonus", "INTEGER"),
                  ("direction", "TEXT"), ("target_text", "TEXT"), ("target_value", "TEXT"), ("target_low", "TEXT"),
                  ("target_high", "TEXT"), ("actual_text", "TEXT"), ("actual_value", "TEXT"), ("unit", "TEXT"),
                  ("achievement", "TEXT"), ("points", "TEXT"), ("met", "INTEGER")),
    "criterion": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("goal_key", "TEXT"), ("pos", "INTEGER"),
                  ("name", "TEXT"), ("max", "TEXT"), ("given", "TEXT"), ("points", "TEXT")),
    "section": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("pos", "INTEGER"), ("name", "TEXT"), ("name_en", "TEXT"),
                ("weight", "TEXT"), ("given", "TEXT"), ("points", "TEXT")),
    "bonus": (("key", "TEXT NOT NULL"), ("id", "TEXT"), ("pos", "INTEGER"), ("name", "TEXT"), ("name_en", "TEXT"),
              ("kind", "TEXT"), ("cap", "TEXT"), ("given", "TEXT"), ("points", "TEXT")),
    # an indicator's values by month or quarter (periods:), kept whether the year is open or closed
    "period": (("key", "TEXT NOT NULL"), ("indicator_pos", "INTEGER"), ("goal_key", "TEXT"), ("pos", "INTEGER"),
               ("period", "TEXT"), ("month", "INTEGER"), ("aggregate", "TEXT"), ("value", "TEXT")),
    "finding": (("code", "TEXT NOT NULL"), ("severity", "TEXT NOT NULL"), ("message", "TEXT"), ("line", "INTEGER"),
                ("col", "INTEGER"), ("cell", "TEXT")),
}


# The TEXT columns that hold a figure (an exact decimal): the Parquet export stores them as DECIMAL.
FIGURES: dict[str, frozenset[str]] = {
    "report": frozenset({"scale", "subtotal", "section_total", "bonus_total", "deduction_total", "total"}),
    "facet": frozenset({"weight", "score"}),
    "goal": frozenset({"weight", "points", "bonus_cap"}),
    "indicator": frozenset({"weight", "target_value", "target_low", "target_high", "actual_value", "achievement",
                            "points"}),
    "criterion": frozenset({"max", "given", "points"}),
    "section": frozenset({"weight", "given", "points"}),
    "bonus": frozenset({"cap", "given", "points"}),
    "period": frozenset({"value"}),
    "finding": frozenset(),
}
ADDED_IN = {"period": 2}  # tables a later schema version added, which an older archive is given


def ddl(tables: tuple[str, ...] | None = None) -> list[str]:
    """CREATE statements (of every table, or of `tables`): the report table, each child table with its
    foreign key and an index on (key) where the table has one, so joins across years stay fast on a national
    archive."""
    statements = []
    for table, columns in TABLES.items():
        if tables is not None and table not in tables:
            continue
        head = "report_id INTEGER PRIMARY KEY" if table == "report" else \
            "report_id INTEGER NOT NULL REFERENCES report(report_id) ON DELETE CASCADE"
        body = ", ".join([head] + [f"{name} {kind}" for name, kind in columns])
        statements.append(f"CREATE TABLE {table} ({body})")
        if table != "report":
            statements.append(f"CREATE INDEX {table}_report ON {table}(report_id)")
        if any(name == "key" for name, _ in columns):
            statements.append(f"CREATE INDEX {table}_key ON {table}(key)")
    return statements


# columns a later schema version added, which an older archive is given (NULL until its file is read again)
ADDED_COLUMNS: dict[int, list[tuple[str, str]]] = {3: [("report", "size"), ("report", "mtime_ns")]}


def insert(table: str) -> str:
    names = [name for name, _ in TABLES[table]]
    if table == "report":
        return f"INSERT INTO report ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return f"INSERT INTO {table} (report_id, {', '.join(names)}) VALUES (?, {', '.join('?' * len(names))})"
