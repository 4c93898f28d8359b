"""The Excel ledger read back with openpyxl: numbers, formats, statuses; nothing a document says can run."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tracker.report import ledger
from tracker.report.ledger import COLUMNS, HEADER_ROW, goal_format

from .conftest import QUARTER


def opened(report):
    return load_workbook(io.BytesIO(ledger.render(report)))


def test_one_row_per_target_with_the_numbers_of_status(report, status_json) -> None:
    book = opened(report)
    assert book.sheetnames == ["汇总", "yk22"]
    sheet = book["yk22"]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == ["序号", "章节", "目标任务", "责任单位", "配合单位", "目标值", "完成值", "完成率", "序时进度", "状态",
                      "差距", "完成时限", "期限状态", "预计完成", "较上季度", "数据截至", "滞后原因", "整改措施", "数据来源"]
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


def test_frozen_filtered_and_a_native_chart_on_the_summary(report) -> None:
    book = opened(report)
    sheet = book["yk22"]
    assert sheet.freeze_panes == f"D{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:S{HEADER_ROW + 34}"
    summary = book["汇总"]
    assert len(summary._charts) == 1  # openpyxl keeps loaded charts here
    assert summary["A1"].value == "营口市科技工作2022年第二季度进展情况"


def test_text_that_looks_like_a_formula_stays_text(report) -> None:
    part = report.plans[0]
    first = part.sections[0]
    hostile = [first.rows[0]._replace(title='=HYPERLINK("http://evil","点我")', source="+1+1", owner="@SUM(A1)",
                                      change="-2")]
    book = opened(report._replace(plans=(part._replace(sections=(first._replace(rows=tuple(hostile)),)),)))
    row = next(book["yk22"].iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 1))
    cells = dict(zip(COLUMNS, row, strict=True))
    for name, value in (("title", '=HYPERLINK("http://evil","点我")'), ("source", "+1+1"), ("lead", "@SUM(A1)"),
                        ("change", "-2")):
        assert cells[name].value == value and cells[name].data_type == "s" and cells[name].quotePrefix
    assert not any(c.data_type == "f" for sheet in book for r in sheet.iter_rows() for c in r)


def rows_of(report) -> list[dict]:
    sheet = opened(report)[report.plans[0].plan]
    return [dict(zip(COLUMNS, row, strict=True)) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def test_a_goal_keeps_the_words_the_plan_wrote_around_its_number(report) -> None:
    lines = {line["title"].value: line for line in rows_of(report)}
    shown = {title: (line["goal"].value, line["goal"].number_format) for title, line in lines.items()}
    assert shown["推广应用农业新技术"] == (20, 'General"项以上"'), "20项以上, not 20项"
    assert shown["农民科技培训人次"] == (500, 'General"余人次"')
    assert shown["技术合同成交额"] == (11.3, '#,##0.00"亿元"')
    assert goal_format("不少于15场(次)", "场") == '"不少于"General"场(次)"'
    assert goal_format("25亿元以上", "亿元") == '#,##0.00"亿元以上"'
    assert goal_format("1.5-2倍", "倍") == 'General"-2倍"'
    assert goal_format("三百家", "家") == 'General"家"', "a number in words: the unit alone"


def test_numbers_run_through_the_sheet_and_each_row_has_its_division(project, build) -> None:
    targets = project / "targets.yaml"
    targets.write_text(targets.read_text(encoding="utf-8").replace(
        "        owner: {lead: 成果转化科, support: [各县(市)区科技局]}\n", "        owner: 科技成果转化科\n"),
        encoding="utf-8")
    lines = rows_of(build(QUARTER, "yk22"))
    assert [line["number"].value for line in lines] == list(range(1, 35)), "序号 never restarts in a section"
    sections = list(dict.fromkeys(line["section"].value for line in lines))
    assert sections[:2] == ["（一）下半年工作打算", "（二）抓国家创新型城市建设,提升综合创新水平"]
    owners = {line["title"].value: line["lead"].value for line in lines}
    assert owners["技术合同成交额"] == "科技成果转化科" and owners["新增高新技术企业"] == "高新技术科"


def test_printed_landscape_as_wide_as_the_page_header_repeated_and_readable(report) -> None:
    book = opened(report)
    for sheet in book:
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and sheet.sheet_properties.pageSetUpPr.fitToPage
    sheet = book["yk22"]
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}", "the header row on every page"
    widths = sum(sheet.column_dimensions[get_column_letter(n)].width for n in range(1, len(COLUMNS) + 1))
    printable = (297 - 25.4 * (sheet.page_margins.left + sheet.page_margins.right)) / 1.85  # width units at 100%
    assert printable / widths >= 0.85, "fit to the page's width, it prints at 85% or more"
    cells = [c for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW + 5) for c in row]
    assert all(c.font.size >= 10.5 for c in cells)
    assert all(sheet.row_dimensions[n].height for n in range(HEADER_ROW + 1, HEADER_ROW + 35)), "rows fit their text"


def test_the_supervision_columns_are_the_core_s(workspace, status_json) -> None:
    """责任单位 … 整改措施 for each target: its units as status gives them, its deadline, state and forecast as
    `supervise` computes them, the lag note in force."""
    from datetime import date
    from decimal import Decimal

    from tracker.progress.supervision import supervise
    from tracker.report import content
    from tracker.workspace import lag_note

    targets_file, _ = workspace.load_targets()
    contracts = next(t for t in targets_file.targets if t.id == "yk22-contracts")
    workspace.record_note(lag_note(contracts, date(2022, 6, 30), "=受疫情影响，合同登记延后", "逐户走访", "王科长"))
    status, _ = workspace.status(targets_file, QUARTER.end, "yk22")
    built = content.build(status, [targets_file.plan("yk22")], workspace.notes()[0], QUARTER, {}, "zh",
                          supervision=targets_file.supervision)
    supervised = supervise(status, targets_file.supervision)
    states = {"ok": "正常", "due_soon": "临近到期", "overdue": "逾期", "met": "已完成"}
    by_title = {p.target.title: p for p in status.progress}
    for line in rows_of(built):
        title = line["title"].value
        shown, progress = status_json[title], by_title[title]
        deadline, forecast = supervised.deadlines[progress.target.id], supervised.forecasts[progress.target.id]
        assert line["lead"].value == shown["owner"]
        assert (line["support"].value or "") == "、".join(shown["support"])
        assert line["due"].value.date() == deadline.date and line["deadline"].value == states[deadline.state.value]
        if forecast.value is None:
            assert line["forecast"].value is None
        else:
            scale = Decimal(10) ** 8 if progress.target.target.written_unit.startswith("亿") else Decimal(1)
            assert line["forecast"].value == pytest.approx(float(forecast.value / scale), rel=1e-12)
    row = next(line for line in rows_of(built) if line["title"].value == "技术合同成交额")
    assert (row["lead"].value, row["support"].value) == ("成果转化科", "各县(市)区科技局")
    assert (row["due"].value.date(), row["deadline"].value) == (date(2022, 12, 31), "正常")
    assert round(row["forecast"].value, 2) == 8.07, "issue 17: 4.0亿元 by 30 June is about 8.07亿元 by year's end"
    assert (row["cause"].value, row["cause"].quotePrefix, row["measures"].value) == (
        "=受疫情影响，合同登记延后", True, "逐户走访")
