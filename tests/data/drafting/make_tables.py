"""Build the task-table workbooks of the drafting gold set (t04 on) from their page layout.

Run from anywhere: ``python tests/data/drafting/make_tables.py``. Each workbook is rebuilt in place, beside its
``.txt``. The cell texts are the ones the ``.txt`` renders; see README.md for what each page shows.
t01-t03 were built before this script existed and are not rebuilt by it; t04-t50 are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


@dataclass(frozen=True)
class Table:
    """One workbook of one sheet: an optional bold title row merged across the table, an optional bold header row,
    then ``rows`` (wrapped), where a one-value row is a bold section row merged across the table.

    ``note`` is a plain merged row between the title and the header; ``merges`` are cell ranges merged once the rows
    are written; ``then(ws, row)`` writes what follows the rows from ``row`` on, for a layout the rest cannot say.
    """

    name: str
    sheet: str
    title: str | None
    header: list[str] | None
    rows: list[list[object]]
    widths: tuple[float, ...]
    note: str | None = None
    merges: tuple[str, ...] = ()
    then: Callable[[Worksheet, int], None] | None = None


def _header(ws: Worksheet, row: int, names: list[str | None]) -> None:
    for col, name in enumerate(names, start=1):
        ws.cell(row=row, column=col, value=name or None).font = BOLD


def _rows(ws: Worksheet, first_row: int, rows: list[list[object]], last_col: int) -> int:
    """Write ``rows`` from ``first_row`` on, wrapped, a one-value row as a bold section row merged up to
    ``last_col``; return the next free row."""
    row = first_row
    for values in rows:
        if len(values) == 1:
            ws.cell(row=row, column=1, value=values[0]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        else:
            for col, value in enumerate(values, start=1):
                ws.cell(row=row, column=col, value=value).alignment = WRAP
        row += 1
    return row


def _merged_row(ws: Worksheet, row: int, text: str, last_col: int, *, bold: bool) -> None:
    ws.cell(row=row, column=1, value=text)
    if bold:
        ws.cell(row=row, column=1).font = BOLD
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def _build(table: Table) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = table.sheet
    last_col = len(table.header or ())
    row = 1
    if table.title is not None:
        _merged_row(ws, row, table.title, last_col, bold=True)
        row += 1
    if table.note is not None:
        _merged_row(ws, row, table.note, last_col, bold=False)
        row += 1
    if table.header is not None:
        _header(ws, row, table.header)
        row += 1
    row = _rows(ws, row, table.rows, last_col)
    for cells in table.merges:
        ws.merge_cells(cells)
    if table.then is not None:
        table.then(ws, row)
    for col, width in enumerate(table.widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    path = HERE / table.name
    wb.save(path)
    return path


def _bold_labels(ws: Worksheet, row: int) -> None:
    """Bold the label column (A) of a vertical record, rows 1 to ``row`` - 1."""
    for label_row in range(1, row):
        ws.cell(row=label_row, column=1).font = BOLD


def _grouped(
    groups: list[tuple[str, list[tuple[object, ...]]]], first_row: int, col: int
) -> tuple[list[list[object]], tuple[str, ...]]:
    """Rows and merges for a table whose column ``col`` names a group once, on its first row, merged down over it."""
    rows: list[list[object]] = []
    merges: list[str] = []
    for group, items in groups:
        first = first_row + len(rows)
        for index, item in enumerate(items):
            rows.append([*item[: col - 1], group if index == 0 else None, *item[col - 1 :]])
        if len(items) > 1:
            letter = get_column_letter(col)
            merges.append(f"{letter}{first}:{letter}{first_row + len(rows) - 1}")
    return rows, tuple(merges)


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
_T04_ROWS, _T04_MERGES = _grouped(T04_GROUPS, first_row=3, col=2)
T04 = Table(
    "t04-city-2011-table.xlsx",
    sheet="目标任务分解表",
    title="附件:桂林创新计划(2011-2015年)目标任务分解表",
    header=["", "目标", "任务内容", "牵头部门", "配合部门", "前三年目标任务", "五年目标任务"],
    rows=_T04_ROWS,
    widths=(6, 26, 36, 18, 36, 14, 14),
    merges=_T04_MERGES,
)


# t05: one key work item of 广州 as a label/value list (工作项目:, 牵头单位:, ...), with no title on the page.
# Built as a table whose columns are the labels (as t02/t03 were), one row for the item, no title row.
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
T05 = Table(
    "t05-city-undated-table.xlsx",
    sheet="重点工作",
    title=None,
    header=["工作项目", "牵头单位", "完成时限", "工作计划", "落实情况", "备注"],
    rows=[T05_ROW],
    widths=(36, 18, 12, 40, 60, 8),
)


# t06: a city government's 2020 key-work table with its first-quarter progress (绍兴 in the address; the page names
# no city). A real grid: 序号 / 内容与要求 / 进展情况 / 责任单位. The 进展情况 cells report results, not targets.
# Row 4 is cut inside its 责任单位 cell ("市发").
T06 = Table(
    "t06-city-2020-table.xlsx",
    sheet="进展情况表",
    title="市政府2020年重点工作(预下达)一季度进展情况表",
    header=["序号", "内容与要求", "进展情况", "责任单位"],
    rows=[
        [
            1,
            "坚持“稳开稳走,提质提效”的总体态势,强化季度、月度数据监测,确保地区生产总值增长7%左右。",
            "就1-2月主要经济指标完成情况看,金融机构存贷款余额、保费收入、规上其他营利性服务业营收、"
            "规上非营利性服务业中营利活动营收等错月指标实现正增长;其他指标增速有不同程度回落,但全省排名靠前,"
            "比如规上工业增加值全省第2,建安投资全省第1,限上零售、住宿、餐饮依次为全省第1、第3和第2,"
            "商品房销售面积全省第1。",
            "市发改委",
        ],
        [
            2,
            "持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。",
            "1-2月,全市固定资产投资同比下降12.7%,比全省平均水平高1.7个百分点,列全省第6位,较去年同期前移5位。"
            "4个结构性指标里,生态环保、城市更新和水利设施投资增长12.5%,是全省唯一个该指标实现10%以上增长的地市;"
            "民间项目投资同比下降26.8%、交通投资同比下降4.8%、高新技术产业投资同比下降2.0%。"
            "市县长项目眼下已安排36个项目,总投资882.1亿元。",
            "市发改委",
        ],
        [
            3,
            "围绕重点领域编制培育发展新兴产业新三年行动计划,力争规上工业中四大新兴产业增加值占比提升至44%;"
            "力争生物医药纳入省级“万亩千亿”新产业平台。",
            "培育发展新兴产业研究报告的招投标前期工作已启动;1-2月,战略性新兴产业增加值占规上工业增加值比重为46.3%;",
            "市发改委",
        ],
        [
            4,
            "深入推进省级军民融合示范区建设,取得军工资质8本以上。",
            "眼下已有10家企业提出军工资质申办需求,其中4家企业的承制资质正在办理。",
            "市发",
        ],
    ],
    widths=(6, 40, 60, 12),
)


# t07: 湖州 "2024年政府工作报告重点工作责任分解". On the page it is a list: each numbered item is followed by a
# "责任单位:" line, under section headings (一、…). Built as a table, as t02/t03 were: 序号 / 重点工作 / 责任单位
# ("重点工作" from the title; the page names no task column), the section heading a merged row. The first
# 责任单位 cell carries the page's own note that the unit listed first leads. Item 3 is cut before its owners.
T07_UNITS = "市政府办公室、市级其他有关单位、各区县政府(含南太湖新区、长合区管委会)"
T07 = Table(
    "t07-city-2024-table.xlsx",
    sheet="责任分解",
    title="2024年政府工作报告重点工作责任分解",
    header=["序号", "重点工作", "责任单位"],
    rows=[
        ["一、洪湖鹏市长主抓重点工作"],
        [
            1,
            "坚持稳中求进、以进促稳、先立后破,坚定实施“八八战略”,以三个“一号工程”为总牵引,深入推进“十项重大工程”,"
            "持续深化“在湖州看见美丽中国”实干争先主题实践,深入开展“大招商大引才大建设大发展”行动,"
            "加快打造“六个新湖州”,高水平建设生态文明典范城市。",
            T07_UNITS + "(列第一位的为工作牵头单位或汇总单位,下同)",
        ],
        [
            2,
            "坚持高站位、实干事、见真功相统一,全面提升政府自身建设水平,努力建设人民满意的现代政府。",
            T07_UNITS,
        ],
        [3, "坚持把政治建设摆在首位,", None],
    ],
    widths=(6, 60, 40),
)


# t08: 开化县 "2023年度重点工作清单" with its first-quarter progress. A real grid: 序号 / 工作事项 / 进度安排 /
# 进展情况 / 完成情况. 进度安排 gives dated steps (①2月上旬前…③5月底前…); 进展情况 reports results, not targets;
# 完成情况 is a status. Row 3 is cut inside its 进展情况 cell, so its 完成情况 is empty. There is no owner column.
# The 进度安排 and 进展情况 cells were reworded (as in the .txt); the 工作事项 cells are as written.
T08 = Table(
    "t08-county-2023-table.xlsx",
    sheet="重点工作清单",
    title="开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)",
    header=["序号", "工作事项", "进度安排", "进展情况", "完成情况"],
    rows=[
        [
            1,
            "启动新安综合体建设。",
            "①2月上旬前,完成设计招标。②3月底前,完成图纸的深化设计。③5月底前,完成施工许可报批并开工。",
            "①已完成。2月10日,完成设计招标。②截至3月31日,施工图在审查中。",
            "达序推进",
        ],
        [
            2,
            "以更加开放的姿态,支持银行、证券、保险业发展,壮大金融服务业。",
            "①3月底前,召开金融联席会议,明确2023年金融指标增长目标,落实责任和举措。"
            "②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企对接会。"
            "③6月底前,出台碳账户贷款贴息和央行结构性货币政策工具贴息政策,并组织兑现。",
            "①已完成。2月23日,召开2023年度第一次金融联席会议暨绿色金融推进会,传达省市金融工作要求,"
            "明确2023年金融指标增长目标,落实责任和举措,为建设中国式现代化山区县样板提供金融支撑。",
            "达序推进",
        ],
        [
            3,
            "出境水II类以上水质天数占比和空气优良率均保持在98%以上。",
            "①借助乡镇断面水质和空气自动站,实时监控水、气环境质量数据,每月报送水气环境质量情况,实时发布预警信息,"
            "做好水气环境质量保护。②每月完成地表水和饮用水源地水质监测,每季度完成农村环境质量监测和城市污水处理厂监测。"
            "③每半年完成一次全县农村生活污水处理终端水质监测。",
            "①一季度,我县出境水有效监测天数90天,Ⅰ类水质75天,Ⅱ类水质15天,Ⅱ类水质以上占100%。"
            "环境空气质量有效监测天数90天,其中AQI达标天数90天,空气质量为优的天数60天(占66.7%),"
            "为良的天数30天(占33.3%),AQI优良率为100%。②一季度,完成3次地表水地",
            None,
        ],
    ],
    widths=(6, 36, 60, 60, 10),
)


# t09: 金乡县 "2025年金乡县政府重要工作事项责任分工". On the page it is a list: each numbered item ends with
# "(牵头单位:…;责任单位:…)", under section headings (一、…). Built as a table, as t02/t07 were: 序号 / 重要工作事项 /
# 牵头单位 / 责任单位 (the task column named from the title), each section heading a merged row. Items 1-6 name only
# a 牵头单位; item 8 is cut inside its bracket ("(牵头单"), so its owner cells are empty. No due column.
T09 = Table(
    "t09-county-2025-table.xlsx",
    sheet="责任分工",
    title="2025年金乡县政府重要工作事项责任分工",
    header=["序号", "重要工作事项", "牵头单位", "责任单位"],
    rows=[
        ["一、2025年主要预期目标"],
        [1, "地区生产总值增长6%。", "县发展和改革局", None],
        [2, "一般公共预算收入增长3.5%左右。", "县财政局", None],
        [3, "固定资产投资增长7%。", "县发展和改革局", None],
        [4, "规上工业增加值增长8.5%。", "县工业和信息化局", None],
        [5, "社会消费品零售总额增长8%以上。", "县商务局", None],
        [6, "城乡居民人均可支配收入分别增长6%、6.5%。", "县发展和改革局", None],
        ["二、聚力强产业、壮集群,构筑经济增长新引擎"],
        [
            7,
            "修编经济开发区整体规划,提升完善各产业园发展规划。",
            "县政府园区发展服务中心",
            "新材料产业园、高端装备产业园、食品产业园、商贸物流园等",
        ],
        [
            8,
            "实施园区基础设施提升行动,加快推进新材料产业园管廊三期、蒸汽管道、园区道路等工程,"
            "提速鑫能热电背压机组建设,投入运营原料气转型升级、中水脱盐回用等项目。",
            None,
            None,
        ],
    ],
    widths=(6, 60, 24, 40),
)


# t10: 常熟市 "常熟市2018年政府工作任务分解表" (常政办发〔2018〕32号). The page renders the table as text: a header line
# 序号 / 名称 / 工作任务 / 牵头责任单位, then the group "一、经济社会发展主要预期目标分解(11项)" on a line of its own, then
# items that give only 序号, the task and the lead. The group is taken to be the 名称 cell spanning its items (as the
# 目标 column of t04): the workbook merges it down over the group. Item 9 is cut inside its task. No due column.
T10_GROUP = "一、经济社会发展主要预期目标分解(11项)"
T10_ROWS: list[tuple[int, str, str | None]] = [
    (1, "地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.", "发改委"),
    (2, "一般公共预算收入增长8%以上.", "财政局"),
    (3, "工业总产值增长4%,规模以上工业产值增长5%,工业增加值率提升0.5个百分点以上.", "经信委"),
    (4, "高新技术产业产值增长10%.", "科技局"),
    (5, "新兴产业产值占规上产业产值比重达50%.", "经信委"),
    (6, "全社会研发经费支出占GDP比重提高到2.8%.", "科技局"),
    (7, "全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%.", "发改委、经信委、科技局"),
    (8, "社会消费品零售总额增长8.5%左右,实际利用外资6亿美元,外贸进出口总额保持增长.", "商务局"),
    (9, "居民人均可支配收入增速", None),
]


def _t10_group(ws: Worksheet, row: int) -> None:
    """The 名称 group cell merged down over the items, as t04's; unlike t04, 序号 and the lead are not wrapped."""
    for offset, (number, task, lead) in enumerate(T10_ROWS):
        ws.cell(row=row + offset, column=1, value=number)
        ws.cell(row=row + offset, column=3, value=task).alignment = WRAP
        ws.cell(row=row + offset, column=4, value=lead)
    ws.cell(row=row, column=2, value=T10_GROUP).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=2, end_row=row + len(T10_ROWS) - 1, end_column=2)


