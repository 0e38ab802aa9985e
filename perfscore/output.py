"""Atomic output: write a temporary file beside the target, then rename it into place.

A failure at any point leaves either the old file or no file, never a partial one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from perfscore.errors import PerfscoreError


def write_atomic(path: str | Path, data: str | bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PerfscoreError(f"{target}: the folder {folder} does not exist")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PerfscoreError(f"{target}: cannot write in {folder}: {exc.strerror or exc}") from exc
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
            raise PerfscoreError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        raise


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
