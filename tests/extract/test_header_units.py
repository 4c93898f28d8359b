"""Table cells whose unit only the header writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.extract.engine import extract
from tracker.extract.header_units import header_unit, header_units
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import Modality
from tracker.model.period import parse_period
from tracker.quantity import Dimension

CELLS = ("2018年咸宁市各县市区高质量发展指标情况(预测数)\n|\n研发投入占主营收入比重%2016\\2017 |\n基础分 |\n排名 |\n"
         "高新技术企业数量 |\n咸安区 |\n0.25\\0.37 |\n64.4 |\n2 |\n84\\93 |\n嘉鱼县 |\n0.1\\0.27 |\n55.2 |\n3 |\n28\\32 |\n")


def read(text: str, title: str | None = None) -> list:
    meta = DocumentMeta(file="t.txt", kind=DocumentKind.TABLE, issued=date(2019, 7, 3), period=parse_period("2018"),
                        title=title)
    return extract(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))


def test_a_header_writes_its_columns_unit() -> None:
    assert [header_unit(h) for h in ("排名", "项目资金（万元）", "比重%2016\\2017", "高新技术企业数量", "基础分")] == [
        "位", "万元", "%", None, None]


def test_cell_per_line_table_numbers_take_their_headers_unit_and_year() -> None:
    cells = header_units(CELLS)
    assert [(CELLS[c.start:c.end], c.unit, c.year) for c in cells] == [
        ("0.25", "%", 2016), ("0.37", "%", 2017), ("2", "位", None),
        ("0.1", "%", 2016), ("0.27", "%", 2017), ("3", "位", None)]  # 基础分 and 数量 write no unit


def test_header_cells_are_figures_with_the_header_as_subject_and_a_forecast_titles_own_year() -> None:
    found = read(CELLS, title="2018年咸宁市各县市区高质量发展指标情况")
    assert [(f.quantity.text, f.quantity.dimension, f.subject, f.period.label, f.modality) for f in found][:3] == [
        ("0.25", Dimension.PERCENT, "研发投入占主营收入比重", "2016", Modality.ACHIEVED),
        ("0.37", Dimension.PERCENT, "研发投入占主营收入比重", "2017", Modality.ACHIEVED),
        ("2", Dimension.RANK, "排名", "2018", Modality.FORECAST)]  # (预测数): its own year's values are forecasts


def test_pipe_rows_with_a_money_header_and_cells_that_write_their_own_unit() -> None:
    text = "| 项目 | 项目资金（万元） | 增幅 |\n| 科技特派员 | 25 | 12% |\n| 合计 | 40 | 15% |\n"
    found = read(text)
    assert [(f.quantity.text, f.quantity.value, f.quantity.unit) for f in found] == [
        ("25", Decimal(250000), "元"), ("12%", Decimal(12), "%"), ("40", Decimal(400000), "元"), ("15%", Decimal(15), "%")]


def test_a_table_whose_header_writes_no_unit_gives_no_figures() -> None:
    assert header_units("|\n地区 |\n科技型中小企业 |\n|\n全市合计 |\n4222 |\n|\n和平区 |\n120 |\n") == []


def test_a_named_places_row_is_that_places_part_never_the_documents_whole() -> None:
    found = read(CELLS)
    assert all(f.subset for f in found)  # 咸安区, 嘉鱼县: the matcher never counts them for the document's region
    totals = read("| 项目 | 项目资金（万元） |\n| 科技特派员 | 25 |\n| 合计 | 40 |\n")
    assert [f.subset for f in totals] == [False, False]


FORM = ("项目资金                    (万元)   年初预算数 全年预算数 全年执行数 分值  执行率 得分\n"
        "年度资金总额: 25 25 20 10 80.00% 8.00\n其中:本年财政拨款 25 25 20    \n年度总体目标 预期目标 实际完成情况\n"
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标(50分) 数量指标 组织县域结对交流活动 ≥3次 3 10 10  \n")


def test_a_self_evaluation_forms_budget_rows_and_actuals_after_targets() -> None:
    cells = [(FORM[c.start:c.end], c.unit, c.role) for c in header_units(FORM)]
    assert cells == [("25", "万元", "planned"), ("25", "万元", "planned"), ("20", "万元", "achieved"),
                     ("25", "万元", "planned"), ("25", "万元", "planned"), ("20", "万元", "achieved"),
                     ("3", "次", "achieved")]  # 分值, 执行率 and 得分 are no money; the row after a target takes its unit
    found = read(FORM)
    assert [(f.quantity.text, f.quantity.value, f.modality) for f in found if f.quantity.text in ("20", "3", "≥3次")] == [
        ("20", Decimal(200000), Modality.ACHIEVED), ("20", Decimal(200000), Modality.ACHIEVED),
        ("≥3次", Decimal(3), Modality.PLANNED), ("3", Decimal(3), Modality.ACHIEVED)]


def test_a_cell_that_states_a_value_is_no_header_and_a_ragged_row_is_not_guessed() -> None:
    prose = "| 项目 | 完成情况 |\n| 高企数量 | 同比增长15% |\n| 专利授权 | 120 |\n"
    assert header_units(prose) == []
    ragged = "| 地区 | 资金（万元） | 比重% |\n| 咸安区 | 25 |\n| 嘉鱼县 | 30 | 5 |\n"
    assert [(ragged[c.start:c.end], c.unit) for c in header_units(ragged)] == [("30", "万元"), ("5", "%")]
    commas = "| 地区 | 资金（万元） |\n| 全市 | 12,500 |\n"
    assert [(f.quantity.text, f.quantity.value) for f in read(commas)] == [("12,500", Decimal(125000000))]


def test_the_documents_own_place_in_a_row_is_its_whole() -> None:
    meta = DocumentMeta(file="t.txt", kind=DocumentKind.TABLE, period=parse_period("2018"), region="咸宁市")
    text = "| 地区 | 资金（万元） |\n| 咸宁市 | 2500 |\n| 咸安区 | 300 |\n"
    found = extract(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))
    assert [(f.quantity.text, f.subset) for f in found] == [("2500", False), ("300", True)]


def test_forms_and_tables_are_read_in_linear_time() -> None:
    import time

    for text in ("年度指标值 实际完成值\n数量指标 ≥3次 3\n" * 4000, FORM * 2000, "| 地区 | 比重% |\n| 咸安区 | 0.25 |\n" * 20000):
        started = time.process_time()  # CPU of this process: the machine is shared
        header_units(text)
        assert time.process_time() - started < 3.0


def test_rows_that_write_their_own_unit() -> None:
    text = ("表1.1高新技术产业总体情况\n主要指标 | 高新技术产业 | 规模以上工业 | |\n产值 | 亿元 | 10205.20 | —— |\n"
            "同比变化(%) | 6.15 | —— | |\n科研机构人员比重    (%)    Share of staff           0.52 0.74\n")
    assert [(text[c.start:c.end], c.unit, c.header) for c in header_units(text)] == [
        ("10205.20", "亿元", "产值"), ("6.15", "%", "同比变化"), ("0.52", "%", "科研机构人员比重"), ("0.74", "%", "科研机构人员比重")]


def test_a_header_over_two_lines_gives_its_units_to_rows_that_open_with_a_serial_and_a_name() -> None:
    text = "序号 | 各市 | 2014年上半年 | |\n产值(亿元) | 同比变化(%) | ||\n1 | 杭州市 | 2155.35 | 6.14 |\n| 全省 | 10205.20 | 6.15 |\n"
    assert [(text[c.start:c.end], c.unit) for c in header_units(text)] == [
        ("2155.35", "亿元"), ("6.14", "%"), ("10205.20", "亿元"), ("6.15", "%")]


def test_a_yearbooks_column_years_date_each_rows_values_and_per_head_units_are_read() -> None:
    text = ("17-1 科技监测主要指标\n项     目     Item     2020 2021\n"
            "科研机构人均固定资产原价  (千元/人)   Per Capita Original Value           848.00 936.87\n"
            "每万人口专利授权量     (件/万人)   Patents Granted per 10000 Persons            160.75 189.83\n")
    assert [(text[c.start:c.end], c.unit, c.year) for c in header_units(text)] == [
        ("848.00", "千元/人", 2020), ("936.87", "千元/人", 2021), ("160.75", "件/万人", 2020), ("189.83", "件/万人", 2021)]
    found = read(text)
    assert [(f.quantity.value, f.quantity.unit, f.period.label) for f in found][:2] == [
        (Decimal(848000), "元/人", "2020"), (Decimal(936870), "元/人", "2021")]