T10 = Table(
    "t10-city-2018-table.xlsx",
    sheet="分解表",
    title="常熟市2018年政府工作任务分解表",
    header=["序号", "名称", "工作任务", "牵头责任单位"],
    rows=[],
    widths=(6, 24, 70, 24),
    then=_t10_group,
)


# t11: 六安市农业农村局 "2024年全市农业农村工作要点". On the page it is a list: each item "一、…" ends with
# "(责任单位:…;完成时限:…)". Built as a table, as t02/t09 were: 序号 / 重点工作 / 责任单位 / 完成时限 (the task column
# named from the title). The preamble is in the .txt only. Item 一 is the only complete item; item 二 is cut inside its
# task, so its owner and due cells are empty. The long task cells were reworded in both files.
T11 = Table(
    "t11-city-2024-table.xlsx",
    sheet="工作要点",
    title="六安市农业农村局2024年全市农业农村工作要点",
    header=["序号", "重点工作", "责任单位", "完成时限"],
    rows=[
        [
            "一",
            "坚决扛稳粮食安全政治责任。紧扣提单产、稳面积、减损耗的主攻方向,良田、 良种、 良机、 良法、优链、"
            "优农一起抓,多种粮、种好粮,为“千亿斤江淮粮仓”建设贡献六安力量。确保粮食播种面积915.5万亩以上"
            "、产量72.45亿斤以上。实施好2个省级指挥田项目,推进建设10个精耕细作示范点。统筹推进正常计划和"
            "增发国债项目,全面完成省级下达的高标准农田年度建设任务,严格落实增发国债项目管理要求,确保12月底前"
            "完工并把资金支付完毕。落实油菜种植面积85万亩,完成大豆种植面积21.02万亩,完成3万亩大豆玉米带状"
            "复合种植任务。深入推进粮食主导品种推广应用,原则上水稻主导品种霍邱县不得超过8个,舒城县、金安区、裕"
            "安区不得超过6个,霍山县、金寨县、叶集区不得超过5个,每个乡镇不超过2个。",
            "市农业技术推广中心、市农业综合开发中心",
            "2024年年底前",
        ],
        [
            "二",
            "抓好“菜篮子”产能提升。统筹生猪、 肉牛、水产品和蔬菜生产,持续增强“菜篮子”产品保供能力。大力实",
            None,
            None,
        ],
    ],
    widths=(6, 80, 30, 16),
)


# t12: a district government's 2023 民生实事 progress table (1-11月), rows 24-26 only (the opening starts inside the
# table). A real grid: 序号 / 主要任务 / 全年目标任务 / 分管领导 / 牵头单位 / 责任主体与协同单位 / 1-10月推进情况 /
# 1-11月推进情况 / 是否达序 / 说明. On the page each row has one cell fewer than the header: the 主要任务 cell spans
# rows above the opening and is not on the page, so column B stays empty and the task text is in 全年目标任务.
# The two 推进情况 columns report progress, not targets.
T12 = Table(
    "t12-district-2023-table.xlsx",
    sheet="推进情况",
    title="2023年区政府重点民生实事项目推进情况(1-11月)",
    header=[
        "序号",
        "主要任务",
        "全年目标任务",
        "分管 领导",
        "牵头 单位",
        "责任主体与协同单位",
        "1-10月推进情况",
        "1-11月推进情况",
        "是否达序",
        "说明",
    ],
    rows=[
        [
            24,
            None,
            "优化提升50条背街后巷交通组织。",
            "徐国江",
            "城管局",
            "市政局、相关街道",
            "已进场施工,完成30%。",
            "已进场施工,完成60%。",
            "是",
            None,
        ],
        [
            25,
            None,
            "新增四分类“三定一督”达标小区210个。",
            "徐国江",
            "城管局",
            "市政局、环卫处、崇川经济开发区、各街道",
            "已进场施工,点位选址、场地硬化正在推进,第一批451个厢房(亭房)正加紧制作。",
            "在46个小区建成厢房38个、分类亭70个。",
            "否",
            "前期配合区有关部门处置该项目的招标质疑和投诉,项目9月28才签订合同,滞后了2个月,后期将加快推进。",
        ],
        [
            26,
            None,
            "新建建筑垃圾中转站8个、建筑垃圾分类池20个。",
            "徐国江",
            "城管局",
            "崇川经济开发区、相关街道",
            "已建成建筑垃圾中转站3个、分类池10个;其余点位建设流程已启动。",
            "已建成建筑垃圾中转站7个、分类池17个。",
            "是",
            None,
        ],
    ],
    widths=(6, 16, 36, 10, 10, 24, 36, 36, 8, 36),
)


# t13: 嘉兴 "2023年政府工作报告重点工作责任分解", issued by the city government office's notice (嘉政办发〔2023〕7号).
# A real grid on the page: 序号 / 主 要 工 作 任 务 (spaced as on the page) / 责任单位. Row 2 is cut after the digits
# of its figure ("3."), before its 责任单位.
T13 = Table(
    "t13-city-2023-table.xlsx",
    sheet="责任分解",
    title="2023年政府工作报告重点工作责任分解",
    header=["序号", "主 要 工 作 任 务", "责任单位"],
    rows=[
        [1, "地区生产总值增长6%左右。", "市发展改革委"],
        [2, "研发投入强度达到3.", None],
    ],
    widths=(6, 60, 20),
)


# t14: a district's "2021年重大民生实事项目目标任务责任分解表" on a document site (第壹文秘), whose text preview runs the
# docx table together. A real grid: 序号 / 项目名称 / 主要内容 / 区政府分管领导 / 牵头单位 / 配合单位. Items 3 and 4 have
# two content rows each; 序号 and 项目名称 span both (merged). Item 4's leader and unit cells span both of its rows, as
# the preview gives them once. The preview's line breaks inside unit cells are lost (units run together); the workbook
# puts one unit a line. The header row repeats at the top of the next page, then item 5 is cut inside its content.
T14_HEADER = ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"]
T14_CUT_ROW = [5, "文体惠民行动", "新建2家“秋白书苑”,开展“幸福钟楼”、文旅惠民月等文旅惠民活动,组", None, None, None]


def _t14_next_page(ws: Worksheet, row: int) -> None:
    _header(ws, row, T14_HEADER)
    _rows(ws, row + 1, [T14_CUT_ROW], len(T14_HEADER))


T14 = Table(
    "t14-district-2021-table.xlsx",
    sheet="责任分解表",
    title="2021年重大民生实事项目目标任务责任分解表",
    header=T14_HEADER,
    rows=[
        [
            1,
            "增加教育资源供给",
            "实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;"
            "增加学位5000个,其中幼儿园420个,中小学4580个。",
            "何海平",
            "教育局",
            "经开区\n高新园(邹区镇)\n各街道\n市国有公司",
        ],
        [
            2,
            "促进就业稳定增长",
            "落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,"
            "城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;"
            "开展职业技能补贴培训10000人次。",
            "何海平",
            "人社局",
            "高新园(邹区镇)\n各街道",
        ],
        [
            3,
            "老城厢复兴发展",
            "完成瞿秋白纪念馆整体提升工程并对外开放,完成常州盛宣怀故居(本体)的修缮与展陈。",
            "何海平",
            "文体旅局",
            "晋陵公司\n轨道公司",
        ],
        [
            None,
            None,
            "推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治,以及三堡街、西横街、民元里、邮电路、北大街等老城厢道路的整治。",
            "芮春祥",
            "住建局",
            "五星街道\n南大街街道\n荷花池街道",
        ],
        [4, "优化养老服务", "为全区23000名老年人提供居家上门服务。", "张菁", "民政局", "高新园(邹区镇)\n各街道"],
        [
            None,
            None,
            "提升改造8家城乡社区居家养老服务中心(站)。对300户困难老人家庭进行居家适老化改造。"
            "提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。",
            None,
            None,
            None,
        ],
    ],
    widths=(6, 16, 60, 12, 12, 20),
    # items 3 and 4: 序号 and 项目名称 span their two content rows; item 4: one leader and unit cell for both rows
    merges=("A5:A6", "B5:B6", "A7:A8", "B7:B8", "D7:D8", "E7:E8", "F7:F8"),
    then=_t14_next_page,
)


# t15: 宁波日报's 2014 notice of the city government's 民生实事项目 progress (1—6月). On the page it is a list: each
# item is followed by 牵头领导 / 责任单位 / 项目责任人 / 配合单位 (when it has one) / 实际完成情况; built as a table with
# those columns, "实事项目" taken from the lead (民生实事项目), since the page names no task column and shows no title.
# Items 3 and 4 are followed by a small grid of district figures (年度目标 / 实际完成), kept as rows under the item
# from column B on, as the page shows them. Item 4's grid is cut after its header.
T15 = Table(
    "t15-city-2014-table.xlsx",
    sheet="实事项目",
    title=None,
    header=["序号", "实事项目", "牵头领导", "责任单位", "项目责任人", "配合单位", "实际完成情况"],
    rows=[
        [
            1,
            "轨道交通1号线一期工程投入试运营。",
            "林静国",
            "市轨道交通工程建设指挥部",
            "尹文德",
            None,
            "轨道交通1号线一期工程已在2014年5月30日通车试运营。",
        ],
        [
            2,
            "新增安装300套路口交通信息视频采集设备。",
            "王仁洲",
            "市公安局",
            "王伟标",
            "市城管局、市财政局",
            "中心设备调试、前端摄像机上杆安装,连同外场线路铺设、立杆基础浇筑、基础管道施工等,整体进度已达年度目标任务的55%,"
            "项目正按预期计划有序推进。",
        ],
        [
            3,
            "新辟公交线路10条,优化调整20条。",
            "王仁洲",
            "市交通委",
            "劳可军",
            "市公安局、市城管局,各区政府",
            None,
        ],
        [None, None, "鄞州", "海曙、江东、江北", "镇海", "北仑", "合计"],
        [None, "新辟线路年度目标", 2, 5, 1, 2, 10],
        [None, "实际完成", 1, 2, 0, 3, 6],
        [None, "优化调整线路年度目标", 6, 9, 1, 4, 20],
        [None, "实际完成", 12, 12, 0, 0, 24],
        [
            4,
            "新投放公共自行车3000辆,新增100个网点。",
            "王仁洲",
            "市交通委,各区政府,相关管委会",
            "劳可军,各区区长,相关管委会主任",
            "市发改委、市经信委、市公安局、市财政局、市国土资源局、市规划局、市住建委、市城管局、市工商局、宁波电业局",
            None,
        ],
        [None, None, "鄞州", "海曙", "江东", "江北", "镇海", "北仑", "保税区", "高新区", "合计"],
    ],
    widths=(6, 36, 12, 24, 20, 36, 48, 8, 8, 8, 8),
)


