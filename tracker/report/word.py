"""The report as a Word document laid out like an official document (GB/T 9704-2012).

A4 with the standard's margins (top 37 mm, bottom 35 mm, left 28 mm, right
26 mm: a 156 × 225 mm text block); the title in 2号 (22 pt) 小标宋; body text
in 3号 (16 pt) 仿宋 at a fixed 28 pt line; first-level headings in 黑体,
second-level in 楷体; page numbers in 4号 宋体 as "— 1 —", right on odd pages
and left on even ones. Tables use 仿宋 at 小五 (9 pt) to fit ten columns in
the 156 mm block, their header row repeated on every page.
Each plan's section completion against time elapsed is a native Word chart
(its data kept in the chart, so Word and LibreOffice draw it and it can be
restyled).
"""

from __future__ import annotations

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from tracker.report.content import STATUS_FILL, PlanReport, QuarterReport, Section
from tracker.report.markdown import SOURCES, TABLE, table_values
from tracker.report.word_chart import add_chart

TITLE_FONT, BODY_FONT, HEADING_FONT, SUBHEADING_FONT, NUMBER_FONT = "方正小标宋简体", "仿宋", "黑体", "楷体", "宋体"
LATIN_FONT = "Times New Roman"
TITLE_SIZE, BODY_SIZE, TABLE_SIZE, PAGE_NUMBER_SIZE = Pt(22), Pt(16), Pt(9), Pt(14)
LINE = Pt(28)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
"""The WordprocessingML namespace, for the few elements python-docx has no API for."""
WIDTHS = {"number": 8, "title": 23, "goal": 14, "actual": 14, "completion": 14, "expected": 14, "status": 13,
          "gap": 13, "change": 14, "source": 0}
"""Millimetres per column of a section table; the source takes what is left of the text block."""


def render(report: QuarterReport) -> bytes:
    """The .docx file's bytes."""
    document = Document()
    _page(document)
    _styles(document)
    title = document.add_paragraph(style="Title")
    title.add_run(report.title)
    date = document.add_paragraph(report.date_line)
    date.alignment = WD_ALIGN_PARAGRAPH.CENTER
    several = len(report.plans) > 1
    _heading(document, report.label("part_progress"), 1)
    for part in report.plans:
        _progress(document, part, report, several)
    _heading(document, report.label("part_problems"), 1)
    for part in report.plans:
        _problems(document, part, report, several)
    _heading(document, report.label("part_next"), 1)
    for part in report.plans:
        if several:
            _heading(document, part.title, 2)
        for step in part.next_steps:
            document.add_paragraph(step)
    _heading(document, report.label("appendix"), 1)
    for part in report.plans:
        if several:
            _heading(document, part.title, 2)
        rows = [[str(s.number), s.title, s.document, s.as_of.isoformat(), s.quote] for s in part.sources]
        _table(document, [report.label(f"col.{n}") for n in SOURCES], rows, [8, 34, 40, 22, 0])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ── layout ────────────────────────────────────────────────────────────────
