"""The report as PDF (`perfscore compute --format pdf`): the HTML page, printed on A4 by WeasyPrint.

The PDF is the HTML format's page and its print stylesheet, nothing else, so the two never disagree: A4,
table headers repeated on every page, a text layer (the text can be searched, copied and read back), and
tagged as WeasyPrint's PDF/UA-1 variant makes it (a structure tree, the language, the title shown as the
window title). WeasyPrint is an optional extra (`pip install 'perfscore[pdf]'`); without it the format says
which extra to install.

Chinese text needs a font that has its glyphs. The stylesheet names them in order (Noto Sans CJK TC,
… WenQuanYi Micro Hei); when the machine has none, WeasyPrint prints boxes, and this format warns with the
characters it could not draw instead of letting that pass silently.

Two runs give the same bytes: the PDF carries no date, WeasyPrint names font subsets from a hash of the
font, and SOURCE_DATE_EPOCH is set while rendering (unless the caller set it) for any library that stamps a
time (font subsetting may).
"""

from __future__ import annotations

import calendar
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from perfscore.core.catalogue import say
from perfscore.formats import FormatError, FormatWarning, RenderOptions
from perfscore.formats.report import html

# What WeasyPrint calls the variant: PDF/UA-1 turns tagging on and writes the XMP metadata it needs.
VARIANT = "pdf/ua-1"
INSTALL = "pip install 'perfscore[pdf]'"
SHOWN_MISSING = 12  # characters named in the warning; the count covers the rest


@contextmanager
def source_date(year: int) -> Iterator[None]:
    """SOURCE_DATE_EPOCH as 1 January of the report's year (UTC) while rendering, unless already set."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm((year, 1, 1, 0, 0, 0)))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError as exc:  # absent, or its system libraries (Pango) are: either way, say what to do
        # A module that is not there is said in the reader's language; a system library's own text (Pango
        # not found) is the best clue there is, so it is shown as the library wrote it.
        absent = isinstance(exc, ModuleNotFoundError) and exc.name
        reason = say("pdf.no_module", module=exc.name) if absent else str(exc)
        raise FormatError(say("pdf.needs", install=INSTALL, reason=reason)) from exc
    return weasyprint


def font_count() -> int | None:
    """How many fonts fontconfig knows (None when WeasyPrint's bindings do not say). Pango crashes the
    process (a segmentation fault) when there are none, so that case is refused before rendering."""
    try:
        from weasyprint.text.ffi import ffi, fontconfig
    except (ImportError, AttributeError):
        return None
    config = fontconfig.FcInitLoadConfigAndFonts()
    try:
        fonts = fontconfig.FcConfigGetFonts(config, fontconfig.FcSetSystem)
        return 0 if fonts == ffi.NULL else int(fonts.nfont)
    finally:
        fontconfig.FcConfigDestroy(config)


def missing_characters(document: Any) -> list[str]:
    """The characters no font could draw (WeasyPrint printed a box for each), sorted by code point."""
    found: set[int] = set()
    for font in getattr(document, "fonts", {}).values():
        found.update(getattr(font, "missing", {}))
    return [chr(codepoint) for codepoint in sorted(found)]


def render(view: dict[str, Any], options: RenderOptions) -> bytes:
    weasyprint = _weasyprint()
    if font_count() == 0:
        raise FormatError(say("pdf.no_fonts", help=say("pdf.font_help")))
    page = html.render(view, options)
    with source_date(view["report"]["year"]):
        document = weasyprint.HTML(string=page).render()
        data: bytes = document.write_pdf(pdf_variant=VARIANT)
    missing = missing_characters(document)
    if missing:
        shown = "".join(missing[:SHOWN_MISSING]) + ("…" if len(missing) > SHOWN_MISSING else "")
        warnings.warn(FormatWarning(say("pdf.boxes", count=len(missing), shown=shown, help=say("pdf.font_help"))),
                      stacklevel=2)
    return data
