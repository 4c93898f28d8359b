"""`draft.table`: a task-decomposition table drafted row by row, whatever its columns are called."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from tracker.draft.table import draft_table, draft_text_table, sheet_rows, text_tables
from tracker.model.period import parse_period

YEAR = parse_period("2024")


def workbook(path: Path, header: list[str], rows: list[list[str]], title: str = "环翠区2024年科技工作重点任务分解表") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "附件1"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        if len([c for c in row if c]) == 1:  # a section row spans the table
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    book.save(path)
    return path


ROWS = [
    ["一、培育创新主体", "", "", "", "", ""],
    ["1", "实施高企培育行动", "新增高新技术企业60家以上", "高新技术科", "各镇街", "2024年12月底前"],
    ["2", "推动科技型中小企业评价入库", "入库300家、技术合同成交额20亿元", "成果转化科", "", "年底前"],
    ["二、优化创新生态", "", "", "", "", ""],
    ["3", "修订科技计划项目管理办法", "", "政策法规科", "", "6月底前"],
]


@pytest.mark.parametrize("header", [
    ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"],
    ["编号", "工作任务", "预期目标", "责任单位", "协办单位", "时间节点"],
    ["序号", "任务内容", "量化指标", "牵头部门", "配合部门", "完成时间"],
    ["序号", "主要工作举措", "年度目标值", "责任主体单位", "协同配合单位", "完成期限"],
], ids=["重点任务", "工作任务", "任务内容", "names not in the lexicon, read by their head words"])
def test_each_row_is_a_target_or_a_milestone_with_its_owner_due_and_section(tmp_path: Path, header: list[str]) -> None:
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, ROWS)), YEAR)
    assert [(d.target, d.owner, d.due, d.section, d.cell) for d in drafted] == [
        ("60家以上", "高新技术科", date(2024, 12, 31), "一、培育创新主体", ("附件1", 4, "C")),
        ("300家", "成果转化科", date(2024, 12, 31), "一、培育创新主体", ("附件1", 5, "C")),
        ("20亿元", "成果转化科", date(2024, 12, 31), "一、培育创新主体", ("附件1", 5, "C")),
        (None, "政策法规科", date(2024, 6, 30), "二、优化创新生态", ("附件1", 7, "B")),
    ]
    assert drafted[-1].title == "修订科技计划项目管理办法"


def test_a_bare_value_under_a_header_naming_its_unit_is_a_target_titled_by_header_and_row(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "项目建设规模及内容", "建设起止年限", "总投资(万元)", "当年投资(万元)", "责任单位"]
    rows = [["1", "城市用气提升工程", "对28个小区实施改造", "2024.01-2024.12", "1200", "1200", "城投集团"],
            ["2", "山塘整治工程", "加固6座小型水库", "2024.03-2024.10", "9000", "4600", "水利局"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.title, d.target, d.owner, d.due) for d in drafted if d.cell[2] == "F"] == [
        ("当年投资(城市用气提升工程)", "1200万元", "城投集团", date(2024, 12, 31)),
        ("当年投资(山塘整治工程)", "4600万元", "水利局", date(2024, 10, 31))]
    assert not [d for d in drafted if d.cell[2] == "E"]  # a project's size is no commitment
    assert next(d for d in drafted if d.cell[2] == "F").quote == "当年投资(万元)：1200"  # with its column's name


def test_a_sheet_without_a_header_of_known_columns_drafts_nothing(tmp_path: Path) -> None:
    assert draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", ["年份", "数值"], [["2023", "56"]])), YEAR) == []


def test_bare_numbers_in_period_columns_take_the_unit_their_task_names_and_a_group_column_gives_sections(
        tmp_path: Path) -> None:
    header = ["", "目标", "任务内容", "牵头部门", "配合部门", "前三年目标任务", "五年目标任务"]
    rows = [
        ["1", "综合指标", "R&D经费支出占GDP比重(%)", "市科技局", "市统计局", "1.8%", "2.2%"],
        ["2", "一、企业自主创新能力提升工程", "拥有发明专利(件)", "市知识产权局", "高新区", "3000", "4200"],
        ["3", "", "培育高新技术企业(家)", "市科技局", "市财政局", "74", "80"],
    ]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), parse_period("2011..2015"))
    assert [(d.title, d.target, d.owner, d.section, d.cell[2]) for d in drafted] == [
        ("R&D经费支出占GDP比重", "1.8%", "市科技局", None, "F"),
        ("R&D经费支出占GDP比重", "2.2%", "市科技局", None, "G"),
        ("拥有发明专利", "3000件", "市知识产权局", "一、企业自主创新能力提升工程", "F"),
        ("拥有发明专利", "4200件", "市知识产权局", "一、企业自主创新能力提升工程", "G"),
        ("培育高新技术企业", "74家", "市科技局", "一、企业自主创新能力提升工程", "F"),
        ("培育高新技术企业", "80家", "市科技局", "一、企业自主创新能力提升工程", "G"),
    ]


def test_a_bare_number_without_a_unit_named_in_its_row_is_no_target(tmp_path: Path) -> None:
    rows = [["1", "推进科技计划管理改革", "3", "市科技局", "", "年底前"]]
    header = ["序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.target, d.title) for d in drafted] == [(None, "推进科技计划管理改革")]  # a milestone: 3 of what?


def test_a_task_numbered_like_a_heading_in_the_only_task_column_is_a_task(tmp_path: Path) -> None:
    header = ["序号", "重点任务", "牵头单位", "完成时限"]
    rows = [["1", "一、新增高新技术企业60家", "高新科", "2024年6月底前"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.target, d.owner, d.due, d.section) for d in drafted] == [("60家", "高新科", date(2024, 6, 30), None)]


def test_without_a_deadline_column_a_schedule_of_steps_gives_its_last_date(tmp_path: Path) -> None:
    header = ["序号", "工作事项", "进度安排", "进展情况"]
    rows = [["1", "启动新安综合体建设。", "①2月上旬前，完成设计招标。②3月底前，完成图纸。③5月底前，开工。", "①已完成。"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.title, d.due) for d in drafted] == [("启动新安综合体建设", date(2024, 5, 31))]


def test_a_web_pages_table_in_the_text_is_drafted_at_its_cells() -> None:
    text = ("重点任务分解表\n| 序号 | 重点任务 | 目标任务 | 责任单位 | 时间节点 |\n"
            "| 1 | 实施高企培育行动 | 新增高新技术企业60家以上 | 高新技术科 | 年底前 |\n"
            "全年力争技术合同成交额达到100亿元。\n| 年份 | 数值 |\n| 2024 | 56 |\n")
    (table,) = text_tables(text)  # the statistics table has no header of tasks
    assert text[table.span[0]:table.span[1]].count("\n") == 2
    (drafted,) = draft_text_table(table, YEAR)
    assert (drafted.target, drafted.owner, drafted.due, drafted.cell) == ("60家以上", "高新技术科", date(2024, 12, 31), None)
    assert text[drafted.start:].startswith(drafted.quote)


def test_a_row_going_on_with_the_item_above_keeps_its_owner_and_a_repeated_header_is_skipped(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "主要内容", "牵头单位", "配合单位"]
    rows = [["1", "优化养老服务", "为全区23000名老年人提供居家上门服务。", "民政局", "各街道"],
            ["", "", "提升改造8家城乡社区居家养老服务中心(站)。", "", ""],
            header]
    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    sheet.merge_cells("D2:D3")  # the owner's cell merged down the item's two rows, as the page draws it
    book.save(tmp_path / "t.xlsx")
    drafted = draft_table(sheet_rows(tmp_path / "t.xlsx"), YEAR)
    assert [(d.target, d.owner) for d in drafted] == [("23000名", "民政局"), ("8家", "民政局")]


def test_a_grid_of_sub_rows_under_an_item_gives_a_target_per_named_column(tmp_path: Path) -> None:
    header = ["序号", "实事项目", "牵头领导", "责任单位", "配合单位", "实际完成情况", ""]
    rows = [["3", "新辟公交线路10条,优化调整20条。", "王某", "市交通委", "各区政府", "", ""],
            ["", "", "甲区", "乙区", "丙区", "合计", ""],
            ["", "新辟线路年度目标", "2", "5", "3", "10", ""],
            ["", "实际完成", "1", "2", "0", "3", ""]]
    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    drafted = draft_table(sheet_rows(tmp_path / "t.xlsx"), YEAR)
    assert [(d.title, d.target, d.owner) for d in drafted if d.cell[1] == 4] == [
        ("新辟线路(甲区)", "2条", "市交通委"), ("新辟线路(乙区)", "5条", "市交通委"), ("新辟线路(丙区)", "3条", "市交通委")]
    assert not [d for d in drafted if d.cell[1] == 5]  # what was done holds no target


def test_owner_and_deadline_columns_under_headers_not_seen_are_told_by_their_cells(tmp_path: Path) -> None:
    header = ["序号", "重点任务", "承办", "办结"]
    rows = [["1", "新增高新技术企业60家", "县科技局", "12月底前"],
            ["2", "新建孵化器2家", "县住建局", "9月底前"],
            ["3", "修订管理办法", "县司法局", "6月底前完成"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.owner, d.due and d.due.month) for d in drafted] == [("县科技局", 12), ("县住建局", 9), ("县司法局", 6)]


def test_a_task_column_of_dated_steps_is_the_rows_schedule_not_its_targets(tmp_path: Path) -> None:
    header = ["序号", "实事项目", "工作举措及实施计划", "责任单位"]
    rows = [["1", "新建成婴幼儿照护驿站7家", "3月底前新建成2家;6月底前新建成2家;9月底前完成7家建设任务。", "卫健局"],
            ["2", "新建幼儿园3所", "4月底前开工;11月底前建成3所。", "教育局"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.target, d.owner, d.due) for d in drafted] == [
        ("7家", "卫健局", date(2024, 9, 30)), ("3所", "教育局", date(2024, 11, 30))]


def test_a_schedules_labelled_steps_give_each_target_of_the_row_its_own_deadline(tmp_path: Path) -> None:
    header = ["序号", "实事项目", "工作举措及实施计划", "责任单位"]
    rows = [["1", "新建成照护驿站7家,新增托位500个。",
             "1.照护驿站:3月底前新建成2家;9月底前完成7家。\n2.托位:6月底前新增200个;10月底前完成500个。", "卫健局"],
            ["2", "新建幼儿园3所", "4月底前开工;11月底前建成3所。", "教育局"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.target, d.due) for d in drafted] == [
        ("7家", date(2024, 9, 30)), ("500个", date(2024, 10, 31)), ("3所", date(2024, 11, 30))]


def test_a_note_that_the_first_unit_leads_makes_it_the_owner_in_every_row(tmp_path: Path) -> None:
    header = ["序号", "重点任务", "责任单位"]
    rows = [["1", "新增高新技术企业60家", "市科技局、各区县政府(列第一位的为牵头单位,下同)"],
            ["2", "新建孵化器2家", "市住建局、市科技局"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [d.owner for d in drafted] == ["市科技局", "市住建局"]
    without = draft_table(sheet_rows(workbook(tmp_path / "u.xlsx", header, rows[1:])), YEAR)
    assert [d.owner for d in without] == ["市住建局、市科技局"]  # no note: the cell as written


def test_a_list_built_table_in_traditional_script_gives_owners_and_the_tasks_own_deadline(tmp_path: Path) -> None:
    header = ["序號", "工作要點", "牽頭", "按職責分工負責", "牽頭領導"]
    rows = [["1", "全面實施清單管理。2024年10月底前編制並公布清單。", "市政府辦公室", "市級各有關部門", "張某"],
            ["2", "持續深化改革。", "市司法局", "", "李某"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.owner, d.due, d.target) for d in drafted] == [
        ("市政府辦公室", date(2024, 10, 31), None), ("市司法局", None, None)]  # 2024年 is a year, no target


def test_steps_through_the_year_are_targets_but_the_last_repeating_the_years_figure(tmp_path: Path) -> None:
    header = ["任 务 名 称", "任 务 单", "工作流程", "限期时间"]
    rows = [["推进技术创新", "到年末，占比达到21%", "一、二、三、四季度，占比依次达到18%、19%、20%、21%", "每季度末"],
            ["任务名称和清单", "", "工作流程", "限期时间"],  # a second list's header: no task
            ["园区考核", "增长18%记5分，每增加1个百分点加0.2分。", "一、二、三、四季度依次完成9%、12%、15%、18%", "每月"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.cell[1:], d.target) for d in drafted] == [
        ((3, "B"), "21%"), ((3, "C"), "18%"), ((3, "C"), "19%"), ((3, "C"), "20%"),
        ((5, "B"), "18%"), ((5, "C"), "9%"), ((5, "C"), "12%"), ((5, "C"), "15%")]
    assert all(d.section is None for d in drafted)  # 一、二、三、四季度 opens no group


def test_a_sheet_holding_one_task_as_a_record_of_labels_and_values(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "重点工作"
    for row in [["重點(diǎn)工作:", "107.健全成果轉化機制，新增高新技術企業60家。"], ["牽頭單位:", "市科技局"],
                ["年度階段性工作目標:", "第一季度:制定方案。"], ["進展情況:", "已完成。"]]:
        sheet.append(row)
    book.save(tmp_path / "t.xlsx")
    (drafted,) = draft_table(sheet_rows(tmp_path / "t.xlsx"), YEAR)
    assert (drafted.target, drafted.owner, drafted.cell) == ("60家", "市科技局", ("重点工作", 1, "B"))
    assert "(diǎn)" not in drafted.quote  # a mirror's pinyin glosses are no part of the cell's words


@pytest.mark.parametrize(("cell", "owner"), [
    ("市发展改革委。", "市发展改革委"),  # the cell's closing mark
    ("1.区科技局；2.区财政局", "1.区科技局；2.区财政局"),  # numbered units: a dot is no sentence's end
    ("省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,下同。", "省发展改革委、商务厅"),  # a note
])
def test_an_owner_is_the_units_without_a_note_or_a_closing_mark(tmp_path: Path, cell: str, owner: str) -> None:
    rows = [["1", "新增高新技术企业60家", cell], ["2", "修订管理办法", "市司法局"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", ["序号", "重点任务", "责任单位"], rows)), YEAR)
    assert drafted[0].owner == owner


def test_a_sub_row_with_only_its_task_cell_is_a_task_of_the_item_not_a_section(tmp_path: Path) -> None:
    header = ["序号", "建设任务", "具体内容", "责任单位"]
    book = Workbook()
    sheet = book.active
    for row in [header, ["（一）预案建设", "", "", ""], ["1.", "完善应急预案体系", "(1)加强应急预案管理。", "市直各有关单位"],
                ["", "", "(2)推进应急预案精编化。", ""]]:
        sheet.append(row)
    sheet.merge_cells("D3:D4")  # the owner cell merged down the item's rows, as the page draws it
    book.save(tmp_path / "t.xlsx")
    drafted = draft_table(sheet_rows(tmp_path / "t.xlsx"), YEAR)
    assert [(d.cell[1:], d.owner, d.section) for d in drafted] == [
        ((3, "B"), "市直各有关单位", "（一）预案建设"), ((4, "C"), "市直各有关单位", "（一）预案建设")]


def test_a_goal_written_as_a_sentence_under_a_section_is_a_task_not_a_section(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row in [["序号", "具体任务", "责任单位"], ["（一）主要目标任务", "", ""],
                ["", "项目4月20日前全部完工，4月30日前投入试运行。", ""],  # the goal alone in its task cell
                ["（二）具体任务及责任单位", "", ""], ["1.", "室外广场的硬化、绿化，4月20日前完工。", "东城区管委会。"]]:
        sheet.append(row)
    for row in (2, 4):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    book.save(tmp_path / "t.xlsx")
    drafted = draft_table(sheet_rows(tmp_path / "t.xlsx"), YEAR)
    assert [(d.cell[1:], d.section, d.due) for d in drafted] == [
        ((3, "B"), "（一）主要目标任务", date(2024, 4, 30)), ((5, "B"), "（二）具体任务及责任单位", date(2024, 4, 20))]


def test_a_task_header_merged_over_two_columns_makes_both_task_columns(tmp_path: Path) -> None:
    header = ["序号", "牵头单位", "项目名称", "", "业主单位"]
    rows = [["一", "区住建局", "（一）打通断头路专项行动", "1.文化中心北路", "区城投"],
            ["", "", "", "2.乐业路", "区城管局"],
            ["二", "区城管局", "（一）井盖整治项目", "", "区水投"]]
    drafted = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, rows)), YEAR)
    assert [(d.cell[1:], d.owner) for d in drafted] == [
        ((3, "C"), "区住建局"), ((4, "D"), "区住建局"), ((5, "C"), "区城管局")]


def test_an_empty_cell_of_a_web_pages_table_keeps_the_columns_in_place() -> None:
    text = ("| 序号 | 重点任务 | 目标任务 | 责任单位 | 时间节点 |\n"
            "| 1 | 实施高企培育行动 | 新增高新技术企业60家以上 |  | 年底前 |\n")
    (table,) = text_tables(text)
    (drafted,) = draft_text_table(table, YEAR)
    assert (drafted.target, drafted.owner, drafted.due) == ("60家以上", None, date(2024, 12, 31))


@pytest.mark.parametrize(("header", "row", "owner", "support"), [
    (["序号", "重点任务", "牵头单位", "配合单位"], ["1", "新增高新技术企业60家", "市科技局", "市财政局、各区县政府(含南太湖新区、长合区管委会)"],
     "市科技局", ("市财政局", "各区县政府(含南太湖新区、长合区管委会)")),
    (["序号", "重点任务", "牵头单位", "责任单位"], ["1", "新增高新技术企业60家", "市科技局", "经开区\n各街道"],
     "市科技局", ("经开区", "各街道")),  # a second column of units beside the lead's; a cell's lines part its units
    (["序号", "重点任务", "责任单位"], ["1", "新增高新技术企业60家", "市科技局、市财政局(列第一位的为牵头单位，下同)"],
     "市科技局", ("市财政局",)),  # the first unit listed leads: the others support it
    (["序号", "重点任务", "责任单位"], ["1", "新增高新技术企业60家", "市科技局"], "市科技局", ()),
])
def test_the_supporting_units_are_read_beside_the_lead(tmp_path: Path, header, row, owner, support) -> None:
    (drafted,) = draft_table(sheet_rows(workbook(tmp_path / "t.xlsx", header, [row])), YEAR)
    assert (drafted.owner, drafted.support) == (owner, support)
