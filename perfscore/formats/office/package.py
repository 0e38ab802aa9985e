"""What every office file needs: its optional libraries, and the same bytes on every run.

A zip records a timestamp per member and ODF's meta.xml a creation date, so two runs would differ by the
clock alone. `fixed_time` is the one moment written instead: SOURCE_DATE_EPOCH when set (the reproducible
builds convention, which the PDF format follows too), else 1980-01-01, the earliest a zip can hold.
`repack` rewrites a zip with that time on every member, in a fixed order, `mimetype` first and stored (as
ODF requires, so a reader can sniff the type from the first bytes).
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime, timezone
from importlib import import_module
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

from perfscore.core.catalogue import say
from perfscore.formats import FormatError
from perfscore.formats.office.xmltext import xml_safe

EXTRA = "pip install 'perfscore[office]'"
ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=timezone.utc)
TEMPLATE_LEFTOVERS = ("Thumbnails/", "Configurations2/", "manifest.rdf")


def need(module: str, library: str, fmt: str) -> ModuleType:
    """Import an optional library, or say which extra brings it (the command exits 2, no traceback)."""
    try:
        return import_module(module)
    except ImportError:
        raise FormatError(say("format.needs", fmt=fmt, library=library, extra=EXTRA)) from None


def fixed_time() -> datetime:
    """The time written into every file (see the module docstring); never earlier than a zip can hold."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            moment = datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return ZIP_EPOCH
        if ZIP_EPOCH <= moment.replace(tzinfo=timezone.utc) < datetime(2108, 1, 1, tzinfo=timezone.utc):
            return moment
    return ZIP_EPOCH


def repack(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """`data` (a zip) again with fixed timestamps and order, with the members in `replace` (added or
    replaced by name)."""
    stamp = fixed_time().timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    members = {name: source.read(name) for name in source.namelist()}
    members.update(replace or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(members, key=lambda name: (name != "mimetype", name)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0  # the same bytes whichever system wrote them
            target.writestr(info, members[name])
    return out.getvalue()


def strip_template(document: Any) -> None:
    """Drop what odfdo's template brings and the file does not need: an empty thumbnail, LibreOffice's UI
    configuration and its RDF stub (settings.xml is rewritten whole)."""
    listed = set(document.manifest.get_paths())
    for part in document.get_parts():
        if part.startswith(TEMPLATE_LEFTOVERS):
            document.del_part(part)
    for path in listed:
        if path.startswith(TEMPLATE_LEFTOVERS):
            document.manifest.del_full_path(path)


def meta_xml(title: str, lang: str) -> bytes:
    """meta.xml with a fixed creation date (the template's is the moment it was generated)."""
    stamp = fixed_time().strftime("%Y-%m-%dT%H:%M:%S")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            f'<meta:generator>perfscore</meta:generator><dc:title>{escape(xml_safe(title))}</dc:title>'
            f'<dc:language>{lang}</dc:language><meta:creation-date>{stamp}</meta:creation-date>'
            f'<dc:date>{stamp}</dc:date></office:meta></office:document-meta>').encode()
