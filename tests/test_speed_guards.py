"""Guards for the speed work that are not timings (tests never assert timings): the benchmark generator is
deterministic and its reports validate clean, `--version` stays free of heavy imports, and the process
pool over many files gives the same findings, in the same order, as one process."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yoy_fixtures
from click.testing import CliRunner

from benchmarks import generate
from perfscore.cli import cli
from perfscore.engine.analyse import Options
from perfscore.engine.pool import POOL_MIN_FILES, analyze_files, workers
from tests.paths import EXAMPLE


def test_the_generator_is_deterministic() -> None:
    assert generate.report(60, seed=3) == generate.report(60, seed=3)
    assert generate.report(60, seed=3) != generate.report(60, seed=4)
    assert generate.report(60, seed=3, index=1) != generate.report(60, seed=3, index=0)


def test_generated_reports_validate_clean_and_count_their_indicators(tmp_path: Path) -> None:
    paths = [generate.write_report(tmp_path / f"r{n}.yaml", n, seed=n) for n in (4, 40, 400)]
    result = CliRunner().invoke(cli, ["validate", "--format", "json", *map(str, paths)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"] == {"files": 3, "errors": 0, "warnings": 0, "infos": 0,
                                                       "skipped": 0, "problems": 0}
    computed = CliRunner().invoke(cli, ["compute", "--format", "json", str(paths[1])])
    assert computed.exit_code == 0, computed.output
    assert json.loads(computed.output)["counts"]["indicators"] == 40


def test_the_generator_uses_every_target_family_and_credit_rule() -> None:
    text = generate.report(400, seed=1)
    for needle in (
        "%以上",
        "以下",
        "以內",
        "≤",
        "≥",
        "~",
        "至",
        "完成",
        "direction: ladder",
        "direction: lower",
        "direction: range",
        "credit: bands",
        "credit: assessed",
        "credit: all_or_nothing",
        "bonus_cap",
        "review:",
        '"120,000"',
    ):
        assert needle in text, needle


def _imported(*args: str) -> set[str]:
    code = (
        "import sys\nfrom perfscore.cli import main\ntry:\n    main(list(sys.argv[1:]))\nexcept SystemExit:\n"
        "    pass\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return set(done.stderr.split())


def test_version_and_help_import_neither_pydantic_nor_rich_nor_yaml() -> None:
    for args in (["--version"], ["--help"]):
        modules = _imported(*args)
        assert "click" in modules  # the probe works
        assert not {"pydantic", "rich", "yaml"} & modules, args


def test_the_pool_reports_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    files = []
    for index in range(POOL_MIN_FILES + 6):
        path = generate.write_report(tmp_path / f"f{index:03d}.yaml", 4, seed=9, index=index)
        if index % 7 == 3:  # a weight slip: PS303 and PS302 in some files
            path.write_text(
                path.read_text(encoding="utf-8").replace("weight: ", "weight: 9", 2), encoding="utf-8"
            )
        files.append(str(path))
    files.append(str(tmp_path / "missing.yaml"))
    serial = [repr(outcome) for outcome in analyze_files(files, Options(), jobs=1)]
    pooled = [repr(outcome) for outcome in analyze_files(files, Options(), jobs=2)]
    assert pooled == serial
    assert any("PS30" in outcome for outcome in serial) and "PerfscoreError" in serial[-1]


def test_workers() -> None:
    assert workers(1, 1000) == 1
    assert workers(3, 2) == 2
    assert workers(0, POOL_MIN_FILES - 1) == 1


# --- parse once: each file's node tree is composed at most once, and a clean file's never ---------------

@pytest.fixture
def compositions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per node tree composed, naming the loader class that composed it (the exact loader's, or
    the locator's)."""
    from perfscore.readers.yaml.libyaml import FastSafeLoader

    composed: list[str] = []
    compose = FastSafeLoader.get_single_node

    def counted(loader: Any) -> Any:
        composed.append(type(loader).__name__)
        return compose(loader)

    monkeypatch.setattr(FastSafeLoader, "get_single_node", counted)
    return composed


def test_a_clean_file_is_read_in_one_event_pass_with_no_tree(tmp_path: Path, compositions: list[str]) -> None:
    from perfscore.engine.analyse import analyze_file

    path = generate.write_report(tmp_path / "clean.yaml", 40, seed=5)
    assert analyze_file(path).findings == []
    assert compositions == []


def test_findings_after_the_fast_path_compose_the_tree_once(compositions: list[str]) -> None:
    from perfscore.engine.analyse import analyze_file

    assert len(analyze_file(EXAMPLE).findings) > 1
    assert len(compositions) == 1


