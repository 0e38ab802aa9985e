"""Every command and format, with every payload in every text field at once (fast part) or in one field at
a time (slow part): terminal output carries no raw control character, markup stays inert, CSV runs no formula."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.escaping import COMMANDS, FIELDS, PAYLOADS, baselines, check_payload


# Issue 14 #5 (terminal escapes in the compute, compare and diff tables and in validate's paths), #6 (diff
# markdown escaped only |) and #7 (compare CSV wrote a CR unquoted) all failed here before their fixes, and so
# did markdown's [x](javascript:) links and raw CR, beyond the list.
def _cases() -> list[object]:
    return [pytest.param(command, fmt, name, id=f"{command}-{fmt}-{name}")
            for command, fmt in COMMANDS for name in PAYLOADS]


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
def test_each_field_alone_with_each_payload(folder: Path, plain: dict[tuple[str, str], str]) -> None:
    failures = []
    for field in FIELDS:
        for name, payload in PAYLOADS.items():
            where = folder / f"one-{field}-{name}"
            where.mkdir()
            failures += check_payload(where, {field}, payload, plain)
    assert failures == []
