"""`--help`, click's usage errors and the commands' notes in zh-TW (issue 12): the language comes from
`--lang` found in argv before click parses, else PERFSCORE_LANG, else the locale; English stays as it was
(tests/outputs_digest.py hashes the English help)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import COMMANDS, cli
from perfscore.commands.speech import prescan
from tests.paths import EXAMPLE

ZH = {"PERFSCORE_LANG": "zh-TW", "COLUMNS": "100"}
# What may stay ASCII in a zh-TW help: option names, metavars and choices, code names, file and key names,
# the example command lines, and the names of formats, tools and standards the text refers to.
ALLOWED = re.compile(r"(?:^\s*perfscore .*$|--?[a-z][\w-]*|\[[^\]]*\]|\b[A-Z][A-Z0-9_]+\b|`[^`]*`|\S+\.\w+|"
                     r"\b(?:x|zh_TW|zh_Hant|zh-TW|en|draft|json|github|sarif|junit|gitlab|rdjson|text|"
                     r"glob|select|ignore|strict|jobs|exclude|format|report|facet|goal|indicator|criterion|"
                     r"section|bonus|finding|scoring|grades|sections|locale|id|sha256|office|table|"
                     r"markdown|csv|html|pdf|ods|xlsx|yaml|docs)\b)", re.MULTILINE)
SENTENCE = re.compile(r"\b[A-Za-z]{2,}\b(?:[ ,]+\b[A-Za-z]{2,}\b){2,}")  # three English words in a row


def _english(text: str) -> list[str]:
    return SENTENCE.findall(ALLOWED.sub(" ", text))


@pytest.mark.parametrize("command", [None, *sorted(COMMANDS)])
def test_every_help_is_chinese_when_the_language_is_zh_tw(command: str | None) -> None:
    result = CliRunner().invoke(cli, [command, "--help"] if command else ["--help"], env=ZH,
                              prog_name="perfscore")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("用法： perfscore")
    assert "選項：" in result.output and "顯示本說明後結束。" in result.output
    assert _english(result.output) == [], result.output


def test_the_check_finds_english_help() -> None:
    english = CliRunner().invoke(cli, ["validate", "--help"], env={"PERFSCORE_LANG": "en"},
                              prog_name="perfscore").output
    assert "Show this message and exit." in english and len(_english(english)) > 10


def test_lang_in_argv_wins_over_the_environment() -> None:
    assert CliRunner().invoke(cli, ["validate", "--help", "--lang", "en"], env=ZH,
                              prog_name="perfscore").output.startswith("Usage:")
    assert CliRunner().invoke(cli, ["validate", "--lang=zh-TW", "--help"],
                              env={"PERFSCORE_LANG": "en"}).output.startswith("用法：")


@pytest.mark.parametrize(("env", "lang"), [({"LANG": "zh_TW.UTF-8"}, "zh-TW"), ({"LC_ALL": "zh_Hant_TW"}, "zh-TW"),
                                           ({"LANG": "C.UTF-8"}, "en"), ({"LC_ALL": "POSIX"}, "en")])
def test_the_locale_decides_without_a_preference(env: dict[str, str], lang: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PERFSCORE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    output = CliRunner().invoke(cli, ["--help"], env=env,
                              prog_name="perfscore").output
    assert output.startswith("用法：" if lang == "zh-TW" else "Usage:")


def test_prescan_reads_argv_as_click_would() -> None:
    assert prescan(["validate", "--lang", "en", "x.yaml", "--lang=zh-TW"]) == "zh-TW"  # the last one wins
    assert prescan(["validate", "--lang", "fr"]) is None  # left for click to refuse
    assert prescan(["validate", "--", "--lang", "en"]) is None  # after `--` it is a path
    assert prescan(["validate", "--lang"]) is None


def test_a_missing_file_in_zh_tw() -> None:
    result = CliRunner().invoke(cli, ["validate", "nope.yaml", "--no-config"], env=ZH,
                              prog_name="perfscore")
    assert result.exit_code == 2
    assert result.stderr == "perfscore: nope.yaml：沒有這個檔案或資料夾\n"


def test_a_bad_configuration_in_zh_tw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".perfscore.toml").write_text("strict = true\ncolour = 1\n", encoding="utf-8")
    (tmp_path / "r.yaml").write_bytes(Path(EXAMPLE).read_bytes())
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["validate", "r.yaml"], env=ZH,
                              prog_name="perfscore")
    assert result.exit_code == 2
    assert result.stderr == ("perfscore: .perfscore.toml:2:1：perfscore 設定中沒有鍵 'colour'；可用的鍵為 select, "
                             "ignore, strict, margin, jobs, lang, exclude, format\n")
    (tmp_path / ".perfscore.toml").write_text("jobs = \"2\"\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "r.yaml"], env=ZH,
                              prog_name="perfscore")
    assert result.stderr == "perfscore: .perfscore.toml:1:1：jobs 應為 整數，而不是 字串\n"


def test_a_bad_jobs_value_in_zh_tw() -> None:
    result = CliRunner().invoke(cli, ["validate", "--jobs", "-1", str(EXAMPLE)], env=ZH,
                              prog_name="perfscore")
    assert result.exit_code == 2
    assert result.stderr == ("用法： perfscore validate [OPTIONS] PATHS...\n"
                             "請執行 'perfscore validate --help' 查看說明。\n\n"
                             "錯誤：'--jobs' / '-j' 的值無效：-1 不在範圍 x>=0 內。\n")


def test_the_same_errors_stay_english_in_english() -> None:
    result = CliRunner().invoke(cli, ["validate", "--jobs", "-1", str(EXAMPLE)], env={"PERFSCORE_LANG": "en"},
                              prog_name="perfscore")
    assert result.stderr.endswith("Error: Invalid value for '--jobs' / '-j': -1 is not in the range x>=0.\n")
    result = CliRunner().invoke(cli, ["validate", "nope.yaml", "--no-config"], env={"PERFSCORE_LANG": "en"},
                              prog_name="perfscore")
    assert result.stderr == "perfscore: nope.yaml: no such file or folder\n"


def test_a_configuration_s_lang_sets_the_notes_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".perfscore.toml").write_text('lang = "zh-TW"\n', encoding="utf-8")
    (tmp_path / "r.yaml").write_bytes(Path(EXAMPLE).read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PERFSCORE_LANG", raising=False)
    result = CliRunner().invoke(cli, ["validate", "r.yaml", "-v"], env={"LANG": "C"},
                              prog_name="perfscore")
    assert "perfscore: 設定檔：.perfscore.toml\n" in result.stderr
