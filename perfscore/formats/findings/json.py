"""Findings as JSON: the stable machine format (schema_version 1) documented in the README, as UTF-8."""

from __future__ import annotations

from typing import Any

from perfscore.formats import RenderOptions
from perfscore.formats.findings import skipped_reason
from perfscore.formats.jsonout import dump_bytes


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    files = view["files"]
    return dump_bytes({
        "schema_version": view["schema_version"],
        "summary": view["summary"],
        "files": [{"file": file["file"], "errors": file["errors"], "warnings": file["warnings"],
                   "findings": [finding.as_dict(options.lang) for finding in file["findings"]]}
                  for file in files if file["skipped"] is None],
        "skipped": [{"file": file["file"], "reason": skipped_reason(file, options.lang)} for file in files
                    if file["skipped"] is not None],
        "problems": view["problems"],
    })
