"""The files that plug perfscore into CI and editors: the pre-commit hook, the example workflow, and the
README's findings table, which must match `perfscore rules --format markdown`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from perfscore.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_pre_commit_hook() -> None:
    [hook] = load(ROOT / ".pre-commit-hooks.yaml")
    assert hook["id"] == "perfscore-validate"
    assert hook["entry"] == "perfscore validate"
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]
    assert hook.get("pass_filenames", True) is True  # pre-commit passes the staged YAML files


def test_the_example_workflow_installs_perfscore_and_validates_a_data_folder() -> None:
    workflow = load(ROOT / "examples" / "ci" / "github-workflow.yml")
    # PyYAML reads the key `on:` as the boolean True (YAML 1.1): the very surprise PS109 exists for.
    assert set(workflow) == {"name", True, "permissions", "jobs"}
    steps = workflow["jobs"]["validate"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    runs = [step.get("run", "") for step in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any("pip install" in r and "perfscore" in r for r in runs)
    assert runs[-1] == "perfscore validate data/"  # no --format: github is the default under Actions


def test_validate_skips_the_example_workflow() -> None:
    path = ROOT / "examples" / "ci" / "github-workflow.yml"
    result = CliRunner().invoke(cli, ["validate", str(path)], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 0
    assert result.stdout.endswith("0 files checked: 0 errors, 0 warnings, 0 infos; 1 skipped (not a report)\n")


def test_the_readme_findings_table_matches_perfscore_rules() -> None:
    result = CliRunner().invoke(cli, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert result.stdout in readme, "README.md's findings table is out of date: paste `perfscore rules --format " \
                                    "markdown` over it"


def test_the_readme_github_sample_is_what_validate_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The README shows the github output for a small broken report; rebuild that report and compare.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "2016.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # so the paths read data/2016.yaml, as in the README
    result = CliRunner().invoke(cli, ["validate", "data/", "--format", "github"], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "```text\n" + result.stdout + "```" in readme


BROKEN = """\
report:
  title: 105 年度施政績效報告
  organisation: 嘉義市政府行政處
  year: 2016
scoring:
  places: 1
  places: 2
facets:
  - name: 核心業務面向
    weight: 100
    goals:
      - name: 推動文書作業資訊化
        indicators:
          - name: 發行市府公報
            weight: 60
            target: 100%
            actual: 90%
            reveiw: 依限發行
          - weight: 40
            target: 1e3
            actual: no
sections: []
"""


def _readme_block(opening: str) -> str:
    """The text of the README's code block that starts with `opening` (after its ```text line)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```text\n" + opening) + len("```text\n")
    return readme[start:readme.index("```", start)]


def test_the_readme_what_it_prints_sample_is_what_compute_prints() -> None:
    """`COLUMNS=110 perfscore compute examples/…` from 績效總分 on: the findings were English sentences in the
    README while the example's zh-TW locale prints them in Chinese (a new-user trial)."""
    result = CliRunner().invoke(cli, ["compute", "examples/chiayi-2015-administration.yaml"],
                                env={"COLUMNS": "110", "NO_COLOR": "1", "FORCE_COLOR": ""})
    shown = result.stdout[result.stdout.index("績效總分\n"):]
    assert _readme_block("績效總分\n") == shown


def test_the_readme_diff_sample_is_what_diff_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's diff: the example as chiayi-2015.yaml and a copy with the press-release target lowered
    from 250 to 200 as chiayi-2016.yaml, `--margin 50`, at 110 columns."""
    text = (ROOT / "examples" / "chiayi-2015-administration.yaml").read_text(encoding="utf-8")
    (tmp_path / "chiayi-2015.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "chiayi-2016.yaml").write_text(text.replace('target: "250"', 'target: "200"'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["diff", "chiayi-2015.yaml", "chiayi-2016.yaml", "--margin", "50"],
                                env={"COLUMNS": "110", "NO_COLOR": "1", "FORCE_COLOR": ""})
    assert result.exit_code == 1
    block = _readme_block("$ COLUMNS=110 perfscore diff")
    assert block[block.index("\n") + 1:] == result.stdout


def test_the_readme_compare_sample_is_what_compare_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's compare: the example twice (2015, 2016) and the 2016 file's rollover draft, at 110 columns."""
    text = (ROOT / "examples" / "chiayi-2015-administration.yaml").read_text(encoding="utf-8")
    for name in ("chiayi-2015.yaml", "chiayi-2016.yaml"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["rollover", "chiayi-2015.yaml", "-o", "chiayi-2016-draft.yaml"]).exit_code == 0
    result = CliRunner().invoke(cli, ["compare", "chiayi-2015.yaml", "chiayi-2016.yaml", "chiayi-2016-draft.yaml"],
                                env={"COLUMNS": "110", "NO_COLOR": "1", "FORCE_COLOR": ""})
    assert result.exit_code == 0
    block = _readme_block("$ COLUMNS=110 perfscore compare")
    assert block[block.index("\n") + 1:] == result.output
