"""Edits a report's YAML text in place, keeping comments and key order (rollover)."""
