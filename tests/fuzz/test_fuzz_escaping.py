"""Every command and format, with every payload in every text field at once (fast part) or in one field at
a time (slow part): terminal output carries no raw control character, markup stays inert, CSV runs no formula."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.escaping import COMMANDS, FIELDS, PAYLOADS, baselines, check_payload

TERMINAL_ESCAPES = ["bidi", "c0", "c1-csi", "csi", "dcs", "del", "osc0", "osc52", "osc8"]
# What fails on main today, with the issue entry that covers it (see docs/security.md).
KNOWN: dict[tuple[str, str], tuple[list[str], str]] = {
    **{(c, "table"): (TERMINAL_ESCAPES, "issue 14 #12: escapes pass raw in terminal tables")
       for c in ("compute", "compare", "diff")},
    ("validate", "text"): (TERMINAL_ESCAPES, "issue 14 #12: escapes pass raw in validate paths"),
    ("validate", "github"): ([*TERMINAL_ESCAPES, "bel"], "issue 14 #12: escapes pass raw in validate paths"),
    ("diff", "markdown"): (["comment", "cr-formula", "details", "img", "js-link"],
                           "issue 14 #13: diff markdown escapes only |"),
    ("compare", "csv"): (["cr-formula"], "issue 14 #14: compare CSV writes CR unquoted"),
    ("compare", "markdown"): (["cr-formula", "js-link"],
                              "issue 14, beyond the listed 19: markdown keeps [x](javascript:) links and raw CR"),
    ("compute", "markdown"): (["cr-formula", "js-link"],
                              "issue 14, beyond the listed 19: markdown keeps [x](javascript:) links and raw CR"),
}


def _cases() -> list[object]:
    cases: list[object] = []
    for command, fmt in COMMANDS:
        failing, reason = KNOWN.get((command, fmt), ([], ""))
        for name in PAYLOADS:
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if name in failing else []
            cases.append(pytest.param(command, fmt, name, marks=marks, id=f"{command}-{fmt}-{name}"))
    return cases


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("escaping")


@pytest.fixture(scope="module")
def plain(folder: Path) -> dict[tuple[str, str], str]:
    return baselines(folder)


@pytest.mark.parametrize(("command", "fmt", "name"), _cases())
def test_payload_in_every_field_stays_inert(command: str, fmt: str, name: str, folder: Path,
                                            plain: dict[tuple[str, str], str]) -> None:
    where = folder / f"{command}-{fmt}-{name}"
    where.mkdir()
    assert check_payload(where, set(FIELDS), PAYLOADS[name], plain, [(command, fmt)]) == []


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="issue 14 #12, #13, #14 (see KNOWN above)")
def test_each_field_alone_with_each_payload(folder: Path, plain: dict[tuple[str, str], str]) -> None:
    failures = []
    for field in FIELDS:
        for name, payload in PAYLOADS.items():
            where = folder / f"one-{field}-{name}"
            where.mkdir()
            failures += check_payload(where, {field}, payload, plain)
    assert failures == []