# t16: 大竹县's "2016年民生实事目标任务分解表" (the attachment of 竹府办〔2016〕20号). A real grid on the page, one cell a
# line: 序号 / 民生实事 / 责任单位 / 完成时限, under a title line. A 责任单位 cell that names several units writes one unit a
# line. Item 5 has two tasks with their own 完成时限 under one 序号 and one 责任单位: both cells are merged down over the
# item's two rows.
T16 = Table(
    "t16-county-2016-table.xlsx",
    sheet="民生实事",
    title="2016年民生实事目标任务分解表",
    header=["序号", "民生实事", "责任单位", "完成时限"],
    rows=[
        [1, "启动东柳河城区段综合治理工程和东湖湿地公园建设。", "县水务局\n县住建局\n县护城河指挥部", "12月底前"],
        [2, "新建2座人行天桥。", "县住建局", "9月投入使用"],
        [3, "启动县图书馆新馆建设。", "县文体广新局\n县代建中心", "12月底前"],
        [4, "建成县残疾人综合服务中心。", "县残联", "5月底前动工"],
        [5, "开工建设县老年养护楼。", "县民政局", "5月底前动工"],
        [None, "开工建设老年大学。", None, "12月底前"],
        [6, "迁建县政务服务中心。", "县政务服务中心\n县代建中心", "12月底前"],
        [7, "加快推进土地滩水库建设。", "县水务局", "12月底前"],
        [8, "启动大竹县第十二小学建设,新建中心幼儿园2所。", "县教科局\n县代建中心", "12月底前"],
        [9, "完成棚户区改造2836户。", "县住建局", "12月底前"],
        [10, "城区再新建1个农贸市场。", "县商务局", "12月底前"],
    ],
    widths=(6, 48, 20, 14),
    merges=("A7:A8", "C7:C8"),
)


# t17: 新昌县's "2021年新昌县政府十方面民生实事进展情况登记表" (a county government page, 信息来源:县府办). A real grid
# rendered on the page as pipe rows: 项目名称 / 工作任务 / 计划完成时间 / 牵头单位. The 项目名称 cell spans the rows of its
# item, and a 工作任务 cell with two units spans two rows (the page writes the second row as "时间 | 单位" only): both are
# merged down in the workbook. Item 4's time cell lists three numbered dates in one cell. Cut after "6.老年".
T17 = Table(
    "t17-county-2021-table.xlsx",
    sheet="民生实事",
    title="2021年新昌县政府十方面民生实事进展情况登记表",
    header=["项目名称", "工作任务", "计划完成时间", "牵头单位"],
    rows=[
        ["1.城市人居环境提升项目", "对人民中路等3条城区道路实施综合提升改造;", "11月", "建设局"],
        [None, None, "2021.8", "城投集团"],
        [None, "对七星路等重点区域开展绿化亮化提档升级;", "2021.12", "城投集团"],
        [None, "新建城市口袋公园2处;", "11月", "建设局"],
        [None, "新建停车场3处,新增停车位1000个以上。", "11月", "建设局"],
        [None, None, "2021年11月", "经开区"],
        [
            "2.生态公墓建设项目",
            "继续推进生态公墓建设,新建生态公益性墓地15处,新增墓穴10000穴;制定实施公墓管理办法,强化已建公墓的管理。",
            "10月底",
            "民政局",
        ],
        [None, None, "计划10月底完成新增墓地建设", "公共服务集团"],
        [
            "3.农村道路改造提升项目",
            "投资5000万元,提升改造低等级公路40公里;投资4000万元,路面维修等养护工程60公里;投资2250万元,亮化农村公路75公里。",
            "10月",
            "交通运输局",
        ],
        [
            "4.农贸市场综合提升项目",
            "建成新昌县农副产品交易物流区域并投入运行;完成钟楼农贸市场便利化、智慧化、人性化、特色化、规范化等“五化”提升改造;"
            "动工建设南岩农贸市场,完成地下室基础工程。",
            "1、农副产品交易物流中心7月1日项目投入试运营 2、南岩农贸市场计划2022年12月底完成项目建设 "
            "3、钟楼农贸市场星级改造计划10月1日前完成项目建设",
            "公共服务集团",
        ],
        [
            "5.教育设施提升项目",
            "计划投资1067万元,完成22所学校校园空调安装工程(二期);继续推进幼儿园建设,城北幼儿园、天姥幼儿园投入使用,"
            "拔茅幼儿园主体完成结顶。",
            "1.2021年8月 2.2021年12月",
            "教体局",
        ],
        [
            None,
            "在50所学校食堂推进校园智能阳光厨房建设,促进校园食品安全智慧共治,实现“整体智治”。",
            "10月底前",
            "市场监管局",
        ],
        ["6.老年", None, None, None],
    ],
    widths=(22, 56, 30, 14),
    merges=("A3:A8", "B3:B4", "B7:B8", "A9:A10", "B9:B10", "A13:A14"),
)


# t18: a district government's 2022 民生实事 table (发布单位 区政府, 发文日期 2022-07-14; the place is never named). The
# page opens with the info-disclosure grid and then the table's header: 序号 / 实事项目 / 工作举措及实施计划 / 责任单位 /
# 配合单位; it shows no title row, so the header is row 1. The 实施计划 cells hold dated schedules (1. 2. 3.). Item 3 is
# cut inside its schedule cell: its unit cells are not on the page.
T18 = Table(
    "t18-district-2022-table.xlsx",
    sheet="民生实事",
    title=None,
    header=["序号", "实事项目", "工作举措及实施计划", "责任单位", "配合单位"],
    rows=[
        [
            1,
            "新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。",
            "1.4月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园主体完工,"
            "转入装修施工;天目山镇中心幼儿园完成基础工程。\n"
            "2.8月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园竣工并交付。\n"
            "3.11月底前天目山镇中心幼儿园竣工交付。",
            "教育局",
            "发改局、住建局、财政局、规划和自然资源分局、国兴集团、新锦集团、科投集团,锦城街道、锦北街道、锦南街道、青山湖街道、"
            "昌化镇、天目山镇",
        ],
        [
            2,
            "新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。",
            "1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前新建成2家;9月底前完成7家建设任务。\n"
            "2.婴幼儿照护服务托位:3月底前新增100个以上托位;6月底前新增200个以上托位;9月底前完成500个托位。\n"
            "3.胃肠癌联合筛查:4月底前制定胃肠癌联合筛查方案;5月底前启动胃肠癌联合筛查;11月底前完成胃肠癌联合筛查工作。",
            "卫生健康局",
            "财政局、教育局、规划和自然资源分局、医疗保障分局、民政局、妇联,各镇(街道)",
        ],
        [
            3,
            "实施农村公路大中修100公里,新增公交线路3条,优化调整公交线路20条。",
            "1.农村公路大中修:7月底前开工;11月底前建成。\n"
            "2.公交线路新增(优化调整):6月底前完成6条线路优化调整;10月底前全面完成新增和优化调整",
            None,
            None,
        ],
    ],
    widths=(6, 40, 60, 12, 40),
)


# t19: a county development zone's "2025年开发区重点工作及责任清单" (霍山 in the address; the page names no county).
# A real grid rendered as pipe lines: 序号 / 重点工作 / 责任领导 / 责任单位 / 完成时限. The page's own spaces inside words
# (工作机 制, 服务重 大项目), left by its line wrapping, are kept in the cells. Only rows 1-3 are on the page.
T19 = Table(
    "t19-county-2025-table.xlsx",
    sheet="重点工作",
    title="2025年开发区重点工作及责任清单",
    header=["序号", "重点工作", "责任领导", "责任单位", "完成时限"],
    rows=[
        [
            1,
            "坚持服务随项目走,完善“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导+专班””“项目管家”等制度,"
            "全力服务重 大项目落地见效。",
            "叶林",
            "招商工作部、安商工作部",
            "全年",
        ],
        [
            2,
            "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。",
            "马振明",
            "改革办",
            "全年",
        ],
        [
            3,
            "不断提升园区承载能力,加快推进开发区污水处理厂及污水管 网提升项目,全面做好纬六路以北、中沟以北地块水电气路网 "
            "等基础设施配套。",
            "张云峰",
            "规划建设局",
            "全年",
        ],
    ],
    widths=(6, 60, 10, 24, 10),
)


# t20: 铜川市人民政府办公室's 2025 opinion dividing the 《政府工作报告》 key work (铜政办发〔2025〕1号). On the page it is a
# numbered list, each item followed by "(X负责)". Built as a table with columns 序号 / 重点工作 / 责任单位 ("重点工作" from the
# title; the page names no task column; the unit cell drops the word 负责), with the page's headings 一、 二、 and (一) as
# merged section rows. There is no due column. Item 12 is cut inside its task, before its unit.
T20 = Table(
    "t20-city-2025-table.xlsx",
    sheet="重点工作分工",
    title="铜川市人民政府办公室关于落实《政府工作报告》重点工作分工的意见",
    header=["序号", "重点工作", "责任单位"],
    rows=[
        ["一、2025年年度目标"],
        [1, "生产总值增长6%左右。", "市发展改革委"],
        [2, "固定资产投资增长7%左右。", "市发展改革委"],
        [3, "一般公共预算收入增长3.5%。", "市财政局"],
        [4, "城镇居民收入增长6%。", "市人社局"],
        [5, "农村居民收入增长7%。", "市农业农村局"],
        [6, "城镇新增就业5000人以上。", "市人社局"],
        [7, "粮食产量32万吨以上。", "市农业农村局"],
        [8, "社会消费品零售总额增长8%左右。", "市商务局"],
        [9, "农林牧渔业增加值增长4.8%左右。", "市农业农村局"],
        ["二、2025年重点工作"],
        ["(一)突出挖潜能稳增长,巩固经济回升向好态势"],
        [10, "开展提振消费专项行动,扩大“两新”政策实施范围,办好“秦乐购”促消费活动150场次。", "市商务局"],
        [
            11,
            "加快推进10个商贸项目建设,推动客货邮融合发展,促进产品“入乡进城”双向畅通。",
            "市商务局、市交通运输局、市邮政管理局",
        ],
        [12, "实施文旅产业高质量发展三年行动,坚持“连点串线、连", None],
    ],
    widths=(6, 60, 30),
)


# t21: 江山市人民政府's notice publishing the 2023 民生实事 project plan (江政发〔2023〕1号), with its attached
# "2023年市政府民生实事项目实施计划表": a real grid rendered one cell a line. 序号 / 项目名称 / 项目建设规模及内容 / 建设起止年限 /
# 总投资(万元) / 当年投资(万元) / 2023年度计划 / 资金来源 / 责任单位 (the page breaks the header words over lines; joined here).
# The 建设起止年限 cells are a span of months (2023.01-2023.12). Row 3 is cut inside its content cell, so its other cells
# are not on the page.
T21 = Table(
    "t21-city-2023-table.xlsx",
    sheet="民生实事",
    title="2023年市政府民生实事项目实施计划表",
    header=[
        "序号",
        "项目名称",
        "项目建设规模及内容",
        "建设起止年限",
        "总投资(万元)",
        "当年投资(万元)",
        "2023年度计划",
        "资金来源",
        "责任单位",
    ],
    rows=[
        [
            1,
            "城市用气提升工程",
            "对听涛山庄、雅林西苑、雅林东苑、西城华庭等28个小区实施“液改气”改造,安装燃气安全装置13000套,"
            "对30个小区的燃气调压设施开展安全提升,让更多市民用上清洁、安全、实惠的天然气。",
            "2023.01-2023.12",
            1200,
            1200,
            "完工投用",
            "国企投资",
            "城投集团",
        ],
        [
            2,
            "山塘水库综合整治工程",
            "完成峡口镇大坑等6座小型水库的加固改造和石门镇江郎山村后垄等10座山塘的综合整治工程,消除安全隐患,提高蓄水灌溉能力。",
            "2023.01-2023.12",
            4600,
            4600,
            "基本完工",
            "政府投资",
            "水利局",
        ],
        [
            3,
            "生命守护工程",
            "开展应急救护普及培训,新增应急救护持证人员6800人,在公共场所配备20台急救设施设备(AED),新建红十",
        ],
    ],
    widths=(6, 16, 60, 16, 10, 10, 12, 10, 12),
)


