"""Build the task-table workbooks of the drafting gold set (t04 on) from their page layout.

Run from anywhere: ``python tests/data/drafting/make_tables.py``. Each workbook is rebuilt in place, beside its
``.txt``. The cell texts are the ones the ``.txt`` renders; see README.md for what each page shows.
t01-t03 were built before this script existed and are not rebuilt by it.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def _title(ws, text: str, last_col: str) -> None:
    ws["A1"] = text
    ws["A1"].font = BOLD
    ws.merge_cells(f"A1:{last_col}1")


def _header(ws, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=col, value=name or None)
        cell.font = BOLD


# t04: 桂林创新计划(2011-2015年)目标任务分解表. The page's header row has an empty first cell (no 序号 label), and
# the 目标 column names a group once, on the group's first row (a cell spanning the group's rows on the page):
# the workbook merges it down over the group. Row 15 is cut after its 牵头部门.
T04_GROUPS = [
    (
        "综合指标",
        [
            (1, "R&D经费支出占GDP比重(%)", "市科技局", "市统计局、市财政局", "1.8%", "2.2%"),
            (2, "拥有发明专利(件)", "市知识产权局", "高新区、各县(区)", 3000, 4200),
        ],
    ),
    (
        "一、企业自主创新能力提升工程",
        [
            (3, "开发工业新产品(个)", "市工信委", "市科技局、市发改委、高新区、各县(区)", 220, 320),
            (4, "引进、开发工业先进技术(项)", "市工信委", "市科技局、高新区、市发改委、各县(区)", 40, 60),
            (5, "自治区级工程技术研究中心(家)", "市科技局", "高新区、各有关县(区)", 18, 19),
            (6, "自治区级创新型企业试点(家)", "市科技局", "市工信委、高新区", 28, 30),
        ],
    ),
    (
        "二、高新技术产业促进工程",
        [
            (7, "建设科技企业孵化器(家)", "市科技局", "市发改委、高新区、工信委", 1, 1),
            (8, "制造业信息化示范企业(家)", "市科技局、工信委", "市发改委、高新区、各有关县(区)", 52, 54),
            (9, "培育高新技术企业(家)", "市科技局", "市财政局、高新区、各有关县(区)", 74, 80),
        ],
    ),
    (
        "三、科技兴农能力提升工程",
        [
            (10, "推进农业产业科技重点示范县建设(个)", "市科技局", "市农业局、市林业局、各有关县", 8, 8),
            (11, "引进、培育和推广应用农业优良品种(个)", "市农业局", "市科技局、市林业局、各县及雁山区科技局", 34, 50),
            (
                12,
                "引进、开发、推广种养新技术(项)",
                "市农业局",
                "市林业局、市水产畜牧兽医局、各县及雁山区科技局",
                24,
                35,
            ),
        ],
    ),
    (
        "四、产业创新人才队伍建设工程",
        [
            (13, "培养技能型人才(千人)", "市人社局", "市教育局、高新区、各县(区)", 20, 30),
            (14, "培训农村实用人才(千人)", "市农业局", "市人社局、教育局、各县、雁山区", 14, 20),
            (15, "选派企业科技特派员(名)", "市科技局", None, None, None),
        ],
    ),
]


def build_t04() -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "目标任务分解表"
    _title(ws, "附件:桂林创新计划(2011-2015年)目标任务分解表", "G")
    _header(ws, 2, ["", "目标", "任务内容", "牵头部门", "配合部门", "前三年目标任务", "五年目标任务"])
    row = 3
    for group, items in T04_GROUPS:
        first = row
        ws.cell(row=row, column=2, value=group).alignment = WRAP
        for number, task, lead, support, three_years, five_years in items:
            for col, value in ((1, number), (3, task), (4, lead), (5, support), (6, three_years), (7, five_years)):
                ws.cell(row=row, column=col, value=value).alignment = WRAP
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, width in zip("ABCDEFG", (6, 26, 36, 18, 36, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    path = HERE / "t04-city-2011-table.xlsx"
    wb.save(path)
    return path


# t05: one key work item of 广州 as a label/value list (工作项目:, 牵头单位:, ...), with no title on the page.
# Built as a table whose columns are the labels (as t02/t03 were), one row for the item, no title row.
T05_HEADER = ["工作项目", "牵头单位", "完成时限", "工作计划", "落实情况", "备注"]
T05_ROW = [
    "发挥政府引导作用,加大科技研发投入,提升R&D占比。",
    "市科技和信息化局",
    "跨年度工作",
    "上半年:就R&D相关工作开展专题调研。 下半年:着手制定相关支持政策。开展R&D统计培训,抓好科技统计,挖掘统计潜力。",
    "上半年: 正在推进中。已召开市有关单位和各区政府参加的专题会议,研究起草《关于提高我市R&D经费支出水平分工方案》,"
    "拟明确分工和责任,建立考核机制,征求意见、修改完善后提交市政府审议。 第三季度: 正在推进中。 "
    "《广州市R&D经费倍增工程实施方案》已制订,意见征求已完成,待提交市政府审议。\n"
    "已完成。 经市政府同意,《广州市企业研发经费投入后补助实施方案》已正式印发。"
    "《广州市R&D经费倍增工程实施方案》已完成起草,已报请市政府审定。"
    "已联合各区开展企业研发后补助政策和R&D经费投入统计工作的宣讲培训。",
    None,
]


def build_t05() -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "重点工作"
    _header(ws, 1, T05_HEADER)
    for col, value in enumerate(T05_ROW, start=1):
        ws.cell(row=2, column=col, value=value).alignment = WRAP
    for col, width in zip("ABCDEF", (36, 18, 12, 40, 60, 8), strict=True):
        ws.column_dimensions[col].width = width
    path = HERE / "t05-city-undated-table.xlsx"
    wb.save(path)
    return path


if __name__ == "__main__":
    for built in (build_t04(), build_t05()):
        print(built.name)
