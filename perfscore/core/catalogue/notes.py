"""Notes and errors the commands print (stderr), and sentences the formats write around the findings:
key -> (zh-TW, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