def test_the_exact_loader_s_tree_locates_the_later_findings(compositions: list[str]) -> None:
    from perfscore.engine.analyse import analyze_bytes

    text = EXAMPLE.read_text(encoding="utf-8").replace("\nreport:\n", "\nreport:\n  reviewed: yes\n", 1)
    codes = [finding.code for finding in analyze_bytes(text.encode("utf-8"), "t.yaml").findings]
    assert codes == ["PS202", "PS109"]  # `yes` from loading; the unknown key from validation, located later
    assert compositions == ["_ReportLoader"]  # the locator did not compose the file again


def test_diff_and_rollover_reuse_the_analysis(tmp_path: Path, compositions: list[str]) -> None:
    from perfscore.edit.rollover import rollover_text
    from perfscore.engine.analyse import Options, analyse, read_source
    from perfscore.engine.pair import run_diff

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yoy_fixtures.OLD, encoding="utf-8")
    new.write_text(yoy_fixtures.NEW, encoding="utf-8")
    outcome = run_diff(str(old), str(new), Decimal(10))
    assert outcome.findings and len(compositions) <= 2  # once per file at most, findings or not
    compositions.clear()
    source = read_source(EXAMPLE.read_bytes(), str(EXAMPLE))
    analysed = analyse(source, Options())
    assert analysed.report is not None and analysed.result is not None
    rollover_text(source, analysed.report, analysed.result, 2016, Decimal(10), "example.yaml")
    assert len(compositions) == 1


# --- start-up: the process ends without teardown, and pydantic's plugin loader is not imported ------------

def test_validate_and_compute_import_no_package_metadata() -> None:
    """pydantic's plugin loader imports importlib.metadata (with email, zipfile, csv) although plugins are
    disabled; the CLI stands in for it (cli._skip_plugin_loader)."""
    for args in (["validate", str(EXAMPLE)], ["compute", str(EXAMPLE), "--format", "json"]):
        modules = _imported(*args)
        assert "pydantic" in modules and "perfscore.core.model" in modules  # the probe ran the command
        assert not {"importlib.metadata", "email", "zipfile", "csv"} & modules, args
        assert "jinja2" not in modules  # only html and pdf need templates
        # the findings need no table layout, and a clean report no "did you mean" (issue 15's start-up round)
        assert not {"rich.table", "perfscore.formats.grid", "difflib"} & modules, args


def test_pydantic_imports_nothing_but_get_plugins_from_its_loader() -> None:
    """The stand-in defines get_plugins only: a pydantic that imports more from the module must fail here,
    not in a user's run."""
    import re

    import pydantic

    names: set[str] = set()
    for source in Path(pydantic.__file__).parent.rglob("*.py"):
        for found in re.findall(r"from (?:\._loader|pydantic\.plugin\._loader) import ([\w, ]+)",
                                source.read_text(encoding="utf-8")):
            names |= {name.strip() for name in found.split(",")}
    assert names == {"get_plugins"}


def test_the_console_run_flushes_everything_and_keeps_the_exit_code(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "perfscore"]
    checked = subprocess.run([*run, "validate", str(EXAMPLE), "--lang", "en"], capture_output=True, text=True)
    assert checked.returncode == 1  # the example's two errors
    assert checked.stdout.count(" PS30") == 2 and checked.stdout.endswith("2 errors, 0 warnings, 0 infos\n")
    target = tmp_path / "out.json"
    written = subprocess.run([*run, "compute", str(EXAMPLE), "--format", "json", "-o", str(target)],
                             capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["total"] == 92.9
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write finished before the process ended
    bad = subprocess.run([*run, "compute", str(tmp_path / "missing.yaml")], capture_output=True, text=True)
    assert bad.returncode == 2 and "missing.yaml" in bad.stderr


def test_only_the_console_entry_skips_teardown() -> None:
    code = ("import sys\nfrom perfscore.cli import main\ntry:\n    main({args})\nexcept SystemExit:\n    pass\n"
            "print('after')")
    kept = subprocess.run([sys.executable, "-c", code.format(args="['--version']")], capture_output=True,
                          text=True, check=True)
    assert kept.stdout.endswith("after\n")  # with argv, SystemExit as before: the caller goes on
    ended = subprocess.run([sys.executable, "-c", code.format(args="['--version'], fast_exit=True")],
                           capture_output=True, text=True, check=True)
    assert "perfscore" in ended.stdout and "after" not in ended.stdout
