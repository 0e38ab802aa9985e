"""Formats of findings (`perfscore validate`): each renders `views.findings.findings_view`."""

from __future__ import annotations

from typing import Any

from perfscore.core.catalogue import Message
from perfscore.core.catalogue import text as say_text


def skipped_reason(file: dict[str, Any], lang: str) -> str:
    """Why a file was skipped, in `lang` (the reason is a catalogue Message when perfscore wrote it)."""
    reason = file["skipped"]
    return reason.text(lang) if isinstance(reason, Message) else str(reason)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(view: dict[str, Any], lang: str = "en") -> str:
    """`3 files checked: 2 errors, 1 warning, 0 infos`, then `; 1 skipped (not a report)` and
    `; 1 path problem` (exit 2) when there are any."""
    count = view["summary"]
    if lang == "zh-TW":
        line = say_text("summary", lang, files=count["files"], errors=count["errors"], warnings=count["warnings"],
                    infos=count["infos"])
        if count["skipped"]:
            line += say_text("summary.skipped", lang, count=count["skipped"])
        if count["problems"]:
            line += say_text("summary.problems", lang, count=count["problems"])
        return line
    line = f"{_plural(count['files'], 'file')} checked: {_plural(count['errors'], 'error')}, " \
           f"{_plural(count['warnings'], 'warning')}, {_plural(count['infos'], 'info')}"
    if count["skipped"]:
        line += f"; {count['skipped']} skipped (not a report)"
    if count["problems"]:
        line += f"; {_plural(count['problems'], 'path problem')}"
    return line
