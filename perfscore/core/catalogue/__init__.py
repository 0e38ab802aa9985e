"""The message catalogue: every sentence a person reads, in Traditional Chinese (zh-TW) and English, as
templates with named placeholders (`{name}`, `{name!r}`), and `Message`, one sentence not yet rendered.

A finding carries a `Message` (its key and arguments), not a string, so every command and format can say
it in the language the run resolved; `str(message)` is the English text, stable for machines and for the
outputs already published. Adding a message is one entry in a family's table (`findings`, `rules`,
`notes`, `tracking`, `making`; the commands' own: `run`, `help`, `helpoptions`, `clickwords`);
`tests/test_catalogue.py` checks that each has both languages with the same placeholders.
"""

from __future__ import annotations

import string

from perfscore.core.catalogue import (
    clickwords,
    findings,
    help,
    helpoptions,
    loading,
    making,
    notes,
    rules,
    run,
    schema,
    sheets,
    tracking,
)

LANGS = ("zh-TW", "en")
CATALOGUE: dict[str, tuple[str, str]] = {}  # key -> (zh-TW, English)
for _table in (loading.MESSAGES, findings.MESSAGES, schema.MESSAGES, sheets.MESSAGES, notes.MESSAGES, rules.MESSAGES,
               tracking.MESSAGES, run.MESSAGES, making.MESSAGES, help.MESSAGES, helpoptions.MESSAGES,
               clickwords.MESSAGES):
    for _key, _texts in _table.items():
        if _key in CATALOGUE:
            raise ValueError(f"message {_key} is declared twice")
        CATALOGUE[_key] = _texts


def placeholders(template: str) -> set[str]:
    """The placeholder names of a template (`{name!r}` and `{name}` are both `name`)."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


class Message(str):
    """One sentence from the catalogue: its key and its arguments, rendered on demand in either language.
    An argument may itself be a Message (a clause), rendered in the same language.

    A Message *is* its English text (a `str`), so code and tests that compare, sort or search findings'
    messages keep working, and outputs in English stay as they were; `text(lang)` says it in zh-TW. Only
    `say` makes one, so a finding's message always comes from the catalogue (mypy --strict checks that
    every `Finding` gets a Message, not a plain string)."""

    __slots__ = ("args", "key")
    key: str
    args: tuple[tuple[str, object], ...]

    def __new__(cls, key: str, args: tuple[tuple[str, object], ...] = ()) -> Message:
        if key not in CATALOGUE:
            raise KeyError(f"no message {key!r} in the catalogue")
        missing = placeholders(CATALOGUE[key][1]) - {name for name, _ in args}
        if missing:
            raise KeyError(f"message {key!r} needs {', '.join(sorted(missing))}")
        english = _render(key, args, "en")
        message = super().__new__(cls, english)
        message.key, message.args = key, args
        return message

    def text(self, lang: str = "en") -> str:
        return str.__str__(self) if lang != "zh-TW" else _render(self.key, self.args, lang)

    def __reduce__(self) -> tuple[object, ...]:  # worker processes send findings back pickled
        return (Message, (self.key, self.args))


def _render(key: str, args: tuple[tuple[str, object], ...], lang: str) -> str:
    zh, en = CATALOGUE[key]
    values = {name: value.text(lang) if isinstance(value, Message) else value for name, value in args}
    return (zh if lang == "zh-TW" else en).format(**values)


def say(key: str, /, **args: object) -> Message:
    """The message `key` with its placeholders filled: `say("PS302", name=facet.name, ...)`."""
    return Message(key, tuple(sorted(args.items())))


def text(key: str, lang: str, /, **args: object) -> str:
    """The message `key` rendered at once in `lang` (a note or an error printed by a command)."""
    return say(key, **args).text(lang)
