"""Repository configuration (`[tool.perfscore]`, `.perfscore.toml`): found by walking up from the files
checked, nearest first; command-line flags win; every problem located in the file, exit 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from perfscore.cli import cli
from tests.paths import EXAMPLE

ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1", "FORCE_COLOR": "", "PERFSCORE_LANG": "en"}  # English output


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """project/data/sub/r.yaml: the example, whose findings are PS302 (364:13) and PS303 (373:17)."""
    (tmp_path / "project" / "data" / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLE, tmp_path / "project" / "data" / "sub" / "r.yaml")
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def codes(result: Result) -> list[str]:
    return [f["code"] for entry in json.loads(result.stdout)["files"] for f in entry["findings"]]


def test_pyproject_settings_apply(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.perfscore]\nignore = ["PS302"]\n'
                                            'format = "json"\n', encoding="utf-8")
    result = run("validate", "data/")
    assert codes(result) == ["PS303"]


def test_the_nearest_file_wins_and_dot_perfscore_beats_pyproject_in_one_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.perfscore]\nignore = ["PS302"]\nformat = "json"\n',
                                            encoding="utf-8")
    (project / "data" / "pyproject.toml").write_text('[tool.perfscore]\nignore = ["PS303"]\nformat = "json"\n',
                                                     encoding="utf-8")
    assert codes(run("validate", "data/sub/r.yaml")) == ["PS302"]  # data/ is nearer than the project root
    (project / "data" / ".perfscore.toml").write_text('format = "json"\nselect = ["PS1"]\n', encoding="utf-8")
    assert codes(run("validate", "data/sub/r.yaml")) == []  # .perfscore.toml over pyproject.toml in data/


def test_a_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.perfscore]\nignore = ["PS302"]\nformat = "json"\n',
                                            encoding="utf-8")
    (project / "data" / "pyproject.toml").write_text('[tool.ruff]\nline-length = 100\n', encoding="utf-8")
    assert codes(run("validate", "data/sub/r.yaml")) == ["PS303"]


def test_command_line_flags_win_over_the_file(project: Path) -> None:
    (project / ".perfscore.toml").write_text('ignore = ["PS302"]\nformat = "json"\nstrict = true\n',
                                             encoding="utf-8")
    assert codes(run("validate", "data/", "--ignore", "PS303")) == ["PS302"]
    text = run("validate", "data/", "--format", "text")
    assert text.stdout.endswith("1 file checked: 1 error, 0 warnings, 0 infos\n")  # PS302 still ignored


def test_no_config_and_an_explicit_config(project: Path, tmp_path: Path) -> None:
    (project / ".perfscore.toml").write_text('ignore = ["PS3"]\nformat = "json"\n', encoding="utf-8")
    assert codes(run("validate", "data/")) == []
    assert run("validate", "data/", "--no-config").stdout.startswith("data/sub/r.yaml:364:13: PS302 error")
    other = tmp_path / "elsewhere.toml"
    other.write_text('format = "json"\nselect = ["PS303"]\n', encoding="utf-8")
    assert codes(run("validate", "data/", "--config", str(other))) == ["PS303"]
    both = run("validate", "data/", "--config", str(other), "--no-config")
    assert both.exit_code == 2 and "--config and --no-config exclude each other" in both.stderr


def test_settings_reach_the_commands_that_have_them(project: Path) -> None:
    # lang for compute (the example's locale is zh-TW); format names a validate format only.
    (project / ".perfscore.toml").write_text('lang = "en"\nformat = "sarif"\n', encoding="utf-8")
    result = run("compute", "data/sub/r.yaml")
    assert result.exit_code == 0 and "Total" in result.stdout and "績效總分" not in result.stdout


@pytest.mark.parametrize(("text", "message"), [
    ('[tool.perfscore]\nselect = ["PS3"]\n\nselec = ["PS302"]\n',
     "pyproject.toml:4:1: unknown key 'selec' in the perfscore configuration; the keys are select, ignore, strict, "
     "margin, jobs, lang, exclude, format"),
    ('[tool.perfscore]\njobs = "4"\n', "pyproject.toml:2:1: jobs must be a whole number, not a string"),
    ('[tool.perfscore]\nstrict = 1\n', "pyproject.toml:2:1: strict must be true or false, not an integer"),
    ('[tool.perfscore]\nlang = "fr"\n', "pyproject.toml:2:1: lang: 'fr' is not one of 'zh-TW', 'en'"),
    ('[tool.perfscore]\nignore = ["PS999"]\n',
     "pyproject.toml:2:1: ignore: unknown code 'PS999'; `perfscore rules` lists them"),
    ('[tool.perfscore]\nstrict = tru\n', "pyproject.toml:2:10: not valid TOML: Invalid value"),
    ('[tool.perfscore.rules]\nx = 1\n', "pyproject.toml:1:1: unknown key 'rules' in the perfscore configuration"),
    # a broken header was passed over (no table found), so strict = true vanished and validate exited 0
    ('[project]\nname = "x"\n[tool.perfscore\nstrict = true\n',
     "pyproject.toml:3:16: not valid TOML: Expected ']' at the end of a table declaration"),
    # the parser stops at the end of the document: shown at its last line, not at 1:1
    ('[tool.perfscore]\nstrict = true\nlang = "en', "pyproject.toml:3:11: not valid TOML: Unterminated string"),
])
def test_a_bad_configuration_is_a_located_usage_error(project: Path, text: str, message: str) -> None:
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    result = run("validate", "data/")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"perfscore: {message}")


def test_exclude_leaves_out_found_files_but_never_a_named_one(project: Path) -> None:
    shutil.copy(EXAMPLE, project / "data" / "draft.yaml")
    (project / ".perfscore.toml").write_text('format = "json"\nexclude = ["sub"]\n', encoding="utf-8")
    assert [e["file"] for e in json.loads(run("validate", "data/").stdout)["files"]] == ["data/draft.yaml"]
    named = json.loads(run("validate", "data/sub/r.yaml").stdout)["files"]
    assert [e["file"] for e in named] == ["data/sub/r.yaml"]
