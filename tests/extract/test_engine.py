"""Extraction rules on short passages: what is a figure, and its subject, modality and period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.extract.engine import extract
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import Figure, Modality
from tracker.model.period import parse_period
from tracker.quantity import Dimension


def figures(text: str, period: str = "2024-01..2024-10", issued: date | None = date(2024, 11, 11),
            kind: DocumentKind = DocumentKind.SUMMARY) -> list[Figure]:
    meta = DocumentMeta(file="t.txt", kind=kind, issued=issued, period=parse_period(period), region="威海市")
    return extract(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))


def texts(text: str, **kwargs: object) -> list[str]:
    return [f.quantity.text for f in figures(text, **kwargs)]


def one(text: str, **kwargs: object) -> Figure:
    found = figures(text, **kwargs)
    assert len(found) == 1, [f.quantity.text for f in found]
    return found[0]


def label(figure: Figure) -> str | None:
    return figure.period.label if figure.period else None


# ── what is not a figure ───────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "2022年1月29日印发。",
    "成文日期：2025-04-14，时间：09:30。",
    "11月11日上午9:00,市政府新闻办举行新闻发布会。",
    "威科字〔2022〕4号",
    "成功举办第十八届中欧膜产业技术创新合作大会。",
    "第二批推荐名单、首批试点。",
    "全面贯彻党的二十大和二十届三中全会精神。",
    "扎实打好“十四五”开局攻坚战，构建“1+4+N”创新平台体系，落实165体系，推进5G建设，实现“双碳”目标。",
    "一、重大创新工程取得突破\n1.国家创新型城市成功获批。一是高起点创新格局正式形成。",
    "严格执行“三会一课”，增强“四个意识”，做到“两个维护”，形成“4个共同”新模式。",
    "突破一批关键技术，培育一大批企业，建设一支过硬队伍。",
    "在市直机关工委的统一组织下开展工作。",
    "为每一类技术制定推进策略，每万名就业人员中研发人员数较多。",
    "以科技创新赋能“老原新”三篇大文章。",
    "为我市近十年突破，连续三年开展活动。",
    "与航天科工集团25所共建研究院。",
])
def test_not_figures(text: str) -> None:
    assert texts(text) == []


def test_rank_is_kept_as_a_rank() -> None:
    found = figures("综合科技创新水平指数居全省第5位，研发投入占比达到2.48%（全省第 8），稳居全省第一。")
    assert [(f.quantity.text, f.quantity.dimension, f.quantity.value) for f in found] == [
        ("第5位", Dimension.RANK, 5), ("2.48%", Dimension.PERCENT, Decimal("2.48")),
        ("第 8", Dimension.RANK, 8), ("第一", Dimension.RANK, 1)]


def test_every_figure_of_a_dense_sentence() -> None:
    text = "前三季度,我市已累计发放科技成果转化贷款342笔,贷款总金额14.59亿元,同比增长7.12%,惠及科技型中小企业近300家"
    found = figures(text)
    assert [(f.quantity.text, f.quantity.value, f.quantity.unit) for f in found] == [
        ("342笔", 342, "笔"), ("14.59亿元", 1_459_000_000, "元"), ("7.12%", Decimal("7.12"), "%"),
        ("近300家", 300, "家")]
    assert all(text[f.start:f.end] == f.quantity.text for f in found)
    assert {label(f) for f in found} == {"2024-01..2024-09"}
    assert found[0].subject == "科技成果转化贷款" and found[1].subject == "科技成果转化贷款总金额"


def test_traditional_characters_read_as_simplified() -> None:
    found = figures("全年發放貸款14.59億元，惠及企業近300家，促成合作項目100餘個，舉辦活動15場（次）。")
    assert [(f.quantity.value, f.quantity.unit) for f in found] == [
        (1_459_000_000, "元"), (300, "家"), (100, "个"), (15, "场次")]
    assert found[0].quantity.text == "14.59億元"


def test_a_year_range_with_from_and_to_gives_two_years() -> None:
    found = figures("2019—2023年，全市科技型中小企业由820家增加到1.6万家。", period="2023", issued=date(2024, 1, 10))
    assert [(f.quantity.value, label(f)) for f in found] == [(820, "2019"), (16000, "2023")]


# ── modality ───────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "modality"), [
    ("上半年新增注册登记科技型中小企业156户。", Modality.ACHIEVED),
    ("推荐申报雏鹰瞪羚企业25户。", Modality.PROPOSED),
    ("第一批拟申报高新技术企业80户。", Modality.PROPOSED),
    ("已储备新注册科技型中小企业近200家。", Modality.PROPOSED),
    ("我市推荐的等8个项目列入省“揭榜挂帅”项目榜单。", Modality.ACHIEVED),
    ("力争促成科技合作项目16项以上。", Modality.PLANNED),
    ("下一步,将组织举办4场对接活动。", Modality.PLANNED),
    ("本月20日,将举办大会,届时邀请20多位嘉宾参会。", Modality.PLANNED),
    ("将项目分为技术攻关和成果转化两类。", Modality.ACHIEVED),
    ("在电机模拟器等领域实施项目11项。", Modality.ACHIEVED),
])
def test_modality(text: str, modality: Modality) -> None:
    assert [f.modality for f in figures(text)] == [modality]


def test_a_plan_part_is_planned_for_its_year() -> None:
    text = "一、工作成效\n全年完成技术合同成交额8.6亿元。\n三、2024年工作打算\n力争新认定高新技术企业40家以上，推荐申报小巨人企业3家。\n"
    found = figures(text, period="2023", issued=date(2024, 1, 15))
    assert [(f.modality, label(f)) for f in found] == [
        (Modality.ACHIEVED, "2023"), (Modality.PLANNED, "2024"), (Modality.PROPOSED, "2024")]
    assert [f.in_plan for f in found] == [False, True, True]


def test_both_ends_of_a_change_count_what_changed() -> None:
    found = figures("全市高新技术企业数量由2018年的612家增加到2023年的1587家。", period="2023")
    assert [f.subject for f in found] == ["高新技术企业数量", "高新技术企业数量"]
    found = figures("高新技術企業由1150家增加到4380家。", period="2023")
    assert [f.subject for f in found] == ["高新技术企业", "高新技术企业"]


def test_a_plan_document_is_planned() -> None:
    found = figures("实施148个科技创新重点项目,实现总投资97亿元。", period="2025", kind=DocumentKind.PLAN)
    assert {(f.modality, label(f)) for f in found} == {(Modality.PLANNED, "2025")}


# ── periods ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "period", "cumulative"), [
    ("截至10月底,已完成投资28.59亿元。", "2024-01..2024-10", False),
    ("上半年,营口高新区完成地区生产总值66.5亿元。", "2024-H1", False),
    ("2022年为274家企业发放贷款。", "2022", False),
    ("近3年累计促成产学研合作270余项。", "2022-01..2024-10", True),
    ("2022年以来为900多家企业发放贷款。", "2022-01..2024-10", True),
    ("累计培育国家级人才23名。", None, True),
    ("全市高新技术企业约1700家。", "2024-01..2024-10", False),
    ("技术合同成交额是去年同期的1.4倍。", "2024-01..2024-10", False),
    ("基金自2018年设立以来，累计投资项目108个。", "2018-01..2024-10", True),
    ("每年走访企业350家以上。", None, False),
    ("两期支持总额1.73亿元。", None, True),
])
def test_period(text: str, period: str | None, cumulative: bool) -> None:
    figure = figures(text)[-1]
    assert (label(figure), figure.cumulative) == (period, cumulative)


def test_subset_after_qizhong() -> None:
    found = figures("全市创新平台总数发展到1101家,其中国家级27家、省级359家,累计争取资金1.4亿元。")
    assert [f.subset for f in found] == [False, True, True, False]


def test_page_furniture_is_not_content() -> None:
    text = "索引号: 11371000004359096D/2025-01554\n点击次数: 1323\n全年新增企业35家。\n举报/反馈\n1323万获赞 44.3万粉丝\n"
    assert texts(text) == ["35家"]


@pytest.mark.parametrize("text", [
    "一、二、三、四季度，占比依次达到18%、19%、20%、21%。",
    "全年分季度推进：二、三季度分别完成40%、30%，第一季度完成一成。三、四季度依次为5家、6家。",
    "一季度、二季度分别为3家、4家。一、二季度" + "的" * 12 + "分别为1家、2家。四季度。",
])
def test_quarter_lists_found_around_each_quarter_word_as_the_plain_pattern_finds_them(text: str) -> None:
    from tracker.extract import rules
    from tracker.extract.engine import _Reader

    meta = DocumentMeta(file="t.txt", kind=DocumentKind.SUMMARY, period=parse_period("2024"))
    reader = _Reader(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))
    assert [m.span() for m in reader.quarter_lists()] == [m.span() for m in rules.QUARTER_LIST.finditer(text)]
    assert reader.quarter_lists()


def test_will_after_expect_is_part_of_the_forecast_and_a_programme_name_is_no_result() -> None:
    assert one("预计将获批省级项目资金1000万元。").modality is Modality.FORECAST
    found = figures("组织申报镇江市级以上科技计划共98项、省高层次创业创新人才引进计划3名。")
    assert [f.modality for f in found] == [Modality.PROPOSED, Modality.PROPOSED]
    assert one("各级各类科技计划新立139项。").modality is Modality.ACHIEVED


def test_cumulative_growth_is_year_to_date() -> None:
    found = one("累计增速22.60%，全市排名第二。".replace("，全市排名第二", ""))
    assert (label(found), found.cumulative) == ("2024-01..2024-10", False)


def test_patent_applications_are_the_indicator_and_a_successful_application_is_no_step() -> None:
    assert one("全县专利申请 677 件。").modality is Modality.ACHIEVED
    assert one("1-6月全县申请专利200 件。").modality is Modality.ACHIEVED
    assert one(["组织申报市级项目3项", "兑现政策激励资金183万元。"][1]).modality is Modality.ACHIEVED
    found = figures("对申报的近40家企业项目，合计共兑现政策激励资金183万元。")
    assert [f.modality for f in found] == [Modality.PROPOSED, Modality.ACHIEVED]


def test_same_period_alone_is_the_period_before_and_an_attributive_year_is_no_period() -> None:
    found = figures("一季度高新技术产业实现利润2.4亿元；同期我区服装业实现利润1.84亿元。", period="2003-Q1", issued=None)
    assert [label(f) for f in found] == ["2003-Q1", "2003-Q1"]
    assert label(one("对2019年度“工业四十条”政策中申报的企业兑现资金183万元。", period="2020", issued=None)) == "2020"


def test_a_list_of_tasks_after_its_count_is_planned() -> None:
    found = figures("2014年，市科技局所承担的省考指标任务一共四项，即专利申请量280件、技术合同成交总金额0.35亿元。"
                    "截至11月底，专利申请量完成310件。", period="2014", issued=None)
    assert [(f.quantity.text, f.modality) for f in found][1:] == [
        ("280件", Modality.PLANNED), ("0.35亿元", Modality.PLANNED), ("310件", Modality.ACHIEVED)]


def test_a_reserve_pool_and_a_patent_filing_are_steps_and_money_sought_by_an_application_too() -> None:
    assert one("纳入高企培育库的企业有126家。").modality is Modality.PROPOSED
    assert one("经过努力，已申报专利28项。").modality is Modality.PROPOSED
    found = figures("共向省里申报科技项目4项：甲公司申报扶持资金项目，争取资金20万元；乙公司申报项目，争取资金60万元。")
    assert [f.modality for f in found] == [Modality.PROPOSED] * 3
    assert one("今年争取到上级资金300万元。").modality is Modality.ACHIEVED


def test_a_statistics_form_reports_values_while_a_table_of_tasks_sets_them() -> None:
    form = "市、县、区科技进步考核表\n基本情况 年财政支出: 17451 /20532 (万元) 科普经费: 44.90 /52.60 (万元)\n"
    assert {f.modality for f in figures(form, kind=DocumentKind.TABLE)} == {Modality.ACHIEVED}
    tasks = "重点工作任务清单\n年内完成有效发明专利120件\n每个季度完成发明专利30件\n"
    assert {f.modality for f in figures(tasks, kind=DocumentKind.TABLE)} == {Modality.PLANNED}


def test_now_is_the_documents_time_and_a_growth_verb_is_no_part_of_the_subject() -> None:
    found = figures("我省高新技术企业由2017年的269家增长至如今的1441家。", period="2022", issued=None)
    assert [(label(f), f.subject) for f in found] == [("2017", "我省高新技术企业"), ("2022", "我省高新技术企业")]
    intensity = figures("2021年全省全社会研发投入47亿元，投入强度为0.73%。", period="2022", issued=None)[1]
    assert intensity.subject == "全省全社会研发投入强度"


def test_a_year_named_in_a_half_year_report_is_that_half_and_a_cumulative_count_of_firms_is_a_stock() -> None:
    assert label(one("2019年度三区人才选派15名。", period="2019-H1", issued=None)) == "2019-H1"
    stock = one("全县累计培育高新技术企业58家。", period="2023", issued=None)
    assert (label(stock), stock.cumulative) == ("2023", False)
    loans = one("累计发放科技贷款12亿元。", period="2023", issued=None)
    assert (label(loans), loans.cumulative) == (None, True)


def test_a_plans_starting_point_is_a_result() -> None:
    found = figures("截止2018年底，全市高新技术企业达285家。到2020年，全市高新技术企业突破450家。",
                    period="2019..2020", issued=None, kind=DocumentKind.PLAN)
    assert [(f.modality, label(f), f.in_plan) for f in found] == [
        (Modality.ACHIEVED, "2018", False), (Modality.PLANNED, "2020", True)]


def test_a_promise_to_take_a_step_is_a_promise_and_a_figure_dated_after_the_report_is_a_target() -> None:
    found = figures("2015年全市认定高企38家。\n据市科技局介绍，2016年，我市力争申报高新技术企业35家。"
                    "高新技术产业增加值达到90亿元，增幅保持20%以上。", period="2015", issued=None)
    assert [(f.modality, label(f), f.in_plan) for f in found] == [
        (Modality.ACHIEVED, "2015", False), (Modality.PLANNED, "2016", False),
        (Modality.PLANNED, "2016", True), (Modality.PLANNED, "2016", True)]


def test_approved_and_first_reviewed_and_striving_within_the_year() -> None:
    found = figures("全区共计申报科技项目23项，其中获立项国家创新基金1项、省星火计划2项。1个成果初评为省科技进步三等奖。")
    assert [f.modality for f in found] == [Modality.PROPOSED, Modality.ACHIEVED, Modality.ACHIEVED, Modality.PROPOSED]
    assert one("目前已完成验收，争取年内完成90%以上到期项目的结题验收。").modality is Modality.PLANNED
    assert one("今年争取到2018年重大科技专项立项项目3个。", period="2018-H1").modality is Modality.ACHIEVED


def test_money_sought_after_a_count_of_applications_is_money_obtained() -> None:
    found = figures("2019年，我局共组织申报各类科技项目36项，争取上级科技资金1200万元。", period="2019", issued=None)
    assert [f.modality for f in found] == [Modality.PROPOSED, Modality.ACHIEVED]


def test_a_plans_review_of_the_past_reports_results_dated_by_its_heading() -> None:
    text = ("包头市昆都仑区“十三五”科学技术发展规划\n“十三五”时期，昆区将全面落实创新驱动战略。\n"
            "一、“十二五”期间主要工作回顾\n截至目前，昆区共实施各级科技项目153项，全区现有科研院所11家。\n"
            "二、主要目标\n到2020年，全区高新技术企业达到20家。\n")
    found = figures(text, period="2016-01..2020-12", issued=None, kind=DocumentKind.PLAN)
    assert [(f.quantity.text, f.modality, label(f), f.in_plan) for f in found] == [
        ("153项", Modality.ACHIEVED, "2011..2015", False), ("11家", Modality.ACHIEVED, "2011..2015", False),
        ("20家", Modality.PLANNED, "2020", True)]


def test_a_forecast_reaches_no_further_than_its_semicolon() -> None:
    found = figures("主营业务收入完成650亿元，预计增长11%以上；技术合同登记额3.89亿元，增长240.9%。", period="2023",
                    issued=None)
    assert [(f.quantity.text, f.modality) for f in found] == [
        ("650亿元", Modality.ACHIEVED), ("11%以上", Modality.FORECAST), ("3.89亿元", Modality.ACHIEVED),
        ("240.9%", Modality.ACHIEVED)]


def test_a_reports_section_of_the_years_targets_is_planned_for_that_year() -> None:
    text = ("一、自评工作开展情况\n(一)部门年度总体目标\n高新技术企业数总数达到130家以上，高新技术产业增加值增速13%以上。\n"
            "(二)主要任务完成情况\n全县新认定高新技术企业35家。\n")
    found = figures(text, period="2024", issued=None)
    assert [(f.quantity.text, f.modality, label(f)) for f in found] == [
        ("130家以上", Modality.PLANNED, "2024"), ("13%以上", Modality.PLANNED, "2024"), ("35家", Modality.ACHIEVED, "2024")]


def test_a_plans_review_without_a_heading_and_work_of_the_next_year_on_the_reported_one() -> None:
    plan = "“十三五”期间，全区研发经费支出占地区生产总值的比重提高至3.98%。到2025年，比重达到4.5%。\n"
    found = figures(plan, period="2021-01..2025-12", issued=None, kind=DocumentKind.PLAN)
    assert [(f.quantity.text, f.modality, label(f)) for f in found] == [
        ("3.98%", Modality.ACHIEVED, "2016..2020"), ("4.5%", Modality.PLANNED, "2025")]
    report = "2025年，县科学技术局对2024年度14个项目开展自评，自评覆盖率100%。\n"
    assert [f.modality for f in figures(report, period="2024", issued=None)] == [Modality.ACHIEVED] * 2


def test_sections_end_at_a_heading_of_their_own_rank() -> None:
    plan = ("某区“十四五”科技创新规划\n第一章 发展基础\n一、主要成绩\n“十三五”期间，全区高新技术企业达到200家。\n"
            "第二章 发展目标\n全区高新技术企业达到500家，研发投入强度达到2.5%。\n")
    found = figures(plan, period="2021-01..2025-12", issued=None, kind=DocumentKind.PLAN)
    assert [(f.quantity.text, f.modality) for f in found] == [
        ("200家", Modality.ACHIEVED), ("500家", Modality.PLANNED), ("2.5%", Modality.PLANNED)]
    report = "（一）部门年度总体目标\n1.力争新增高企30家。\n2.研发投入增长10%。\n（二）主要任务完成情况\n新增高企35家。\n"
    assert [(f.quantity.text, f.modality, label(f)) for f in figures(report, period="2024", issued=None)] == [
        ("30家", Modality.PLANNED, "2024"), ("10%", Modality.PLANNED, "2024"), ("35家", Modality.ACHIEVED, "2024")]


def test_review_and_target_sections_are_read_in_linear_time() -> None:
    import time

    for text, kind in (("一、工作回顾\n完成5家。\n" * 4000, DocumentKind.PLAN), ("（一）年度目标\n力争新增5家。\n" * 8000,
                                                                            DocumentKind.SUMMARY)):
        started = time.process_time()  # CPU of this process: the machine is shared
        figures(text, period="2024", issued=None, kind=kind)
        assert time.process_time() - started < 5.0


def test_a_plans_figure_of_an_earlier_year_with_no_promise_of_its_own_is_its_starting_point() -> None:
    text = "2017年我省科技创新成果丰硕，登记省级科技成果1070项。2018年，力争技术合同成交额达到180亿元。\n"
    found = figures(text, period="2018", issued=None, kind=DocumentKind.PLAN)
    assert [(f.quantity.text, f.modality, label(f)) for f in found] == [
        ("1070项", Modality.ACHIEVED, "2017"), ("180亿元", Modality.PLANNED, "2018")]
