"""The report as an Excel ledger (台账): one row per target, one sheet per plan, and a summary sheet with a chart.

Numbers are numbers, in the plan's own scale with the unit in the number
format (11.3 shown as 11.30亿元), shares as percentages; the header is frozen
and filterable; status cells are coloured and keep their word. Any text that
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
from openpyxl.worksheet.worksheet import Worksheet

from tracker.report.content import STATUS_FILL, PlanReport, QuarterReport, Row

COLUMNS = ("number", "section", "title", "unit", "goal", "actual", "completion", "expected", "status", "gap",
           "change", "document", "quote")
WIDTHS = {"number": 6, "section": 24, "title": 30, "unit": 8, "goal": 12, "actual": 12, "completion": 10,
          "expected": 10, "status": 10, "gap": 12, "change": 18, "document": 26, "quote": 50}
MONEY = {"亿元", "万元", "元", "千元", "百万元"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What Excel (and other spreadsheets) would take for the start of a formula."""
SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
HEADER_ROW = 3
"""Rows 1-2 hold the title and the date; the table starts here."""
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAPPED = ("title", "section", "change", "quote")


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


# ── sheets ────────────────────────────────────────────────────────────────
def _summary(sheet: Worksheet, report: QuarterReport) -> None:
    _heading(sheet, report, 5)
    row = HEADER_ROW
    for part in report.plans:
        text(sheet.cell(row, 1), part.title)
        sheet.cell(row, 1).font = Font(bold=True)
        row += 1
        for line in part.overview:
            text(sheet.cell(row, 1), line)
            row += 1
        row += 1
        labels = [report.label("col.section"), report.label("chart_completion"), report.label("chart_expected")]
        top = row
        for column, label in enumerate(labels, start=1):
            _header(sheet.cell(row, column), label)
        for section in part.sections:
            row += 1
            text(sheet.cell(row, 1), section.title)
            for column, share in ((2, section.completion), (3, section.expected)):
                if share is not None:
                    sheet.cell(row, column, float(min(share, Decimal(1)) if column == 2 else share))
                    sheet.cell(row, column).number_format = "0.0%"
        if row > top:
            _chart(sheet, report, top, row, f"E{top}")
        row = top + max(row - top, _chart_rows(row - top)) + 2  # the next plan starts below this one's chart
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = sheet.column_dimensions["C"].width = 12
    _printed(sheet)


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
    for column, name in enumerate(COLUMNS, start=1):
        _header(sheet.cell(HEADER_ROW, column), report.label(f"col.{name}"))
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[name]
    row = HEADER_ROW
    for section in part.sections:
        for line in section.rows:
            row += 1
            _row(sheet, row, section.title, line)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 4)  # header and the number/section/title columns stay
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{max(row, HEADER_ROW + 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _printed(sheet)


def _printed(sheet: Worksheet) -> None:
    """Printed on A4 landscape, as wide as the page."""
    sheet.page_setup.orientation, sheet.page_setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _row(sheet: Worksheet, row: int, section: str, line: Row) -> None:
    values: dict[str, object] = {
        "number": line.number, "section": section, "title": line.title, "unit": line.unit,
        "goal": line.goal_value, "actual": line.actual_value, "completion": line.completion,
        "expected": line.expected, "status": line.status_word, "gap": line.gap_value, "change": line.change,
        "document": line.document, "quote": line.quote,
    }
    for column, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row, column)
        cell.style = _style(sheet.parent, name, line)  # first: a named style resets the quote prefix
        value = values[name]
        if isinstance(value, str):
            text(cell, value)
        else:
            cell.value = float(value) if isinstance(value, Decimal) else value


def _style(book: Workbook, column: str, line: Row) -> str:
    """The named style of a cell (border, alignment, number format, status fill), registered on first use:
    one style name per cell is what openpyxl writes fast; a style object per cell took seconds."""
    if column in ("goal", "actual", "gap") and line.unit:
        name, number_format = f"ledger amount {line.unit}", unit_format(line.unit)
    elif column in ("completion", "expected"):
        name, number_format = "ledger percent", "0.0%"
    elif column == "status":
        name, number_format = f"ledger status {line.status.value}", "General"
    else:
        name, number_format = f"ledger {'wrapped' if column in WRAPPED else 'plain'}", "General"
    if name not in book.named_styles:
        style = NamedStyle(name=name, number_format=number_format, border=BOX,
                           alignment=Alignment(vertical="top", wrap_text=column in WRAPPED))
        if column == "status":
            style.fill = PatternFill("solid", start_color=STATUS_FILL[line.status])
        book.add_named_style(style)
    return name


def _heading(sheet: Worksheet, report: QuarterReport, columns: int, subtitle: str | None = None) -> None:
    text(sheet.cell(1, 1), report.title + (f"（{subtitle}）" if subtitle and report.lang == "zh" else
                                           f" ({subtitle})" if subtitle else ""))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    text(sheet.cell(2, 1), report.date_line)


def _header(cell: Cell, label: str) -> None:
    text(cell, label)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", start_color="DDDDDD")
    cell.border = BOX
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _sheet_name(name: str) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters."""
    return SHEET_NAME.sub("_", name)[:31] or "sheet"
