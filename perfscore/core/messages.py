"""User-facing sentences that more than one place says, kept together so the same problem reads the same
in every command, and so a translation catalogue can take them over in one place. English for now; the
zh-TW catalogue comes later (labels already in two languages live in `core.i18n`)."""

from __future__ import annotations

# Paths (engine.paths, commands): one wording for one problem, whatever the command.
NO_SUCH_PATH = "{path}: no such file or folder"
NOT_A_REPORT_AMONG = "{path}: no perfscore report among its {count} YAML file(s)"
ALL_EXCLUDED = "{path}: every YAML file in it matches `exclude`"
SKIPPED = "{path}: skipped, {reason}"

# Standard input (`-`)
STDIN_IS_A_TERMINAL = "-: standard input is a terminal; pipe a report in (perfscore validate - < report.yaml)"
STDIN_UNREADABLE = "-: cannot read standard input: {reason}"
STDIN_ONCE = "-: standard input can be read only once; name `-` once"

# Formats
JUNIT_CLEAN = "no findings"

# Configuration (commands.config): each starts with where the problem is, file:line:column.
CONFIG_BAD_TOML = "{where}: not valid TOML: {reason}"
CONFIG_UNKNOWN_KEY = "{where}: unknown key {key!r} in the perfscore configuration; the keys are {known}"
CONFIG_WRONG_TYPE = "{where}: {key} must be {wanted}, not {got}"
CONFIG_BAD_VALUE = "{where}: {key}: {reason}"
CONFIG_USED = "configuration: {path}"
