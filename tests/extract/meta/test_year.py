"""The year and period a document is about (tracker/extract/meta/year.py): its title's, its lead's, its date's,
its body's — each source one row, with whether the guess is weak."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.meta.common import Found
from tracker.extract.meta.year import infer_period, infer_year
from tracker.model.document import DocumentKind

PLAN, SUMMARY, MIXED, PRESS = DocumentKind.PLAN, DocumentKind.SUMMARY, DocumentKind.MIXED, DocumentKind.PRESS
PROSE = "全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。\n"


def year(title: str | None = None, kind: DocumentKind | None = None, issued: date | None = None, body: str = PROSE,
         sharing: bool = False) -> tuple[int, bool] | None:
    found = infer_year(title, kind, issued, body, sharing)
    return (int(found.value), found.weak) if found else None


@pytest.mark.parametrize(("fields", "expected"), [
    pytest.param({"title": "2024年全市科技工作总结", "kind": SUMMARY}, (2024, False), id="the title's year"),
    pytest.param({"title": "2024年工作总结及2025年工作计划", "kind": MIXED}, (2024, False),
                 id="a mixed title's results year"),
    pytest.param({"title": "工作总结和2025年工作计划", "kind": MIXED}, (2024, True),
                 id="the year before a mixed title's plan year"),
    pytest.param({"title": "市科技局上半年工作总结", "kind": SUMMARY, "body": "标题\n市科技局2024年上半年工作总结\n" + PROSE},
                 (2024, True), id="the title repeated in the text with its year"),
    pytest.param({"title": "市科技局上半年工作总结", "kind": SUMMARY,
                  "body": "根据《市科技局2019年上半年工作总结》的要求\n" + PROSE}, None,
                 id="but not inside another document's name"),
    pytest.param({"title": "2019年工作总结", "sharing": True,
                  "body": "2023年上半年，全市新增高新技术企业56家，技术合同成交额达到8亿元。\n"}, (2023, True),
                 id="on a sharing site the first sentence, not the site's label"),
    pytest.param({"kind": PLAN, "body": "到2025年，全县高新技术企业数量达到100家，研发投入强度达到2.5%。\n"}, (2025, True),
                 id="a plan's target year"),
    pytest.param({"kind": PLAN, "body": "会议对科工局2018年工作作出部署，要求全力以赴完成各项目标任务。\n"}, (2018, True),
                 id="the year a meeting plans for"),
    pytest.param({"kind": MIXED, "body": "去年全市科技工作成效明显，会议对科工局2018年工作作出部署，要求全力以赴。\n"},
                 (2017, True), id="a mixed meeting reviewing 去年 reports on the year before"),
    pytest.param({"kind": PRESS, "issued": date(2022, 3, 1),
                  "body": "2021年，全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。\n"}, (2021, True),
                 id="news: the year opening its lead"),
    pytest.param({"kind": PRESS, "issued": date(2018, 1, 10),
                  "body": "记者获悉，全市2017年新增高新技术企业56家，技术合同成交额达到8亿元。\n"}, (2017, True),
                 id="news in January naming last year"),
    pytest.param({"kind": PRESS, "issued": date(2018, 1, 10),
                  "body": "记者获悉，去年全市新增高新技术企业56家，技术合同成交额达到8亿元。\n"}, (2017, True),
                 id="news in January on 去年"),
    pytest.param({"kind": PRESS, "issued": date(2016, 7, 10),
                  "body": "今年上半年，全市新增高新技术企业56家，比2015年同期增长10%，成效明显。\n"}, (2016, True),
                 id="news naming last year after 今年: this year's"),
    pytest.param({"kind": SUMMARY, "issued": date(2024, 5, 10),
                  "body": "2023年度，全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。\n"}, (2023, True),
                 id="a May summary that speaks only of last year"),
    pytest.param({"kind": SUMMARY, "issued": date(2024, 2, 10)}, (2023, True),
                 id="a summary dated by March: last year's"),
    pytest.param({"kind": SUMMARY, "issued": date(2024, 7, 10)}, (2024, True), id="a summary dated later: its year"),
    pytest.param({"title": "科技局上半年工作总结", "kind": SUMMARY, "issued": date(2024, 2, 10)}, (2024, True),
                 id="a summary of part of a year: the year of its date"),
    pytest.param({"kind": PLAN, "issued": date(2024, 2, 10)}, (2024, True), id="a plan: the year of its date"),
])
def test_infer_year(fields: dict, expected: tuple[int, bool] | None) -> None:
    assert year(**fields) == expected


LINES = ["全市新增高新技术企业56家，技术合同成交额达到8亿元，同比增长10%。", "全市研发投入持续增长，创新平台建设成效明显，人才队伍不断壮大。",
         "全市科技服务能力稳步提升，科技金融工作扎实推进，营商环境持续优化。"]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("2022年，" + PROSE, 2022, id="a year opening the lead"),
    pytest.param("一、2022年工作总结\n" + PROSE, 2022, id="a results heading's year"),
    pytest.param("主要指标\n(2023 年度)\n" + PROSE, 2023, id="a caption's year"),
    pytest.param("今年是“十二五”开局之年，" + PROSE, 2011, id="the first year of a five-year plan"),
    pytest.param("今年是“十三五”收官之年，" + PROSE, 2020, id="the last year of one"),
    pytest.param("\n".join(LINES) + "\n其中2019年认定10家2019年入库20家2019年获批30家\n", 2019,
                 id="the year named most, three times at least"),
    pytest.param("\n".join(LINES) + "\n其中2019年认定10家2019年入库20家\n", None, id="twice is not enough"),
])
def test_an_undated_texts_year_from_its_body(body: str, expected: int | None) -> None:
    assert year(body=body) == (None if expected is None else (expected, True))


@pytest.mark.parametrize(("found", "title", "kind", "issued", "head", "expected"), [
    pytest.param(2023, "行动计划(2023—2027年)", PLAN, None, "", ("2023..2027", False), id="a title's years"),
    pytest.param(2023, "行动计划", PLAN, None, "（2023-2025年）\n", ("2023..2025", False), id="a plan's years under its title"),
    pytest.param(2023, "规划(2011—2030年)", PLAN, None, "", ("2023", False), id="no range over ten years"),
    pytest.param(None, "大渡口区“十四五”科技创新规划", PLAN, None, "", ("2021..2025", False),
                 id="a five-year plan's title"),
    pytest.param(None, "工作总结", SUMMARY, None, "", None, id="no year, no period"),
    pytest.param(2024, "2024年上半年工作总结", SUMMARY, None, "", ("2024-H1", False), id="上半年"),
    pytest.param(2024, "2024年下半年工作总结", SUMMARY, None, "", ("2024-H2", False), id="下半年"),
    pytest.param(2024, "2024年前三季度工作总结", SUMMARY, None, "", ("2024-Q1..2024-Q3", False), id="前三季度"),
    pytest.param(2024, "2024年第一季度工作总结", SUMMARY, None, "", ("2024-Q1", False), id="第一季度"),
    pytest.param(2024, "2024年1-10月工作进展情况", SUMMARY, None, "", ("2024-01..2024-10", False), id="1-10月"),
    pytest.param(2024, "截至9月工作进展情况", SUMMARY, None, "", ("2024-01..2024-09", False), id="截至9月"),
    pytest.param(2024, "2024年1-13月工作进展情况", SUMMARY, None, "", ("2024", False), id="no 13th month"),
    pytest.param(2024, "新闻发布会", PRESS, date(2024, 11, 11), "", ("2024-01-01..2024-11-11", True),
                 id="news of its own year: to its date"),
    pytest.param(2023, "新闻发布会", PRESS, date(2024, 1, 11), "", ("2023", False), id="news of last year: that year"),
    pytest.param(2024, "2024年工作总结", SUMMARY, None, "", ("2024", False), id="else the whole year"),
    pytest.param(2023, "2023年度重点工作清单(一季度执行落实情况)", PLAN, None, "", ("2023", False),
                 id="年度: the year's list, its report's quarter in brackets"),
    pytest.param(2023, "2023年度重点工作清单(一季度政府工作报告重点", PLAN, None, "", ("2023", False),
                 id="年度: a bracket the title's cut leaves open"),
    pytest.param(2023, "2023年度第一季度工作总结", SUMMARY, None, "", ("2023-Q1", False), id="年度 and its quarter"),
    pytest.param(2023, "工作总结(2023年上半年)", SUMMARY, None, "", ("2023-H1", False), id="the part in brackets"),
])
def test_infer_period(found: int | None, title: str | None, kind: DocumentKind, issued: date | None, head: str,
                      expected: tuple[str, bool] | None) -> None:
    result = infer_period(Found(found, "标题") if found else None, title, kind, issued, head)
    assert ((result.value.label, result.weak) if result else None) == expected


def test_a_part_of_the_year_quoted_by_the_years_evidence_is_kept_weakly() -> None:
    result = infer_period(Found(2022, "正文开头“2022年上半年”", True), None, SUMMARY, None)
    assert result is not None and (result.value.label, result.weak) == ("2022-H1", True)


def test_a_title_repeated_with_its_year_is_found_as_one_pattern_a_cut_would_find_it() -> None:
    import random
    import re

    from tracker.extract.meta.year import _dated_title

    def by_patterns(title: str, body: str) -> str | None:  # the reading it replaced: a pattern per cut
        for cut in range(len(title) + 1) if len(title) >= 6 else ():
            for match in re.finditer(re.escape(title[:cut]) + r"(?:19|20)\d{2}\s*年度?" + re.escape(title[cut:]), body):
                if body[match.start() - 1:match.start()] != "《":
                    return match.group()
        return None

    pick, alphabet = random.Random(18), "市科技局上半年工作总结度年《 20192024 "
    for _ in range(400):
        title = "".join(pick.choice(alphabet) for _ in range(pick.randint(5, 10)))
        body = "".join(pick.choice(["", "《", "关于"]) + title[:(cut := pick.randint(0, len(title)))]
                       + pick.choice(["2024", "1999", "202"]) + pick.choice(["", " "]) + pick.choice(["年", "年度", ""])
                       + title[cut:] for _ in range(4))
        assert _dated_title(title, body) == by_patterns(title, body), (title, body)
    assert _dated_title("市科技局上半年工作总结", "根据《2019年市科技局上半年工作总结》，市科技局2024年上半年工作总结") \
        == "市科技局2024年上半年工作总结"
