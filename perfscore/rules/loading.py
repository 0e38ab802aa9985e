"""Loading rules (PS1xx): what the YAML readers accept as a plain scalar, shared by the fast event-stream
path and the exact loader so that the two can never disagree.
"""

from __future__ import annotations

import re

NUMBER_STARTS = frozenset("+-.0123456789")
YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})
# YAML 1.2 numbers that YAML 1.1 leaves as strings: 1e3, 0o17, .5e-2.
YAML12_NUMBER = re.compile(r"^[-+]?(?:(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+|0o[0-7]+)$")
