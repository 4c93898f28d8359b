"""A figure older than the quarter is dated wherever it is shown: a Q3 report of the first half's figures says
数据截至6月30日, in the overview, the tables and 存在问题, in every format."""

from __future__ import annotations

import io
from datetime import date, datetime

from docx import Document
from openpyxl import load_workbook

from tracker.report import html, ledger, markdown, word
from tracker.report.content import QuarterReport
from tracker.report.ledger import COLUMNS, HEADER_ROW

from .test_markdown import tables

CONTRACTS = "技术合同成交额"


def contracts(report: QuarterReport):
    return next(row for s in report.plans[0].sections for row in s.rows if row.title == CONTRACTS)


def test_figures_of_the_quarter_carry_no_date(report: QuarterReport) -> None:
    assert all(row.dated == "" for s in report.plans[0].sections for row in s.rows)
    assert not any("数据截至" in line for line in report.plans[0].overview)
    assert not any("数据截至" in item.said for item in report.plans[0].lagging)


def test_a_quarter_old_figure_is_dated_in_the_content(later: QuarterReport) -> None:
    part = later.plans[0]
    assert "本季度尚无新的进展材料，以下完成情况沿用截至2022年6月30日的数据。" in part.overview
    row = contracts(later)
    assert (row.actual, row.dated, row.as_of) == ("4亿元", "（数据截至6月30日）", date(2022, 6, 30))
    dated = [r for s in part.sections for r in s.rows if r.actual]
    assert dated and all(r.dated == "（数据截至6月30日）" for r in dated)
    lagging = next(item for item in part.lagging if item.title == CONTRACTS)
    assert lagging.said.startswith("数据截至6月30日，完成4亿元，占年度目标35.4%")


def test_dated_in_markdown_and_html(later: QuarterReport) -> None:
    text = markdown.render(later)
    cells = [row for rows in tables(text).values() for row in rows if row.get("目标任务") == CONTRACTS]
    assert cells[0]["完成值"] == "4亿元（数据截至6月30日）"
    assert "沿用截至2022年6月30日的数据" in text
    page = html.render(later)
    assert '4亿元<br><span class="dated">（数据截至6月30日）</span>' in page
    assert "（严重滞后）：数据截至6月30日，完成4亿元" in page


def test_dated_in_word(later: QuarterReport) -> None:
    document = Document(io.BytesIO(word.render(later)))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "沿用截至2022年6月30日的数据" in body and "（严重滞后）：数据截至6月30日，完成4亿元" in body
    cell = next(row.cells[3] for t in document.tables for row in t.rows if row.cells[1].text == CONTRACTS)
    assert [p.text for p in cell.paragraphs] == ["4亿元", "（数据截至6月30日）"]


def test_dated_in_the_ledger(later: QuarterReport) -> None:
    book = load_workbook(io.BytesIO(ledger.render(later)))
    row = next(dict(zip(COLUMNS, r, strict=True)) for r in book["yk22"].iter_rows(min_row=HEADER_ROW + 1)
               if r[COLUMNS.index("title")].value == CONTRACTS)
    assert row["as_of"].value == datetime(2022, 6, 30) and row["as_of"].number_format == "yyyy-mm-dd"
    assert row["as_of"].font.color.rgb.endswith("C00000"), "older than the quarter: in dark red"
    summary = [c.value for c in book["汇总"]["A"] if c.value]
    assert "本季度尚无新的进展材料，以下完成情况沿用截至2022年6月30日的数据。" in summary
