"""The report as an Excel ledger (台账): one row per target, one sheet per plan, and a summary sheet with a chart.

Numbers are numbers, in the plan's own scale with the unit in the number
format (11.3 shown as 11.30亿元), and a goal keeps the words the plan wrote
around its number (15项以上, 不少于15场(次)); shares are percentages; 序号
runs through the sheet as in the other formats, sections carry the report's
numbers (（一）…), each row its 责任单位 and 配合单位, the day its figure is as of, its 完成时限 and 期限状态,
its 预计完成 (the value the core forecasts at the deadline) and the lag note in force (滞后原因, 整改措施). The
header is frozen and filterable; status cells are coloured and keep their
word. Printed, a sheet is landscape A4, as wide as the page, its header row
repeated on every page, in 10.5 pt (五号) with narrow margins. Any text that
Excel would read as a formula (starting with =, +, -, @, or a tab or carriage
return) is stored as text with Excel's quote prefix: a sentence quoted from a
document can never run as a formula.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from tracker.report.content import STATUS_FILL, PlanReport, QuarterReport, Row

COLUMNS = ("number", "section", "title", "lead", "support", "goal", "actual", "completion", "expected", "status",
           "gap", "due", "deadline", "forecast", "change", "as_of", "cause", "measures", "source")
WIDTHS = {"number": 4, "section": 9, "title": 17, "lead": 8, "support": 8, "goal": 9, "actual": 9, "completion": 7,
          "expected": 7, "status": 8, "gap": 8, "due": 10.5, "deadline": 8, "forecast": 9, "change": 9,
          "as_of": 10.5, "cause": 12, "measures": 12, "source": 15}
"""Characters per column: 180 in all, which a landscape A4 page with 0.25-inch side margins prints at about 85%
of 10.5 pt; long text (titles, units, notes, sources) wraps in its cell."""
FONT_SIZE, TITLE_SIZE, LINE_HEIGHT = 10.5, 16, 14
SUMMARY_COLUMNS, SUMMARY_WIDTH = 12, 130
"""The summary's sentences span columns A to L, about 130 characters of width (40 + 12 + 12 + 9 × 8.43)."""
DIGITS = re.compile(r"[0-9０-９][0-9０-９.,，]*")
"""The number in a goal as the plan wrote it (15 in 15项以上), so the words around it can stay."""
MONEY = {"亿元", "万元", "元", "千元", "百万元"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What Excel (and other spreadsheets) would take for the start of a formula."""
SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
HEADER_ROW = 3
"""Rows 1-2 hold the title and the date; the table starts here."""
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAPPED = ("title", "section", "change", "source", "lead", "support", "cause", "measures")


def render(report: QuarterReport) -> bytes:
    """The .xlsx file's bytes."""
    book = Workbook()
    summary = book.active
    summary.title = _sheet_name(report.label("summary_sheet"))
    _summary(summary, report)
    for part in report.plans:
        _plan_sheet(book.create_sheet(_sheet_name(part.plan)), part, report)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def text(cell: Cell, value: str) -> None:
    """Put text in a cell so that it stays text, whatever it starts with."""
    cell.value = value
    if value.startswith(FORMULA_START):
        cell.data_type = "s"  # openpyxl would write it as a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def unit_format(unit: str) -> str:
    """11.3 in 亿元 → 11.30亿元; 156 in 家 → 156家."""
    quoted = unit.replace('"', "")
    return f'#,##0.00"{quoted}"' if unit in MONEY else f'General"{quoted}"'


def goal_format(goal: str, unit: str) -> str:
    """A goal's number format that shows it as the plan wrote it: 15项以上, 不少于15场(次), 25亿元以上; the unit's
    format when the plan wrote the number in words (三百家)."""
    found = DIGITS.search(goal)
    if found is None:
        return unit_format(unit)
    before, after = (part.replace('"', "") for part in (goal[:found.start()], goal[found.end():]))
    number = "#,##0.00" if unit in MONEY else "General"
    return (f'"{before}"' if before else "") + number + (f'"{after}"' if after else "")


# ── sheets ────────────────────────────────────────────────────────────────
def _summary(sheet: Worksheet, report: QuarterReport) -> None:
    _heading(sheet, report, SUMMARY_COLUMNS)
    row = HEADER_ROW
    for m, part in enumerate(report.plans, start=1):
        text(sheet.cell(row, 1), report.plan_heading(m, part) if report.several else part.title)
        sheet.cell(row, 1).font = Font(bold=True, size=FONT_SIZE)
        row += 1
        for line in part.overview:
            _paragraph(sheet, row, line)
            row += 1
        row += 1
        if not part.sections:
            continue
        labels = [report.label("col.section"), report.label("chart_completion"), report.label("chart_expected")]
        top = row
        for column, label in enumerate(labels, start=1):
            _header(sheet.cell(row, column), label)
        for section in part.sections:
            row += 1
            text(sheet.cell(row, 1), report.item(section.number, section.title))
            sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
            for column, share in ((2, section.completion), (3, section.expected)):
                if share is not None:
                    sheet.cell(row, column, float(min(share, Decimal(1)) if column == 2 else share))
                    sheet.cell(row, column).number_format = "0.0%"
        _chart(sheet, report, top, row, f"E{top}")
        row = top + max(row - top, _chart_rows(row - top)) + 2  # the next plan starts below this one's chart
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = sheet.column_dimensions["C"].width = 12
    _printed(sheet)


def _paragraph(sheet: Worksheet, row: int, line: str) -> None:
    """A sentence of the overview across the summary's width, wrapped, its row as tall as its lines."""
    text(sheet.cell(row, 1), line)
    sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.cell(row, 1).font = Font(size=FONT_SIZE)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=SUMMARY_COLUMNS)
    sheet.row_dimensions[row].height = LINE_HEIGHT * _lines(line, SUMMARY_WIDTH) + 2


