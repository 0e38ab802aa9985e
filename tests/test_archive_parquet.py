"""`perfscore archive --format parquet`: the Parquet tables read back equal the SQLite archive's row for row,
figures exact; the folder is owned; a figure Parquet's DECIMAL(38, 10) cannot hold is refused; the DuckDB
query of docs/archive.md runs against the hand-worked corpus of tests/archive_corpus.py."""

from __future__ import annotations

import json
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.engine.archive_schema import FIGURES, TABLES
from tests.archive_corpus import write_corpus, write_in_progress
from tests.paths import EXAMPLE, ROOT


def archive(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["archive", *args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def by_path(rows: list[tuple[object, ...]], paths: dict[object, object]) -> list[tuple[object, ...]]:
    """Rows with report_id (first) replaced by the report's path: the two exports number reports alike only
    by chance of the order workers finish in."""
    return sorted(((paths[row[0]],) + tuple(row[1:]) for row in rows), key=repr)


@pytest.fixture
def both(tmp_path: Path) -> tuple[Path, Path]:
    write_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "example.yaml").write_bytes(EXAMPLE.read_bytes())
    write_in_progress(tmp_path / "corpus")
    sqlite_path, folder = tmp_path / "a.sqlite", tmp_path / "parquet"
    assert archive(str(tmp_path / "corpus"), "-o", str(sqlite_path))[0] == 0
    code, out = archive(str(tmp_path / "corpus"), "-o", str(folder), "--format", "parquet")
    assert code == 0, out
    assert "9 added" in out
    return sqlite_path, folder


def test_every_table_equals_the_sqlite_archive_row_for_row_with_exact_decimals(both: tuple[Path, Path]) -> None:
    db = sqlite3.connect(both[0])
    sqlite_paths = dict(db.execute("SELECT report_id, path FROM report").fetchall())
    parquet_paths = dict(zip(*pq.read_table(both[1] / "report.parquet", columns=["report_id", "path"])
                             .to_pydict().values(), strict=True))
    for table, columns in TABLES.items():
        names = ["report_id"] + [name for name, _ in columns]
        expected = db.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()
        read = pq.read_table(both[1] / f"{table}.parquet")
        assert read.column_names == names
        for name in FIGURES[table]:
            assert str(read.schema.field(name).type) == "decimal128(38, 10)"
        got = read.to_pylist()
        # Each figure read back is the exact decimal the SQLite archive holds as text (92.9 == 92.9000000000).
        rows = [tuple(Decimal(row[n]) if n in FIGURES[table] and row[n] is not None else row[n] for n in names)
                for row in got]
        wanted = [tuple(Decimal(v) if n in FIGURES[table] and v is not None else v
                        for n, v in zip(names, row, strict=True)) for row in expected]
        assert len(rows) == len(wanted) > 0 or table == "criterion"
        assert by_path(rows, parquet_paths) == by_path(wanted, sqlite_paths), table
    totals = pq.read_table(both[1] / "report.parquet", columns=["path", "total"]).to_pylist()
    assert {Path(r["path"]).name: r["total"] for r in totals}["example.yaml"] == Decimal("92.9")


def test_the_manifest_names_every_table_with_its_hash(both: tuple[Path, Path]) -> None:
    import hashlib
    manifest = json.loads((both[1] / "_perfscore.json").read_text(encoding="utf-8"))
    assert manifest["kind"] == "perfscore-archive-parquet" and manifest["decimal"] == [38, 10]
    assert set(manifest["tables"]) == {f"{table}.parquet" for table in TABLES}
    for name, digest in manifest["tables"].items():
        assert hashlib.sha256((both[1] / name).read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in both[1].iterdir()) == sorted([*manifest["tables"], "_perfscore.json"])


def test_the_duckdb_query_of_the_docs(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    assert archive(str(tmp_path / "corpus"), "-o", str(tmp_path / "archive"), "-f", "parquet")[0] == 0
    text = (ROOT / "docs" / "archive.md").read_text(encoding="utf-8")
    query = re.findall(r"```sql duckdb\n(.*?)```", text, re.S)[0].replace("'archive/", f"'{tmp_path}/archive/")
    rows = duckdb.sql(query).fetchall()
    # tests/archive_corpus.py: 甲局 28, 28, 28, 26 over 2015-2018, 乙局 29.5, 28, 30 over 2015-2017; summed
    # exactly from the indicators' DECIMAL points: 28 + 28 + 28 + 26 = 110 and 29.5 + 28 + 30 = 87.5; the best
    # totals 28 and 30. Ordered by name: 乙 (U+4E59) before 甲 (U+7532).
    assert rows == [("乙局", 3, Decimal("87.5"), Decimal("30")), ("甲局", 4, Decimal("110"), Decimal("28"))]
    assert all(isinstance(figure, Decimal) for row in rows for figure in row[2:])


def test_a_rerun_replaces_its_own_tables_and_a_foreign_file_is_refused(both: tuple[Path, Path],
                                                                       tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "example.yaml").unlink()
    assert archive(str(corpus), "-o", str(both[1]), "-f", "parquet")[0] == 0
    assert pq.read_table(both[1] / "report.parquet").num_rows == 8
    (both[1] / "notes.txt").write_text("mine", encoding="utf-8")
    before = (both[1] / "report.parquet").read_bytes()
    code, out = archive(str(corpus), "-o", str(both[1]), "-f", "parquet")
    assert code == 2 and "holds files perfscore did not write (notes.txt)" in out
    assert (both[1] / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (both[1] / "report.parquet").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".perfscore-parquet-")]


def test_an_empty_folder_is_used_and_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    assert archive(str(EXAMPLE), "-o", str(tmp_path / "out"), "-f", "parquet")[0] == 0
    assert (tmp_path / "out" / "indicator.parquet").exists()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, out = archive(str(EXAMPLE), "-o", str(tmp_path / "file"), "-f", "parquet")
    assert code == 2 and "not a folder" in out
    code, out = archive(str(EXAMPLE), "-o", str(tmp_path / "out"))
    assert code == 2 and "is a folder" in out


def test_a_figure_decimal_38_10_cannot_hold_is_refused_not_rounded(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    # An actual value with 11 decimal places: DECIMAL(38, 10) would round 0.12345678901 to 0.1234567890.
    source = tmp_path / "r.yaml"
    source.write_text(text.replace("actual: 100%", "actual: 0.12345678901%", 1), encoding="utf-8")
    code, out = archive(str(source), "-o", str(tmp_path / "out"), "-f", "parquet")
    assert code == 2, out
    assert "indicator.actual_value = 0.12345678901 does not fit DECIMAL(38, 10)" in out
    assert not (tmp_path / "out").exists()
