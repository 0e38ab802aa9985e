"""Every user-visible output of the bundled example, hashed: run on two commits and compare.

Run from the repository root: `python tests/outputs_digest.py` prints one line per output (command,
then the sha256 of stdout+stderr+exit code). Used to prove a refactor changes no byte of output.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

EXAMPLE = "examples/chiayi-2015-administration.yaml"


def _cases(draft: str) -> list[tuple[list[str], dict[str, str]]]:
    cases: list[tuple[list[str], dict[str, str]]] = []
    for lang in ("zh-TW", "en"):
        for fmt in ("table", "json", "markdown", "csv", "html"):
            cases.append((["compute", EXAMPLE, "-f", fmt, "--lang", lang], {}))
        for width in ("60", "80", "120", "200"):
            cases.append((["compute", EXAMPLE, "--lang", lang], {"COLUMNS": width}))
            cases.append((["compute", EXAMPLE, "--lang", lang, "--detail"], {"COLUMNS": width}))
        for fmt in ("table", "json", "markdown", "csv"):
            cases.append((["compare", EXAMPLE, draft, "-f", fmt, "--lang", lang], {}))
        for fmt in ("table", "json", "markdown", "csv"):
            cases.append((["diff", EXAMPLE, draft, "-f", fmt, "--lang", lang], {}))
    cases.append((["compute", EXAMPLE, "-f", "csv", "--no-bom"], {}))
    for fmt in ("text", "json", "github", "sarif", "junit", "gitlab", "rdjson"):
        cases.append((["validate", EXAMPLE, "-f", fmt], {}))
        cases.append((["validate", EXAMPLE, draft, "-f", fmt], {}))
        cases.append((["validate", "examples/", "-f", fmt], {}))
    cases.append((["validate", EXAMPLE, "--select", "PS3", "--strict"], {}))
    for fmt in ("text", "json", "markdown"):
        cases.append((["rules", "-f", fmt], {}))
    cases.append((["schema"], {}))
    cases.append((["rollover", EXAMPLE], {}))
    cases.append((["--help"], {}))
    for command in ("compute", "validate", "compare", "diff", "rollover", "rules", "schema"):
        cases.append(([command, "--help"], {}))
    return cases


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "GITHUB_ACTIONS")}
    env.update(NO_COLOR="1", COLUMNS="120", PYTHONHASHSEED="0")
    # A fixed folder: markdown escapes an `_` of a random temporary name, which would change the hashes.
    tmp = os.path.join(tempfile.gettempdir(), "perfscore-digest")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    try:
        draft = str(Path(tmp) / "draft-2016.yaml")
        subprocess.run([sys.executable, "-m", "perfscore", "rollover", EXAMPLE, "-o", draft], check=True,
                       env=env, capture_output=True)
        for argv, extra in _cases(draft):
            done = subprocess.run([sys.executable, "-m", "perfscore", *argv], env={**env, **extra},
                                  capture_output=True)
            err = done.stderr.replace(tmp.encode(), b"TMP")
            blob = done.stdout + b"\0" + err + b"\0" + str(done.returncode).encode()
            shown = " ".join(a.replace(tmp, "TMP") for a in argv)
            extra_text = " ".join(f"{k}={v}" for k, v in extra.items())
            print(f"{hashlib.sha256(blob.replace(tmp.encode(), b'TMP')).hexdigest()[:16]}  rc={done.returncode}  "
                  f"{extra_text} perfscore {shown}".replace("  perfscore", " perfscore"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
