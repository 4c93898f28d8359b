"""The period reader (tracker/extract/periods.py): each kind of time phrase the lexicon names, and each rule
that picks, combines or defaults the phrase that dates a figure.

The resolvers of single phrases are tested on their own in test_phrases.py; here whole sentences go through
`extract`, so a row fails when the phrase is not found, does not govern the figure, or is read with the wrong
document facts. Unless a row says otherwise the document is a summary of 2024-01..2024-10 issued 2024-11-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.context import TextContext
from tracker.extract.engine import extract
from tracker.lexicon import lexicon
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import Figure
from tracker.model.period import parse_period
from tracker.quantity import normalize

SUMMARY, PLAN, PRESS = DocumentKind.SUMMARY, DocumentKind.PLAN, DocumentKind.PRESS


def figures(text: str, period: str | None = "2024-01..2024-10", issued: date | None = date(2024, 11, 11),
            kind: DocumentKind = SUMMARY) -> list[Figure]:
    meta = DocumentMeta(file="t.txt", kind=kind, issued=issued, period=parse_period(period) if period else None,
                        region="威海市")
    return extract(Document(path="t.txt", text=text, format="txt", sha256="0" * 64, meta=meta))


def dated(text: str, **document: object) -> list[tuple[str, str | None, bool]]:
    """(figure, period label, cumulative) of every figure in the text."""
    return [(f.quantity.text, f.period.label if f.period else None, f.cumulative) for f in figures(text, **document)]


# ── each kind of time phrase ──────────────────────────────────────────────────
# (kind, text, the last figure's period, cumulative): the text must hold a phrase of that kind.
KINDS = [
    ("year_range", "2019—2023年，全市累计新增企业820家。", "2019..2023", True),
    ("since_year", "2018年以来，全市新增企业900家。", "2018-01..2024-10", True),
    ("five_year", "“十三五”期间，全市新增企业900家。", "2016..2020", True),
    ("five_year", "“十四五”以来，全市新增企业900家。", "2021-01..2024-10", True),  # 以来: from the plan's first day
    ("half", "上半年，全市新增企业90家。", "2024-H1", False),
    ("half", "2023年下半年，全市新增企业90家。", "2023-H2", False),
    ("quarter", "前三季度，全市新增企业90家。", "2024-01..2024-09", False),
    ("quarter", "前两季度新增企业90家。", "2024-H1", False),
    ("quarter", "第二季度，全市新增企业90家。", "2024-Q2", False),
    ("quarter", "一季度，全市新增企业90家。", "2024-Q1", False),
    ("to_month", "截至6月底，全市新增企业90家。", "2024-H1", False),
    ("to_month", "截止2023年5月底新增企业90家。", "2023-01..2023-05", False),
    ("to_month", "1-9月，全市新增企业90家。", "2024-01..2024-09", False),
    ("to_month", "2023年1—5月新增企业90家。", "2023-01..2023-05", False),
    ("this_month", "本月20日、21日，举办对接活动3场。", "2024-11-20..2024-11-21", False),  # the month of issue
    ("month", "于11月举办对接活动3场。", "2024-11", False),
    ("recent_years", "近3年，全市新增企业90家。", "2022-01..2024-10", True),
    ("recent_years", "五年来新增企业90家。", "2020-01..2024-10", True),
    ("running_years", "连续两年新增企业90家。", "2023-01..2024-10", False),  # each year on its own, not summed
    ("phase_total", "两期支持总额1.73亿元。", None, True),  # phases of unknown dates
    ("year", "2022年，全市新增企业90家。", "2022", False),
    ("year", "2023年度新增企业90家。", "2023", False),
    ("whole_year", "全年新增企业90家。", "2024", False),
    ("whole_year", "年度新增企业90家。", "2024", False),
    ("this_year", "今年以来，全市新增企业90家。", "2024-01..2024-10", False),
    ("this_year", "年初以来新增企业90家。", "2024-01..2024-10", False),
    ("now", "截至目前，全市新增企业90家。", "2024-01..2024-10", False),
    ("now", "如今全市有企业90家。", "2024-01..2024-10", False),
    ("last_year", "去年同期新增企业90家。", "2023", False),
    ("last_year", "上年新增企业90家。", "2023", False),
    ("target_year", "全年目标为新增企业45家。", "2024", False),
    ("years_ahead", "用三年时间新增企业90家。", "2024..2026", False),  # from the year of issue
    ("per_year", "每年新增企业90家。", None, False),  # in a report no one period
    ("cumulative", "累计新增企业90家。", None, True),  # with nothing before it: since an unstated start
]


@pytest.mark.parametrize(("kind", "text", "period", "cumulative"), KINDS, ids=[
    f"{row[0]}-{[r[0] for r in KINDS[:i]].count(row[0]) + 1}" for i, row in enumerate(KINDS)])
def test_each_kind_of_time_phrase_dates_the_figure_after_it(kind: str, text: str, period: str | None,
                                                              cumulative: bool) -> None:
    assert kind in {span.kind for span in TextContext.of(normalize(text)).periods}
    assert dated(text)[-1][1:] == (period, cumulative)


def test_the_table_holds_every_kind_the_lexicon_names() -> None:
    assert {kind for kind, *_ in KINDS} == {phrase.kind for phrase in lexicon().period_phrases}


# ── which phrase dates a figure ───────────────────────────────────────────────
REPORT = "2024-01..2024-10"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("全市新增企业10家，上半年新增企业20家。", [("10家", REPORT), ("20家", "2024-H1")],
                 id="a phrase dates the figures of its own clause, not earlier ones"),
    pytest.param("上半年新增企业10家，下半年新增企业20家。", [("10家", "2024-H1"), ("20家", "2024-H2")],
                 id="the nearest phrase before a figure decides"),
    pytest.param("在上半年，全市新增企业10家，研发投入增长10%。", [("10家", "2024-H1"), ("10%", "2024-H1")],
                 id="a phrase heading its clause dates the later clauses of its sentence"),
    pytest.param("企业在上半年加快发展，全市新增企业10家。", [("10家", REPORT)],
                 id="a phrase inside its clause dates that clause only"),
    pytest.param("全市自2018年以来加快发展，新增企业10家。", [("10家", "2018-01..2024-10")],
                 id="a scene-setting phrase (以来) dates the rest of its sentence wherever it stands"),
    pytest.param("上半年，全市加快发展。全市新增企业10家。", [("10家", "2024-H1")],
                 id="the phrase heading a paragraph's first sentence dates the paragraph"),
    pytest.param("上半年，全市加快发展。\n全市新增企业10家。", [("10家", REPORT)],
                 id="but not the next paragraph"),
    pytest.param("完成全年170家任务的71.8%。", [("170家", "2024"), ("71.8%", REPORT)],
                 id="全年 naming a task dates the task, not the ratio after it"),
    pytest.param("全年目标（520家）的完成率为80%。", [("520家", "2024"), ("80%", "2024")],
                 id="a target label dates the figure it labels"),
    pytest.param("全年目标为推动全市高新技术企业和科技型中小企业新增45家。", [("45家", "2024")],
                 id="a label too far from its figure leaves it the target field's year"),
    pytest.param("会议透露，2022年全市全年新增企业56家。", [("56家", "2022")],
                 id="全年 just after a named year is that year's"),
])
def test_which_phrase_dates_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(figure, period) for figure, period, _ in dated(text)] == expected


# ── 累计, 每年, 年均: phrases read with the one before them ──────────────────────
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("前三季度，累计新增企业90家。", ("2024-01..2024-09", False),
                 id="累计 adds up within the part of a year before it"),
    pytest.param("2022年，累计培养人才111人。", ("2022", False),
                 id="累计 after a year that dated nothing else adds up within that year"),
    pytest.param("2022年，全市新增企业5家，累计培养人才111人。", (None, True),
                 id="累计 after a year that already dated a figure is all-time"),
    pytest.param("2018年以来，累计培养人才111人。", ("2018-01..2024-10", True),
                 id="累计 after a since-phrase totals since then"),
    pytest.param("累计建成研发平台93家。", (REPORT, False),
                 id="累计 with a verb of standing (建成) and a count of bodies is the stock at the report's time"),
    pytest.param("2022年累计培育高企58家。", ("2022", False),
                 id="such a stock is dated by the phrase before it"),
    pytest.param("累计建成研发平台93项。", (None, True),
                 id="累计 with a count of items (项) is a total even after a verb of standing"),
    pytest.param("2023年，年均新增企业90家。", ("2023", False),
                 id="年均 under a year is that year's average"),
])
def test_phrases_read_with_the_one_before_them(text: str, expected: tuple[str | None, bool]) -> None:
    assert dated(text)[-1][1:] == expected


def test_every_year_in_a_plan_is_the_plans_period() -> None:
    assert dated("每年新增企业90家。", period="2025", issued=None, kind=PLAN) == [("90家", "2025", False)]


# ── no time phrase: the defaults ──────────────────────────────────────────────
@pytest.mark.parametrize(("text", "document", "period"), [
    pytest.param("全市新增企业90家。", {}, REPORT, id="a result: the document's period"),
    pytest.param("力争新增企业50家。", {}, None, id="a promise made in passing: unknown"),
    pytest.param("（一）年度目标\n力争新增企业50家。\n", {}, "2024", id="a promise in a targets section: the year's"),
    pytest.param("一、2025年年度目标\n1. 生产总值增长6%左右。\n", {}, "2025",
                 id="a targets section's heading names its year: that one, not the document's"),
    pytest.param("| 序号 | 工作任务 | 牵头单位 |\n| 1 | 力争新增高企60家 | 科技局 |\n", {}, "2024",
                 id="a promise in a task column: the year's"),
    pytest.param("力争新增企业50家。", {"period": "2025", "kind": PLAN}, "2025", id="a plan's target: the plan's year"),
    pytest.param("力争新增企业50家。", {"period": "2021-01..2025-12", "kind": PLAN}, "2025",
                 id="a multi-year plan's target: a level at its end"),
    pytest.param("今年力争新增企业50家。", {}, "2024", id="a promise's 今年 is the whole year"),
    pytest.param("今年以来新增企业50家。", {"kind": PRESS, "issued": date(2024, 9, 30)}, "2024-01..2024-09",
                 id="news counts 今年以来 to the day it was published"),
])
def test_defaults_and_document_facts(text: str, document: dict, period: str | None) -> None:
    assert dated(text, **document)[-1][1] == period


# ── a plan part inside a summary ──────────────────────────────────────────────
DONE = "一、工作成效\n全市全年完成技术合同成交额8亿元。\n"


@pytest.mark.parametrize(("part", "period", "issued", "expected"), [
    pytest.param("二、2025年工作打算\n全年新增企业40家。\n", "2023", date(2024, 1, 5), "2025",
                 id="the year its heading names; 全年 there is that year"),
    pytest.param("二、明年工作打算\n力争新增企业40家。\n", "2023-H1", date(2023, 7, 5), "2024",
                 id="明年 in its heading: the next year"),
    pytest.param("二、工作打算\n力争新增企业40家。\n", "2023", date(2024, 1, 5), "2024",
                 id="after a whole year's report: the next year"),
    pytest.param("二、工作打算\n力争新增企业40家。\n", "2023-H1", date(2023, 7, 5), "2023",
                 id="after a half year's report: the same year"),
    pytest.param("二、下一步工作打算\n力争新增企业40家。\n", "2023", date(2024, 1, 5), "2023",
                 id="a heading word of the same year (下一步) keeps the report's year"),
    pytest.param("二、下半年工作打算\n下半年，全市新增企业40家。\n", "2023-H1", date(2023, 7, 5), "2023",
                 id="下半年 heading a paragraph frames the work; its targets are the year's"),
    pytest.param("二、下半年工作打算\n全市下半年新增企业40家。\n", "2023-H1", date(2023, 7, 5), "2023-H2",
                 id="下半年 inside a sentence dates its figure"),
])
def test_a_plan_parts_targets_are_for_its_year(part: str, period: str, issued: date, expected: str) -> None:
    found = figures(DONE + part, period=period, issued=issued)
    assert [(f.quantity.text, f.in_plan) for f in found] == [("8亿元", False), ("40家", True)]
    assert found[-1].period is not None and found[-1].period.label == expected


def test_a_plans_review_keeps_its_figures_own_year_else_takes_its_headings() -> None:
    plan = ("某区“十三五”科技创新规划\n一、“十二五”期间主要工作回顾\n2014年，全区新增企业15家。\n"
            "截至目前，全区拥有科研院所11家。\n二、主要目标\n全区高新技术企业达到20家。\n")
    assert dated(plan, period="2016-01..2020-12", issued=None, kind=PLAN) == [
        ("15家", "2014", False), ("11家", "2011..2015", True), ("20家", "2020", False)]


def test_a_paragraphs_first_sentence_dating_a_result_does_not_date_its_later_promises() -> None:
    text = "计划全年新签约亿元以上项目8个以上，一季度已提前完成500万美元外资到账任务。农业方面，粮食产量保持在9800万斤以上。\n"
    found = dict((written, period) for written, period, _ in dated(text, period="2025", issued=None, kind=PLAN))
    assert found["500万美元"] == "2025-Q1" and found["9800万斤以上"] == "2025"
