"""Loading rules (PS1xx): what the YAML readers refuse, and what they accept as a plain scalar.

The readers emit these findings while they parse, where the line and column are known; PS112 also
comes from validation, for a quoted number that pydantic reads as a Decimal too large to score. The
scalar constants are shared by the fast event-stream path and the exact loader so that the two can
never disagree.
"""

from __future__ import annotations

import re

from perfscore.core.catalogue import say
from perfscore.rules.base import ERROR, Rule

NUMBER_STARTS = frozenset("+-.0123456789")
YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})
# YAML 1.2 numbers that YAML 1.1 leaves as strings: 1e3, 0o17, .5e-2.
YAML12_NUMBER = re.compile(r"^[-+]?(?:(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+|0o[0-7]+)$")

PS112 = Rule("PS112", "number-too-big", ERROR, say("rule.PS112"))

RULES = (
    Rule("PS101", "yaml-syntax", ERROR, say("rule.PS101")),
    Rule("PS102", "duplicate-key", ERROR, say("rule.PS102")),
    Rule("PS103", "alias", ERROR, say("rule.PS103")),
    Rule("PS104", "unsafe-tag", ERROR, say("rule.PS104")),
    Rule("PS105", "encoding", ERROR, say("rule.PS105")),
    Rule("PS106", "too-large", ERROR, say("rule.PS106")),
    Rule("PS107", "too-deep", ERROR, say("rule.PS107")),
    Rule("PS108", "not-a-mapping", ERROR, say("rule.PS108")),
    Rule("PS109", "yaml11-boolean", ERROR, say("rule.PS109")),
    Rule("PS110", "ambiguous-number", ERROR, say("rule.PS110")),
    Rule("PS111", "non-finite", ERROR, say("rule.PS111")),
    PS112,
)
