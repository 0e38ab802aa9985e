"""The fill-in templates as LibreOffice opens them: the XLSX and the ODS made from the Chiayi example are
converted headlessly to CSV (every sheet) and must show the same cells, the cells python-calamine reads; and
LibreOffice must show each sheet's header row frozen in both.

Skipped only when LibreOffice (soffice) is not installed; .ci/run installs it in CI. Each run uses a private
LibreOffice profile (-env:UserInstallation) under the test's temporary folder, so it never touches or waits on
a user's own LibreOffice, and every call has a timeout (its process group is killed when it runs over).
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from perfscore.core.decimals import plain
from tests.paths import ROOT
from tests.test_fill import EXAMPLE, run, sheets

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs "
                                "libreoffice-calc-nogui")
TIMEOUT = 180  # seconds; a conversion takes 2-3 s here, a fresh profile included
# CSV filter: comma, double quotes, UTF-8 (76), from line 1, cells as shown, every sheet to its own file (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def _run(argv: list[str], cwd: Path) -> str:
    """Run `argv` in its own process group; past TIMEOUT the whole group (soffice included) is killed."""
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{argv[0]} ran over {TIMEOUT} s")
    assert process.returncode == 0, output
    return output


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("templates")
    for name in ("fill-xlsx.xlsx", "fill-ods.ods"):  # two stems: soffice names each sheet's CSV stem-sheet.csv
        result = run("template", str(EXAMPLE), "-o", str(folder / name))
        assert result.exit_code == 0, result.output
    return folder


def _shown(value: object) -> str:
    """A cell as calamine reads it, written as LibreOffice shows it: 2.0 as 2."""
    return plain(Decimal(repr(value))) if isinstance(value, float) else str(value)


def test_libreoffice_opens_the_xlsx_and_the_ods_as_the_same_cells(templates: Path, tmp_path: Path) -> None:
    assert SOFFICE is not None
    out = tmp_path / "csv"
    _run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
          "--convert-to", CSV_FILTER, "--outdir", str(out), str(templates / "fill-xlsx.xlsx"),
          str(templates / "fill-ods.ods")], tmp_path)
    expected = {name: [[_shown(value) for value in row] for row in rows]
                for name, rows in sheets(templates / "fill-xlsx.xlsx").items()}
    assert list(expected) == ["填報", "評核"]
    for sheet, rows in expected.items():
        for stem in ("fill-xlsx", "fill-ods"):
            with open(out / f"{stem}-{sheet}.csv", encoding="utf-8", newline="") as handle:
                shown = list(csv.reader(handle))
            assert shown == rows, f"{stem}: {sheet}"
    indicators = expected["填報"]
    assert len(indicators) == 39  # the header and the example's 38 indicators
    assert indicators[1][:8] == ["core-1-1", "核心業務面向", "推動文書作業資訊化", "發行市府公報", "2", "100%", "%",
                                 "100%"]
    assert expected["評核"][1] == ["#section.1", "施政績效具體事蹟", "施政績效具體事蹟", "5", "4"]


def _python_with_uno() -> str | None:
    for python in dict.fromkeys(p for p in ("/usr/bin/python3", shutil.which("python3")) if p):
        if subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=60).returncode == 0:
            return python
    return None


def test_libreoffice_shows_each_header_row_frozen(templates: Path, tmp_path: Path) -> None:
    python = _python_with_uno()
    if python is None:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed; .ci/run installs it")
    pipe = f"perfscore_{os.getpid()}_{uuid.uuid4().hex}"  # the machine may run other LibreOffices
    output = _run([python, str(ROOT / "tests" / "uno_frozen.py"), (tmp_path / "profile").as_uri(), pipe,
                   str(templates / "fill-xlsx.xlsx"), str(templates / "fill-ods.ods")], tmp_path)
    lines = [line for line in output.splitlines() if line.startswith("fill-")]  # soffice may warn (javaldx)
    assert lines == ["fill-xlsx.xlsx 填報=1 評核=1", "fill-ods.ods 填報=1 評核=1"]
