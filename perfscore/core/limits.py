"""Limits that keep hostile input from exhausting time or memory. Import-free, for a fast start."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
MAX_DIGITS = 30
