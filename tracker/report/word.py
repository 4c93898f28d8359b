"""The report as a Word document laid out like an official document (GB/T 9704-2012).

A4 with the standard's margins (top 37 mm, bottom 35 mm, left 28 mm, right
26 mm: a 156 × 225 mm text block); the title in 2号 (22 pt) 小标宋; body text
in 3号 (16 pt) 仿宋 at a fixed 28 pt line; first-level headings in 黑体,
second-level in 楷体; page numbers in 4号 宋体 as "— 1 —", right on odd pages
and left on even ones. The body is prose: each part numbered 一、, each section
（一）with its one-line summary, the 附件说明, then the issuing body and the
date (落款, 成文日期) placed as the standard places them for a document without
a seal. The tables follow as annexes on landscape pages (a 225 mm line), where
ten columns fit: 附件1 the targets section by section, 附件2 the sources (the
only place a file path is written). Tables use 仿宋 at 小五 (9 pt), their
header row repeated on every page; every column holding a short word, an
amount or a share is as wide as its widest cell, so none is broken across lines.
Each plan's section completion against time elapsed is a native Word chart
(its data kept in the chart, so Word and LibreOffice draw it and it can be
restyled).
"""

from __future__ import annotations

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from tracker.report.content import STATUS_FILL, PlanReport, QuarterReport, Row, Section
from tracker.report.markdown import PARTS, SOURCES, TABLE, problems_lead, source_values, table_values

TITLE_FONT, BODY_FONT, HEADING_FONT, SUBHEADING_FONT, NUMBER_FONT = "方正小标宋简体", "仿宋", "黑体", "楷体", "宋体"
LATIN_FONT = "Times New Roman"
TITLE_SIZE, BODY_SIZE, TABLE_SIZE, PAGE_NUMBER_SIZE = Pt(22), Pt(16), Pt(9), Pt(14)
LINE = Pt(28)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
"""The WordprocessingML namespace, for the few elements python-docx has no API for."""
LINE_WIDTH, ANNEX_WIDTH = 156, 225
"""Millimetres of a line: portrait body (210 − 28 − 26), landscape annexes (297 − 37 − 35)."""
UNBROKEN = ("number", "goal", "actual", "completion", "expected", "status", "gap", "change")
"""Columns of short words, amounts and shares: each as wide as its widest line (an amount's date and each part
of a change on lines of their own)."""
WRAPPED = {"title": 3, "source": 4}
"""Columns whose text wraps, and their shares of what the others leave."""
SOURCE_WIDTHS = [9, 40, 70, 22, 0]
CELL_PADDING = 3.0
"""Millimetres a cell needs besides its text: 1 mm margins each side and 1 mm to spare."""


