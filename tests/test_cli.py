"""The CLI through click's runner: exit codes, the example's figures in table and JSON output, no tracebacks."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from tests.paths import EXAMPLE as EXAMPLE_PATH

EXAMPLE = str(EXAMPLE_PATH)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env or {})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def test_compute_table_prints_the_seed_figures() -> None:
    code, out, _ = run("compute", EXAMPLE, env={"COLUMNS": "160"})
    assert code == 0
    assert "績效總分: 92.9  等第: 優等" in out
    assert "策略績效目標分數" in out and "88.9" in out
    assert "共 18 項績效目標，38 項衡量指標；36 項達成年度目標值，2 項未達原定目標值。" in out
    assert "強化公務人員終身學習時數" in out and "-7%" in out and "-10%" in out
    assert "PS303" in out and "PS302" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_compute_english_shows_gregorian_year_and_labels() -> None:
    code, out, _ = run("compute", EXAMPLE, "--lang", "en", env={"COLUMNS": "160"})
    assert code == 0
    assert "Total score: 92.9  Grade: Excellent" in out
    assert "Summary: 18 goals, 38 indicators: 36 met their targets, 2 did not." in out


def test_compute_json_has_exact_figures() -> None:
    code, out, _ = run("compute", EXAMPLE, "--format", "json")
    assert code == 0
    assert '"total": 92.9,' in out and '"subtotal": 88.9,' in out
    data = json.loads(out, parse_float=Decimal)
    assert [f["score"] for f in data["facets"]] == [35, 20, Decimal("13.9"), 20]
    assert [(s["name"], s["weight"], s["score"]) for s in data["sections"]] == [("施政績效具體事蹟", 5, 4)]
    assert data["counts"] == {"goals": 18, "indicators": 38, "met": 36, "unmet": 2, "unscored": 0}
    rows = [(u["indicator"], u["target"], u["actual"], u["achievement"], u["gap"]) for u in data["unmet"]]
    assert rows == [("強化公務人員終身學習時數", "70%", "63%", 90, -7),
                    ("因公外出是否確實填寫公出登記簿，並經權責主管核章", "50%", "40%", 80, -10)]
    assert data["unmet"][0]["cause"].startswith("1. 依人事處評核資料填列")
    assert {(f["code"], f["severity"]) for f in data["findings"]} == {("PS302", "error"), ("PS303", "error")}
    assert all(f["line"] >= 1 and f["column"] >= 1 and f["file"] == EXAMPLE for f in data["findings"])


def test_validate_example_exits_1_on_the_seed_inconsistency() -> None:
    code, out, _ = run("validate", EXAMPLE, "--lang", "en")
    assert code == 1
    assert "declared as 3 but its indicators weigh 3 + 3 = 6" in out
    assert "weigh 3 + 5 + 3 + 4 + 2 = 17, not the facet's 20" in out
    assert out.rstrip().endswith("1 file checked: 2 errors, 0 warnings, 0 infos")


def test_validate_passes_when_the_report_accepts_the_codes(tmp_path: Path) -> None:
    text = Path(EXAMPLE).read_text(encoding="utf-8")
    text = text.replace("  credit: linear\n", "  credit: linear\n  accept: [PS302, PS303]\n", 1)
    path = tmp_path / "accepted.yaml"
    path.write_text(text, encoding="utf-8")
    assert run("validate", str(path))[0] == 0
    assert run("validate", EXAMPLE, "--ignore", "PS3")[0] == 0


def test_validate_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert "no such file or folder" in err


@pytest.mark.parametrize("content", [b"", b"- a\n", b"report: [\n", b"\xff\xfe\x00", b"a: &x [1]\nb: *x\n"])
def test_bad_files_give_findings_not_tracebacks(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    for command in ("validate", "compute"):
        code, out, err = run(command, str(path))
        assert code == 1
        assert "Traceback" not in out + err
        assert f"{path}:" in out + err


def test_compute_cannot_score_invalid_schema(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("report: {title: t, organisation: o, year: 2015}\nscoring: {}\nfacets: []\nsections: []\n",
                    encoding="utf-8")
    code, _, err = run("compute", str(path), "--lang", "en")
    assert code == 1
    assert f"{path}:3:9: PS203" in err
    assert "cannot be scored" in err
    # Without --lang the report's locale (zh-TW by default) speaks, the closing note included: one language.
    code, _, err = run("compute", str(path))
    assert code == 1
    assert "須先修正上列錯誤，才能計分" in err
    assert "cannot be scored" not in err


def test_rules_lists_every_code() -> None:
    from perfscore.rules import RULES

    code, out, _ = run("rules")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == list(RULES)
