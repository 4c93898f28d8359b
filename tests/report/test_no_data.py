"""A quarter of which nothing is known: the report says so in a few sentences, with the reason (no document
covers the time, or none has a figure as of the quarter's last day), never "no lag", never every title."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from tracker.report import html, ledger, markdown, word
from tracker.report.content import QuarterReport
from tracker.report.quarter import Quarter

from .test_numbering import html_lines, word_lines


def titles(report: QuarterReport, workspace) -> list[str]:
    targets_file, _ = workspace.load_targets()
    return [t.title for p in report.plans for t in targets_file.plan(p.plan).targets]


def test_no_document_covers_the_quarter_and_the_latest_is_named(empty: QuarterReport) -> None:
    part = empty.plans[0]
    assert part.empty and not part.sections and not part.lagging and not part.no_data and not part.sources
    assert part.overview[0] == "截至2025年3月31日，2025年全市科技工作要点共53项目标任务，均暂无进展数据。"
    assert "尚未收到反映威海市2025年1月1日至2025年3月31日期间工作情况的总结、报表等材料" in part.overview[1]
    assert "数据截至2024年10月31日" in part.overview[1], "the newest document there is, and how old it is"
    assert len(part.next_steps) == 1


def test_a_document_covers_the_quarter_but_has_no_figure_as_of_its_last_day(build) -> None:
    part = build(Quarter(2022, 1), "yk22").plans[0]
    assert part.empty
    assert "《全市科技创新上半年工作总结及下半年工作打算》" in part.empty
    assert "没有截至2022年3月31日、与目标任务对应的数据" in part.empty


def test_a_plan_not_begun_says_so(both: QuarterReport) -> None:
    assert both.plans[1].empty == "原因：本计划自2025年1月1日起执行，截至2022年6月30日尚未开始。"


def test_english_says_why_too(build) -> None:
    part = build(Quarter(2025, 1), "wh25", lang="en").plans[0]
    assert part.overview[0] == "As of 2025-03-31, none of the 53 targets of 2025年全市科技工作要点 has a progress figure."
    assert part.empty.startswith("Why: no summary, statistics or other document on")


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "xlsx"])
def test_every_format_is_short_says_why_and_never_claims_no_lag(empty: QuarterReport, workspace,
                                                                fmt: str) -> None:
    if fmt == "md":
        lines = [line for line in markdown.render(empty).splitlines() if line.strip()]
    elif fmt == "html":
        lines = html_lines(empty)
    elif fmt == "docx":
        lines = word_lines(empty)
        assert Document(io.BytesIO(word.render(empty))).tables == [], "no empty tables, no annex"
    else:
        summary = load_workbook(io.BytesIO(ledger.render(empty))).worksheets[0]
        lines = [str(c.value) for row in summary.iter_rows() for c in row if c.value]
    text = "\n".join(lines)
    assert "尚未收到反映威海市2025年1月1日至2025年3月31日期间工作情况的总结、报表等材料" in text
    assert "无滞后" not in text
    if fmt != "xlsx":  # the ledger's summary gives the overview; its plan sheet stays the register of targets
        assert "尚无法判断是否滞后" in text
        assert len(lines) <= 12, text
        named = [title for title in titles(empty, workspace) if title in text]
        assert named == [], "no list of every target"


def test_html_keeps_no_appendix_when_nothing_is_quoted(empty: QuarterReport) -> None:
    page = html.render(empty)
    assert "附件" not in page and "<table>" not in page


def test_the_ledgers_plan_sheet_says_why_it_has_no_rows(empty: QuarterReport) -> None:
    sheet = load_workbook(io.BytesIO(ledger.render(empty)))["wh25"]
    said = [c.value for c in sheet[2] if c.value]
    assert said == ["截至2025年3月31日", empty.plans[0].empty]
    assert sheet.max_row == 3, "the header, no row of blanks"
