"""Problems found in the data before they have a file position: a code, a path into the data, a message.

`scoring` and `checks` are pure and know nothing of files, so they speak in paths such as
`("facets", 2, "goals", 0, "weight")`. The pipeline turns each path into `file:line:col`.
"""

from __future__ import annotations

from dataclasses import dataclass

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    code: str
    path: Path
    message: str
    key: bool = False  # point at the key rather than the value
