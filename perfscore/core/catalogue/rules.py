"""The `perfscore rules` summaries in zh-TW (key `rule.CODE`); the English summary stays next to the rule
in its family module, and tests/test_catalogue.py checks both exist for every code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