def render(report: QuarterReport) -> bytes:
    """The .docx file's bytes."""
    document = Document()
    official(document)
    title = document.add_paragraph(style="Title")
    title.add_run(report.title)
    date = document.add_paragraph(report.date_line)
    date.alignment = WD_ALIGN_PARAGRAPH.CENTER
    date.paragraph_format.first_line_indent = Pt(0)
    writers = {"part_progress": _progress, "part_problems": _problems, "part_next": _next}
    for n, code in enumerate(PARTS, start=1):
        _heading(document, report.part_heading(n, code), 1)
        for m, part in enumerate(report.plans, start=1):
            if report.several:
                _heading(document, report.plan_heading(m, part), 2)
            writers[code](document, part, report)
    if report.supervised:
        _units(document, report)
    if not report.empty:
        _annex_note(document, report)
    _signature(document, report)
    if not report.empty:
        _annexes(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ── layout ────────────────────────────────────────────────────────────────
def official(document: Document) -> None:
    """The official-document page and styles (GB/T 9704-2012): shared by the report and the supervision notices."""
    _page(document)
    _styles(document)


def plain(document: Document, text: str) -> Paragraph:
    """A paragraph flush with the left margin (主送机关, a label), not indented as body text is."""
    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.first_line_indent = Pt(0)
    return paragraph


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
    paragraph._p.append(parse_xml(  # a PAGE field: python-docx has no API for fields
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


def _font(font, face: str, size: Pt) -> None:  # python-docx's Font
    """A face for Chinese (eastAsia) text; Latin letters and digits in Times New Roman, as such documents set."""
    font.name, font.size = LATIN_FONT, size
    fonts = font.element.get_or_add_rPr().get_or_add_rFonts()  # the run or style the font belongs to
    fonts.set(qn("w:eastAsia"), face)


def _no_border(style) -> None:  # the Title style of python-docx's template has a bottom rule
    borders = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
    if borders is not None:
        style.element.pPr.remove(borders)


# ── parts ─────────────────────────────────────────────────────────────────
def _progress(document: Document, part: PlanReport, report: QuarterReport) -> None:
    for line in part.overview:
        document.add_paragraph(line)
    charted = [s for s in part.sections if s.completion is not None]
    if charted:
        from tracker.report.word_chart import add_chart  # openpyxl's chart writer: not for a notice (0.1 s)

        add_chart(document, report.label("chart"), [s.title for s in charted],
                  {report.label("chart_completion"): [_capped(s) for s in charted],
                   report.label("chart_expected"): [s.expected or Decimal(0) for s in charted]})
    for section in part.sections:
        _heading(document, report.item(section.number, section.title), 3 if report.several else 2)
        document.add_paragraph(section.summary)
    if part.sections:
        document.add_paragraph(report.label("see_annex"))


def _capped(section: Section) -> Decimal:
    return min(section.completion or Decimal(0), Decimal(1))


def _problems(document: Document, part: PlanReport, report: QuarterReport) -> None:
    label = report.label
    for line in problems_lead(part, report):
        document.add_paragraph(line)
    for number, item in enumerate(part.lagging, start=1):
        document.add_paragraph(report.item(number, label("lagging", title=item.title, status=item.status_word,
                                                         said=item.said)))
        document.add_paragraph(label("labelled", label=label("cause"), text=item.cause))
        document.add_paragraph(label("labelled", label=label("measures"), text=item.measures))
    if part.no_data:
        document.add_paragraph(label("no_data", count=len(part.no_data),
                                     titles=label("list_separator").join(part.no_data)))


def _next(document: Document, part: PlanReport, _report: QuarterReport) -> None:
    for step in part.next_steps:
        document.add_paragraph(step)


def _units(document: Document, report: QuarterReport) -> None:
    """四、各责任单位推进情况: each lead unit's counts, score and lagging targets, then the notices issued."""
    _heading(document, report.part_heading(len(PARTS) + 1, "part_units"), 1)
    for line in report.unit_paragraphs() + report.notice_paragraphs():
        document.add_paragraph(line)


def _annex_note(document: Document, report: QuarterReport) -> None:
    """附件说明: a blank line, then 附件：1. … with each further name on its own line under the first name
    (GB/T 9704-2012, 7.3.6): one paragraph with a hanging indent, its lines broken."""
    document.add_paragraph()
    lead = report.label("annex_note")
    paragraph = document.add_paragraph()
    hang = Pt(BODY_SIZE.pt * text_width(lead))
    paragraph.paragraph_format.left_indent = Pt(32) + hang
    paragraph.paragraph_format.first_line_indent = -hang
    for n, code in enumerate(("annex_targets", "annex_sources"), start=1):
        if n > 1:
            paragraph.add_run().add_break()
        paragraph.add_run((lead if n == 1 else "") + f"{n}. {report.label(code)}")


def _signature(document: Document, report: QuarterReport) -> None:
    signature(document, report.signature, report.written)


def signature(document: Document, issuers: tuple[str, ...], written: str) -> None:
    """落款 for a document without a seal: the issuing body two characters from the right margin, the date on
    the next line starting two characters right of the body's first character (GB/T 9704-2012, 7.3.5.2)."""
    document.add_paragraph()
    signature_right, date_right = signature_indents(max((text_width(i) for i in issuers), default=0),
                                                    text_width(written))
    for line, right in [*((issuer, signature_right) for issuer in issuers), (written, date_right)]:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.paragraph_format.right_indent = Pt(BODY_SIZE.pt * right)


def signature_indents(signature: float, written: float) -> tuple[float, float]:
    """Characters from the right margin to the issuing body and to the date: the body two characters in, the
    date's first character two right of the body's; a date that would then come closer than two characters to
    the margin moves the body left instead."""
    date_right = signature - 2 - written + 2
    if date_right >= 2:
        return 2, date_right
    return 2 + 2 - date_right, 2


def text_width(text: str) -> float:
    """A line's width in characters of its font size: a Chinese character is one, a Latin letter or digit about
    half, and a quarter more where Chinese meets a letter or digit (Word and LibreOffice space them apart)."""
    wide = [ord(c) >= 0x2E80 for c in text]
    meets = sum(a != b and (text[n].isalnum() and text[n + 1].isalnum())
                for n, (a, b) in enumerate(zip(wide, wide[1:], strict=False)))
    return sum(1.0 if w else 0.55 for w in wide) + 0.25 * meets


def _annexes(document: Document, report: QuarterReport) -> None:
    """The tables, on landscape pages: 附件1 the targets section by section, 附件2 the sources."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(37), Mm(35)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    _annex_title(document, report, 1, "annex_targets")
    labels = [report.label(f"col.{n}") for n in TABLE]
    for m, part in enumerate(report.plans, start=1):
        if report.several:
            _heading(document, report.plan_heading(m, part), 2)
        if not part.sections:
            document.add_paragraph(part.empty)
        cells = [[_cell(row, name, report) for name in TABLE] for s in part.sections for row in s.rows]
        widths = section_widths(labels, cells)
        for table_section in part.sections:
            _heading(document, report.item(table_section.number, table_section.title), 3 if report.several else 2)
            rows, cells = cells[:len(table_section.rows)], cells[len(table_section.rows):]
            table = _table(document, labels, rows, widths, ANNEX_WIDTH)
            for row, tr in zip(table_section.rows, table._tbl.tr_lst[1:], strict=True):
                _shade(tr.tc_lst[TABLE.index("status")], STATUS_FILL[row.status])
    paragraph = document.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    _annex_title(document, report, 2, "annex_sources")
    for m, part in enumerate(report.plans, start=1):
        if report.several:
            _heading(document, report.plan_heading(m, part), 2)
        rows = [source_values(s, report) for s in part.sources]
        _table(document, [report.label(f"col.{n}") for n in SOURCES], rows, SOURCE_WIDTHS, ANNEX_WIDTH)


def _cell(row: Row, name: str, report: QuarterReport) -> str:
    """A section table's cell: an amount's date (数据截至6月30日) on a line of its own under it, and each part of
    the change since the last quarter (+15.4个百分点 / 正常推进→滞后) on its own line."""
    if name == "actual" and row.dated:
        return f"{row.actual}\n{row.dated}"
    if name == "change":
        return "\n".join(row.change.split(report.label("comma")))
    return table_values(row)[name]


def _annex_title(document: Document, report: QuarterReport, n: int, code: str) -> None:
    """附件1 in 黑体 at the top left, then the annex's title centred in 小标宋 (GB/T 9704-2012, 8.2)."""
    label = document.add_paragraph()
    label.paragraph_format.first_line_indent = Pt(0)
    run = label.add_run(report.label("annex_label", n=n))
    _font(run.font, HEADING_FONT, BODY_SIZE)
    title = document.add_paragraph(report.label(code), style="Title")
    title.paragraph_format.keep_with_next = True


def section_widths(labels: list[str], rows: list[list[str]]) -> list[float]:
    """Millimetres per column of a plan's section tables on a landscape page: a column of short words, amounts
    or shares as wide as its widest line (header included), the columns that wrap sharing the rest."""
    needed = {}
    for column, (name, label) in enumerate(zip(TABLE, labels, strict=True)):
        lines = [label, *(line for row in rows for line in row[column].split("\n"))] if name in UNBROKEN else [label]
        needed[name] = max(cell_width(line) for line in lines)
    rest = max(ANNEX_WIDTH - sum(needed[n] for n in UNBROKEN), sum(needed[n] for n in WRAPPED))
    shares = sum(WRAPPED.values())
    return [needed[n] if n in UNBROKEN else 0 if n == "source" else max(needed[n], rest * WRAPPED[n] / shares)
            for n in TABLE]


def cell_width(text: str) -> float:
    """Millimetres a table cell needs to hold a text on one line at 小五."""
    return text_width(text) * TABLE_SIZE.pt * 25.4 / 72 + CELL_PADDING


def _heading(document: Document, text: str, level: int) -> None:
    """A heading, its style set by id (python-docx's add_heading looks the name up among all styles each time)."""
    document.add_paragraph(text)._p.style = f"Heading{level}"


def _table(document: Document, labels: list[str], rows: list[list[str]], widths: list[float], line: int) -> Table:
    """A grid table at 小五, the header row repeated on every page; 0 in `widths` takes the rest of a `line`
    (millimetres); a line break in a cell's text starts a paragraph.

    The rows are written as WordprocessingML text and parsed once per row, as python-docx makes its own new
    tables: its cell objects re-read the whole grid on each access, which made a 1,000-target report take
    seconds.
    """
    table = document.add_table(rows=0, cols=len(labels))
    table._tbl.tblPr.style = "TableGrid"  # by id: a lookup by name scans every style each time
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table._tbl.tblPr.append(parse_xml(  # narrow cell margins (1 mm) leave room for the text
        f'<w:tblCellMar {W}><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'))
    rest = max(line - sum(widths), 20)
    sizes = [Mm(width or rest) for width in widths]
    for column, size in zip(table.columns, sizes, strict=True):
        column.width = size  # the grid LibreOffice lays out by
    twips = [size.twips for size in sizes]  # the cell widths Word lays out by
    table._tbl.append(_row(labels, twips, "TableHeading", header=True))
    for values in rows:
        table._tbl.append(_row(values, twips, "TableText"))
    document.add_paragraph()
    return table


def _row(values: list[str], twips: list[int], style: str, header: bool = False):  # an lxml element
    head = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>' if header else ""
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
        + "".join(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{escape(line)}'
                  f'</w:t></w:r></w:p>' for line in text.split("\n"))
        + "</w:tc>"
        for text, width in zip(values, twips, strict=True))
    return parse_xml(f"<w:tr {W}>{head}{cells}</w:tr>")


def _shade(tc, fill: str) -> None:  # python-docx's CT_Tc
    tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

