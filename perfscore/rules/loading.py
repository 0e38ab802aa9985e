"""Loading rules (PS1xx): what the YAML readers refuse, and what they accept as a plain scalar.

The readers emit these findings while they parse, where the line and column are known; PS112 also
comes from validation, for a quoted number that pydantic reads as a Decimal too large to score. The
scalar constants are shared by the fast event-stream path and the exact loader so that the two can
never disagree.
"""

from __future__ import annotations

import re

from perfscore.rules.base import ERROR, Rule

NUMBER_STARTS = frozenset("+-.0123456789")
YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})
# YAML 1.2 numbers that YAML 1.1 leaves as strings: 1e3, 0o17, .5e-2.
YAML12_NUMBER = re.compile(r"^[-+]?(?:(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+|0o[0-7]+)$")

PS112 = Rule("PS112", "number-too-big", ERROR, "A number has more digits than any score needs (limit 30).")

RULES = (
    Rule("PS101", "yaml-syntax", ERROR, "The file is not well-formed YAML."),
    Rule("PS102", "duplicate-key", ERROR, "A key appears twice in one mapping; YAML loaders silently keep the last."),
    Rule("PS103", "alias", ERROR, "Anchors and aliases (&a / *a) are not allowed: they can expand a small file "
         "into billions of nodes. Repeat the value instead."),
    Rule("PS104", "unsafe-tag", ERROR, "Explicit tags such as !!python/object are not allowed; a report holds "
         "plain mappings, lists, strings and numbers only."),
    Rule("PS105", "encoding", ERROR, "The file must be UTF-8 without a byte-order mark."),
    Rule("PS106", "too-large", ERROR, "The file exceeds the size limit (--max-bytes, 20 MB by default)."),
    Rule("PS107", "too-deep", ERROR, "The nesting is deeper than any report needs (limit 64 levels)."),
    Rule("PS108", "not-a-mapping", ERROR, "The file is empty or its top level is not a mapping."),
    Rule("PS109", "yaml11-boolean", ERROR, "An unquoted yes/no/on/off/y/n: YAML 1.1 reads it as a boolean. Quote it "
         "for text, or write true/false."),
    Rule("PS110", "ambiguous-number", ERROR, "A scalar whose meaning differs between YAML versions: 010 (octal), "
         "1e3 (a string in YAML 1.1), 1:20 (base 60), 0x1F. Write a plain decimal or quote it."),
    Rule("PS111", "non-finite", ERROR, ".nan and .inf are not scores."),
    PS112,
)