# t22: 杭州市上城区人民政府办公室's 2019 notice dividing the 《政府工作报告》 targets, with "附件1" rendered as pipe rows: a
# note row on the target classes, then 序号 / 任 务 名 称 / 指 标 要 求 / 牵 头 部 门 / 配 合 部 门 / 目 标 类 型 (the page's spaced
# header words kept). No title row: the page shows only "附件1" above the note; both are merged rows here. No due column.
# Row 2 is cut inside its 配合部门 cell ("区"), before its 目标类型.
T22_UNITS = "区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局"
T22 = Table(
    "t22-district-2019-table.xlsx",
    sheet="目标任务分解",
    title="附件1",
    note="(注:A类指责任目标;B类指激励目标;C类指争先创优目标)",
    header=["序号", "任 务 名 称", "指 标 要 求", "牵 头 部 门", "配 合 部 门", "目 标 类 型"],
    rows=[
        [
            1,
            "地区生产总值",
            "增长5.5%(市下达指标)",
            "区发改经信局",
            T22_UNITS + "、区投促局、区电子机械功能区管委会、各街道办事处",
            "A类",
        ],
        [2, "服务业增加值", "增长6%", "区发改经信局", T22_UNITS + "、区", None],
    ],
    widths=(6, 16, 24, 14, 50, 10),
)


# t23: 许昌市人民政府's 2020 notice (许政 [2020] 20号; the page fuses a second header "许昌市人民政府文件许政〔2020〕21号" into
# its text) dividing the 《政府工作报告》 key work. On the page a numbered list, each item followed by "责任单位:". Built as
# 序号 / 重点工作 / 责任单位 ("重点工作" from the notice; the page names no task column), with the heading 一、 as a merged
# section row. The page shows no title: the title row gives the name the notice uses for the work. No due column. Item 3
# is cut inside its task, before its unit.
T23_UNITS = "市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)"
T23 = Table(
    "t23-city-2020-table.xlsx",
    sheet="重点工作",
    title="《政府工作报告》提出的2020年重点工作任务",
    header=["序号", "重点工作", "责任单位"],
    rows=[
        ["一、抓好常态化疫情防控,全面恢复生产生活秩序"],
        [
            1,
            "坚持“外防输入、内防反弹”总体防控策略,完善常态化疫情防控举措,健全“及时发现、快速处置、精准管控、有效救治”"
            "常态化防控机制,巩固疫情防控持续向好态势,保障经济社会秩序全面恢复。",
            T23_UNITS,
        ],
        [
            2,
            "坚持必要的人员管控和健康监测措施,引导群众做好自我防护。分类实施差异化防控措施,突出重点人群、重点场所、重点单位,"
            "加强无症状感染者、境外和中高风险地区来许返许人员管理,严防聚集性疫情风险。大力开展爱国卫生运动。",
            T23_UNITS,
        ],
        [3, "健全应急指挥、疾病预防控制、重大疫情救治、健康", None],
    ],
    widths=(6, 60, 30),
)


# t24: a city's 2022 深化“放管服”改革 工作要點 (traditional script; 鹹陽 only in the address). On the page a **list**:
# each numbered item ends with "(X牽頭,Y按職責分工負責)". Built as 序號 / 工作要點 / 牽頭 / 按職責分工負責 (columns named
# from the list's own labels), with the heading 一、… as a merged section row. The page has no title row. Item 2 is
# cut inside its 牽頭 units: the 牽頭 cell keeps the cut text and 按職責分工負責 stays blank. Dates stay in the task text.
T24 = Table(
    "t24-city-2022-table.xlsx",
    sheet="工作要點",
    title=None,
    header=["序號", "工作要點", "牽頭", "按職責分工負責"],
    rows=[
        ["一、堅持系統集成,推動審批全鏈條最佳化"],
        [
            1,
            "全面實施行政許可事項清單管理。按照國家和省的行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,"
            "依法設定的行政許可事項全部納入清單管理,清單以外一律不得違法實施行政許可。對清單內的事項逐項編制完成行政許可實施規範,"
            "大幅提高行政許可標準化水平,加快推動同一事項在不同層級按同一要素管理、按同一標準辦理。對行政許可事項清單實行動態調整,"
            "並做好與市場準入負面清單、政務服務事項基本目錄、“網際網路+監管”事項清單、投資項目審批事項清單、"
            "工程建設項目審批事項清單的銜接。",
            "市政府辦公室、市行政審批制度改革工作領導小組辦公室",
            "市級各有關部門及各縣市區政府",
        ],
        [
            2,
            "持續深化相對集中行政許可權改革。以行政許可事項清單為依託,全面梳理並規範相對集中行政許可權改革的事項劃轉目錄,"
            "按程式在市、縣兩級政府入口網站公布。嚴格依照改革方案確定監管職責,劃清審管邊界、加強審管聯動、確保無縫銜接。"
            "對取消和下放審批的事項要同步落實監管的責任和措施。",
            "市政府辦公室、市",
            None,
        ],
    ],
    widths=(6, 70, 30, 30),
)


# t25: 郧阳区人民政府's notice (郧政发〔2023〕5号) with "附件 2023年区政府工作目标任务落实责任分解表", a real grid rendered
# one cell a line: 序号 / 目  标  任  务 (spaced as on the page) / 牵头单位 / 责任单位 / 责任人, a merged section row that
# names its 牵头领导, then row 1 only: the opening is cut after row 1's 牵头单位, so 责任单位 and 责任人 stay blank.
T25 = Table(
    "t25-district-2023-table.xlsx",
    sheet="责任分解表",
    title="2023年区政府工作目标任务落实责任分解表",
    header=["序号", "目  标  任  务", "牵头单位", "责任单位", "责任人"],
    rows=[
        [
            "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标"
            "(牵头领导:成坤、柯相国、王俊)"
        ],
        [1, "★地区生产总值增长15%。", "区发改局", None, None],
    ],
    widths=(6, 50, 16, 16, 12),
)


# t26: a district's 2023 government-work-report task-decomposition table (rows 33-35, the S&T bureau's), as the
# bureau's disclosure page renders it: one row a line, cells parted by spaces. Row 34's 主要责任单位 cell names four
# units one a line; its 协同配合单位 cell follows on the last of those lines. No section rows.
T26 = Table(
    "t26-district-2023-table.xlsx",
    sheet="任务分解表",
    title="谯城区2023年政府工作报告重点工作任务分解表",
    header=["序号", "重点工作任务", "主要责任单位", "协同配合单位", "完成期限"],
    rows=[
        [
            33,
            "新增培育科技型中小企业50家以上、高新技术企业30家以上。",
            "区科技局",
            "区经信局、区商务局(区药发中心)、区税务局、区财政局等区政府有关部门,谯城经开区管委会。",
            "2023年12月底",
        ],
        [
            34,
            "发挥并拓展谯城(江南大学)离岸健康科技研发中心等平台作用,谋划共同建设中科谯城智慧农业研究院,推动安中医在谯城建设中药产业科技园,支持谯城经开区申报省科技成果产业化基地,推动亳州国家农业科技园区提档升级。",
            "区科技局\n区商务局(区药发中心)\n谯城经开区管委会\n区药投公司",
            "区发改委、区经信局、区农业农村局、等区政府有关部门,区农投公司。",
            "2023年12月底",
        ],
        [
            35,
            "突出企业创新主体地位,引导企业加大研发投入,研发费用突破6亿元。推动全民开展发明创造,全社会研发支出增长15%以上。",
            "区科技局",
            "区经信局等区政府有关部门,谯城经开区管委会。",
            "2023年12月底",
        ],
    ],
    widths=(6, 60, 22, 40, 14),
)


# t27: a county S&T bureau's 2017 "三明确一限期" list, a real grid rendered one cell a line (no 序号 column):
# 任 务 名 称 (spaced as on the page) / 任 务 单 / 工作流程 / 限期时间 / 责任人 / 主要工作措施或要求, two task rows, then a
# second header row whose 任务名称和清单 spans the first two columns (merged) and one more task row, cut inside its
# measures cell. The 责任人 cells name people, one a line.
T27_HEADER2 = ["任务名称和清单", None, "工作流程", "限期时间", "责任人", "主要工作措施或要求"]
T27_ROW2: list[object] = [
    "园区大会战:“高新技术产业发展”考核内容:",
    "园区高新技术产业增加值增长18%记5分,每增加(减少)1个百分点加(减)0.2分,加(减)分不超过5分。",
    "一、二、三、四季度依次完成9%、12%、15%、18%",
    "每月13日、28日按时报送每半月完成情况及下半月工作目标任务",
    "张炳炎\n李兴乐\n陈  忠",
    "①对园区高新技术产业发展开展业务指导,支持建立科技创",
]


def _t27_second_header(ws: Worksheet, row: int) -> None:
    _header(ws, row, T27_HEADER2)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _rows(ws, row + 1, [T27_ROW2], len(T27_HEADER2))


T27 = Table(
    "t27-county-2017-table.xlsx",
    sheet="清单",
    title="华容县科技局2017年重点工作“三明确一限期”清单",
    header=["任 务 名 称", "任 务 单", "工作流程", "限期时间", "责任人", "主要工作措施或要求"],
    rows=[
        [
            "强化科技创新,确保发明专利达到省定的小康标准(“六大工程”重点目标任务,县政府主要工作任务第101项)",
            "年内完成有效发明专利120件",
            "每个季度完成发明专利30件",
            "每季度末",
            "朱先涛\n刘继军",
            "①以2015年末人口数为基数,把任务分解下达到各乡镇、田家湖生态新区和工业园;②争取县委组织部支持,把知识产权纳入县委党校干部培训班必学内容;③全额兑现资助经费,抓好发明专利转让工作。",
        ],
        [
            "推进技术创新,高新技术产业增加值占地区生产总值的比重达到20%以上。(县政府主要工作任务第111项)",
            "到年末,全县高新技术产业增加值占地区生产总值的比重达到21%",
            "一、二、三、四季度,占比依次达到18%、19%、20%、21%",
            "每季度末",
            "张炳炎\n陈  忠",
            "①年内力争新增高新产品企业6家以上、高新技术企业1家以上;②全力配合协调相关部门,尽可能提高高新产品企业工业产值;③主动对接市统计局,认真抓好每季度联网直报。",
        ],
    ],
    widths=(36, 30, 30, 16, 10, 50),
    then=_t27_second_header,
)


# t28: a county S&T bureau's second-quarter progress table on the 2025 《政府工作报告》 tasks, one cell a line:
# 序号 / 具体任务与要求 / 进展情况 / 牵头单位 / 牵头领导, rows 1, 30 and 37. A 牵头单位 cell names its units one a line;
# the page's blank lines after them are empty paragraphs, so row 30's 牵头领导 is blank. Row 37 is cut inside its
# 进展情况 cell: its unit and leader cells stay blank.
T28 = Table(
    "t28-county-2025-table.xlsx",
    sheet="进展情况表",
    title="《政府工作报告》重点工作二季度进展情况表",
    header=["序号", "具体任务与要求", "进展情况", "牵头单位", "牵头领导"],
    rows=[
        [
            1,
            "毫不动摇坚持产业立县、制造强县战略,深入实施五个倍增计划,健全链长制工作机制,由县级领导牵头补链、延链、强链,确保新增规上工业企业25家,制造业增加值占GDP比重突破33%",
            "推进《汶上县高新技术企业倍增三年行动方案》出台;高企培育库进一步扩容完善,精准辅导持续加强,纳入高企培育库的企业有126家,已对24家企业申报今年第一批高企进行指导和审核。",
            "县发改局\n县科技局\n县工信局\n县商务局",
            "刘海韵",
        ],
        [
            30,
            "提升人才集聚能力。推行科技人才引育计划,把引才、育才、用才全链条理顺做优,推进青年发展友好型城市建设,新增高层次人才30人、高技能人才1500人、青年人才2600人,使各类人才在汶上有舞台、能圆梦。",
            "组织高层次创业创新人才5名申报泰山人才工程,其中有1名人选已过省委组织部综合论证这一关,被定为泰山产业领军人才建议人选;1创业企业类3创业团队类均通过市级初评,随后推荐至省厅",
            "县科技局\n县人社局",
            None,
        ],
        [
            37,
            "打通从平台建设、技术攻关到成果落地转化的全链条,加深同北京大学、中国矿业大学等高校院所的对接与协作,推动空天院、长春应化所加快在汶设立研发中心和转化基地,新增省市级科研平台14家。",
            "2025年上半年,全县新增市级以上创新平台6其中,国家级创",
            None,
            None,
        ],
    ],
    widths=(6, 60, 50, 14, 10),
)


