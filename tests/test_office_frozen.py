"""`compute --format xlsx|ods`: LibreOffice shows each sheet's header rows frozen, as it does for the fill-in
templates. Before the fix the ODS's settings.xml used the `ooo:` prefix without declaring it, and
LibreOffice froze nothing (0 rows on all four sheets). The goals sheet freezes two: its title row (which
`perfscore import` reads the title, organisation and year from) and its header row. Skipped without
LibreOffice and its Python bridge (python3-uno); .ci/run installs both.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.paths import EXAMPLE_ARG, ROOT
from tests.test_fill_libreoffice import SOFFICE, _python_with_uno, _run


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_libreoffice_shows_the_report_sheets_header_rows_frozen(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    python = _python_with_uno()
    if python is None:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed; .ci/run installs it")
    monkeypatch.chdir(ROOT)
    for fmt in ("xlsx", "ods"):
        result = CliRunner().invoke(cli, ["compute", EXAMPLE_ARG, "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")])
        assert result.exit_code == 0, result.output
    pipe = f"perfscore_{os.getpid()}_{uuid.uuid4().hex}"
    output = _run([python, str(ROOT / "tests" / "uno_frozen.py"), (tmp_path / "profile").as_uri(), pipe,
                   str(tmp_path / "r.xlsx"), str(tmp_path / "r.ods")], tmp_path)
    lines = [line for line in output.splitlines() if line.startswith("r.")]  # soffice may warn (javaldx)
    sheets = "策略績效目標=2 績效總分=1 未達績效目標項目檢討=1 檢查結果=1"
    assert lines == [f"r.xlsx {sheets}", f"r.ods {sheets}"]
