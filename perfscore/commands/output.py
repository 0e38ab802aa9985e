"""Writing `-o`: atomically for a regular file, in place for a device or pipe, never replacing what it does not own.

A regular file (or a missing one) gets a temporary file beside it and a rename, so a failure leaves either
the old file or no file, never a partial one. A link to a regular file has its target replaced that way
and the link itself kept. A character device, a FIFO or a link through /proc (/dev/stdout, /dev/fd/N) is
written through in place: renaming over it would replace a system's /dev/null, or a pipe, with a plain
file. A folder, a socket or a block device is refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from perfscore.core.catalogue import say
from perfscore.core.errors import PerfscoreError

_REFUSED = {stat.S_IFDIR: "kind.folder", stat.S_IFSOCK: "kind.socket", stat.S_IFBLK: "kind.block"}  # catalogue keys


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write `data` to `path` as the module docstring describes; PerfscoreError for anything refused."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None  # missing, or a dangling link: a new file is created (at the link's target)
    if mode is not None and not stat.S_ISREG(mode):
        kind = _REFUSED.get(stat.S_IFMT(mode))
        if kind:
            raise PerfscoreError(say("output.refused_kind", path=target, kind=say(kind)))
        _write_through(target, payload)
        return
    final, magic = _follow(target)
    if magic:
        # A regular file reached through /proc/*/fd is an open stream (stdout redirected to a file): the
        # shell already truncated or positioned it, so append, as writing to that stream would.
        _write_through(target, payload)
        return
    _replace(final, payload)


def _follow(target: Path) -> tuple[Path, bool]:
    """The path a chain of links ends at, and whether a link on the way lives in /proc (a magic link whose
    text is not a usable path). Links are resolved one hop at a time so the final name can be missing."""
    current = target
    for _ in range(40):  # the kernel's own limit on a chain of links
        if not current.is_symlink():
            return current, False
        folder = Path(os.path.realpath(current.parent))
        if folder.parts[1:2] == ("proc",):
            return current, True
        current = folder / os.readlink(current)
    raise PerfscoreError(say("output.link_loop", path=target))


def _write_through(target: Path, payload: bytes) -> None:
    try:
        handle = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY | os.O_CLOEXEC)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
    except OSError as exc:
        raise PerfscoreError(say("output.cannot_write", path=target, reason=exc.strerror or exc)) from exc


def _replace(target: Path, payload: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PerfscoreError(say("output.no_folder", path=target, folder=folder))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PerfscoreError(say("output.cannot_write_in", path=target, folder=folder,
                                 reason=exc.strerror or exc)) from exc
    try:
        # mkstemp creates the file 0600; give it the mode a plain open() would, or keep the old file's.
        os.chmod(temporary, _mode_for(target))
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise PerfscoreError(say("output.cannot_write", path=target, reason=exc.strerror or exc)) from exc
        raise


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