# t29: a county S&T bureau's 2023 table of its main target tasks and what was done, one cell a line:
# 序号 / 主要工作目标内容 / 责任科室 / 全年落实情况, six rows, complete. The task cells name topics without figures.
T29 = Table(
    "t29-county-2023-table.xlsx",
    sheet="落实情况",
    title="2023年枞阳县科技局主要目标任务落实情况",
    header=["序号", "主要工作目标内容", "责任科室", "全年落实情况"],
    rows=[
        [
            1,
            "高新技术企业",
            "工业股",
            "2023年分三批组织申报高新技术企业共24家,新增高新技术企业14家,净增13家,全县高新技术企业总数达47家,完成市对县目标考核任务260%。",
        ],
        [2, "科技型中小企业", "工业股", "科技型中小企业全年入库认定86家,完成年度目标任务215%。"],
        [3, "修订出台政策", "工业股、农业股", "《枞阳县促进科技创新工作奖励办法》(2023年修订版)已修订完善"],
        [
            4,
            "关键核心技术攻关",
            "工业股、农业股",
            "技术攻关项目重点推进10余项,企业与高校院所共同承担并申报省重点研究与开发计划项目7个、市“揭榜挂帅”项目2个。",
        ],
        [
            5,
            "引进高层次人才团队",
            "工业股、农业股",
            "深化产学研合作,主动为企业与高校院所架设合作“桥梁”,紧扣我县主导产业,积极组织有机地标与中科华鹿(铜陵)共同组建高层次科技人才团队,促进科技成果在我县落地转化产业化。",
        ],
        [
            6,
            "科技特派员",
            "农业股",
            "今年以来,科技特派员借助创新创业辅导,共计引进、推广新品种、新技术187开展培训62次、技术指导304次,线下集中2187人次,发放科普资料2.1万份,不断助推现代农业提质增效,服务乡村振兴。",
        ],
    ],
    widths=(6, 20, 16, 70),
)


# t30: a city S&T bureau's 2018 notice dividing its key tasks. On the page a **list**: items 1., 2. each followed by
# 责任领导: / 牵头科室(单位): / 完成时限: lines. Built as 序号 / 重点工作任务 / 责任领导 / 牵头科室(单位) / 完成时限 (the
# task column named from the notice's title; the other three from the item's labels). The page breaks item 1's text
# inside a quoted name (kept as a line break). It is cut after item 2's text: item 2's other cells stay blank.
T30 = Table(
    "t30-city-2018-table.xlsx",
    sheet="任务分解",
    title="延安市科学技术局关于分解落实市委五届四次全会和《政府工作报告》2018年重点工作任务的通知",
    header=["序号", "重点工作任务", "责任领导", "牵头科室(单位)", "完成时限"],
    rows=[
        [
            1,
            "加快推进科技资源统筹中心、孵化基地和创新空间建设,培育“延安?红色筑\n梦”创业创新品牌,着力建设创新型城市。",
            "李建雄",
            "计划科、科技资源统筹中心基建办",
            "2018年12月",
        ],
        [
            2,
            "推动高新区升格为国家级高新技术产业开发区,支持安塞、志丹工业集中区建成省级高新技术产业开发区。",
            None,
            None,
            None,
        ],
    ],
    widths=(6, 60, 12, 30, 14),
)


# t31: 湘西自治州2020年深化“放管服”改革優化營商環境工作計劃 (traditional script). On the page a **list**: each numbered
# item ends with "(牽頭單位:…;責任單位:…,6月底完成)". Built as 序號 / 工作計劃 / 牽頭單位 / 責任單位 / 完成時限: the task
# column is named from the title and the deadline column from what its cell says (the page gives the date without a
# label). The section heading is a merged row. Item 2 is cut inside its text, before its units: its unit cells are blank.
T31 = Table(
    "t31-prefecture-2020-table.xlsx",
    sheet="工作計劃",
    title="湘西自治州2020年深化“放管服”改革優化營商環境工作計劃",
    header=["序號", "工作計劃", "牽頭單位", "責任單位", "完成時限"],
    rows=[
        ["一、進一步提升政務服務效能"],
        [
            "1.",
            "加大簡政放權力度。按照依法放權、宜放則放的原則,接好省里下放的行政許可事項,再下放一批管理和審批權限,"
            "嚴格落實《湖南省鄉鎮權力清單和責任清單》,加大對鄉鎮社會經濟管理的賦權,做到“應放盡放”“應接盡接”。"
            "大力推進吉首市、湘西經開區兩個相對集中行政許可權改革試點,實現“一枚印章管審批”。",
            "州行政審批服務局",
            "州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經開區管委會",
            "6月底完成",
        ],
        [
            "2.",
            "推動政務服務導則落實。以《湘西州政務服務導則》為標準,加快縣市和鄉鎮政務中心實體平臺的建設,健全村級便民服務大廳的功能,"
            "優化服務窗口的設置,全面落實“三進”(人進、權進、事進)。做優政務服務旗艦店,加快電子證照系統和電子印章的應用與管理。"
            "推進政務服務一體化平臺APP建設,讓政務服務掌上可辦,打造24小時“不打烊”的數字服務。著力推進窗口辦、網上辦、自",
            None,
            None,
            None,
        ],
    ],
    widths=(6, 70, 18, 36, 12),
)


# t32: one record of a city's 2024 key-work ledger as a mirror shows it (traditional script, with the mirror's pinyin
# glosses after some characters, kept): a **vertical** grid, a label cell and a value cell a row (重點工作 / 牽頭單位 /
# 年度階段性工作目標 / 進展情況…), no title row. The schedule cell steps through the quarters; the last cell reports results.
T32 = Table(
    "t32-city-2024-table.xlsx",
    sheet="重點工作",
    title=None,
    header=None,
    rows=[
        [
            "重點(diǎn)工作:",
            "107.健全“產(chǎn)業(yè)界出題、科技界答題”的機(jī)制,推動(dòng)“領(lǐng)軍企業(yè)+產(chǎn)業(yè)園區(qū)+大院大所”協(xié)同創(chuàng)新,"
            "支持領(lǐng)軍企業(yè)牽頭組建創(chuàng)新聯(lián)合體,針對產(chǎn)業(yè)創(chuàng)新中重大和關(guān)鍵的共性問題開展科研攻關(guān)。",
        ],
        ["牽頭單位:", "市科技局"],
        [
            "年度階段性工作目標(biāo):",
            "第一季度:制定2024年度重點(diǎn)領(lǐng)域研發(fā)計(jì)劃工作方案。 第二季度:發(fā)布2024年度重點(diǎn)領(lǐng)域研發(fā)計(jì)劃申報(bào)指南。 "
            "第三季度:開展項(xiàng)目實(shí)施期檢查,鼓勵(lì)企業(yè)牽頭組建創(chuàng)新聯(lián)合體。 "
            "第四季度:完成2024年度重點(diǎn)領(lǐng)域研發(fā)計(jì)劃項(xiàng)目評(píng)審工作。",
        ],
        [
            "進(jìn)展情況、存在問題 及下一步工作建議:",
            "已完成。 1.開設廣州市重點(diǎn)領(lǐng)域研發(fā)計(jì)劃產(chǎn)業(yè)鏈創(chuàng)新聯(lián)合體協(xié)同技術(shù)攻關(guān)專題,"
            "由產(chǎn)業(yè)鏈上下游企業(yè)與高校、科研院所組成創(chuàng)新聯(lián)合體,承擔20項(xiàng)攻關(guān)任務(wù)。 "
            "2.發(fā)布2024年度重點(diǎn)研發(fā)計(jì)劃農(nóng)業(yè)和社會(huì)發(fā)展科技專題項(xiàng)目申報(bào)指南,"
            "完成2024年項(xiàng)目的申報(bào)、遴選和擬立項(xiàng)公示,目前213項(xiàng)項(xiàng)目已簽訂項(xiàng)目任務(wù)書,"
            "項(xiàng)目經(jīng)費(fèi)正在撥付。 3.印發(fā)《廣州市創(chuàng)新聯(lián)合體組建工作指引》。"
            "完成2024年省重點(diǎn)領(lǐng)域研發(fā)計(jì)劃項(xiàng)目(已制定申報(bào)指南的)推薦工作。",
        ],
    ],
    widths=(24, 90),
    then=_bold_labels,
)


# t33: 湖北省人民政府's opinions 鄂政發〔2018〕26號 on the business environment (traditional script). On the page a
# **list**: under "二、主要任務" each (一)… item ends with "(牽頭單位:…;責任單位:…)"; no deadline is given. Built as
# 序號 / 主要任務 / 牽頭單位 / 責任單位 (task column named from the section heading), the heading a merged row. The opening
# ends inside item (一)'s 責任單位 list, kept as cut (its last 、 included).
T33 = Table(
    "t33-province-2018-table.xlsx",
    sheet="主要任務",
    title="省人民政府關于進一步優化營商環境的若干意見",
    header=["序號", "主要任務", "牽頭單位", "責任單位"],
    rows=[
        ["二、主要任務"],
        [
            "(一)",
            "提高市場開放程度。全面實施市場準入負面清單制度,法律法規明令禁止的范圍以外一律開放,不得設置對外地經營者不平等、"
            "消除或減少經營者之間競爭的準入條件。全面規范市場準入程序,法律法規規定的審查環節以外一律取消,不得以備案、登記、注冊、"
            "名錄、年檢、監制、認定、認證、審定、指定、配號、換證、設置分支機構等形式設置準入障礙。全面清理審批事項,"
            "法定目錄以外一律取消,不得設置無法律法規依據的審批或帶有行政審批性質的事前備案程序,不得對負面清單以外的行業、領域、"
            "業務設置審批程序。全面開放市場,除涉密和特定重大技術工程外,招標限制一律取消,不得限制或排斥本地、本系統以外的法人或"
            "其他組織參加投標。",
            "省發展改革委",
            "省編辦、省國土資源廳、省環保廳、省住建廳、",
        ],
    ],
    widths=(6, 80, 16, 40),
)


# t34: a city government's notice dividing its 2020 key work (滁州), a **list** on the page: each numbered item is followed by
# 牵头负责领导: / 牵头责任单位: / 协同责任单位: lines. Built with columns named from those labels; the page is cut inside item 4's
# second label (its unit cells blank).
T34 = Table(
    "t34-city-2020-table.xlsx",
    sheet="重点工作",
    title="2020年市政府重点工作及责任分解",
    header=["序号", "重点工作", "牵头负责领导", "牵头责任单位", "协同责任单位"],
    rows=[
        ["一、确保完成全年主要预期目标"],
        [
            "1.",
            "地区生产总值增长8%以上。",
            "金力。",
            "市发展改革委。",
            "市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。",
        ],
        [
            "2.",
            "财政收入增长8%左右。",
            "金力。",
            "市财政局。",
            "市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。",
        ],
        [
            "3.",
            "固定资产投资增长10%以上。",
            "金力。",
            "市发展改革委。",
            "市经信局、市住建局、市交通局、市水利局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。",
        ],
        ["4.", "社会消费品零售总额增长10.5%以上。", "姚志。", None, None],
    ],
    widths=(6, 40, 14, 18, 60),
)


