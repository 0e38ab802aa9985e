"""Where the tests find the repository and the bundled example: one definition for every test file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "chiayi-2015-administration.yaml"
# The path as a user would type it from the repository root; findings print it, so outputs compared across
# processes must use the same spelling.
EXAMPLE_ARG = "examples/chiayi-2015-administration.yaml"
