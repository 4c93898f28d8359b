"""The Excel ledger read back with openpyxl: numbers, formats, statuses; nothing a document says can run."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from tracker.report import ledger
from tracker.report.ledger import COLUMNS, HEADER_ROW


def opened(report):  # noqa: ANN001, ANN201
    return load_workbook(io.BytesIO(ledger.render(report)))


def test_one_row_per_target_with_the_numbers_of_status(report, status_json) -> None:  # noqa: ANN001
    book = opened(report)
    assert book.sheetnames == ["汇总", "yk22"]
    sheet = book["yk22"]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == ["序号", "章节", "目标任务", "单位", "目标值", "完成值", "完成率", "序时进度", "状态", "差距",
                      "较上季度", "文件", "原文"]
    lines = [dict(zip(COLUMNS, (c for c in row), strict=True)) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    assert len(lines) == len(status_json)
    words = {"done": "已完成", "on_track": "正常推进", "behind": "滞后", "no_data": "暂无数据"}
    for line in lines:
        expected = status_json[line["title"].value]
        assert line["status"].value == words[expected["status"]]
        completion = line["completion"].value
        assert (None if completion is None else round(completion, 3)) == expected["completion"]
    contracts = next(line for line in lines if line["title"].value == "技术合同成交额")
    assert (contracts["goal"].value, contracts["actual"].value, contracts["gap"].value) == (11.3, 4.0, 7.3)
    assert contracts["goal"].number_format == '#,##0.00"亿元"' and contracts["completion"].number_format == "0.0%"
    assert contracts["status"].fill.start_color.rgb.endswith("FCE5CD")
    firms = next(line for line in lines if line["title"].value == "新增科技型中小企业")
    assert (firms["actual"].value, firms["actual"].number_format) == (156, 'General"家"')


def test_frozen_filtered_and_a_native_chart_on_the_summary(report) -> None:  # noqa: ANN001
    book = opened(report)
    sheet = book["yk22"]
    assert sheet.freeze_panes == f"D{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:M{HEADER_ROW + 34}"
    summary = book["汇总"]
    assert len(summary._charts) == 1  # noqa: SLF001 - openpyxl keeps loaded charts here
    assert summary["A1"].value == "营口市科技工作2022年第二季度进展情况"


def test_text_that_looks_like_a_formula_stays_text(report) -> None:  # noqa: ANN001
    part = report.plans[0]
    first = part.sections[0]
    hostile = [first.rows[0]._replace(title='=HYPERLINK("http://evil","点我")', quote="+1+1", document="@SUM(A1)",
                                      change="-2")]
    book = opened(report._replace(plans=(part._replace(sections=(first._replace(rows=tuple(hostile)),)),)))
    row = next(book["yk22"].iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 1))
    cells = dict(zip(COLUMNS, row, strict=True))
    for name, value in (("title", '=HYPERLINK("http://evil","点我")'), ("quote", "+1+1"), ("document", "@SUM(A1)"),
                        ("change", "-2")):
        assert cells[name].value == value and cells[name].data_type == "s" and cells[name].quotePrefix
    assert not any(c.data_type == "f" for sheet in book for r in sheet.iter_rows() for c in r)