# t35: a city government office's notice (湖州, 2020) with the first items of its key-work division, a **list** on the page:
# each numbered item is followed by one 责任单位: line whose note says the first unit is the lead (下同). Built as
# 序号 / 重点工作 / 责任单位 with the 一、 heading as a merged section row; item 2 is cut inside its task (unit cell blank).
T35 = Table(
    "t35-city-2020-table.xlsx",
    sheet="责任分解",
    title="2020年政府工作报告重点工作责任分解",
    header=["序号", "重点工作", "责任单位"],
    rows=[
        ["一、王纲市长主抓重点工作"],
        [
            "1.",
            "坚定不移支持企业发展。切实落实营造更好发展环境、支持民营企业改革发展的各项政策措施。全面兑现疫情发生以来出台的各类"
            "稳企业、稳经济、稳发展政策意见,大力推行减税、减费、减租、减息举措,力争减轻企业各类负担200亿元,全力支持企业复工达产、"
            "健康发展。",
            "市经信局、市财政局、市发展改革委、市人力社保局、市金融办、市税务局(列第一位者为工作牵头单位或汇总单位,下同)",
        ],
        ["2.", "开展项目“双进双产", None],
    ],
    widths=(6, 80, 40),
)


# t36: a news copy (traditional script, the mirror's pinyin glosses after some characters kept) of a city's 2023 list of
# 市級民生實事 (綿陽), a **list** on the page: a project-name line, a content line, then 責任單位:. Built as 序號 / 項目名稱 /
# 建設內容 / 責任單位 (columns named from what each line holds; the page names only 責任單位), the 一、 heading and its
# (11件) line as one merged section row. Item 3 runs its content on the name's line and is cut inside it.
T36 = Table(
    "t36-city-2023-table.xlsx",
    sheet="民生實事",
    title="2023年市級民生實事清單",
    header=["序號", "項目名稱", "建設內容", "責任單位"],
    rows=[
        ["一、城建綜合治理類\n(11件)"],
        [
            "1.",
            "綿陽科技城第二水源開茂水庫水廠及配套管網(wǎng)建設項目",
            "建設一座日供水30萬噸的綿陽科技城第二水源開茂水庫凈水廠;建設1條總長度約25公里、途經(jīng)北川羌族自治縣、"
            "安州區(qū)、科技城新區(qū)的重力流清水輸水管道。",
            "市住房和城鄉(xiāng)建設委、水務集團。",
        ],
        [
            "2.",
            "綿陽火車站站前廣場及周邊配套設施建設項目(票決項目)",
            "新建臨園路下穿通道,總長約1400米,寬50米;對綿陽火車站站前廣場實施改建(占地面積約2.4萬平方米)。",
            "市住房和城鄉(xiāng)建設委、交發(fā)集團",
        ],
        [
            "3、",
            "創(chuàng)業(yè)大道南延線建設項目(票決項目)",
            "工程自創(chuàng)業(yè)大道與八角南路交叉口起,向南經(jīng)綿陽中學東側(cè)後山,接鐵路跨線橋,止于御",
            None,
        ],
    ],
    widths=(6, 40, 70, 30),
)


# t37: a provincial 发展改革委's notice issuing a 2022 实施方案 (四川, 现代流通体系), a **list** on the page: items (一)… each ending
# with 〔责任单位:…〕 (the first one's note says the tasks also fall on the 市(州) governments, 下同); no deadline. Built as
# 序号 / 重点任务 / 责任单位 (task column named here; the page names only 责任单位), the 一、 heading a merged section row.
# Item (三) is cut inside its text before its brackets (unit cell blank).
T37 = Table(
    "t37-province-2022-table.xlsx",
    sheet="实施方案",
    title="四川省“十四五”现代流通体系建设实施方案",
    header=["序号", "重点任务", "责任单位"],
    rows=[
        ["一、深化现代流通市场化改革"],
        [
            "(一)",
            "加强市场体系建设。推动高标准市场体系建设,全面融入全国统一大市场。执行市场准入负面清单制度,落实“非禁即入”。"
            "探索建设数字资产交易中心,推动数据要素创新应用走深。积极争取成都市纳入国家要素市场化配置综合改革试点。",
            "省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。",
        ],
        [
            "(二)",
            "优化市场准入环境。推动“证照分离”改革全覆盖,持续推进“一网通办”“一日办结”。提高流通领域市场主体登记的便利化水平。"
            "加强数据共享,推动电子营业执照跨部门、跨行业、跨领域互信互认、互通互用。把“食品经营许可”(预包装食品)和"
            "“报关企业注册登记”纳入“多证合一”改革。继续实行“歇业登记”等新制度。",
            "省市场监管局",
        ],
        [
            "(三)",
            "加强反垄断和反不正当竞争执法。全面贯彻《中华人民共和国反不正当竞争法》和《四川省反不正当竞争条例》。"
            "落实反不正当竞争省际联席会议制度。强化公平竞争审查,鼓励高等院校、科研院所、专业咨询公司等第三方机构参与公平竞争评估。"
            "加大商业秘密保护力度,推进商业秘密保护基地、指导站(联系点)、",
            None,
        ],
    ],
    widths=(6, 80, 40),
)


# t38: a district government's disclosure page (区府办, 2020-10-20) with the 2020 第三季度 execution table of the
# 政府工作报告's key tasks: 项目名称 (its header over two columns: the (一) number and the name, both merged over their
# rows) / 项目内容 / 责任单位 / 进展情况. The (二) group's first row leaves the three right cells blank; its one task row is
# cut inside its unit cell. No deadline column.
T38 = Table(
    "t38-district-2020-table.xlsx",
    sheet="执行情况",
    title="2020第三季度政府工作报告重点任务目标执行情况",
    header=["项目名称", "", "项目内容", "责任单位", "进展情况"],
    rows=[
        [
            "(一)",
            "经济社会发展主要预期目标",
            "地区生产总值增长6.5%以上",
            "区发改经信局、区科技工业区管委会、各街道",
            "正常进行中",
        ],
        [
            None,
            None,
            "全社会R&D经费支出增长15%",
            "区科技局、区科技工业区管委会、各街道",
            "依托“科创微课堂、政策直通车、全员跑企业”,面向全区高新技术企业做研发投入统计的普遍辅导,跟踪中美华东等重点高企"
            "的发展并做好服务;推广“企业研发项目信息管理系统”,组织233家企业在系统注册",
        ],
        [None, None, "财政收入与经济增长基本同步", "区财政局、区科技工业区管委会、各街道", "正常进行中"],
        [None, None, "有效投资确保完成市下达目标任务", "区发改经信局、区科技工业区管委会、各街道", "正常进行中"],
        [
            None,
            None,
            "节能减排确保完成市下达目标任务",
            "区发改经信局、区科技工业区管委会、各街道",
            "上半年全区单位GDP电耗降低率为6.52%,满足市里下达的“单位GDP电耗降低率不得高于1.4%”这一能源“双控”任务要求",
        ],
        [
            None,
            None,
            "环境保护确保完成市下达目标任务",
            "生态环境拱墅分局、区治水办、区科技工业区管委会、各街道",
            "推进“十四五生态环境”水生态环境保护规划的编制;全面排查“水十条”超标重点断面的水质,提高水质达标率 ;组织环境安全"
            "隐患大排查大整治;参与全省环境质量公众满意度评价,加强宣传",
        ],
        ["(二)", "支持实体企业发展", None, None, None],
        [
            None,
            None,
            "落实振兴实体经济、支持民营经济高质量发展以及减税降费等重大政策",
            "区发改经信局、区科技局、区财政",
            None,
        ],
    ],
    widths=(6, 20, 40, 36, 60),
    merges=("A2:B2", "A3:A8", "B3:B8", "A9:A10", "B9:B10"),
)


# t39: a legal-database copy (its 【法宝引证码】/【时效性】 lines kept) of a city government office's notice (2017年4月13日)
# dividing the responsibilities of its 十三五 emergency-system plan. On the page a **list**: a part heading, "(一)…",
# item 1. with sub-items (1)-(4), then one "(责任单位:…)" line for the item. Built as 序号 / 建设任务 / 具体内容 / 责任单位
# (columns named here; the page names only 责任单位), the item's number and name and its unit cell merged over its
# sub-rows, the two headings merged section rows. Item 2 is cut inside its sub-item (1) (unit cell blank).
T39 = Table(
    "t39-city-2017-table.xlsx",
    sheet="责任分解",
    title="运城市突发事件应急体系建设“十三五”规划责任分解",
    header=["序号", "建设任务", "具体内容", "责任单位"],
    rows=[
        ["“十三五”应急体系9个具体建设任务"],
        ["(一)“一案三制”建设"],
        [
            "1.",
            "完善应急预案体系",
            "(1)加强应急预案管理,规范应急预案的编制、审批、发布、备案、修订和评估,提高应急预案的针对性、实用性和可操作性。",
            "市直各有关单位、各县(市、区)人民政府、各开发区管委会",
        ],
        [
            None,
            None,
            "(2)推进政府及其部门应急预案“精编化”,及时修订完善现有预案,推动单位和基层应急预案编制全覆盖。",
            None,
        ],
        [None, None, "(3)加强应急预案演练,健全演练管理制度,推行“双盲”演练,突出针对性、实战性。", None],
        [None, None, "(4)加强应急预案的培训和宣传,扩大预案发布范围,提高全社会对应急预案的知晓率。", None],
        [
            "2.",
            "健全应急管理体制和运行机制",
            "(1)深入推进市、县、乡三级政府应急管理办事机构建设,落实应急管理专职领导和人员编制,加强公安、民政、卫生、安监、"
            "地震等专项预案牵头部门的应急机构建设,强",
            None,
        ],
    ],
    widths=(6, 24, 70, 40),
    merges=("A5:A8", "B5:B8", "D5:D8"),
)


# t40: a district's 2024 progress table of its ten 人大票决 民生实事 projects (the page's opening prose, then a grid rendered
# one cell a line with "|" debris): 序号 / 牵头单位 / 区民生实事项目数量 / 项目名称 (over two columns: the project and its
# numbered sub-projects) / 业主单位 / 本月进展情况 (two sub-columns, 前期手续 and 在建形象进度, in a second header row).
# Each lead unit's 序号, unit and count cells are merged over its projects' rows; a project with sub-projects is merged
# over their rows, one without spans both name columns. The page's single 已完工 of a row is put in 前期手续, the cell
# after it left blank, as the page orders them. Cut inside group 四's first project name. No deadline column.
T40_HEADER2 = [None, None, None, None, None, None, "前期手续", "在建形象进度"]
T40_ROWS = [
    [
        "一",
        "区住建局",
        "区政府民生实事项目(1个)",
        "(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)",
        "1.文化中心北路",
        "区城投",
        "已完工",
        None,
    ],
    [None, None, None, None, "2.乐业路", "区城管局", "已完工", None],
    [None, None, None, None, "3.新坊路西接兴国路工程", "长堎街道", "已完工", None],
    [
        "二",
        "区城管局",
        "区政府民生实事项目(3个)",
        "(一)城区居民户内燃气安全装置、非居瓶改管、气改电项目",
        None,
        "区城管局",
        "已完工",
        None,
    ],
    [None, None, None, "(二)“城镇老旧小区改造”建设项目(老前进花园小区改造项目)", None, "区城管局", "已完工", None],
    [None, None, None, "(三)井盖整治项目", None, "区城管局 区水投", "已完工", None],
    [
        "三",
        "区教体局",
        "区政府民生实事项目(2个)",
        "(一)公共场所全民健身 器材更换项目",
        None,
        "区教体局",
        "已完工",
        None,
    ],
    [
        None,
        None,
        None,
        "(二)中小学幼儿园网点建设补短板项目",
        "1.市政公用城学校",
        "南昌市政大道房地产有限公司(开发商配建学校项目)",
        "已完工",
        None,
    ],
    [None, None, None, None, "2.新建四小教学 综合楼", "区教体局(区国资公司代建)", "已完工", None],
    [None, None, None, None, "3.省庄花园小区 配套幼儿园", "区城投公司", "已完工", None],
    ["四", "区农业农村局", "区政府民生实事项目(1个)", "(一)“两整治一提升”行动共同富裕", None, None, None, None],
]
T40_MERGES = (
    "A2:A3",
    "B2:B3",
    "C2:C3",
    "D2:E3",
    "F2:F3",
    "G2:H2",
    "A4:A6",
    "B4:B6",
    "C4:C6",
    "D4:D6",
    "A7:A9",
    "B7:B9",
    "C7:C9",
    "D7:E7",
    "D8:E8",
    "D9:E9",
    "A10:A13",
    "B10:B13",
    "C10:C13",
    "D10:E10",
    "D11:D13",
)


