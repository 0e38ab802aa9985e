"""Expanding command-line paths: files, folders (recursively *.yaml and *.yml) and glob patterns.

A file named on the command line is always taken, whatever its name. A folder, whether named or matched
by a glob, is searched recursively for *.yaml and *.yml, skipping hidden entries (.git, .venv, .github):
`perfscore validate .` should check the project's reports, not the YAML inside a virtualenv.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Argument:
    """One command-line path and the files it stands for. `searched` is true for a folder or a pattern,
    false for a file named outright."""

    text: str
    files: tuple[str, ...]
    searched: bool


def expand(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Return (files, problems). Order is stable: arguments in order, folders sorted by path."""
    arguments, problems = expand_arguments(paths)
    return unique(arguments), problems


def unique(arguments: list[Argument]) -> list[str]:
    seen: set[str] = set()
    return [f for a in arguments for f in a.files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


def expand_arguments(paths: tuple[str, ...]) -> tuple[list[Argument], list[str]]:
    arguments: list[Argument] = []
    problems: list[str] = []
    for argument in paths:
        if os.path.isdir(argument):
            found = search(argument)
            if not found:
                problems.append(f"{argument}: a folder with no *.yaml or *.yml files in it")
            arguments.append(Argument(argument, tuple(found), True))
        elif os.path.exists(argument):
            arguments.append(Argument(argument, (argument,), False))
        elif glob.has_magic(argument):
            matched = sorted(glob.glob(argument, recursive=True))
            found = [f for m in matched for f in (search(m) if os.path.isdir(m) else [m] if os.path.isfile(m) else [])]
            if not found:
                problems.append(f"{argument}: the pattern matches no file")
            arguments.append(Argument(argument, tuple(found), True))
        else:
            problems.append(f"{argument}: no such file or folder")
    return arguments, problems


def search(folder: str) -> list[str]:
    """Every *.yaml and *.yml below `folder`, sorted, without hidden files or folders; links to folders are
    not followed, so a link loop cannot make the search endless."""
    found: list[str] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [os.path.join(root, name) for name in sorted(names)
                  if name.endswith(YAML_SUFFIXES) and not name.startswith(".")]
    return sorted(os.path.normpath(path) for path in found)
