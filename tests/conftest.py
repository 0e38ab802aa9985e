"""Shared fixtures: the bundled Chiayi example, scored once per session, and a CLI runner."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from perfscore.core.analysis import FileReport
from perfscore.engine.analyse import analyze_file
from tests.paths import EXAMPLE, ROOT


@pytest.fixture(autouse=True)
def no_language_preference(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test depends on the machine's locale: the language comes from what each test passes (--lang,
    PERFSCORE_LANG, a LANG of its own), else from the report's locale, as on a CI runner in C.UTF-8 (which
    names no language, and keeps UTF-8 file names for the programs the tests run, such as LibreOffice)."""
    for name in ("PERFSCORE_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def example() -> FileReport:
    outcome = analyze_file(EXAMPLE)
    assert outcome.result is not None
    return outcome


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner()
