"""The output folder of `perfscore site`: whose files are whose, and a swap that never leaves half a site.

A site is built in a new folder beside the target (`.perfscore-site-XXXX`), then put in place by renames:
the old folder moves aside, the new one takes its name, the files the old site did not write are moved
into the new one, and only then are the old site's own files deleted. A crash before the swap leaves the
old site untouched (and the partial build beside it, named as ours); a crash within it leaves the old folder
beside the target under `.perfscore-site-old-XXXX`, nothing deleted.

Ownership: the manifest (`.perfscore-site.json`) lists every file the site wrote. A folder that is not
empty and has no manifest is refused, and a file the site did not write is never deleted or overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError

MANIFEST = ".perfscore-site.json"
GENERATOR = "perfscore site"


def owned(target: str) -> set[str] | None:
    """The files a previous site wrote at `target` (relative, '/'-separated); None when `target` is not a
    site (no manifest, or one that does not say it is ours)."""
    try:
        with open(os.path.join(target, MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("generator") != GENERATOR:
        return None
    return {name for name in manifest.get("files", []) if isinstance(name, str)}


def check(target: str) -> None:
    """PerfscoreError unless `target` is absent, an empty folder, or a previous perfscore site."""
    if not os.path.lexists(target):
        return
    if not os.path.isdir(target) or os.path.islink(target):
        raise PerfscoreError(say("site.not_folder", target=target))
    if os.listdir(target) and owned(target) is None:
        raise PerfscoreError(say("site.foreign", target=target, manifest=MANIFEST))


@contextlib.contextmanager
def staging(target: str) -> Iterator[str]:
    """A new folder beside `target` to build in; removed on the way out unless `swap` has taken it."""
    parent = os.path.dirname(os.path.abspath(target))
    os.makedirs(parent, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=".perfscore-site-", dir=parent)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # ours alone; gone already after a swap


def write(folder: str, name: str, text: str) -> None:
    path = os.path.join(folder, *name.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def swap(built: str, target: str, files: list[str]) -> None:
    """Put the site in `built` (which wrote `files`) at `target`, keeping every file the old site did not
    write. PerfscoreError, with nothing changed, when one of those would be overwritten."""
    write(built, MANIFEST, json.dumps({"generator": GENERATOR, "files": sorted(files)}, ensure_ascii=False,
                                      indent=0) + "\n")
    if not os.path.lexists(target):
        os.rename(built, target)
        return
    old = owned(target) or set()
    foreign = sorted(name for name in _files(target) if name not in old and name != MANIFEST)
    clash = sorted(set(foreign) & set(files))
    if clash:
        raise PerfscoreError(say("site.clash", target=target, name=clash[0]))
    aside = tempfile.mkdtemp(prefix=".perfscore-site-old-", dir=os.path.dirname(os.path.abspath(target)))
    os.rename(target, aside)  # onto an empty folder: allowed, and atomic
    os.rename(built, target)
    for name in foreign:
        path = os.path.join(target, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        os.rename(os.path.join(aside, *name.split("/")), path)
    for name in old | {MANIFEST}:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.path.join(aside, *name.split("/")))
    for root, _, _ in sorted(os.walk(aside), key=lambda entry: -len(entry[0])):  # deepest first
        with contextlib.suppress(OSError):
            os.rmdir(root)  # only empty folders go; anything left stays for a person to see


def _files(folder: str) -> Iterator[str]:
    for root, _, names in os.walk(folder):
        for name in names:
            yield os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