def _page(document: Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(18)
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def _page_number(paragraph: Paragraph, alignment: WD_ALIGN_PARAGRAPH) -> None:
    """— 1 —, with a one-character indent from the outer edge."""
    paragraph.alignment = alignment
    paragraph.paragraph_format.right_indent = paragraph.paragraph_format.left_indent = PAGE_NUMBER_SIZE
    paragraph.add_run("— ")
    paragraph._p.append(parse_xml(  # noqa: SLF001 - a PAGE field: python-docx has no API for fields
        f'<w:fldSimple {W} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    paragraph.add_run(" —")
    for piece in paragraph.iter_inner_content():
        for run in piece.runs if hasattr(piece, "runs") else [piece]:
            _font(run.font, NUMBER_FONT, PAGE_NUMBER_SIZE)


def _styles(document: Document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal.font, BODY_FONT, BODY_SIZE)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, LINE
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(32)  # two characters
    title = styles["Title"]
    _font(title.font, TITLE_FONT, TITLE_SIZE)
    title.font.color.rgb = RGBColor(0, 0, 0)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.space_after = Pt(12)
    title.paragraph_format.line_spacing = Pt(36)
    _no_border(title)
    for name, face in (("TableText", BODY_FONT), ("TableHeading", HEADING_FONT)):
        cell = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = normal
        _font(cell.font, face, TABLE_SIZE)
        cell.paragraph_format.first_line_indent = Pt(0)
        cell.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for level, face in ((1, HEADING_FONT), (2, SUBHEADING_FONT), (3, SUBHEADING_FONT)):
        heading = styles[f"Heading {level}"]
        _font(heading.font, face, BODY_SIZE)
        heading.font.bold, heading.font.italic = False, False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.first_line_indent = Pt(32)
        heading.paragraph_format.space_before = heading.paragraph_format.space_after = Pt(0)
        heading.paragraph_format.line_spacing = LINE
        heading.paragraph_format.keep_with_next = True


def _font(font, face: str, size: Pt) -> None:  # noqa: ANN001 - python-docx's Font
    """A face for Chinese (eastAsia) text; Latin letters and digits in Times New Roman, as such documents set."""
    font.name, font.size = LATIN_FONT, size
    fonts = font.element.get_or_add_rPr().get_or_add_rFonts()  # the run or style the font belongs to
    fonts.set(qn("w:eastAsia"), face)


def _no_border(style) -> None:  # noqa: ANN001 - the Title style of python-docx's template has a bottom rule
    borders = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
    if borders is not None:
        style.element.pPr.remove(borders)


# ── parts ─────────────────────────────────────────────────────────────────
def _progress(document: Document, part: PlanReport, report: QuarterReport, several: bool) -> None:
    if several:
        _heading(document, part.title, 2)
    for line in part.overview:
        document.add_paragraph(line)
    charted = [s for s in part.sections if s.completion is not None]
    if charted:
        add_chart(document, report.label("chart"), [s.title for s in charted],
                  {report.label("chart_completion"): [_capped(s) for s in charted],
                   report.label("chart_expected"): [s.expected or Decimal(0) for s in charted]})
    for section in part.sections:
        _heading(document, section.title, 3 if several else 2)
        rows = [[table_values(row)[name] for name in TABLE] for row in section.rows]
        table = _table(document, [report.label(f"col.{n}") for n in TABLE], rows, [WIDTHS[n] for n in TABLE])
        for row, tr in zip(section.rows, table._tbl.tr_lst[1:], strict=True):  # noqa: SLF001
            _shade(tr.tc_lst[TABLE.index("status")], STATUS_FILL[row.status])


def _capped(section: Section) -> Decimal:
    return min(section.completion or Decimal(0), Decimal(1))


def _problems(document: Document, part: PlanReport, report: QuarterReport, several: bool) -> None:
    label = report.label
    if several:
        _heading(document, part.title, 2)
    if not part.lagging:
        document.add_paragraph(label("behind_none"))
    for number, item in enumerate(part.lagging, start=1):
        document.add_paragraph(f"{number}. " + label("lagging", title=item.title, status=item.status_word,
                                                     said=item.said))
        document.add_paragraph(label("labelled", label=label("cause"), text=item.cause))
        document.add_paragraph(label("labelled", label=label("measures"), text=item.measures))
    if part.no_data:
        document.add_paragraph(label("no_data", count=len(part.no_data),
                                     titles=label("list_separator").join(part.no_data)))


def _heading(document: Document, text: str, level: int) -> None:
    """A heading, its style set by id (python-docx's add_heading looks the name up among all styles each time)."""
    document.add_paragraph(text)._p.style = f"Heading{level}"  # noqa: SLF001


def _table(document: Document, labels: list[str], rows: list[list[str]], widths: list[int]) -> Table:
    """A grid table at 小五, the header row repeated on every page; 0 in `widths` takes the rest (millimetres).

    The rows are written as WordprocessingML text and parsed once per row, as python-docx makes its own new
    tables: its cell objects re-read the whole grid on each access, which made a 1,000-target report take
    seconds.
    """
    table = document.add_table(rows=0, cols=len(labels))
    table._tbl.tblPr.style = "TableGrid"  # noqa: SLF001 - by id: a lookup by name scans every style each time
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table._tbl.tblPr.append(parse_xml(  # noqa: SLF001 - narrow cell margins (1 mm) leave room for the text
        f'<w:tblCellMar {W}><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'))
    rest = max(156 - sum(widths), 20)
    sizes = [Mm(width or rest) for width in widths]
    for column, size in zip(table.columns, sizes, strict=True):
        column.width = size  # the grid LibreOffice lays out by
    twips = [size.twips for size in sizes]  # the cell widths Word lays out by
    table._tbl.append(_row(labels, twips, "TableHeading", header=True))  # noqa: SLF001
    for values in rows:
        table._tbl.append(_row(values, twips, "TableText"))  # noqa: SLF001
    document.add_paragraph()
    return table


def _row(values: list[str], twips: list[int], style: str, header: bool = False):  # noqa: ANN202 - an lxml element
    head = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>' if header else ""
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>'
        f'</w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:tc>'
        for text, width in zip(values, twips, strict=True))
    return parse_xml(f"<w:tr {W}>{head}{cells}</w:tr>")


def _shade(tc, fill: str) -> None:  # noqa: ANN001 - python-docx's CT_Tc
    tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

