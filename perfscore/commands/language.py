"""Which language a run speaks: `--lang`, else PERFSCORE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG
naming zh_TW or zh_Hant), else the report's own `locale`, else English. One order for every command."""

from __future__ import annotations

import os

from perfscore.core.catalogue import LANGS


def locale_lang(environ: dict[str, str] | None = None) -> str | None:
    """zh-TW when the environment asks for it (PERFSCORE_LANG, then the POSIX locale order), English when
    PERFSCORE_LANG says so, else None: an English or C locale says nothing about a Chinese report."""
    env = os.environ if environ is None else environ
    chosen = env.get("PERFSCORE_LANG", "").strip()
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:  # the first one set decides, as setlocale does
            return "zh-TW" if value.startswith(("zh_TW", "zh_Hant")) else None
    return None


def resolve_lang(option: str | None, report_locale: str | None = None) -> str:
    """The run's language: the option, the environment, the report's locale, English."""
    if option in LANGS:
        return option
    found = locale_lang()
    if found is not None:
        return found
    return report_locale if report_locale in LANGS else "en"
