"""The YAML loader class every part of perfscore parses with, and the line breaks its marks count.

One parser for everything: what `validate` accepts, rollover can edit, and the locator finds the same
nodes the loader built.
"""

from __future__ import annotations

import re
import warnings

__all__ = ["LINE_BREAKS", "OFFSETS_IN_BYTES", "FastSafeLoader"]

try:  # FastSafeLoader: libyaml's safe loader when PyYAML was built with it, else the pure-Python one
    from yaml import CSafeLoader as FastSafeLoader

    OFFSETS_IN_BYTES = True  # libyaml's reader errors count bytes of UTF-8, the pure-Python reader characters
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as FastSafeLoader  # type: ignore[assignment]

    OFFSETS_IN_BYTES = False

    warnings.warn("libyaml is not available: loading YAML will be about 4x slower", stacklevel=1)

LINE_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what libyaml counts as a line break in its marks
