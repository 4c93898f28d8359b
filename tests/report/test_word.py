"""The Word report read back with python-docx: the official-document layout and the numbers of `tracker status`."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from tracker.report import word


def opened(report) -> Document:  # noqa: ANN001
    return Document(io.BytesIO(word.render(report)))


def test_a4_with_the_standards_margins_fonts_and_page_numbers(report) -> None:  # noqa: ANN001
    document = opened(report)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(16) and normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert document.styles["Title"].element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    assert document.styles["Title"].font.size == Pt(22)
    assert document.styles["Heading 1"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert document.styles["Heading 2"].element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    assert document.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        xml = footer.paragraphs[0]._p.xml  # noqa: SLF001
        assert 'w:instr="PAGE"' in xml and footer.paragraphs[0].text.startswith("— ")


def test_parts_sections_and_tables_say_what_status_says(report, status_json) -> None:  # noqa: ANN001
    document = opened(report)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [text for style, text in headings if style == "Heading 1"] == [
        "一、主要工作进展情况", "二、存在问题", "三、下季度工作安排", "附件：数据来源"]
    assert [text for style, text in headings if style == "Heading 2"] == [s.title for s in report.plans[0].sections]
    section_tables = [t for t in document.tables if t.rows[0].cells[1].text == "目标任务" and len(t.columns) == 10]
    lines = [[c.text for c in row.cells] for t in section_tables for row in t.rows[1:]]
    assert len(lines) == len(status_json)
    words = {"done": "已完成", "on_track": "正常推进", "behind": "滞后", "no_data": "暂无数据"}
    assert all(line[6] == words[status_json[line[1]]["status"]] for line in lines)
    contracts = next(line for line in lines if line[1] == "技术合同成交额")
    assert contracts[2:8] == ["11.3亿元", "4亿元", "35.4%", "49.6%", "滞后", "7.3亿元"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "技术合同成交额（滞后）：完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点" in text
    assert "滞后原因：尚未填报" in text


def test_a_native_chart_with_its_data_inside(report) -> None:  # noqa: ANN001
    with zipfile.ZipFile(io.BytesIO(word.render(report))) as package:
        charts = [n for n in package.namelist() if n.startswith("word/charts/")]
        assert charts == ["word/charts/chart1.xml"]
        chart = package.read(charts[0]).decode("utf-8")
        content_types = package.read("[Content_Types].xml").decode("utf-8")
    assert "drawingml.chart+xml" in content_types
    assert "<numLit>" in chart and "<ptCount" in chart and "完成率" in chart and "序时进度" in chart
    assert chart.count("<v>0.49589") >= 1, "the time-elapsed share of each section is in the chart"