def _t40_body(ws: Worksheet, row: int) -> None:
    """Write t40's second header row, its project rows and its merges (the header over two rows)."""
    for col, name in enumerate(T40_HEADER2, start=1):
        if name is not None:
            ws.cell(row=row, column=col, value=name).font = BOLD
    _rows(ws, row + 1, T40_ROWS, len(T40_HEADER2))
    for cells in T40_MERGES:
        ws.merge_cells(cells)


T40 = Table(
    "t40-district-2024-table.xlsx",
    sheet="进度表",
    title="2024年度区政府民生实事人大票决项目进度表",
    header=["序号", "牵头单位", "区民生实事项目数量", "项目名称", "", "业主单位", "本月进展情况", ""],
    rows=[],
    widths=(6, 14, 22, 40, 26, 30, 12, 14),
    then=_t40_body,
)


# t41: a county government office's page (霍邱, 2025-06-16, a traditional-script mirror with pinyin glosses after some
# characters, kept) of the first-quarter state of the county's 2025 key tasks: a real grid rendered one row a line,
# 序號 / 重點工作任務 / 牽頭責任單位 / 一季度完成情況 (a **result column**). No deadline column. Row 8 is cut inside its
# result cell. The page heading is the title row.
T41 = Table(
    "t41-county-2025-table.xlsx",
    sheet="完成情況",
    title="2025年縣政府重點(diǎn)工作任務(wù)一季度完成情況",
    header=["序號(hào)", "重點(diǎn)工作任務(wù)", "牽頭責任單位", "一季度完成情況"],
    rows=[
        ["1", "地區(qū)生產總值增長6%以上。", "縣發(fā)改委", "一季度全縣地區(qū)生產總值增長6.8%"],
        ["2", "規(guī)模工業(yè)增加值增長4.5%。", "縣工信局", "規(guī)模工業(yè)增加值實現增長 11.9%"],
        ["3", "財(cái)政一般公共預(yù)算收入增長3.7%以上。", "縣財(cái)政局、縣稅務(wù)局", "財(cái)政一般公共預(yù)算收入同比增長4.8%"],
        [
            "4",
            "固定資產(chǎn)投資增長4%以上。",
            "縣發(fā)改委",
            "一季度固定資產(chǎn)投資累計(jì)完成27.56萬元,比上年同期增長16.9%,位列全市第2。",
        ],
        [
            "5",
            "社會(huì)消費(fèi)品零售總額增長6%左右。",
            "縣商務(wù)局",
            "一季度全縣社會(huì)消費(fèi)品零售總額達到57.48億元,同比增長7.5%(全市6.3%),比全市平均高1.2個(gè)百分點(diǎn),"
            "增速列全市第3。",
        ],
        [
            "6",
            "城鎮(zhèn)常住居民人均可支配收入增速高于全省平均水平、位次靠前。",
            "縣人社局",
            "2025年一季度全縣城鎮(zhèn)常住居民人均可支配收入9997元,居全市第6,增長4.8%,比全省低0.1個(gè)百分點(diǎn),"
            "比全市高0.2個(gè)百分點(diǎn),居全市第2。",
        ],
        [
            "7",
            "農(nóng)村常住居民人均可支配收入增速高于全省平均水平、位次靠前。",
            "縣農(nóng)業(yè)農(nóng)村局",
            "2025年第一季度我縣農(nóng)村常住居民人均可支配收入達7168元,居全市第3,增長6.9%,比全省高0.7個(gè)百分點(diǎn),"
            "居全市第6。",
        ],
        [
            "8",
            "加強(qiáng)項(xiàng)目全周期管理,實施億元項(xiàng)目78個以上,其中新開工項(xiàng)目20個以上。",
            "縣發(fā)改委",
            "一季度共實施市億元以上重點項(xiàng)目68個,其中續(xù)建項(xiàng)目51個、新開工項(xiàng)目17個,累計",
        ],
    ],
    widths=(6, 50, 22, 70),
)


# t42: a copy (traditional script with pinyin glosses, kept) of a city government office's notice (青島, 2023年1月30日)
# issuing the city's 2023 重點工作任務 for 新舊動能轉換: notice, signature, title, preamble, "一、…" and items 1.–3. On the
# page a **list**: each item ends with (牽頭單位:…,參與單位:…) or (牽頭單位:…). Built as 序號 / 重點工作任務 (task column
# named here) / 牽頭單位 / 參與單位, the heading a merged section row. No deadline. Item 3 is cut after its first
# sentence (unit cells blank).
T42 = Table(
    "t42-city-2023-table.xlsx",
    sheet="重點工作任務",
    title="青島市深化新舊(jiù)動能轉換推動綠色低碳高質量發展2023年重點工(gōng)作任務",
    header=["序號", "重點工(gōng)作任務", "牽頭單位", "參與單位"],
    rows=[
        ["一(yī)、實施創新驅動發展戰略"],
        [
            "1.",
            "建設崂山實驗室。推進“透明海洋”等重大(dà)戰略科技任務實施,加快攻克關鍵核心技術。建設崂山實驗室成果轉化基地,"
            "聚焦大(dà)數據、藍(lán)色生(shēng)命與生(shēng)物(wù)資(zī)源開(kāi)發、海洋高端智能裝備等新興産業方向,"
            "推進“藍(lán)色藥庫”開(kāi)發計劃,加快推動海洋科技成果轉移轉化。",
            "市科技局",
            "青島藍(lán)谷管理局",
        ],
        [
            "2.",
            "完善實驗室建設體(tǐ)系。抓住國家重點實驗室重組的機遇,組織現有國家重點實驗室和高校院所争創國家重點實驗室。"
            "高标準推進青島新能源山東省實驗室建設,申報山東省重點實驗室,批準新建一批青島市重點實驗室,"
            "構建國家級—省級—市級實驗室體(tǐ)系。",
            "市科技局",
            None,
        ],
        ["3.", "增強海洋科技創新策源能力。", None, None],
    ],
    widths=(6, 80, 16, 22),
)


# t43: a policy-portal copy (泰州, undated; the notice cites 2019 documents) of a city's 优化营商环境 行动方案: title,
# preamble, "一、…" and items (一)–(二). On the page a **list**: item (一) ends with (责任单位:…); item (二) is cut inside
# its text before its brackets (unit cell blank). Built as 序号 / 重点任务 (named here) / 责任单位, the heading a merged
# section row; the page heading is the title row. No deadline column.
T43 = Table(
    "t43-city-undated-table.xlsx",
    sheet="行动方案",
    title="泰州关于印发聚焦企业关切进一步优化营商环境行动方案的通知",
    header=["序号", "重点任务", "责任单位"],
    rows=[
        ["一、开展行政审批提速行动"],
        [
            "(一)",
            "持续加大简政放权力度。不折不扣落实国务院取消和下放行政审批事项的要求,压减审批事项,实行清单管理。"
            "坚持“能减尽减、能放尽放”推进简政放权,依据市、区政府的法定职责,进一步理顺事权关系,减少企业群众“两头跑”。"
            "开展“减证便民”行动,清理没有法律法规依据、烦扰企业和群众的“奇葩”证明、循环证明、重复证明等各类证明材料,"
            "全面推行证明事项告知承诺制,精简盖章、审核、备案、确认、告知等繁琐手续。",
            "市行政审批局、住建局、司法局,各市(区)人民政府,医药高新区管委会",
        ],
        [
            "(二)",
            "优化工程项目许可办理。推进房屋建筑和城市基础设施工程建设项目审批制度“全流程、全覆盖”改革,"
            "工程建设项目从立项用地规划许可、工程建设许可、施工许可直至竣工验收,每个阶段实行“一家牵头、并联审批、限时办结”,"
            "全市工程建设项目审批时间缩短至100个工作日内。依照国家、省有关要求,抓紧修订本市现行涉及工程建设项目审批的相关规定。"
            "规范审批前置条件,推动消防设计审核、人防设计审查、工程施",
            None,
        ],
    ],
    widths=(6, 90, 40),
)


# t44: a school-admission site's copy (北京小升初网, citing 北京通州发布) of the education items of 通州区's 2023 重要民生实事项目.
# On the page a **list**: each item is followed by 责任单位:… and 完成期限:… lines. Built as 实事内容 (named here; the page
# numbers nothing and names no task column) / 责任单位 / 完成期限, the list's name the title row.
T44 = Table(
    "t44-district-2023-table.xlsx",
    sheet="民生实事",
    title="2023年通州区重要民生实事项目",
    header=["实事内容", "责任单位", "完成期限"],
    rows=[
        [
            "全区集团化办学覆盖率达到60%以上,继续调整教育资源布局,推动区域教育优质均衡发展水平提高",
            "区教委",
            "2023年12月底前",
        ],
        ["建成台湖公租房配套小学,提供学位1200个,缓解就近入学难题", "区教委", "2023年12月底前"],
        [
            "建成“区片校”三级联动心理健康教育体系,为全区79所公办中小学提供心理健康教育服务,增强学生心理健康水平",
            "区教委",
            "2023年12月底前",
        ],
    ],
    widths=(70, 12, 18),
)


# t45: the second page of a city's (许昌; undated, its goals name 2011 and 2012) key-building-projects document, from
# its part 六 to the heading of part 九. On the page a **list**: each project heading (六、…) has (一) a goal paragraph and
# (二) numbered tasks, each ending with its date and followed by a 责任单位:… line; in part 七 items 2 and 3 have no unit
# line of their own (item 4's follows them). Built as 序号 / 具体任务 / 责任单位 (from the page's label 具体任务、完成时限及
# 责任单位; the dates stay inside the task cells), the project headings and (一)/(二) headings merged section rows, each
# goal paragraph a row with blank 序号 and unit. No title row: the page opens at part 六.
T45 = Table(
    "t45-city-2011-table.xlsx",
    sheet="重点项目",
    title=None,
    header=["序号", "具体任务", "责任单位"],
    rows=[
        ["六、市文博馆"],
        ["(一)主要目标任务"],
        [None, "项目2011年4月20日前全部完工,4月30日前投入试运行。", None],
        ["(二)具体任务、完成时限及责任单位"],
        ["1.", "规划馆和博物馆布展工作,4月20日前完成。", "市规划局、市文化局。"],
        ["2.", "室外广场的硬化、绿化和亮化,4月20日前完工。", "东城区管委会。"],
        ["3.", "馆内装饰装修及弱电等工程,4月20日前完工。", "市发改委(代建办)。"],
        ["4.", "在2011年三国文化周活动期间投入使用。", "市发改委(代建办)。"],
        ["七、市直公用事业综合服务中心"],
        ["(一)主要工作目标"],
        [None, "主体工程2012年4月30日前封顶。", None],
        ["(二)具体任务、完成时限及责任单位"],
        ["1.", "电线和光缆迁移改造工程,3月中旬完成。", "市供电公司、许昌通信传输局。"],
        ["2.", "基坑开挖和试桩工程,3月上旬开工,6月30日前完工;", None],
        ["3.", "地下室工程建成出地面,10月30日前完成;", None],
        ["4.", "2011年底进行主体施工,2012年4月30日前封顶。", "市发改委(代建办)。"],
        ["八、市防汛抗旱指挥中心"],
        ["(一)主要目标任务"],
        [None, "2011年5月底前动工建设。", None],
        ["(二)具体任务、完成时限及责任单位"],
        [
            "1.",
            "项目修建性详细规划于3月底前提交市规委会评审,通过后于4月底前完成施工图设计和审核。",
            "市水利局、市规划局。",
        ],
        ["2.", "项目用地清表工作3月底前完成。", "东城区管委会。"],
        [
            "3.",
            "围墙建设,物探、地探,用水用电手续办理,以及厂区道路建设和临建设施搭建,4月底前完成。",
            "市水利局、东城区管委会。",
        ],
        [
            "4.",
            "可研报告审批及环境评价、土地预审、人防评估等4月底前完成。",
            "市水利局、市发改委、市环保局、市国土局、市人防办。",
        ],
        ["5.", "建设和监理单位招标5月底前完成并开工,2011年年底开展主体工程施工。", "市水利局。"],
        ["九、市广电大厦"],
    ],
    widths=(6, 70, 36),
)


