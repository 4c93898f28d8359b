"""What a document is (tracker/extract/meta/kind.py): plan, summary, mixed, press or table — by its title, its
first lines, or its shape; each rule one row, with whether the guess is weak (a person confirms it)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.meta.common import Found, debris_free
from tracker.extract.meta.kind import infer_kind, with_plan_part
from tracker.model.document import DocumentKind
from tracker.quantity import normalize

PLAN, SUMMARY, MIXED, PRESS, TABLE = (DocumentKind.PLAN, DocumentKind.SUMMARY, DocumentKind.MIXED, DocumentKind.PRESS,
                                      DocumentKind.TABLE)
RESULTS = "全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。\n"


def kind(text: str, title: str | None = None, title_weak: bool = False,
         issued: date | None = None) -> tuple[DocumentKind, bool] | None:
    text = normalize(text)
    found = infer_kind(title, text, debris_free(text), title_weak, issued)
    return (found.value, found.weak) if found else None


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("2024年工作总结及2025年工作计划", (MIXED, False), id="a summary and a plan joined"),
    pytest.param("2025年全市科技工作要点", (PLAN, False), id="a plan word"),
    pytest.param("2024年全市科技工作总结", (SUMMARY, False), id="a summary word"),
    pytest.param("2024年科技创新新闻发布会", (PRESS, False), id="a press word"),
    pytest.param("2024年重点工作任务分解表", (TABLE, False), id="a table word"),
    pytest.param("2024年目标任务落实情况", (TABLE, False), id="of two words ending together the longer names it"),
    pytest.param("2024年目标任务完成情况工作总结", (SUMMARY, False), id="the head noun comes last"),
    pytest.param("重 点 工 作 完 成 情 况", (SUMMARY, False), id="a spaced-out title reads as written"),
    pytest.param("2024年工作计划和总结", (SUMMARY, True), id="plan and summary words not joined: the body decides"),
])
def test_by_title(title: str, expected: tuple[DocumentKind, bool]) -> None:
    assert kind("标题\n" + RESULTS, title) == expected


def test_a_weak_title_gives_way_to_a_news_page() -> None:
    assert kind("标题\n" + RESULTS, "2024年全市科技工作总结", title_weak=True) == (SUMMARY, False)
    assert kind("某报记者 报道\n" + RESULTS, "2024年全市科技工作总结", title_weak=True) == (PRESS, True)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("问：今年有哪些成效？\n答：全市新增企业5家。\n问：明年呢？\n答：继续努力。\n", (PRESS, False),
                 id="questions and answers"),
    pytest.param("今天上午，市政府召开新闻发布会，通报全市科技创新工作情况，全市新增企业56家。\n", (PRESS, False),
                 id="a press word in the lead"),
    pytest.param("今天上午，市政府召开新闻发布会，介绍今年目标，力争高新技术企业突破100家，确保研发投入增长10%。\n",
                 (PLAN, True), id="a briefing that only sets targets"),
    pytest.param("日前，我区印发了《荣昌区双倍增行动计划(2023—2027年)》，明确了今后五年的发展方向和重点任务。\n",
                 (PLAN, True), id="news of a plan issued"),
    pytest.param("4月1日，全市科技工作会议召开。会议要求，今年要力争高新技术产业产值突破200亿元。\n", (PLAN, True),
                 id="a meeting that sets out the work"),
    pytest.param("4月1日，全市科技工作会议召开，回顾了去年的工作。会议要求，今年要力争高新技术产业产值突破200亿元。\n",
                 (MIXED, True), id="one that reviews last year too"),
    pytest.param("一、指导思想\n坚持创新驱动发展战略不动摇，全面提升全市科技创新能力和水平。\n二、主要目标\n全市企业达到100家。\n",
                 (PLAN, True), id="two headings of a plan's structure"),
    pytest.param("2023年我县科技工作的总体要求是：坚持创新驱动，全面提升科技创新能力和水平。\n", (PLAN, True),
                 id="a lead stating a plan's structure"),
    pytest.param("今年，全市力争新增高新技术企业50家，确保研发投入增长10%以上，科技工作再上新台阶。\n", (PLAN, True),
                 id="a lead of promises only"),
    pytest.param("到2025年，全县高新技术企业数量达到100家，研发投入强度达到2.5%，创新能力显著增强。\n", (PLAN, True),
                 id="a lead of where things should stand by a year"),
    pytest.param("2024年重点任务清单\n| 序号 | 任务 |\n", (TABLE, True), id="a table word at the top"),
    pytest.param("| 序号 | 重点任务 | 年度目标 | 完成情况 |\n| 1 | 高企培育 | 新增60家 | 新增58家 |\n", (TABLE, True),
                 id="a task table at the top"),
    pytest.param("本报讯（记者 张三）" + RESULTS, (PRESS, True), id="news marks"),
    pytest.param("首页 > 政务公开 > 工作动态\n" + RESULTS, (PRESS, True), id="a portal's news section"),
    pytest.param("日前，全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%，各项工作稳步推进。\n", (PRESS, True),
                 id="a news opener"),
    pytest.param("索引号：123\n来源：市科技局\n" + RESULTS, (SUMMARY, True),
                 id="a disclosure page is no news whatever its source line"),
    pytest.param("现将2024年工作总结如下：\n" + RESULTS, (SUMMARY, False), id="现将…总结如下"),
    pytest.param("全市高新技术企业数量创历史新高达到五百六十家\n2024-07-31\n" + RESULTS, (PRESS, True),
                 id="a headline over its date"),
    pytest.param("今年以来，全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%，各项工作稳步推进。\n",
                 (SUMMARY, True), id="a lead opening on the past and reporting results"),
    pytest.param("全市已新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%，各项工作稳步推进。\n", (SUMMARY, True),
                 id="a lead reporting what is done"),
    pytest.param("一、主要成效\n全市实现技术合同成交额8亿元，各项工作稳步推进，取得了明显成效。\n", (SUMMARY, True),
                 id="no word says: results under section headings"),
    pytest.param("全市实现技术合同成交额8亿元，各项工作稳步推进，取得了明显成效和较好的社会反响。\n", (PRESS, True),
                 id="no word says: results without sections"),
    pytest.param("全市科技工作稳步推进，取得了明显成效和较好的社会反响，得到了上级的充分肯定。\n", None,
                 id="nothing says"),
    pytest.param("今年市政府工作报告提出，要推进乡村振兴。1月25日召开的全市农业农村工作会议，明确了今年农业农村工作的目标和重点：力争粮食产量稳定在216亿斤以上。\n",
                 (PLAN, True), id="news of a meeting that set the year's targets, citing a report"),
    pytest.param("各乡镇人民政府，县政府直属各单位：\n现下达2025年度各单位固定资产投资计划如下：\n一、投资计划\n"
                 "全县共安排重点项目57个，完成固定资产投资98.5亿元。\n", (PLAN, True),
                 id="a notice handing a plan down, its tasks worded like results"),
])
def test_by_the_first_lines(text: str, expected: tuple[DocumentKind, bool] | None) -> None:
    assert kind(text) == expected


def test_a_target_year_already_past_when_issued_makes_no_plan() -> None:
    lead = "到2020年，全县高新技术企业数量达到100家，研发投入强度达到2.5%，创新能力显著增强。\n"
    assert kind(lead, issued=date(2021, 1, 5)) == (PRESS, True)  # read by its shape instead


def test_a_text_that_is_a_statistics_table_is_a_table_weakly_against_a_title() -> None:
    cells = "指标\t2022年\t2023年\n" + "".join(f"指标{i}(%)\t{i}.1\t{i}.2\n" for i in range(12))
    assert kind(cells) == (TABLE, False)
    assert kind(cells, "2023年主要指标情况") == (TABLE, True)


PARTS = "一、工作成效\n全市全年完成技术合同成交额8亿元。\n二、2025年工作打算\n力争新增企业40家。\n"


@pytest.mark.parametrize(("found", "text", "expected"), [
    pytest.param(Found(SUMMARY, "标题含“工作总结”"), PARTS, MIXED, id="a summary with a plan part is mixed"),
    pytest.param(Found(SUMMARY, "标题含“工作总结”"), "全市全年完成技术合同成交额8亿元。\n", SUMMARY, id="without one"),
    pytest.param(Found(PLAN, "标题含“工作要点”"), PARTS, PLAN, id="a plan stays a plan"),
])
def test_with_plan_part(found: Found, text: str, expected: DocumentKind) -> None:
    result = with_plan_part(found, text)
    assert result is not None and result.value is expected
    assert ("计划部分“二、2025年工作打算”" in result.evidence) is (expected is MIXED)
    assert with_plan_part(None, PARTS) is None
