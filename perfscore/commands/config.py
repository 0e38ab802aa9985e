"""Repository configuration: `[tool.perfscore]` in pyproject.toml, or a `.perfscore.toml`.

Found as ruff finds its own: walking up from the folder of the files checked (their common folder when
there are several; the working folder for `-` or a glob pattern), the nearest folder with a
`.perfscore.toml`, or a `pyproject.toml` that has a `[tool.perfscore]` table, wins. In one folder
`.perfscore.toml` wins over pyproject.toml: a file of its own is the more deliberate choice, and a
pyproject.toml without the table is passed over. `--config FILE` names the file instead (a pyproject.toml
is read from its table, any other name from its top level); `--no-config` reads none.

A setting applies to the commands that have the matching option, and an option given on the command line
(or through its environment variable) always wins over the file. Every problem with the file (bad TOML, an
unknown key, a wrong type or value) is a usage error located in the file (`pyproject.toml:12:1: ...`,
exit 2): a typo in configuration must never be silently ignored.
"""

from __future__ import annotations

import functools
import glob
import os
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from perfscore.core.catalogue import say

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAMES = (".perfscore.toml", "pyproject.toml")
# key -> (the option's parameter name, what the value must be, the catalogue key of what to call that)
KEYS: dict[str, tuple[str, tuple[type, ...], str]] = {
    "select": ("select", (list, str), "wanted.codes"),
    "ignore": ("ignore", (list, str), "wanted.codes"),
    "strict": ("strict", (bool,), "wanted.boolean"),
    "margin": ("margin", (int, Decimal, str), "wanted.percentage"),
    "jobs": ("jobs", (int,), "wanted.whole"),
    "lang": ("lang", (str,), "wanted.lang"),
    "exclude": ("exclude", (list, str), "wanted.globs"),
    "format": ("fmt", (str,), "wanted.format"),
}
# `format` names a `validate` format (text, json, github, sarif, ...): compute, diff and compare render
# other kinds of view, so a CI format in the file must not become theirs.
ONLY_FOR = {"format": {"validate"}}
LANGS = ("zh-TW", "en")


@dataclass(frozen=True)
class Config:
    path: Path
    shown: str  # the path as messages show it: relative to the working folder when below it
    values: dict[str, Any]
    lines: dict[str, int]  # key -> its line in the file, for located errors


class ConfigError(Exception):
    """A located configuration problem; its text is the whole message."""


def find(starts: list[str]) -> Path | None:
    """The configuration file for files at `starts`, or None."""
    folder = _start_folder(starts)
    for candidate in (folder, *folder.parents):
        for name in FILE_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_table(path)):
                return path
    return None


def _start_folder(starts: list[str]) -> Path:
    folders = []
    for start in starts:
        if start == "-" or glob.has_magic(start):
            folders.append(os.getcwd())
        else:
            path = os.path.abspath(start)
            folders.append(path if os.path.isdir(path) else os.path.dirname(path))
    return Path(os.path.commonpath(folders) if folders else os.getcwd())


