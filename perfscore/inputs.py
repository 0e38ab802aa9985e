"""Expanding command-line paths: files, folders (recursively *.yaml and *.yml) and glob patterns."""

from __future__ import annotations

import glob
import os
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def expand(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Return (files, problems). Order is stable: arguments in order, folders sorted by path."""
    files: list[str] = []
    problems: list[str] = []
    for argument in paths:
        if os.path.isdir(argument):
            found = sorted(str(p) for p in Path(argument).rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())
            if not found:
                problems.append(f"{argument}: a folder with no *.yaml or *.yml files in it")
            files += found
        elif os.path.exists(argument):
            files.append(argument)
        elif glob.has_magic(argument):
            matched = sorted(m for m in glob.glob(argument, recursive=True) if os.path.isfile(m))
            if not matched:
                problems.append(f"{argument}: the pattern matches no file")
            files += matched
        else:
            problems.append(f"{argument}: no such file or folder")
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]
    return unique, problems
