"""Expanding command-line paths: files, folders (recursively *.yaml and *.yml) and glob patterns.

A file named on the command line is always taken, whatever its name. A folder, whether named or matched
by a glob, is searched recursively for the suffixes a reader is registered for (*.yaml and *.yml, see
perfscore.readers.registry), skipping hidden entries (.git, .venv, .github):
`perfscore validate .` should check the project's reports, not the YAML inside a virtualenv.

Only regular files are read: a FIFO would block forever, a device never ends. One named outright is
refused (exit 2); one found in a folder or by a pattern is skipped with a notice. Folders are walked with
an explicit stack, so depth costs no recursion, and links to folders are never followed (by a folder
search or by `**`), so a link loop cannot make a search endless. A file reached twice (named twice, or
through a link and its target) is checked once, under the name it was first reached by.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from dataclasses import dataclass

from perfscore.core.catalogue import Message, say
from perfscore.core.errors import PerfscoreError
from perfscore.readers.registry import READERS

_KINDS = {stat.S_IFIFO: "kind.fifo", stat.S_IFCHR: "kind.character", stat.S_IFBLK: "kind.block",
          stat.S_IFSOCK: "kind.socket", stat.S_IFDIR: "kind.folder"}  # catalogue keys


@dataclass(frozen=True)
class Argument:
    """One command-line path and the files it stands for. `searched` is true for a folder or a pattern,
    false for a file named outright."""

    text: str
    files: tuple[str, ...]
    searched: bool


def expand(paths: tuple[str, ...], exclude: tuple[str, ...] = ()) -> tuple[list[str], list[str], list[str]]:
    """Return (files, problems, notices). Order is stable: arguments in order, folders sorted by path."""
    arguments, problems, notices = expand_arguments(paths, exclude)
    return unique(arguments), problems, notices


def unique(arguments: list[Argument]) -> list[str]:
    seen: set[str] = set()
    return [f for a in arguments for f in a.files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    """Whether a file found by a search matches an `exclude` pattern: on its whole path (`/` separators,
    as found), or on its name or one of its folders' names (`drafts`, `*.bak.yaml`), as ruff matches."""
    if not patterns:
        return False
    whole = os.path.normpath(path).replace(os.sep, "/")
    names = whole.split("/")
    return any(fnmatch.fnmatchcase(whole, pattern) or any(fnmatch.fnmatchcase(name, pattern) for name in names)
               for pattern in patterns)


def expand_arguments(paths: tuple[str, ...], exclude: tuple[str, ...] = ()) -> tuple[list[Argument], list[str],
                                                                                      list[str]]:
    """Return (arguments, problems, notices): problems fail the run (exit 2), notices only inform. A file
    found in a folder or by a pattern is left out when it matches `exclude`; one named outright never is."""
    arguments: list[Argument] = []
    problems: list[str] = []
    notices: list[str] = []
    names: dict[tuple[int, int], str] = {}  # (device, inode) -> the first name a file was reached by

    def first_names(found: list[str]) -> tuple[str, ...]:
        kept: list[str] = []
        for path in found:
            try:
                status = os.stat(path)
            except OSError:
                kept.append(path)  # unreadable: reading it will say why
                continue
            kept.append(names.setdefault((status.st_dev, status.st_ino), path))
        return tuple(dict.fromkeys(kept))

    for argument in paths:
        if os.path.isdir(argument):
            every = search(argument, notices)
            found = [path for path in every if not excluded(path, exclude)]
            if every and not found:
                problems.append(say("path.all_excluded", path=argument))
            elif not found:
                wanted = " or ".join(f"*{suffix}" for suffix in READERS)
                problems.append(say("path.no_files", path=argument, wanted=wanted))
            arguments.append(Argument(argument, first_names(found), True))
        elif os.path.lexists(argument):
            kind = _named_kind(argument)
            if kind:
                problems.append(say("path.not_regular", path=argument, kind=kind))
            else:
                arguments.append(Argument(argument, first_names([argument]), False))
        elif glob.has_magic(argument):
            found = []
            for match in match_pattern(argument):
                if os.path.isdir(match):
                    found += search(match, notices)
                elif _regular(match, notices):
                    found.append(match)
            found = [path for path in found if not excluded(path, exclude)]
            if not found:
                problems.append(say("path.no_match", path=argument))
            arguments.append(Argument(argument, first_names(found), True))
        else:
            problems.append(say("path.missing", path=argument))
    return arguments, problems, notices


