"""The document's title and issuer (tracker/extract/meta/titles.py), past portal furniture and the labels of
document-sharing sites; and the line the part of a year is read from."""

from __future__ import annotations

import pytest

from tracker.extract.meta.common import debris_free
from tracker.extract.meta.titles import LEAD_YEAR, SENTENCE_YEAR, infer_issuer, infer_title, lead_title
from tracker.quantity import normalize

PROSE = "全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。\n"


def title(text: str) -> tuple[str, bool] | None:
    text = normalize(text)
    found = infer_title(text, debris_free(text))
    return (str(found.value), found.weak) if found else None


def issuer(text: str, named: str | None = None) -> str | None:
    text = normalize(text)
    found = infer_issuer(text, debris_free(text), named)
    return str(found.value) if found else None


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("关于印发《2025年全市科技工作要点》的通知\n" + PROSE, ("2025年全市科技工作要点", False),
                 id="the document a notice issues"),
    pytest.param("名称：2024年第一季度重点工作进展情况一览表 文号：威科字〔2024〕3号\n" + PROSE,
                 ("2024年第一季度重点工作进展情况一览表", False), id="a portal's labelled title, up to the next label"),
    pytest.param("威海市科技局2024年工作总结\n" + PROSE, ("威海市科技局2024年工作总结", False), id="a title line"),
    pytest.param("某市科技局重点工作落实情况(1-3月)\n" + PROSE, ("某市科技局重点工作落实情况", False),
                 id="a title line with its bracketed tail"),
    pytest.param("科技局2023年工作总结范文\n" + PROSE, ("科技局2023年工作总结", False), id="a sharing site's 范文 cut"),
    pytest.param("年度总体目标 预期目标 实际完成情况\n" + PROSE, None, id="a table's header row is no title"),
    pytest.param("会议对去年工作作了回顾总结\n" + PROSE, None, id="a piece of a sentence is no title"),
    pytest.param("一、2019年上半年主要工作完成情况\n" + PROSE, None, id="a numbered section heading is no title"),
    pytest.param("二季度完成情况\n" + PROSE, None, id="a column header is no title"),
    pytest.param("县科学技术局2017年绩效工作总结，根据要求，现报告如下。" + PROSE,
                 ("县科学技术局2017年绩效工作总结", True), id="a title phrase in the first line, weakly"),
    pytest.param("某某县科技局上半年工作总结和下半年工作方案，现报告如下。" + PROSE,
                 ("某某县科技局上半年工作总结和下半年工作方案", True), id="with the plan part it names"),
    pytest.param("全面总结了2012年工作，" + PROSE, None, id="a title word used as a verb (总结了)"),
    pytest.param("原标题：全市高新技术企业达到五百家\n" + PROSE, ("全市高新技术企业达到五百家", False),
                 id="a news page's original title"),
    pytest.param("日前，我区印发了《荣昌区双倍增行动计划(2023—2027年)》，明确了今后五年的发展方向和重点任务。\n",
                 ("荣昌区双倍增行动计划(2023-2027年)", True), id="the name of a plan a news item says was issued"),
    pytest.param("本报讯\n全市高新技术企业创历史新高\n2024-07-31 10:30\n" + PROSE, ("全市高新技术企业创历史新高", True),
                 id="a news page's headline, not its date line"),
    pytest.param("今年重庆市政府工作报告提出，2024年要加快建设和美乡村。\n" + PROSE, None,
                 id="a document the lead cites (…工作报告提出) is no title"),
    pytest.param("2023年市政府民生实事项目实施计划表\n序号 项目名称 建设内容\n" + PROSE,
                 ("2023年市政府民生实事项目实施计划表", False), id="a task table's title row (…计划表)"),
    pytest.param(PROSE, None, id="prose only"),
])
def test_infer_title(text: str, expected: tuple[str, bool] | None) -> None:
    assert title(text) == expected


@pytest.mark.parametrize(("text", "named", "expected"), [
    pytest.param("发布机构：威海市科学技术局\n" + PROSE, None, "威海市科学技术局", id="an issuer label"),
    pytest.param("来源：   发布日期：2024-05-06\n" + PROSE, None, None, id="an empty label running into the next"),
    pytest.param("标题\n" + PROSE * 3 + "\n威海市科学技术局\n2024年7月6日\n", None, "威海市科学技术局", id="a signature"),
    pytest.param(PROSE, "威海市科学技术局2024年工作总结", "威海市科学技术局", id="the title's opening"),
    pytest.param(PROSE, "2024年上半年威海市科学技术局工作总结", "威海市科学技术局", id="after the title's time"),
    pytest.param("发布机构：2024年威海市科技局\n" + PROSE, None, "威海市科技局", id="a time before the name is cut"),
    pytest.param("发布机构：2024年上半年某局\n" + PROSE, None, None, id="what is left too short to be a name"),
    pytest.param(PROSE, None, None, id="none"),
])
def test_infer_issuer(text: str, named: str | None, expected: str | None) -> None:
    assert issuer(text, named) == expected


def test_lead_title_is_the_titles_line_or_on_a_sharing_site_the_first_sentence() -> None:
    body = "威海市科技局工作总结(1-3月)\n" + PROSE
    assert lead_title("威海市科技局工作总结", body, sharing=False) == "威海市科技局工作总结(1-3月)"
    assert lead_title("不在正文里的标题", body, sharing=False) == "不在正文里的标题"
    assert lead_title(None, body, sharing=False) is None
    shared = "科技局工作总结范文\n2023年上半年，全市新增高新技术企业56家，技术合同成交额达到8亿元。\n"
    assert lead_title("科技局工作总结", shared, sharing=True) == "2023年上半年"


@pytest.mark.parametrize(("text", "lead", "sentence"), [
    pytest.param("2021年上半年，在区委的领导下", "2021年上半年", "2021年上半年", id="opening the text"),
    pytest.param("2023年1-6月，全市", "2023年1-6月", "2023年1-6月", id="with its months"),
    pytest.param("召开2022年全市科技工作会议", "召开2022年", None, id="after 召开: a lead's, not a sentence's"),
    pytest.param("全市，2023年新认定7家", "，2023年", None, id="opening a clause: a lead's, not a sentence's"),
    pytest.param("全市2023年新认定7家", None, None, id="inside a clause: neither"),
])
def test_a_year_opening_the_lead_or_a_sentence(text: str, lead: str | None, sentence: str | None) -> None:
    found = LEAD_YEAR.search(text), SENTENCE_YEAR.search(text)
    assert tuple(m.group() if m else None for m in found) == (lead, sentence)
