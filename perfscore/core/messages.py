"""User-facing sentences that more than one place says, kept together so the same problem reads the same
in every command, and so a translation catalogue can take them over in one place. English for now; the
zh-TW catalogue comes later (labels already in two languages live in `core.i18n`)."""

from __future__ import annotations

# Paths (engine.paths, commands): one wording for one problem, whatever the command.
NO_SUCH_PATH = "{path}: no such file or folder"
NOT_A_REPORT_AMONG = "{path}: no perfscore report among its {count} YAML file(s)"

# Formats
JUNIT_CLEAN = "no findings"
