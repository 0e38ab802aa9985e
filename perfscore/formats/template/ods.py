"""The fill-in workbook as ODS (odfdo), the ODF spreadsheet Taiwan's document standard asks for; the layout is
that of the XLSX one (see perfscore.formats.template), the frozen header row included (a view setting ODF
keeps in settings.xml, written as LibreOffice writes it).

odfdo builds the content; the styles that lock or open a cell, the text data style of the open cells and
the data validations are written as ODF elements directly; meta.xml and the zip's timestamps are fixed
(formats.office.package), so that two runs give the same bytes. A report text holding a control character
is refused (FormatError): XML cannot hold it, and an escaped stand-in would not read back as the report's
text when fill compares the cells (the XLSX holds such characters).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any, cast
from xml.sax.saxutils import quoteattr

from perfscore.core.catalogue import say
from perfscore.core.decimals import plain
from perfscore.formats import FormatError, RenderOptions
from perfscore.formats.office.package import meta_xml, need, repack, strip_template
from perfscore.formats.office.xmltext import xml_safe
from perfscore.formats.template.xlsx import ASSESSED_WIDTHS, WIDTHS

_CELL = ('<style:style style:name="{name}" style:family="table-cell"{data}><style:table-cell-properties '
         'style:cell-protect="{protect}" fo:border="0.5pt solid #808080" fo:wrap-option="wrap" '
         'style:vertical-align="top"{background}/>{text}</style:style>')
_STYLES = (
    '<number:text-style style:name="text"><number:text-content/></number:text-style>',
    _CELL.format(name="header", data="", protect="protected", background=' fo:background-color="#d9d9d9"',
                 text='<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>'),
    _CELL.format(name="locked", data="", protect="protected", background=' fo:background-color="#f2f2f2"', text=""),
    _CELL.format(name="open", data=' style:data-style-name="text"', protect="none", background="", text=""),
    _CELL.format(name="open_number", data="", protect="none", background="", text=""),
)


def render(view: Any, options: RenderOptions) -> bytes:
    odfdo = need("odfdo", "odfdo", "ods")
    Cell, Column, Element, Row, Table = odfdo.Cell, odfdo.Column, odfdo.Element, odfdo.Row, odfdo.Table
    document = odfdo.Document("spreadsheet")
    strip_template(document)
    for xml in _STYLES:
        document.insert_style(cast(Any, Element.from_tag(xml)), automatic=True)
    validations: list[str] = []
    body = document.body
    body.clear()
    for title, headers, widths, opened, rows in (
            (view.sheet, view.headers, WIDTHS, view.open, view.rows),
            (view.assessed_sheet, view.assessed_headers, ASSESSED_WIDTHS, view.assessed_open, view.assessed)):
        table = Table(title)
        table.set_attribute("table:protected", "true")  # without a protection key: no password (see XLSX)
        for column, width in enumerate(widths):
            name = f"{title}-w{column}"
            document.insert_style(cast(Any, Element.from_tag(
                f'<style:style style:name={quoteattr(name)} style:family="table-column"><style:table-column-'
                f'properties style:column-width="{width * 0.21:.2f}cm"/></style:style>')), automatic=True)
            col = Column(style=name, default_cell_style="locked")
            if column == 0:
                col.set_attribute("table:visibility", "collapse")  # the row id: for fill only
            table.append(col)
        header = Row()
        for text in headers:
            header.append(Cell(text, style="header"))
        table.append(header)
        for number, item in enumerate(rows, start=2):
            row = Row()
            for column, value in enumerate(item.values()):
                if isinstance(value, str) and xml_safe(value) != value:
                    raise FormatError(say("ods.control", key=item.key, title=title))
                is_open = opened[column] and (title != view.sheet or column != view.points_column or item.assessed)
                cell = _cell(Cell, value, is_open)
                rule = _validation(view, title, item, column, number)
                if rule:
                    cell.set_attribute("table:content-validation-name", f"v{len(validations)}")
                    validations.append(rule.format(name=f"v{len(validations)}"))
                row.append(cell)
            table.append(row)
        body.append(table)
    if validations:
        body.insert(Element.from_tag(f'<table:content-validations>{"".join(validations)}</table:content-validations>'),
                    position=0)
    _freeze_header_rows(document, Element, (view.sheet, view.assessed_sheet))
    raw = io.BytesIO()
    document.save(raw)
    return repack(raw.getvalue(), replace={"meta.xml": meta_xml(view.title, view.lang)})


# A frozen first row, as LibreOffice writes it into a sheet's view settings: rows split at row 1, frozen (2).
_FROZEN = (("HorizontalSplitMode", "short", 0), ("VerticalSplitMode", "short", 2),
           ("HorizontalSplitPosition", "int", 0), ("VerticalSplitPosition", "int", 1), ("ActiveSplitRange", "short", 2),
           ("PositionLeft", "int", 0), ("PositionRight", "int", 0), ("PositionTop", "int", 0),
           ("PositionBottom", "int", 1))


def _freeze_header_rows(document: Any, element_type: Any, sheets: tuple[str, ...]) -> None:
    """Freeze each sheet's header row. ODF keeps this in settings.xml, the view settings, by sheet name; odfdo's
    blank spreadsheet has settings for its own first sheet (Feuille1), which are replaced by ours."""
    settings = document.settings.body
    tables = settings.get_element('.//config:config-item-map-named[@config:name="Tables"]')
    active = settings.get_element('.//config:config-item[@config:name="ActiveTable"]')
    if tables is None or active is None:  # another odfdo's blank document: leave its view settings alone
        return
    for child in tables.children:
        tables.delete(child)
    items = "".join(f'<config:config-item config:name="{name}" config:type="{kind}">{value}</config:config-item>'
                    for name, kind, value in _FROZEN)
    for sheet in sheets:
        tables.append(element_type.from_tag(
            f"<config:config-item-map-entry config:name={quoteattr(sheet)}>{items}</config:config-item-map-entry>"))
    active.text = sheets[0]


def _cell(cell_type: Any, value: str | Decimal | None, is_open: bool) -> Any:
    if isinstance(value, Decimal):
        return cell_type(float(value), text=plain(value), style="open_number" if is_open else "locked")
    if value:
        return cell_type(value, cell_type="string", style="open" if is_open else "locked")
    return cell_type(style="open" if is_open else "locked")


def _validation(view: Any, title: str, item: Any, column: int, number: int) -> str:
    """The content validation for one cell, `{name}` left to fill in; "" for none."""
    if title == view.sheet and column == view.actual_column and item.choices:
        listed = ";".join(f"&quot;{_escape(choice)}&quot;" for choice in item.choices)
        condition = f"of:cell-content-is-in-list({listed})"
    elif title == view.sheet and column == view.points_column and item.assessed and item.weight is not None:
        condition = f"of:cell-content-is-decimal-number() and cell-content-is-between(0;{plain(item.weight)})"
    elif title == view.assessed_sheet and column == len(view.assessed_open) - 1:
        condition = f"of:cell-content-is-decimal-number() and cell-content-is-between(0;{plain(item.limit)})"
    else:
        return ""
    address = f"{title}.{view.letters[column]}{number}"
    return (f'<table:content-validation table:name="{{name}}" table:condition="{condition}" '
            f'table:allow-empty-cell="true" table:base-cell-address={quoteattr(address)}/>')


def _escape(text: str) -> str:
    """A list entry inside an attribute: XML-escaped, its own quotes doubled as OpenFormula writes them."""
    return quoteattr(text.replace('"', '""'))[1:-1].replace('"', "&quot;")

