"""Which language a run speaks, in one order for every command:

1. `--lang` (or `lang:` in the configuration file, which supplies the option's default);
2. PERFSCORE_LANG (`zh-TW` or `en`);
3. the locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides, as setlocale does: `zh_TW*` or
   `zh_Hant*` is zh-TW, any other language English; `C` and `POSIX` (with or without an encoding, as
   containers and CI runners set them) say nothing about a language, so the next step decides;
4. the report's own `locale` (when every report of the run agrees on one);
5. English.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from perfscore.core.catalogue import LANGS

_NO_PREFERENCE = ("C", "POSIX")  # the portable locale: what a system runs in when nobody chose a language


def locale_lang(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for (PERFSCORE_LANG, then the POSIX locale variables), or None
    when it asks for none."""
    env = os.environ if environ is None else environ
    chosen = env.get("PERFSCORE_LANG", "").strip()
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if not value:
            continue
        if value.split(".")[0].split("@")[0] in _NO_PREFERENCE:
            return None
        return "zh-TW" if value.startswith(("zh_TW", "zh_Hant")) else "en"
    return None


def resolve_lang(option: str | None, report_locale: str | None = None,
                 environ: Mapping[str, str] | None = None) -> str:
    """The run's language: the option, the environment, the report's locale, English."""
    if option in LANGS:
        return option
    found = locale_lang(environ)
    if found is not None:
        return found
    return report_locale if report_locale in LANGS else "en"


def shared_locale(locales: Iterable[str | None]) -> str | None:
    """The locale every report of a run declares, or None when they differ (or none is known)."""
    known = {locale for locale in locales if locale is not None}
    return known.pop() if len(known) == 1 else None
