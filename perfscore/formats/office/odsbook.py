"""Sheets (`office.sheet`) as an ODS workbook, with odfdo: ODF, the format Taiwan's government documents use
(CNS 15251).

Each number cell carries its exact decimal digits (`office:value="13.9"`) and a data style with the column's
places; each text cell keeps its text exactly, one paragraph per line, with runs of spaces and tabs as
ODF marks them. The header rows are table header rows, so they repeat on printed pages, and settings.xml
freezes them in the window. The document holds no clock reading and no generated name (`package`).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import quoteattr

from perfscore.core.decimals import plain
from perfscore.formats.office.package import meta_xml, need, repack, strip_template
from perfscore.formats.office.sheet import Cell, Column, Kind, Sheet, shown, stored, widths
from perfscore.formats.office.xmltext import lines, xml_safe

CM_PER_CHAR = Decimal("0.21")  # one character cell at LibreOffice's default 10 pt


def workbook(sheets: list[Sheet], title: str, lang: str) -> bytes:
    """The sheets as the bytes of one .ods file."""
    odfdo = need("odfdo", "odfdo", "ods")
    document = odfdo.Document("spreadsheet")
    strip_template(document)
    document.body.clear()
    styles = _Styles(odfdo)
    for sheet in sheets:
        document.body.append(_table(odfdo, sheet, styles))
    for style in styles.elements():
        document.insert_style(style, automatic=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return repack(buffer.getvalue(), replace={"meta.xml": meta_xml(title, lang),
                                              "settings.xml": _settings(sheets)})


class _Styles:
    """The automatic styles the sheets use, each made once and named by what it is (no counters that
    would depend on the order sheets were built in)."""

    def __init__(self, odfdo: Any) -> None:
        self.odfdo = odfdo
        self.made: dict[str, str] = {}

    def _add(self, name: str, xml: str) -> str:
        self.made.setdefault(name, xml)
        return name

    def column(self, width: int) -> str:
        cm = plain(CM_PER_CHAR * width)
        return self._add(f"co{width}", f'<style:style style:name="co{width}" style:family="table-column">'
                                       f'<style:table-column-properties style:column-width="{cm}cm"/>'
                                       '</style:style>')

    def title(self) -> str:
        return self._add("ce-title", '<style:style style:name="ce-title" style:family="table-cell">'
                                     '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
                                     'fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>')

    def cell(self, column: Column | None) -> str:
        if column is None:
            return self._add("ce-head", '<style:style style:name="ce-head" style:family="table-cell">'
                                        '<style:table-cell-properties fo:wrap-option="wrap" '
                                        'fo:background-color="#dde4ee" style:vertical-align="middle" '
                                        'fo:border="0.5pt solid #7f8c9d"/><style:text-properties '
                                        'fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>')
        if column.kind in (Kind.TEXT, Kind.WRAP):
            return self._add("ce-text", '<style:style style:name="ce-text" style:family="table-cell">'
                                        '<style:table-cell-properties fo:wrap-option="wrap" '
                                        'style:vertical-align="top"/></style:style>')
        data = self._number_style(column)
        name = f"ce-{data}"
        return self._add(name, f'<style:style style:name="{name}" style:family="table-cell" '
                               f'style:data-style-name="{data}"><style:table-cell-properties '
                               'style:vertical-align="top"/></style:style>')

    def _number_style(self, column: Column) -> str:
        places = column.places
        if column.kind is Kind.PERCENT:
            name = f"N-pct{places or 0}"
            return self._add(name, f'<number:percentage-style style:name="{name}"><number:number '
                                   f'number:decimal-places="{places or 0}" number:min-decimal-places='
                                   f'"{places or 0}" number:min-integer-digits="1"/><number:text>%</number:text>'
                                   '</number:percentage-style>')
        if places is None:  # as written: LibreOffice's General
            return self._add("N-general", '<number:number-style style:name="N-general"><number:number '
                                          'number:min-integer-digits="1"/></number:number-style>')
        name = f"N-fix{places}"
        return self._add(name, f'<number:number-style style:name="{name}"><number:number number:decimal-places='
                               f'"{places}" number:min-decimal-places="{places}" number:min-integer-digits="1"/>'
                               '</number:number-style>')

    def elements(self) -> list[Any]:
        # data styles first: a cell style refers to one by name
        ordered = sorted(self.made.items(), key=lambda item: (not item[0].startswith("N-"), item[0]))
        return [self.odfdo.Element.from_tag(xml) for _, xml in ordered]


def _table(odfdo: Any, sheet: Sheet, styles: _Styles) -> Any:
    table = odfdo.Table(xml_safe(sheet.name))
    for width, column in zip(widths(sheet), sheet.columns, strict=True):
        element = odfdo.Column(style=styles.column(width))
        if column.hidden:
            element.set_attribute("table:visibility", "collapse")
        table.append(element)
    head = odfdo.Element.from_tag("table:table-header-rows")
    if sheet.title is not None:
        title_row = odfdo.Row()
        for index in range(len(sheet.columns)):
            title_row.append(_text_cell(odfdo, sheet.title, styles.title()) if index == sheet.title_column
                             else odfdo.Cell())
        head.append(title_row)
    head_row = odfdo.Row()
    for column in sheet.columns:
        head_row.append(_text_cell(odfdo, column.label, styles.cell(None)))
    head.append(head_row)
    table.append(head)
    for values in sheet.rows:
        row = odfdo.Row()
        for column, value in zip(sheet.columns, values, strict=True):
            row.append(_cell(odfdo, column, value, styles))
        table.append(row)
    return table


def _cell(odfdo: Any, column: Column, value: Cell, styles: _Styles) -> Any:
    style = styles.cell(column)
    if value is None or (isinstance(value, Decimal) and not value.is_finite()):
        return odfdo.Cell(style=style)
    if isinstance(value, str):
        return _text_cell(odfdo, value, style)
    kind = "percentage" if column.kind is Kind.PERCENT else "float"
    return odfdo.Cell(value=plain(stored(column, value)), cell_type=kind, text=shown(column, value), style=style)


def _text_cell(odfdo: Any, text: str, style: str) -> Any:
    cell = odfdo.Cell(style=style)
    cell.set_attribute("office:value-type", "string")
    cell.set_attribute("calcext:value-type", "string")
    for line in lines(text):
        cell.append(odfdo.Paragraph(line, formatted=True))
    return cell


def _settings(sheets: list[Sheet]) -> bytes:
    """settings.xml freezing each sheet's header rows: the one place ODF keeps a window's frozen panes."""
    entries = "".join(
        f'<config:config-item-map-entry config:name={quoteattr(xml_safe(sheet.name))}>'
        '<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>'
        f'<config:config-item config:name="VerticalSplitPosition" config:type="int">{sheet.top_rows}'
        '</config:config-item>'
        '<config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item>'
        f'<config:config-item config:name="PositionBottom" config:type="int">{sheet.top_rows}'
        '</config:config-item></config:config-item-map-entry>' for sheet in sheets)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            # the ooo: prefix of "ooo:view-settings" must be declared, or LibreOffice ignores the frozen rows
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            f'<config:config-item-map-named config:name="Tables">{entries}</config:config-item-map-named>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '</office:settings></office:document-settings>').encode()
