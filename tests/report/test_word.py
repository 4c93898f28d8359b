"""The Word report read back with python-docx: the official-document layout and the numbers of `tracker status`."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tracker.report import word
from tracker.report.numbering import chinese
from tracker.report.word import signature_indents


def opened(report) -> Document:
    return Document(io.BytesIO(word.render(report)))


def test_a4_with_the_standards_margins_fonts_and_page_numbers(report) -> None:
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
        xml = footer.paragraphs[0]._p.xml
        assert 'w:instr="PAGE"' in xml and footer.paragraphs[0].text.startswith("— ")


def test_parts_sections_and_tables_say_what_status_says(report, status_json) -> None:
    document = opened(report)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [text for style, text in headings if style == "Heading 1"] == [
        "一、主要工作进展情况", "二、存在问题", "三、下季度工作安排", "四、各责任单位推进情况"]
    sections = [f"（{chinese(s.number)}）{s.title}" for s in report.plans[0].sections]
    assert [text for style, text in headings if style == "Heading 2"] == sections * 2, "in the body and in 附件1"
    section_tables = [t for t in document.tables if t.rows[0].cells[1].text == "目标任务" and len(t.columns) == 10]
    lines = [[c.text for c in row.cells] for t in section_tables for row in t.rows[1:]]
    assert len(lines) == len(status_json)
    words = {"done": "已完成", "on_track": "正常推进", "behind": "滞后", "no_data": "暂无数据"}
    assert all(line[6] == words[status_json[line[1]]["status"]] for line in lines)
    contracts = next(line for line in lines if line[1] == "技术合同成交额")
    assert contracts[2:8] == ["11.3亿元", "4亿元", "35.4%", "49.6%", "滞后", "7.3亿元"]
    assert [line[0] for line in lines] == [str(n) for n in range(1, len(lines) + 1)], "序号 runs through"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "（一）技术合同成交额（滞后）：完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点" in text
    assert "滞后原因：尚未填报" in text


def test_the_issuing_body_and_date_close_the_body(report) -> None:
    paragraphs = opened(report).paragraphs
    texts = [p.text for p in paragraphs]
    at = texts.index("营口市科学技术局")
    issuer, written = paragraphs[at], paragraphs[at + 1]
    assert written.text == "2022年7月6日"
    assert texts[at - 2].startswith("附件：1. 各项目标任务完成情况表\n2. 数据来源"), "附件说明, then a blank line"
    for paragraph in (issuer, written):
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert paragraph.paragraph_format.right_indent >= Pt(32), "at least two characters from the margin"
    assert next(t for t in texts[at + 2:] if t) == "附件1", "the annexes follow the date"


def test_signature_places_the_date_two_characters_right_of_the_body() -> None:
    assert signature_indents(10, 6.5) == (2, 3.5), "a short date: the body two characters in"
    assert signature_indents(8, 6.5) == (2.5, 2), "a date as long as the body: the body moves left"
    assert signature_indents(4, 6.5) == (6.5, 2)


def test_tables_are_annexes_on_landscape_pages(report) -> None:
    document = opened(report)
    body, annex = document.sections
    assert body.orientation == WD_ORIENT.PORTRAIT and annex.orientation == WD_ORIENT.LANDSCAPE
    assert (round(annex.page_width.mm), round(annex.page_height.mm)) == (297, 210)
    elements = list(document.element.body.iterchildren())
    section_end = next(n for n, e in enumerate(elements) if e.find(f".//{qn('w:sectPr')}") is not None)
    tables = [n for n, e in enumerate(elements) if e.tag == qn("w:tbl")]
    assert tables and min(tables) > section_end, "every table after the body's last page"
    line = annex.page_width - annex.left_margin - annex.right_margin
    for table in document.tables:
        assert sum(c.width for c in table.columns) <= line + Mm(0.5)


CJK_MM = 9 * 25.4 / 72
"""A Chinese character at 小五 (9 pt)."""


def one_line(text: str) -> float:
    """Millimetres a cell's text takes on one line at 小五, with the cell's 1 mm margins."""
    return sum(CJK_MM if ord(c) >= 0x2E80 else CJK_MM / 2 for c in text) + 2


def test_no_status_amount_or_share_is_broken_across_lines(later) -> None:
    """Each column of words, amounts and shares is as wide as its widest line: 严重滞后 never becomes 严重滞/后."""
    document = opened(later)
    section_tables = [t for t in document.tables if len(t.columns) == 10]
    assert any("严重滞后" in c.text for t in section_tables for c in t.columns[6].cells)
    for table in section_tables:
        for column in (0, 2, 3, 4, 5, 6, 7, 8):  # 序号 目标值 完成值 完成率 序时进度 状态 差距 较上季度
            width = table.columns[column].width.mm
            for cell in table.columns[column].cells:
                for paragraph in cell.paragraphs:
                    assert one_line(paragraph.text) <= width, (paragraph.text, width)


def test_file_paths_only_in_the_sources_annex(report) -> None:
    document = opened(report)
    sources = document.tables[-1]
    assert sources.rows[0].cells[2].text == "文件"
    assert "seeds/yingkou-2022-h1.txt" in sources.rows[1].cells[2].text
    elsewhere = [p.text for p in document.paragraphs] + [c.text for t in document.tables[:-1]
                                                         for row in t.rows for c in row.cells]
    assert not [text for text in elsewhere if "seeds/" in text or ".txt" in text]
    assert any("《全市科技创新上半年工作总结及下半年工作打算》：“完成技术合同登记额4.0亿元”" in text
               for text in elsewhere), "the document named by its title"


def test_a_native_chart_with_its_data_inside(report) -> None:
    with zipfile.ZipFile(io.BytesIO(word.render(report))) as package:
        charts = [n for n in package.namelist() if n.startswith("word/charts/")]
        assert charts == ["word/charts/chart1.xml"]
        chart = package.read(charts[0]).decode("utf-8")
        content_types = package.read("[Content_Types].xml").decode("utf-8")
    assert "drawingml.chart+xml" in content_types
    assert "<numLit>" in chart and "<ptCount" in chart and "完成率" in chart and "序时进度" in chart
    assert chart.count("<v>0.49589") >= 1, "the time-elapsed share of each section is in the chart"


def _part_four(path) -> list[str]:
    """The paragraphs of 四、各责任单位推进情况, up to the annex note."""
    texts = [p.text for p in Document(path).paragraphs]
    start = texts.index("四、各责任单位推进情况")
    return texts[start + 1:texts.index("", start)]


def test_units_and_the_notices_issued_and_answered(workspace) -> None:
    """A unit's score is the core's; a notice issued for the quarter is listed, its target answered once a lag
    note is recorded after it."""
    from datetime import date

    from tracker.display import points_text
    from tracker.progress.score import ScoreLevel
    from tracker.progress.supervision import supervise
    from tracker.workspace import lag_note

    from .conftest import QUARTER

    targets_file, _ = workspace.load_targets()
    issued = workspace.issue_notices(targets_file, date(2022, 6, 30), "zh").notices
    path, _ = workspace.write_report(targets_file, QUARTER, "docx", "zh", plan="yk22")
    before = _part_four(path)
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    scores = {s.key: s for s in supervise(status, targets_file.supervision).scores if s.level is ScoreLevel.OWNER}
    transfer = next(line for line in before if line.startswith("成果转化科牵头"))
    assert f"综合得分{points_text(scores['成果转化科'].score)}（不合格）" in transfer
    assert transfer.endswith("滞后或逾期：技术合同成交额。")
    assert "本季度共发出督办通知2份：" in before
    assert [line for line in before if "反馈时限" in line] == [
        f"{n.issued.year}年{n.issued.month}月{n.issued.day}日致{n.unit}（反馈时限{n.reply_by.year}年{n.reply_by.month}月"
        f"{n.reply_by.day}日）："
        f"{'技术合同成交额' if n.unit == '成果转化科' else '农民科技培训人次'}未反馈。" for n in issued]

    contracts = next(t for t in targets_file.targets if t.id == "yk22-contracts")
    workspace.record_note(lag_note(contracts, date(2022, 6, 30), "合同登记延后", "逐户走访", "王科长"))
    path, _ = workspace.write_report(targets_file, QUARTER, "docx", "zh", plan="yk22", force=True)
    after = _part_four(path)
    assert any(line.endswith("技术合同成交额已反馈。") for line in after)
    assert any(line.endswith("农民科技培训人次未反馈。") for line in after), "no note for it: still open"
