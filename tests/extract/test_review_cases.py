"""Readings a reviewer found wrong in prose of their own, kept as regression tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.extract.test_engine import figures, label, texts
from tracker.model.document import DocumentKind
from tracker.model.figure import Modality

SUMMARY_2023 = {"period": "2023-01..2023-09", "issued": date(2023, 10, 20)}


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("研发投入增长百分之十二点五。", Decimal("12.5"), "%"),
    ("技术合同成交额增长一点五倍。", Decimal("1.5"), "倍"),
    ("研发经费八成都来自企业。", 80, "%"),
    ("全年受理专利申請1,200宗。", 1200, "宗"),
    ("每年至少举办2期培训。", 2, "期"),
])
def test_numbers_read_right(text: str, value: object, unit: str) -> None:
    found = figures(text, **SUMMARY_2023)
    assert [(f.quantity.value, f.quantity.unit) for f in found] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "数十家企业参加活动。",
    "给予一次性奖励，提供一条龙服务，绘就一张蓝图，推进三位一体，实行一人一档。",
    "5个工作日内办结。",
    "阅读量：3512次",
])
def test_not_figures(text: str) -> None:
    assert texts(text, **SUMMARY_2023) == []


@pytest.mark.parametrize(("text", "period", "cumulative"), [
    ("今年上半年，全市新增企业35家。", "2023-H1", False),
    ("2021年至2023年，全市共引进人才5000人。", "2021..2023", True),
    ("全年累计兑现奖补资金1.2亿元。", "2023", False),
    ("今年计划新建众创空间8家。", "2023", False),
])
def test_periods(text: str, period: str, cumulative: bool) -> None:
    figure = figures(text, **SUMMARY_2023)[-1]
    assert (label(figure), figure.cumulative) == (period, cumulative)


def test_a_year_then_cumulative_in_the_next_clause_is_that_year() -> None:
    figure = figures("2022年，全市累计发放贷款342笔。", period="2022", issued=date(2023, 1, 20))[-1]
    assert (label(figure), figure.cumulative) == ("2022", False)


def test_a_promise_dates_the_clauses_after_it() -> None:
    found = figures("力争全年新增高新技术企业150家以上，确保技术合同成交额突破100亿元。", **SUMMARY_2023)
    assert [(f.modality, label(f)) for f in found] == [(Modality.PLANNED, "2023")] * 2


@pytest.mark.parametrize("text", ["目标是到2025年全市高新技术企业达到1000家。"])
def test_planned(text: str) -> None:
    assert [f.modality for f in figures(text, **SUMMARY_2023)] == [Modality.PLANNED]


@pytest.mark.parametrize("text", ["预计全年可实现技术合同成交额120亿元。", "全年技术合同成交额有望突破120亿元。"])
def test_forecast(text: str) -> None:
    assert [f.modality for f in figures(text, **SUMMARY_2023)] == [Modality.FORECAST]


def test_second_half_in_a_whole_year_report_is_past() -> None:
    found = figures("下半年，全市新增科技型中小企业150家。\n1.成果转化。全年转化成果2300项。",
                    period="2023", issued=date(2024, 1, 10))
    assert [f.modality for f in found] == [Modality.ACHIEVED, Modality.ACHIEVED]


def test_an_editor_line_at_the_top_is_not_the_footer() -> None:
    text = "责任编辑：王明\n来源：科技局\n" + "全年新增企业35家。\n" * 5
    assert len(texts(text, **SUMMARY_2023)) == 5


# ── patterns from real pages (issue 12), each a rule of the language, not of one page ──
def test_the_will_of_a_summary_opening_is_no_promise() -> None:
    found = figures("现将2023年工作总结如下：全年新增高新技术企业56家。", **SUMMARY_2023)
    assert [f.modality for f in found] == [Modality.ACHIEVED]


def test_an_attributive_year_is_not_the_period() -> None:
    found = figures("2021年的高新技术企业有120家通过复审。", **SUMMARY_2023)
    assert [(label(f), f.subject) for f in found] == [("2023-01..2023-09", "高新技术企业")]


def test_a_year_before_the_figure_itself_is_its_period() -> None:
    found = figures("企业数量由2018年的612家增加到2023年的1587家。", **SUMMARY_2023)
    # 2023 in a report on January to September 2023 is that much of the year: the stock as the report stands
    assert [label(f) for f in found] == ["2018", "2023-01..2023-09"]


def test_a_menu_line_at_the_top_opens_no_plan_part() -> None:
    found = figures("工作思路\n一、主要成效\n全年新增高新技术企业56家，技术合同成交额12亿元。\n", **SUMMARY_2023)
    assert [(f.modality, f.in_plan) for f in found] == [(Modality.ACHIEVED, False)] * 2


def test_a_generic_head_and_a_linking_verb_carry_the_subject_before() -> None:
    found = figures("前三季度,我市已累计发放科技成果转化贷款342笔,贷款总金额14.59亿元,惠及科技型中小企业近300家。",
                    **SUMMARY_2023)
    assert [f.subject for f in found] == ["科技成果转化贷款", "科技成果转化贷款总金额", "科技成果转化贷款惠及科技型中小企业"]
    assert {(label(f), f.cumulative) for f in found} == {("2023-01..2023-09", False)}


def test_a_multi_year_plans_target_is_a_level_at_its_end() -> None:
    found = figures("高新技术企业数量达到200家以上；每年新增科技型企业70家以上。", period="2023..2025", issued=None,
                    kind=DocumentKind.PLAN)
    assert [label(f) for f in found] == ["2025", "2023..2025"]


def test_an_undated_mixed_summary_was_written_the_year_after_its_results() -> None:
    found = figures("去年全省技术合同成交额突破千亿元。今年，全省将力争高新技术企业达到5500家。", period="2017", issued=None,
                    kind=DocumentKind.MIXED)
    assert [(label(f), f.modality) for f in found] == [("2017", Modality.ACHIEVED), ("2018", Modality.PLANNED)]


def test_a_quarterly_schedule_gives_each_figure_its_quarter_to_date() -> None:
    found = figures("一、二、三、四季度，占比依次达到18%、19%、20%、21%。", period="2017", issued=None)
    assert [label(f) for f in found] == ["2017-Q1", "2017-H1", "2017-01..2017-09", "2017"]


def test_dates_that_name_no_real_day_date_nothing() -> None:
    found = figures("截至13月底，新增企业5家。0000年上半年新增3家。", period="2023", issued=None)
    assert [label(f) for f in found] == [None, None]


def test_an_undated_mixed_summarys_own_results_stay_in_its_year() -> None:
    found = figures("今年以来，全区新增高新技术企业120家。今年，全区将力争新增150家。", period="2024", issued=None,
                    kind=DocumentKind.MIXED)
    assert [(label(f), f.modality) for f in found] == [("2024", Modality.ACHIEVED), ("2025", Modality.PLANNED)]
