"""The language a run speaks on stderr and in `--help`, decided before click parses anything: `--lang`
found in argv, else PERFSCORE_LANG or the locale (commands.language's order), else English. Notes and
errors are rendered from the catalogue in it; click's own words (usage line, headings, usage errors) are
handed to click through its gettext hook, the `_` and `ngettext` names its modules call at run time."""

from __future__ import annotations

import gettext
import sys
from collections.abc import Sequence

from perfscore.commands.language import resolve_lang
from perfscore.core.catalogue import CATALOGUE, LANGS, Message, text

_run = {"lang": "en"}
# The click modules whose messages a user sees (the rest are for prompts, pagers and Windows).
_CLICK_MODULES = ("click.core", "click.decorators", "click.exceptions", "click.formatting", "click.parser",
                  "click.types")
_zh_words: dict[str, str] = {}


def prescan(argv: Sequence[str]) -> str | None:
    """The last valid `--lang X` / `--lang=X` before `--`, as click would take it; None without one (an
    invalid value is left for click to refuse)."""
    found = None
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--":
            break
        value = args[index + 1] if arg == "--lang" and index + 1 < len(args) else arg.partition("=")[2] \
            if arg.startswith("--lang=") else None
        if value in LANGS:
            found = value
    return found


def begin(argv: Sequence[str]) -> str:
    """Decide the run's language from argv and the environment, and teach click to speak it: the order of
    commands.language, without a report's locale (none has been read yet)."""
    use(resolve_lang(prescan(argv)))
    return current()


def use(lang: str) -> None:
    """Speak `lang` from now on (a configuration file's `lang` decides once it is read)."""
    _run["lang"] = lang if lang in LANGS else "en"
    zh = _run["lang"] == "zh-TW"
    for name in _CLICK_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        names = vars(module)  # the globals click's functions look `_` and `ngettext` up in, at each call
        names["_"] = _translated if zh else gettext.gettext
        if "ngettext" in names:
            names["ngettext"] = _translated_plural if zh else gettext.ngettext


def current() -> str:
    return _run["lang"]


def said(message: str | BaseException) -> str:
    """A note's text in the run's language: a catalogue Message (also the one an error was raised with)
    is rendered in it; any other text is shown as it is."""
    if isinstance(message, BaseException):
        message = message_of(message)
    return message.text(current()) if isinstance(message, Message) else message


def message_of(error: BaseException) -> str:
    """What `error` says: the catalogue Message it was raised with, kept (`str(error)` would be English
    only), else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


def now(key: str, **args: object) -> str:
    """The message `key` rendered at once in the run's language (for click, which takes plain text)."""
    return text(key, current(), **args)


def _translated(msgid: str) -> str:
    if not _zh_words:
        _zh_words.update({en: zh for key, (zh, en) in CATALOGUE.items() if key.startswith("click.")})
    return _zh_words.get(msgid, msgid)


def _translated_plural(singular: str, plural: str, count: int) -> str:
    return _translated(singular if count == 1 else plural)