def _chart(sheet: Worksheet, report: QuarterReport, top: int, bottom: int, anchor: str) -> None:
    chart = BarChart()
    chart.type, chart.grouping, chart.title = "bar", "clustered", report.label("chart")
    chart.y_axis.number_format, chart.y_axis.scaling.min, chart.y_axis.scaling.max = "0%", 0, 1
    chart.x_axis.scaling.orientation, chart.y_axis.crosses = "maxMin", "max"
    chart.y_axis.delete = chart.x_axis.delete = False
    chart.add_data(Reference(sheet, min_col=2, max_col=3, min_row=top, max_row=bottom), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=bottom))
    chart.legend.position = "b"
    chart.width, chart.height = 18, _chart_height(bottom - top)
    sheet.add_chart(chart, anchor)


def _chart_height(sections: int) -> float:
    """Centimetres: room for each section's pair of bars, the title and the legend."""
    return max(7.0, 1.2 * sections + 4)


def _chart_rows(sections: int) -> int:
    """Rows of the sheet the chart covers (a row is 0.53 cm at Excel's default height)."""
    return int(_chart_height(sections) / 0.53) + 1


def _plan_sheet(sheet: Worksheet, part: PlanReport, report: QuarterReport) -> None:
    _heading(sheet, report, len(COLUMNS), part.title)
    if part.empty:  # no row to give: the sheet says why
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
        first = COLUMNS.index("lead") + 1
        text(sheet.cell(2, first), part.empty)
        sheet.cell(2, first).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(2, first).font = Font(size=FONT_SIZE, color="C00000")
        sheet.merge_cells(start_row=2, start_column=first, end_row=2, end_column=len(COLUMNS))
        span = sum(WIDTHS[name] for name in COLUMNS[first - 1:])
        sheet.row_dimensions[2].height = LINE_HEIGHT * _lines(part.empty, span) + 2
    for column, name in enumerate(COLUMNS, start=1):
        _header(sheet.cell(HEADER_ROW, column), report.label(f"col.{name}"))
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[name]
    row = HEADER_ROW
    for section in part.sections:
        for line in section.rows:
            row += 1
            _row(sheet, row, report.item(section.number, section.title), line)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 4)  # header and the number/section/title columns stay
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{max(row, HEADER_ROW + 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _printed(sheet)


def _printed(sheet: Worksheet) -> None:
    """Printed on A4 landscape, as wide as the page (as many pages down as it takes), narrow margins, the page
    number in the footer."""
    sheet.page_setup.orientation, sheet.page_setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.25, right=0.25, top=0.5, bottom=0.6, header=0.2, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "&P / &N"


def _row(sheet: Worksheet, row: int, section: str, line: Row) -> None:
    values: dict[str, object] = {
        "number": line.number, "section": section, "title": line.title, "lead": line.owner, "support": line.support,
        "goal": line.goal_value, "actual": line.actual_value, "completion": line.completion,
        "expected": line.expected, "status": line.status_word, "gap": line.gap_value, "due": line.due,
        "deadline": line.deadline_word, "forecast": line.forecast_value, "change": line.change,
        "as_of": line.as_of, "cause": line.cause, "measures": line.measures, "source": line.source,
    }
    for column, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row, column)
        cell.style = _style(sheet.parent, name, line)  # first: a named style resets the quote prefix
        value = values[name]
        if isinstance(value, str):
            text(cell, value)
        else:
            cell.value = float(value) if isinstance(value, Decimal) else value
    lines = max(_lines(str(values[name] or ""), WIDTHS[name]) for name in WRAPPED)
    sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 2


def _lines(value: str, width: float) -> int:
    """How many lines a wrapped cell takes: a Chinese character is two of Excel's width units, a letter one.
    Set on the row, since neither Excel nor LibreOffice sizes a row to its wrapped text when it opens a file."""
    units = sum(2 if ord(c) >= 0x2E80 else 1 for c in value)
    return max(1, int(-(-units // max(width - 1, 1))))


def _style(book: Workbook, column: str, line: Row) -> str:
    """The named style of a cell (border, alignment, number format, status fill), registered on first use:
    one style name per cell is what openpyxl writes fast; a style object per cell took seconds."""
    if column == "goal" and line.unit:
        number_format = goal_format(line.goal, line.unit)
        name = f"ledger goal {number_format}"
    elif column == "forecast" and line.unit:  # a projection: one decimal of a count is enough (85.7项)
        name = f"ledger forecast {line.unit}"
        number_format = unit_format(line.unit).replace("General", "#,##0.0")
    elif column in ("actual", "gap") and line.unit:
        name, number_format = f"ledger amount {line.unit}", unit_format(line.unit)
    elif column in ("completion", "expected"):
        name, number_format = "ledger percent", "0.0%"
    elif column == "due":
        name, number_format = "ledger due", "yyyy-mm-dd"
    elif column == "as_of":  # a figure older than the quarter in dark red, as the other formats date it
        name, number_format = f"ledger date{' old' if line.dated else ''}", "yyyy-mm-dd"
    elif column == "status":
        name, number_format = f"ledger status {line.status.value}", "General"
    else:
        name, number_format = f"ledger {'wrapped' if column in WRAPPED else 'plain'}", "General"
    if name not in book.named_styles:
        style = NamedStyle(name=name, number_format=number_format, border=BOX, font=Font(size=FONT_SIZE),
                           alignment=Alignment(vertical="top", wrap_text=column in WRAPPED))
        if column == "status":
            style.fill = PatternFill("solid", start_color=STATUS_FILL[line.status])
        if column == "as_of" and line.dated:
            style.font = Font(size=FONT_SIZE, color="C00000")
        book.add_named_style(style)
    return name


def _heading(sheet: Worksheet, report: QuarterReport, columns: int, subtitle: str | None = None) -> None:
    text(sheet.cell(1, 1), report.title + (f"（{subtitle}）" if subtitle and report.lang == "zh" else
                                           f" ({subtitle})" if subtitle else ""))
    sheet.cell(1, 1).font = Font(bold=True, size=TITLE_SIZE)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 28
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    text(sheet.cell(2, 1), report.date_line)
    sheet.cell(2, 1).alignment = Alignment(vertical="top")


def _header(cell: Cell, label: str) -> None:
    text(cell, label)
    cell.font = Font(bold=True, size=FONT_SIZE)
    cell.fill = PatternFill("solid", start_color="DDDDDD")
    cell.border = BOX
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _sheet_name(name: str) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters."""
    return SHEET_NAME.sub("_", name)[:31] or "sheet"