def without_reports(arguments: list[Argument], reports: set[str]) -> list[str]:
    """A problem (exit 2) for each folder or pattern whose files, all read, held no report: `reports` are
    the files that were checked as reports (not skipped, not unreadable)."""
    return [say("path.no_report_among", path=argument.text, count=len(argument.files))
            for argument in arguments
            if argument.searched and argument.files and not reports.intersection(argument.files)]


def search(folder: str, notices: list[str] | None = None) -> list[str]:
    """Every regular file below `folder` that a reader is registered for, sorted, without hidden files or
    folders."""
    found: list[str] = []
    suffixes = tuple(READERS)
    for path in _descend(folder, notices):
        name = os.path.basename(path)
        if name.endswith(suffixes) and not name.startswith(".") and _regular(path, notices):
            found.append(path)
    return sorted(os.path.normpath(path) for path in found)


def _descend(folder: str, notices: list[str] | None) -> list[str]:
    """Every entry below `folder` that is not itself a folder, without following links to folders. An
    explicit stack rather than os.walk, which recurses once per level before Python 3.12."""
    entries: list[str] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                children = list(listing)
        except OSError as exc:
            if notices is not None:
                notices.append(say("skipped", file=current, reason=say("path.unreadable", reason=exc.strerror or exc)))
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir(follow_symlinks=False):
                stack.append(child.path)
            else:
                entries.append(child.path)
    return entries


def _regular(path: str, notices: list[str] | None) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        kind = say("path.broken_link") if os.path.islink(path) else exc.strerror
        if notices is not None:
            notices.append(say("skipped", file=path, reason=kind))
        return False
    if stat.S_ISREG(mode):
        return True
    if notices is not None and not stat.S_ISDIR(mode):
        notices.append(say("skipped", file=path, reason=say("path.not_regular_reason", kind=_kind(mode))))
    return False


def _named_kind(path: str) -> Message | None:
    """What a path named outright is, when it exists and is not a regular file; None otherwise (reading
    reports a file that cannot be stat-ed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else _kind(mode)


def _kind(mode: int) -> Message:
    return say(_KINDS.get(stat.S_IFMT(mode), "kind.other"))


def match_pattern(pattern: str) -> list[str]:
    """What glob.glob(pattern, recursive=True) matches, sorted, except that `**` does not enter links to
    folders (glob's does, endlessly around a loop) and walks without recursion."""
    head, *parts = pattern.split(os.sep)
    current = [head or os.sep]
    if glob.has_magic(head):
        current, parts = [""], [head, *parts]  # "" is the working folder, left out of the names found
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        following: list[str] = []
        for base in current:
            if part == "**":
                following += [base, *_folders_below(base)]
                if last:
                    following += [p if base else p[2:] for p in _descend(base or ".", None)]  # p[2:]: no "./"
            elif glob.has_magic(part):
                following += [_join(base, name) for name in _names(base)
                              if fnmatch.fnmatchcase(name, part) and (part.startswith(".") or name[0] != ".")]
            elif part and os.path.lexists(_join(base, part)):
                following.append(_join(base, part))
            elif not part:
                following.append(base)  # a doubled or trailing separator
        current = following if last else [p for p in following if os.path.isdir(p or ".")]
    return sorted(path for path in dict.fromkeys(current) if path)


def _folders_below(base: str) -> list[str]:
    found: list[str] = []
    stack = [base]
    while stack:
        current = stack.pop()
        for name in _names(current):
            path = _join(current, name)
            if name[0] != "." and os.path.isdir(path) and not os.path.islink(path):
                found.append(path)
                stack.append(path)
    return found


def _names(folder: str) -> list[str]:
    try:
        return os.listdir(folder or ".")
    except OSError:
        return []


def _join(base: str, name: str) -> str:
    return os.path.join(base, name) if base else name


def read_regular(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a regular file. Opened without blocking, since a FIFO would wait for a
    writer forever, and checked again once open, in case the name was swapped in between."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise PerfscoreError(say("path.is_directory", path=path) if stat.S_ISDIR(mode)
                                 else say("path.not_regular", path=path, kind=_kind(mode)))
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(handle, "rb") as stream:
            mode = os.fstat(handle).st_mode
            if not stat.S_ISREG(mode):
                raise PerfscoreError(say("path.not_regular", path=path, kind=_kind(mode)))
            os.set_blocking(handle, True)
            return stream.read(limit)
    except FileNotFoundError as exc:
        raise PerfscoreError(say("path.missing", path=path)) from exc
    except OSError as exc:
        raise PerfscoreError(say("path.error", path=path, reason=exc.strerror or exc)) from exc
