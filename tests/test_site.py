"""`perfscore site`: the static website, read in headless Chromium over the DevTools protocol (tests/browser.py),
and its output folder's ownership and swap.

The corpus is the Chiayi example (2015, total 92.9, subtotal 88.9), its rollover draft for 2016 (actual values
cleared: every indicator scores 0, total 0) and a 2017 made from the example by changing the year and one
actual value: 檔案編目建檔 146,746 -> 150,000 against a target of 120,000, achievement capped at 100% either
way, so its 2 points and the total 92.9 stay, while its indicator page shows 146746, —, 150000.

CI installs chromium (.ci/run) and sets PERFSCORE_REQUIRE_BROWSER=1: there the browser tests fail instead of
skipping when it is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.errors import PerfscoreError
from perfscore.site import folder
from tests.browser import Browser, chromium
from tests.paths import EXAMPLE

if chromium() is None and os.environ.get("PERFSCORE_REQUIRE_BROWSER"):
    raise RuntimeError("the site's browser tests need chromium (see .ci/run)")
needs_browser = pytest.mark.skipif(chromium() is None, reason="chromium is not installed")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    (corpus / "2015.yaml").write_text(text, encoding="utf-8")
    code, out = run("rollover", str(EXAMPLE), "-o", str(corpus / "2016.yaml"))
    assert code == 0, out
    later = text.replace("  year: 2015", "  year: 2017", 1).replace('actual: "146,746"', 'actual: "150,000"', 1)
    assert later.count("2017") == 1 and "150,000" in later
    (corpus / "2017.yaml").write_text(later, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    corpus = write_corpus(root)
    code, out = run("site", str(corpus), "-o", str(root / "site"))
    assert code == 0, out
    assert "3 reports of 1 agencies" in out
    return root / "site"


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_pages_and_their_manifest(site: Path) -> None:
    names = sorted(str(p.relative_to(site)) for p in pages(site))
    # 1 index + 3 years + 1 agency + 3 reports + one page per indicator series: the example's 38 indicators, followed
    # through the three years by id, are 38 series, not 3 x 38 pages.
    assert len(names) == 1 + 3 + 1 + 3 + 38  # and a page per year with its league table
    assert sum(name.startswith("year/") for name in names) == 3
    assert sum(name.startswith("report/") for name in names) == 3
    assert sum(name.startswith("indicator/") for name in names) == 38
    manifest = json.loads((site / folder.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["generator"] == "perfscore site" and manifest["files"] == names


def test_links_are_relative_and_every_one_resolves(site: Path) -> None:
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text
        for href in re.findall(r'(?:href|src)="([^"]*)"', text):
            assert not re.match(r"^(?:[a-z]+:|/)", href), f"{page}: {href} is not relative"
            assert (page.parent / href).resolve().is_file(), f"{page}: {href} leads nowhere"


def test_the_build_is_deterministic(site: Path, tmp_path: Path) -> None:
    code, out = run("site", str(site.parent / "corpus"), "-o", str(tmp_path / "again"))
    assert code == 0, out

    def digest(folder_: Path) -> dict[str, str]:
        return {str(p.relative_to(folder_)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in folder_.rglob("*") if p.is_file()}

    assert digest(tmp_path / "again") == digest(site)


def test_english(tmp_path: Path, site: Path) -> None:
    code, out = run("site", str(site.parent / "corpus"), "-o", str(tmp_path / "en"), "--lang", "en")
    assert code == 0, out
    index = (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index and "Performance reports" in index and ">2017</h3>" in index


@needs_browser
def test_the_checker_catches_a_script_error_and_a_missing_image(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><body><p>bad</p><img src="missing.png" alt="">'
                   "<script>notDefinedAnywhere();</script></body></html>", encoding="utf-8")
    with Browser(tmp_path / "profile") as browser:
        visit = browser.visit(bad.as_uri())
    assert any("notDefinedAnywhere is not defined" in error for error in visit.errors)
    assert any(failure.endswith("missing.png: net::ERR_FILE_NOT_FOUND") for failure in visit.failed)
    assert visit.text == "bad"
    wide = tmp_path / "wide.html"
    wide.write_text('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>'
                    '<body><div style="width:900px">wide</div></body></html>', encoding="utf-8")
    with Browser(tmp_path / "profile") as browser:
        assert browser.visit(wide.as_uri(), width=390).scroll_width == 900 + 8  # body margin 8px


@needs_browser
def test_every_page_loads_cleanly_in_chromium_at_both_widths(site: Path, tmp_path: Path) -> None:
    with Browser(tmp_path / "profile") as browser:
        for page in pages(site):
            for width in (1280, 390):
                visit = browser.visit(page.as_uri(), width=width)
                assert visit.errors == [] and visit.failed == [], page
                assert visit.requests == [page.as_uri()], page  # nothing but the page itself
                assert visit.text.strip(), page
                assert visit.scroll_width <= width, page  # wide tables scroll in their box, not the page
        index = browser.visit((site / "index.html").as_uri()).text
        # the latest league, 2017 (106 年度): total 92.9, facets 35/20/13.9/20, 36 met, 2 unmet
        assert "106 年度" in index and "1\t嘉義市政府行政處\t106\t92.9\t優等\t35\t20\t13.9\t20\t36\t2" in index
        league = browser.visit((site / "year" / "2015.html").as_uri()).text
        assert "1\t嘉義市政府行政處\t104\t92.9\t優等\t35\t20\t13.9\t20\t36\t2" in league
        agency = browser.visit(next(site.glob("agency/*.html")).as_uri()).text
        # the totals over 2015-2017: the draft of 2016 is not scored yet, so no value (a gap), never a 0
        assert "92.9\t—\t92.9" in agency and "92.9\t0\t92.9" not in agency
        report = browser.visit(next(site.glob("report/*-2015.html")).as_uri())
        assert "92.9" in report.text and "88.9" in report.text
        found = [browser.visit(p.as_uri()).text for p in sorted(site.glob("indicator/*.html"))]
        # its h1, with the easy-target flag: beaten in 2015 and 2017 under the same 120,000, the draft left out
        archive = [text for text in found if "檔案編目建檔 (目標未提高且每年皆超越)" in text.splitlines()]
        assert len(archive) == 1 and "146746\t—\t150000" in archive[0]


@needs_browser
def test_the_pages_print(site: Path, tmp_path: Path) -> None:
    with Browser(tmp_path / "profile") as browser:
        browser.visit((site / "index.html").as_uri())
        pdf = browser.call("Page.printToPDF", {}, session=True)["data"]
    import base64
    assert base64.b64decode(pdf).startswith(b"%PDF")


def test_workers_write_the_same_site_as_one_process(tmp_path: Path) -> None:
    from tests.archive_corpus import write_corpus as two_departments

    two_departments(tmp_path / "corpus")  # 甲局 2015-2018 and 乙局 2015-2017: two agencies, two pool tasks

    def built(jobs: str) -> dict[str, bytes]:
        code, out = run("site", str(tmp_path / "corpus"), "-o", str(tmp_path / jobs), "--jobs", jobs)
        assert code == 0, out
        return {str(p.relative_to(tmp_path / jobs)): p.read_bytes() for p in (tmp_path / jobs).rglob("*")
                if p.is_file()}

    serial, pooled = built("1"), built("2")
    assert serial == pooled
    # 甲局 has 3 indicators over 4 years, 乙局 3 over 3: 6 indicator pages; 7 reports; years 2015-2018
    assert sum(name.startswith("indicator/") for name in serial) == 6
    assert sum(name.startswith("report/") for name in serial) == 7
    assert sum(name.startswith("year/") for name in serial) == 4


def test_a_dead_worker_fails_the_run_and_leaves_the_old_site(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.archive_corpus import write_corpus as two_departments

    two_departments(tmp_path / "corpus")
    target = tmp_path / "site"
    assert run("site", str(EXAMPLE), "-o", str(target))[0] == 0
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    # The pool's hook kills the worker on reaching an item of this name: the agency 乙局's task.
    monkeypatch.setenv("PERFSCORE_TEST_KILL_WORKER", "乙局")
    code, out = run("site", str(tmp_path / "corpus"), "-o", str(target), "--jobs", "2")
    assert code == 2 and "乙局: a worker process died" in out and "was left as it was" in out
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".perfscore-site")]


def test_a_foreign_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep", encoding="utf-8")
    code, out = run("site", str(EXAMPLE), "-o", str(target))
    assert code == 2 and "is not a perfscore site" in out
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_a_rebuild_keeps_foreign_files_and_drops_its_own_old_pages(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    target = tmp_path / "site"
    assert run("site", str(corpus), "-o", str(target))[0] == 0
    (target / "notes.txt").write_text("keep", encoding="utf-8")
    (target / "report" / "mine.html").write_text("keep too", encoding="utf-8")
    (corpus / "2016.yaml").unlink()
    code, out = run("site", str(corpus), "-o", str(target))
    assert code == 0, out
    assert (target / "notes.txt").read_text(encoding="utf-8") == "keep"
    assert (target / "report" / "mine.html").read_text(encoding="utf-8") == "keep too"
    assert not list(target.glob("report/*-2016.html"))  # the old site's page of a report now gone
    assert len(list(target.glob("report/*-20*.html"))) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".perfscore-site")]  # nothing left beside


def test_a_foreign_file_in_the_way_stops_the_swap_with_nothing_changed(tmp_path: Path) -> None:
    target = tmp_path / "site"
    assert run("site", str(EXAMPLE), "-o", str(target))[0] == 0
    before = sorted(p.name for p in target.rglob("*"))
    manifest = json.loads((target / folder.MANIFEST).read_text(encoding="utf-8"))
    manifest["files"].remove("index.html")  # as if a person had put their own index.html there
    (target / folder.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    code, out = run("site", str(EXAMPLE), "-o", str(target))
    assert code == 2 and "index.html was not written by perfscore site" in out
    assert sorted(p.name for p in target.rglob("*")) == before


def test_a_failure_during_the_build_leaves_the_old_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "site"
    assert run("site", str(EXAMPLE), "-o", str(target))[0] == 0
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}

    def crash(*_: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr("perfscore.site.build.index_page", crash)
    code, out = run("site", str(EXAMPLE), "-o", str(target), "--lang", "en")
    assert code == 2 and "disk full" in out
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".perfscore-site")]


def test_check_accepts_new_empty_and_previous_sites(tmp_path: Path) -> None:
    folder.check(str(tmp_path / "new"))
    (tmp_path / "empty").mkdir()
    folder.check(str(tmp_path / "empty"))
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(PerfscoreError, match="not a folder"):
        folder.check(str(tmp_path / "file"))
