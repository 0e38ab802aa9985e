"""A text document (ODT) built with odfdo: headings, paragraphs that keep their line breaks, and tables
whose header row repeats on every page and whose first cell may span rows (a goal over its indicators).

The report's own layout lives in `formats.report.odt`; this module only knows how ODF writes these
things, so another document can reuse it. Styles are automatic styles named by what they are.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from perfscore.core.decimals import plain, round_to
from perfscore.formats.office.package import meta_xml, need, repack, strip_template
from perfscore.formats.office.xmltext import lines

TEXT_WIDTH_CM = Decimal(17)  # A4 less the template's 2 cm margins
_STYLES = (
    '<style:style style:name="P-cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" '
    'fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>',
    '<style:style style:name="P-num" style:family="paragraph"><style:paragraph-properties fo:text-align="end" '
    'fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" '
    'style:font-size-asian="9pt"/></style:style>',
    '<style:style style:name="P-head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" '
    'fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" '
    'fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>',
    '<style:style style:name="P-body" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>',
    '<style:style style:name="P-lead" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:text-properties fo:font-size="13pt" style:font-size-asian="13pt" fo:font-weight="bold" '
    'style:font-weight-asian="bold"/></style:style>',
    '<style:style style:name="T-table" style:family="table"><style:table-properties style:width="17cm" '
    'table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
    '<style:style style:name="T-cell" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.08cm" fo:border="0.5pt solid #7f8c9d" style:vertical-align="top"/></style:style>',
    '<style:style style:name="T-head" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.08cm" fo:border="0.5pt solid #7f8c9d" fo:background-color="#dde4ee"/></style:style>',
)


class TextDocument:
    """An ODT under construction; `bytes()` packs it the same way every time."""

    def __init__(self, title: str, lang: str) -> None:
        self.odfdo = need("odfdo", "odfdo", "odt")
        self.title, self.lang = title, lang
        self.document = self.odfdo.Document("text")
        strip_template(self.document)
        self.document.body.clear()
        for xml in _STYLES:
            self.document.insert_style(self.odfdo.Element.from_tag(xml), automatic=True)
        self.tables = 0
        self.column_styles: set[str] = set()

    def heading(self, level: int, text: str) -> None:
        header = self.odfdo.Header(level, lines(text)[0])
        # The part numbers (壹、一、) are in the text; the template's outline numbering would add 1.1.
        header.set_attribute("text:is-list-header", "true")
        self.document.body.append(header)

    def paragraph(self, text: str, style: str = "P-body") -> None:
        """One paragraph; a single line break inside it stays a line break."""
        paragraph = self.odfdo.Paragraph("\n".join(lines(text)), style=style, formatted=True)
        self.document.body.append(paragraph)

    def table(self, header: list[str], rows: list[list[Any]], relative: list[int],
              numeric: frozenset[int] = frozenset()) -> None:
        """A table over the text width; `relative` gives the columns' shares of it. A row's cell may be
        `None` (covered by the spanning cell above) or `(text, rows)` for a cell spanning `rows` rows;
        columns in `numeric` align right."""
        self.tables += 1
        table = self.odfdo.Table(f"Table{self.tables}", style="T-table")
        for share in relative:
            table.append(self.odfdo.Column(style=self._column_style(share, sum(relative))))
        head = self.odfdo.Element.from_tag("table:table-header-rows")
        head_row = self.odfdo.Row()
        for text in header:
            head_row.append(self._cell(text, "T-head", "P-head"))
        head.append(head_row)
        table.append(head)
        for values in rows:
            row = self.odfdo.Row()
            for index, value in enumerate(values):
                if value is None:
                    row.append(self.odfdo.Element.from_tag("table:covered-table-cell"))
                    continue
                text, span = value if isinstance(value, tuple) else (value, 1)
                cell = self._cell(text, "T-cell", "P-num" if index in numeric else "P-cell")
                if span > 1:
                    cell.set_attribute("table:number-rows-spanned", str(span))
                row.append(cell)
            table.append(row)
        self.document.body.append(table)

    def _column_style(self, share: int, whole: int) -> str:
        # LibreOffice lays columns out by their absolute width; Word reads the relative one.
        centimetres = plain(round_to(TEXT_WIDTH_CM * share / whole, 2))
        name = f"C-{share}-{whole}"
        if name not in self.column_styles:
            self.column_styles.add(name)
            style = self.odfdo.Element.from_tag(
                f'<style:style style:name="{name}" style:family="table-column"><style:table-column-properties '
                f'style:column-width="{centimetres}cm" style:rel-column-width="{share}*"/></style:style>')
            self.document.insert_style(style, automatic=True)
        return name

    def _cell(self, text: str, style: str, paragraph_style: str) -> Any:
        cell = self.odfdo.Cell(style=style)
        cell.set_attribute("office:value-type", "string")
        for line in lines(text):
            cell.append(self.odfdo.Paragraph(line, style=paragraph_style, formatted=True))
        return cell

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return repack(buffer.getvalue(), replace={"meta.xml": meta_xml(self.title, self.lang)})