# t46: a district 教育局's 2025 extract of the 政府工作报告 key-task division table (谯城区; disclosure header with 发文日期
# 2025-06-13): a real grid rendered one cell a line. 序号 / 重点工作任务 / 主要责任单位 / 协同配合单位, the six part headings
# merged section rows (parts 二–五 hold no row of the bureau's), rows keep the full table's numbers (3, 68, 69, 73). Row
# 73 is cut inside its task, right after a figure's digits (unit cells blank). The table's name is the title row. No
# deadline column.
T46 = Table(
    "t46-district-2025-table.xlsx",
    sheet="任务分解表",
    title="谯城区教育局2025年政府工作报告重点工作任务分解表",
    header=["序号", "重点工作任务", "主要责任单位", "协同配合单位"],
    rows=[
        ["一、2025年经济社会发展的主要预期目标"],
        [
            3,
            "固定资产投资增长7.5%左右。",
            "区发改委",
            "区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,"
            "谯城经开区管委会,魏武国控集团。",
        ],
        ["二、全力以赴扩投资、优服务,筑牢经济增长根基"],
        ["三、全力以赴延链条、壮集群,构建现代产业体系"],
        ["四、全力以赴增动能、聚人气,激发改革创新活力"],
        ["五、全力以赴促融合、护生态,打造宜居宜业家园"],
        ["六、全力以赴惠民生、增福祉,加快社会事业发展"],
        [
            68,
            "继续推动学前教育普及普惠和义务教育优质均衡发展,加快黎明小学、亳州四中等学校扩建教学楼项目建设。",
            "区教育局",
            "区政府有关部门,各乡镇人民政府、街道办事处。",
        ],
        [69, "深化同海亮集团的合作,积极引入优质教育资源。", "区教育局", "区投资促进中心。"],
        [73, "大力实施“安心托幼”,全区托位数提高至560", None, None],
    ],
    widths=(6, 60, 14, 50),
)


# t47: a district 教育体育局's April–June 2024 progress table of its key work (田家庵区): a real grid rendered one row a
# line with "|" debris, the 完成状态 cell on a line of its own. 序号 / 主 要 任 务 (spaces as the page writes it) / 牵头领导
# (a person) / 责任科室 / 落实情况 (a **result column**) / 完成状态. Row 3 is cut inside its result cell (完成状态 blank). The
# page heading is the title row. No deadline column.
T47 = Table(
    "t47-district-2024-table.xlsx",
    sheet="重点工作进展",
    title="2024年4月-6月田家庵区教育体育局重点工作进展情况",
    header=["序号", "主 要 任 务", "牵头领导", "责任科室", "落实情况", "完成状态"],
    rows=[
        [
            1,
            "开展少儿艺术活动100场次以上。",
            "疏金都",
            "宣教科",
            "1、组织举办区级和校级科技艺术节。(30场) 2、组织举办区级和校级“小手拉大手 文明伴我行”征文及演讲比赛。(30场) "
            "3.组织举办区级和校级2024年中小学生艺术展演(5场)",
            "序时推进",
        ],
        [
            2,
            "体育健身赛事惠及5万人次以上。",
            "牛拓",
            "体育办",
            "1.2024年2月在区政府大礼堂举行田家庵区迎新春掼牌比赛,300人次参与; 2.在朝阳中学举行田家庵区武术大赛,400人次参与; "
            "3.在朝阳中学举行田家庵区武术大赛,400人次参与; 4.在连岗举行社区运动会,1500人次参与; "
            "5.田家庵区教体局机关趣味运动会、区体育社会指导员进社区迎新春活动,配合市局开展新年登高等赛事活动,"
            "田家庵区社区运动会暨中老年篮球比赛、奔跑吧·少年主题活动都在有序推进,目前体育健身赛事参与已达24850人次。",
            "序时推进",
        ],
        [
            3,
            "坚持把教育放在优先发展位置,加大集团化办学推进力度,完成洞山中学二部主体工程,推进龙湖中学扩建。",
            "牛拓",
            "项目办",
            "1.龙湖教育集团民生中学、洞山教育集团朝阳中学等6所集团成员校获评2024年淮南市儿童友好示范学校。"
            "闵行区七宝二中、安庆四中分别同洞山教育集团曹岭湖中学签署合作协议,闵行区浦汇小学、蔷薇小学、文来中学分别同"
            "洞山中学教育集团本部及成员校淮河中学、朝阳中学签署合作协议,深化结对合作办学,推动长三角地区教育协同发展、"
            "同频共振; 2.洞山中学二部项目于2024年5月21日签署施工合同,施工图设计:6月28日完成电子版图纸,"
            "预计7月20日完成图审。龙湖中学扩建(气象局)正在和市建发积极",
            None,
        ],
    ],
    widths=(6, 50, 10, 10, 80, 10),
)


# t48: the KPI list of 香港's 施政報告 (traditional script), from a news page. On the page a **list**: group names
# (…行動小組, …工作組, …統籌組), numbered items, some with a run-in lead ending ":" over "- " bullets, and the owner
# bureaus in brackets after an item or a bullet. Built as 序號 / 項目 / 指標 / 政策局 (the page labels no column: 指標 is the
# headline's word, 政策局 the text's), the group names as merged section rows, an item's lead in 項目 merged down over its
# bullets (its 序號 merged the same way), one row per bullet. A bullet without its own bracket keeps a blank 政策局 cell
# (the page gives item 4's bureau only after its last bullet). The last bullet is cut after its period words.
T48 = Table(
    "t48-sar-undated-table.xlsx",
    sheet="指標",
    title="施政報告|李家超訂出110項KPI 範圍包括土地房屋供應、推動「再工業化」等 百大指標一文睇清",
    header=["序號", "項目", "指標", "政策局"],
    rows=[
        ["弱勢社群學生擺脫跨代貧窮行動小組"],
        [
            1,
            None,
            "完成一年期「共創明『Teen』計劃」的學員之中,不少於 70% 於個人發展及正向思維的提升上有所進步。",
            "政務司司長辦公室/勞工及福利局",
        ],
        ["地區事項統籌工作組"],
        [
            2,
            "改善環境衛生及市容:",
            "各部門認定的約 600 個環境衛生黑點,於 2023 年底前至少消除 75%。",
            "政務司副司長辦公室/相關政策局",
        ],
        [None, None, "主要鼠患黑點的數目於 2023 年底前至少減半。", "環境及生態局"],
        [None, None, "香港房屋委員會(房委會)每年與旗下公共屋邨的各持份者合辦約 500 次聯合清潔行動。", "房屋局"],
        [None, None, "於 2023 年為各區合共 111 個道路構築物進行翻新/美化工作。", "運輸及物流局"],
        [
            3,
            None,
            "於 2022 年底前完成檢視亂拋垃圾、廢物處置及阻街的定額罰款,並在 2023 年中完成檢視其他環境衛生相關法例,"
            "以加強執法成效及阻嚇作用。",
            "政務司副司長辦公室/相關政策局",
        ],
        ["土地及房屋供應統籌組"],
        [
            4,
            "確保土地如期到位:",
            "未來十年(2023-24 至 2032-33 年度)按時供應約 3,300 公頃新平整土地,其中不少於 1,300 公頃位於「北部都會區」。",
            None,
        ],
        [
            None,
            None,
            "在未來五年(2023-24 至 2027-28 年度),備妥可經賣地或鐵路物業發展供市場合共興建不少於 72,000 個私營房屋單位的土地。",
            None,
        ],
        [None, None, "每年發表未來十年可發展土地的供應預測。", "發展局"],
        [
            5,
            "增加土地供應:",
            "為新一輪「綠化地帶」檢討中選出作房屋發展的 255 公頃土地進行可行性研究,目標在2024年或之前改劃首批用地。",
            None,
        ],
        [
            None,
            None,
            "五年內(2022-23 至 2026-27年度)為政府項目收回約 500 公頃私人土地(其中超過 90% 在「北部都會區」),"
            "總量較過去五年(2017-18 至 2021-22年度)全港收回的 120 公頃超逾四倍。",
            None,
        ],
        [None, None, "在 2023 年下半年至 2024", None],
    ],
    widths=(6, 20, 70, 30),
    merges=("A6:A9", "B6:B9", "A12:A14", "B12:B14", "A15:A17", "B15:B17"),
)


# t49: a city 河长制办公室's 2018 主要任务分解表 (河长制), a grid shown as text rows. The title row is the page's table
# heading; the header is the page's (序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位). The 类别 cell (written with the
# page's layout space, 加强水资源保 护) is merged over rows 1-3, and the 主要任务 cell of row 2 (严守用水 效率控制 红线) over
# rows 2-3, as the page leaves them blank below. Row 3 is cut inside its 责任单位 cell. Dates stay in the 细化措施 text.
T49 = Table(
    "t49-city-2018-table.xlsx",
    sheet="主要任务分解表",
    title="平顶山市全面推行河长制主要任务分解表",
    header=["序号", "类别", "主要任务", "细化措施", "牵头单位", "参与单位", "责任单位"],
    rows=[
        [
            1,
            "加强水资源保 护",
            "严守水资源开发利用控制红线",
            "推行水资源消耗总量与强度双控行动,杜绝不合理的新增取水,真正以水定需、量水而行、因水制宜。"
            "到2020年,全市用水总量控制在11.88亿立方米以内。",
            "市水利局",
            "市发展改革委、工业和信息化委、住房和城乡建设局、农业局等",
            "各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会",
        ],
        [
            2,
            None,
            "严守用水 效率控制 红线",
            "落实以万元国内生产总值水耗指标为主的用水效率评估体系,将节水目标任务的完成情况纳入市、县级政府的政绩考核。"
            "把再生水、雨水、循环水等非常规水源纳入水资源的统一配置。到2020年,全市万元国内生产总值用水量、"
            "万元工业增加值用水量比2015年分别下降24%、25%以上。",
            "市水利局",
            "市发展改革委、工业和信息化委、住房和城乡建设局等",
            "各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会",
        ],
        [
            3,
            None,
            None,
            "抓好工业节水。加快推进工业节水技术改造,坚决制止用水浪费。到2020年,电力、钢铁、纺织印染、造纸、石油石化、化工、"
            "食品发酵等高耗水行业达到国内先进定额标准。",
            "市工业和信息化委、水利局",
            "市发展改革委等",
            "各县(市、区)党委和人民政府,城乡一体化示范区、高",
        ],
    ],
    widths=(6, 10, 16, 70, 16, 30, 30),
    merges=("B3:B5", "C4:C5"),
)


# t50: a county-level city's 2022 十四五 纲要 任务分工方案 (a government office's notice). On the page a **list**: each
# numbered item ends with "(牵头部门:X,配合部门:Y)". Built as 序号 / 任务 / 牵头部门 / 配合部门 (columns named from the list's
# own labels), with the heading 一、目标定位 as a merged section row. Item 4 is cut inside its 牵头部门 label, before any
# unit: both unit cells stay blank. The page has no title row over the list (the 方案's name is in the .txt's text).
T50 = Table(
    "t50-city-2022-table.xlsx",
    sheet="任务分工",
    title=None,
    header=["序号", "任务", "牵头部门", "配合部门"],
    rows=[
        ["一、目标定位"],
        [1, "聚力建设西安都市圈核心区。", "市发改局", "市级相关部门,各镇办"],
        [2, "争创产业聚焦转型先行区。", "市招商局", "市发改局、工信局、农业农村局、商务局、工业园区等,各镇办"],
        [3, "争创改革高效集成先行区。", "市委改革办", "市级相关部门"],
        [4, "争创城乡融合发展先行区。", None, None],
    ],
    widths=(6, 40, 16, 50),
)


if __name__ == "__main__":
    for table in (
        T04,
        T05,
        T06,
        T07,
        T08,
        T09,
        T10,
        T11,
        T12,
        T13,
        T14,
        T15,
        T16,
        T17,
        T18,
        T19,
        T20,
        T21,
        T22,
        T23,
        T24,
        T25,
        T26,
        T27,
        T28,
        T29,
        T30,
        T31,
        T32,
        T33,
        T34,
        T35,
        T36,
        T37,
        T38,
        T39,
        T40,
        T41,
        T42,
        T43,
        T44,
        T45,
        T46,
        T47,
        T48,
        T49,
        T50,
    ):
        print(_build(table).name)