def _has_table(path: Path) -> bool:
    """Whether a pyproject.toml mentions the table; a broken one that does is read (and reported) fully.
    A header broken itself (`[tool.perfscore` with no `]`) still counts: passing the file over would drop
    `strict = true` without a word, and CI would pass."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if re.search(r"^\s*\[\s*tool\s*\.\s*perfscore\s*[\].]", text, re.MULTILINE):
        return True
    if "tool.perfscore" not in text:
        return False
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return True
    return False


def _error_position(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int, int]:
    """Where the parser stopped: its `(at line L, column C)`, or the document's last character for its
    `(at end of document)` (an unclosed string or header), which would otherwise be shown at 1:1."""
    position = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    if position:
        return int(position.group(1)), int(position.group(2))
    lines = text.splitlines() or [""]
    return len(lines), len(lines[-1]) + 1


def load(path: Path) -> Config:
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(say("path.error", path=shown, reason=getattr(exc, "strerror", None) or exc)) from exc
    try:
        data = tomllib.loads(text, parse_float=Decimal)  # a margin of 12.5 stays exactly 12.5
    except tomllib.TOMLDecodeError as exc:
        line, column = _error_position(exc, text)
        reason = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(exc)) or "invalid TOML"
        raise ConfigError(say("config.bad_toml", where=f"{shown}:{line}:{column}", reason=reason)) from exc
    table_line = 1
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("perfscore", {})
        table_line = _header_line(text)
    lines = _key_lines(text, path.name == "pyproject.toml")
    for key in data:
        if key not in KEYS:
            where = f"{shown}:{lines.get(key, table_line)}:1"
            raise ConfigError(say("config.unknown_key", where=where, setting=key, known=", ".join(KEYS)))
    return Config(path, shown, dict(data), {key: lines.get(key, table_line) for key in data})


def _shown(path: Path) -> str:
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


def _header_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"\s*\[\s*tool\s*\.\s*perfscore\s*\]", line):
            return number
    return 1


def _key_lines(text: str, in_table: bool) -> dict[str, int]:
    """Each key's line: at the top level of a .perfscore.toml, or inside [tool.perfscore] (and its
    sub-tables, named `[tool.perfscore.KEY]`) of a pyproject.toml."""
    lines: dict[str, int] = {}
    inside = not in_table
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            parts = [part.strip().strip("\"'") for part in header.group(1).strip("[]").split(".")]
            prefix = ["tool", "perfscore"] if in_table else []
            inside = parts == prefix
            if parts[:len(prefix)] == prefix and len(parts) > len(prefix):
                lines.setdefault(parts[len(prefix)], number)
            continue
        key = re.match(r"\s*([\"']?)([A-Za-z0-9_-]+)\1\s*[=.]", line)
        if inside and key:
            lines.setdefault(key.group(2), number)
    return lines


def apply(config: Config, ctx: click.Context, kwargs: dict[str, Any]) -> None:
    """Put the file's settings into `kwargs` wherever the option was left at its default."""
    command = ctx.command
    params = {param.name: param for param in command.params}
    for key, value in config.values.items():
        name, types, wanted = KEYS[key]
        where = f"{config.shown}:{config.lines[key]}:1"
        # Every key is checked, whichever command runs: a mistake must not wait for the command that uses it.
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types) or \
                (isinstance(value, list) and not all(isinstance(item, str) for item in value)):
            raise ConfigError(say("config.wrong_type", where=where, setting=key, wanted=say(wanted),
                                  got=_toml_type(value)))
        if isinstance(value, str) and list in types:
            value = [value]
        if key in ("select", "ignore"):
            _check_codes(value, key, where)
        if key == "lang" and value not in LANGS:
            raise ConfigError(say("config.bad_value", where=where, setting=key,
                                  reason=say("config.not_one_of", value=value, choices=", ".join(map(repr, LANGS)))))
        if isinstance(value, Decimal | int) and not isinstance(value, bool) and str in types:
            value = str(value)
        param = params.get(name)
        if param is None or (key in ONLY_FOR and command.name not in ONLY_FOR[key]):
            continue
        if ctx.get_parameter_source(name) not in (click.core.ParameterSource.DEFAULT, None):
            continue  # the command line wins
        try:
            kwargs[name] = param.process_value(ctx, tuple(value) if isinstance(value, list) else value)
        except click.BadParameter as exc:
            raise ConfigError(say("config.bad_value", where=where, setting=key, reason=exc.message)) from exc


def _toml_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", Decimal: "float", str: "string", list: "array", dict: "table"}
    return next((say(f"toml.{name}") for kind, name in names.items() if isinstance(value, kind)),
                type(value).__name__)


def _check_codes(codes: list[str], key: str, where: str) -> None:
    from perfscore.rules import RULES

    for code in codes:
        if not any(known.startswith(code.strip().upper()) for known in RULES) or not code.strip():
            raise ConfigError(say("config.bad_value", where=where, setting=key,
                                  reason=say("option.unknown_code", codes=repr(code))))


def configurable(function: Any) -> Any:
    """Give a command `--config FILE` and `--no-config`, and fill the options it was not given from the
    configuration file (see the module docstring). Put it below @click.command and the other options."""

    @functools.wraps(function)
    def run(*args: Any, config_file: str | None, no_config: bool, **kwargs: Any) -> Any:
        from perfscore.commands.common import fail, verbose_note
        from perfscore.commands.speech import now, use

        ctx = click.get_current_context()
        if config_file and no_config:
            raise click.UsageError(now("config.exclusive"))
        if not no_config:
            path = Path(config_file) if config_file else find(_starts(kwargs))
            if path is not None:
                try:
                    config = load(path)
                    apply(config, ctx, kwargs)
                except ConfigError as error:
                    fail(error)
                if kwargs.get("lang"):  # the file's `lang` (or --lang) decides what the notes speak from here
                    use(kwargs["lang"])
                verbose_note(say("config.used", path=config.shown))
        return function(*args, **kwargs)

    run = click.option("--no-config", is_flag=True)(run)
    return click.option("--config", "config_file", metavar="FILE", type=click.Path(exists=True, dir_okay=False))(run)


def _starts(kwargs: dict[str, Any]) -> list[str]:
    """The paths a command checks: where the search for a configuration file starts."""
    starts = list(kwargs.get("paths") or ())
    starts += [kwargs[name] for name in ("file", "old", "new") if isinstance(kwargs.get(name), str)]
    return starts
