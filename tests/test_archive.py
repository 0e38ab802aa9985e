"""`perfscore archive`: the SQLite archive, its incremental update, and the SQL of docs/archive.md run against
the hand-worked corpus of tests/archive_corpus.py."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.archive_corpus import write_corpus
from tests.paths import EXAMPLE, ROOT


def archive(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["archive", *args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def doc_queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "archive.md").read_text(encoding="utf-8"), re.S)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    write_corpus(tmp_path / "corpus")
    target = tmp_path / "a.sqlite"
    code, out = archive(str(tmp_path / "corpus"), "-o", str(target))
    assert code == 0, out
    assert "7 added, 0 updated, 0 unchanged, 0 removed" in out
    return tmp_path / "corpus", target


def test_the_example_keeps_its_total_and_findings_exactly(tmp_path: Path) -> None:
    target = tmp_path / "a.sqlite"
    assert archive(str(EXAMPLE), "-o", str(target))[0] == 0
    db = sqlite3.connect(target)
    assert db.execute("SELECT total, typeof(total), met, unmet FROM report").fetchall() == [("92.9", "text", 36, 2)]
    assert db.execute("SELECT code FROM finding ORDER BY line").fetchall() == [("PS302",), ("PS303",)]
    import hashlib
    assert db.execute("SELECT sha256 FROM report").fetchone()[0] == hashlib.sha256(EXAMPLE.read_bytes()).hexdigest()
    # No figure anywhere is stored as a binary float.
    for table in ("facet", "goal", "indicator", "section", "bonus"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0
        assert not [r for r in db.execute(f"SELECT * FROM {table}") if any(isinstance(v, float) for v in r)]


def test_first_question_how_an_indicator_moved(corpus: tuple[Path, Path]) -> None:
    db = sqlite3.connect(corpus[1])
    rows = db.execute(doc_queries()[0]).fetchall()
    assert [(year, actual, met) for _, year, _, _, actual, _, met in rows] == [
        (2015, "120", 1), (2016, "130", 1), (2017, "125", 1), (2018, "140", 1)]


def test_second_question_who_keeps_missing(corpus: tuple[Path, Path]) -> None:
    rows = sqlite3.connect(corpus[1]).execute(doc_queries()[1]).fetchall()
    # by hand (tests/archive_corpus.py): A complaints 2015, 2017, 2018; A permits 2016, 2018; B visits 2015, 2016
    assert [(o, k, n, ",".join(sorted(y.split(",")))) for o, k, n, y in rows] == [
        ("甲局", "complaints", 3, "2015,2017,2018"), ("乙局", "visits", 2, "2015,2016"),
        ("甲局", "permits", 2, "2016,2018")]


def test_third_question_targets_that_never_get_harder(corpus: tuple[Path, Path]) -> None:
    rows = sqlite3.connect(corpus[1]).execute(doc_queries()[2]).fetchall()
    assert rows == [("乙局", "permits", 3), ("甲局", "visits", 4)]


def test_a_renamed_indicator_keeps_its_key(corpus: tuple[Path, Path]) -> None:
    rows = sqlite3.connect(corpus[1]).execute(
        "SELECT DISTINCT name FROM indicator JOIN report USING (report_id) WHERE key = 'complaints' ORDER BY year"
    ).fetchall()
    assert rows == [("陳情案件",), ("陳情及申訴案件",)]
    keys = sqlite3.connect(corpus[1]).execute("SELECT DISTINCT key FROM indicator WHERE id IS NULL").fetchall()
    assert keys == [("g1/宣導場次",)]  # the goal's id, then the name


def test_incremental_rereads_changed_files_and_drops_deleted_ones(corpus: tuple[Path, Path]) -> None:
    folder, target = corpus
    changed = folder / "a" / "2018.yaml"
    changed.write_text(changed.read_text(encoding="utf-8").replace('actual: "52"', 'actual: "65"'), encoding="utf-8")
    (folder / "b" / "2017.yaml").unlink()
    code, out = archive(str(folder), "-o", str(target))
    assert code == 0
    assert "0 added, 1 updated, 5 unchanged, 1 removed" in out
    db = sqlite3.connect(target)
    assert db.execute("SELECT COUNT(*) FROM report").fetchone()[0] == 6
    # 2018 permits now 65/65 -> 10 points: total 26 + 2 = 28
    assert db.execute("SELECT total FROM report WHERE path LIKE '%a/2018.yaml'").fetchone()[0] == "28"
    assert db.execute("SELECT COUNT(*) FROM indicator").fetchone()[0] == 6 * 3  # no orphans left behind
    code, out = archive(str(folder), "-o", str(target))
    assert "0 added, 0 updated, 6 unchanged, 0 removed" in out


def test_a_file_that_is_not_an_archive_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "notes.sqlite"
    target.write_bytes(b"my notes, not a database" * 10)
    code, out = archive(str(EXAMPLE), "-o", str(target))
    assert code == 2 and "not a perfscore archive" in out
    assert target.read_bytes() == b"my notes, not a database" * 10


def test_a_failed_build_leaves_no_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from perfscore.engine import archive as engine

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(engine, "_store", broken)
    code, out = archive(str(EXAMPLE), "-o", str(tmp_path / "a.sqlite"))
    assert code == 2 and "disk full" in out
    assert list(tmp_path.iterdir()) == []


def test_an_unscorable_report_is_kept_with_its_findings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("report: {title: t, organisation: o, year: 2015}\nscoring: {}\nfacets: []\nsections: []\n",
                   encoding="utf-8")
    code, _ = archive(str(bad), "-o", str(tmp_path / "a.sqlite"))
    assert code == 0
    db = sqlite3.connect(tmp_path / "a.sqlite")
    assert db.execute("SELECT total, errors > 0 FROM report").fetchall() == [(None, 1)]
    assert db.execute("SELECT COUNT(*) FROM finding WHERE severity = 'error' AND line > 0").fetchone()[0] >= 1


def test_an_incremental_run_reads_no_file_whose_stat_is_unchanged(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from perfscore.engine import archive as engine

    files = write_corpus(tmp_path / "corpus")
    for path in files:  # written a day ago: older than the 2 seconds within which a stat is not trusted
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns - 86_400 * 10**9))
    target = tmp_path / "a.sqlite"
    assert archive(str(tmp_path / "corpus"), "-o", str(target))[0] == 0
    reads: list[str] = []
    real = engine.read_regular

    def counted(path: str, limit: int) -> bytes:
        reads.append(path)
        return real(path, limit)

    monkeypatch.setattr(engine, "read_regular", counted)
    code, out = archive(str(tmp_path / "corpus"), "-o", str(target))
    assert code == 0 and "0 added, 0 updated, 7 unchanged, 0 removed" in out
    assert reads == []  # 7 files, 7 stats matched, none read
    # Touched, same bytes: hashed once (its stat moved), found unchanged, its new stat kept for next time.
    os.utime(files[0], ns=(files[0].stat().st_atime_ns, files[0].stat().st_mtime_ns + 10**9))
    assert "7 unchanged" in archive(str(tmp_path / "corpus"), "-o", str(target))[1]
    assert reads == [str(files[0])]
    assert "7 unchanged" in archive(str(tmp_path / "corpus"), "-o", str(target))[1]
    assert reads == [str(files[0])]


def test_a_schema_2_archive_is_given_the_stat_columns(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    target = tmp_path / "a.sqlite"
    assert archive(str(tmp_path / "corpus"), "-o", str(target))[0] == 0
    db = sqlite3.connect(target)
    db.execute("ALTER TABLE report DROP COLUMN size")  # as schema 2 wrote it
    db.execute("ALTER TABLE report DROP COLUMN mtime_ns")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    code, out = archive(str(tmp_path / "corpus"), "-o", str(target))
    assert code == 0 and "0 added, 0 updated, 7 unchanged, 0 removed" in out
    db = sqlite3.connect(target)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    # hashed (no stat was known), found unchanged, and their stats recorded
    assert db.execute("SELECT COUNT(*) FROM report WHERE size IS NOT NULL AND mtime_ns IS NOT NULL").fetchone() == (7,)


def test_periods_are_archived_open_or_closed(tmp_path: Path) -> None:
    from tests.archive_corpus import write_in_progress
    write_in_progress(tmp_path / "corpus")
    target = tmp_path / "a.sqlite"
    assert archive(str(tmp_path / "corpus"), "-o", str(target))[0] == 0
    rows = sqlite3.connect(target).execute(
        "SELECT key, goal_key, period, month, aggregate, value, typeof(value) FROM period ORDER BY key, pos").fetchall()
    assert rows == [("permits", "g1", "2019-Q1", 3, "sum", "30", "text"),
                    ("permits", "g1", "2019-Q2", 6, "sum", "28", "text"),
                    ("visits", "g1", "2019-03", 3, "cumulative", "25", "text"),
                    ("visits", "g1", "2019-06", 6, "cumulative", "60", "text")]


def test_a_version_1_archive_is_given_the_period_table(tmp_path: Path) -> None:
    target = tmp_path / "a.sqlite"
    assert archive(str(EXAMPLE), "-o", str(target))[0] == 0
    db = sqlite3.connect(target)
    db.execute("DROP TABLE period")  # what a version 1 archive looked like
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    code, out = archive(str(EXAMPLE), "-o", str(target))
    assert code == 0 and "1 unchanged" in out, out
    db = sqlite3.connect(target)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3  # and given the stat columns of 3
    assert db.execute("SELECT COUNT(*) FROM period").fetchone()[0] == 0


def test_unweighted_figures_are_null_never_0(tmp_path: Path) -> None:
    # The Taipei Water report is unweighted (scoring.weights: none); tests/data/unweighted-facet.yaml has one
    # facet with weights: none beside 業務面向 .
    target = tmp_path / "a.sqlite"
    taipei = ROOT / "examples" / "taipei-water-2025-performance.yaml"
    assert archive(str(taipei), str(ROOT / "tests" / "data" / "unweighted-facet.yaml"), "-o", str(target))[0] == 0
    db = sqlite3.connect(target)
    assert db.execute("SELECT scale, subtotal, section_total, bonus_total, deduction_total, total FROM report "
                      "WHERE organisation = '臺北自來水事業處'").fetchall() == [(None,) * 6]
    facets = db.execute("SELECT f.name, f.weight, f.score FROM facet f JOIN report r USING (report_id) "
                        "ORDER BY r.path, f.pos").fetchall()
    # By path: examples/ before tests/. 業務面向: 60 + 33.3 (40 × 10/12, 1 place) = 93.3.
    assert facets == [("近 4 年預、決算趨勢（淨利）", None, None), ("重要年度目標", None, None),
                      ("業務面向", "100", "93.3"), ("參考指標", None, None)]
    assert db.execute("SELECT COUNT(*) FROM indicator WHERE weight IS NOT NULL OR points IS NOT NULL").fetchone() \
        == (2,)  # only 業務面向's two indicators
    assert db.execute("SELECT COUNT(*) FROM goal WHERE weight IS NOT NULL OR points IS NOT NULL").fetchone() == (1,)
