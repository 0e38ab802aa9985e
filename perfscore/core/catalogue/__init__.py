"""The message catalogue: every sentence a person reads, in Traditional Chinese (zh-TW) and English, as
templates with named placeholders (`{name}`, `{name!r}`), and `Message`, one sentence not yet rendered.

A finding carries a `Message` (its key and arguments), not a string, so every command and format can say
it in the language the run resolved; `str(message)` is the English text, stable for machines and for the
outputs already published. Adding a message is one entry in a family's table (`findings`, `rules`,
`notes`); `tests/test_catalogue.py` checks that each has both languages with the same placeholders.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import total_ordering

from perfscore.core.catalogue import findings, notes, rules

LANGS = ("zh-TW", "en")
CATALOGUE: dict[str, tuple[str, str]] = {}  # key -> (zh-TW, English)
for _table in (findings.MESSAGES, notes.MESSAGES, rules.MESSAGES):
    for _key, _texts in _table.items():
        if _key in CATALOGUE:
            raise ValueError(f"message {_key} is declared twice")
        CATALOGUE[_key] = _texts


def placeholders(template: str) -> set[str]:
    """The placeholder names of a template (`{name!r}` and `{name}` are both `name`)."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@total_ordering
@dataclass(frozen=True, eq=True)
class Message:
    """One sentence from the catalogue: its key and its arguments, rendered on demand in either language.
    An argument may itself be a Message (a clause), rendered in the same language. Messages sort by their
    English text, so findings keep the order they had when they carried strings."""

    key: str
    args: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        if self.key not in CATALOGUE:
            raise KeyError(f"no message {self.key!r} in the catalogue")
        missing = placeholders(CATALOGUE[self.key][1]) - {name for name, _ in self.args}
        if missing:
            raise KeyError(f"message {self.key!r} needs {', '.join(sorted(missing))}")

    def text(self, lang: str = "en") -> str:
        zh, en = CATALOGUE[self.key]
        values = {name: value.text(lang) if isinstance(value, Message) else value for name, value in self.args}
        return (zh if lang == "zh-TW" else en).format(**values)

    def __str__(self) -> str:
        return self.text("en")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return str(self) < str(other)


def say(key: str, **args: object) -> Message:
    """The message `key` with its placeholders filled: `say("PS302", name=facet.name, ...)`."""
    return Message(key, tuple(sorted(args.items())))


def text(key: str, lang: str, **args: object) -> str:
    """The message `key` rendered at once in `lang` (a note or an error printed by a command)."""
    return say(key, **args).text(lang)
