"""What the metadata readers share (tracker/extract/meta/common.py): page furniture set aside, datelines, the
promises of a lead, and the lead itself."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tracker.extract.meta.common import count_promises, dateline_date, debris_free, lead_of, parse_date


def test_furniture_lines_are_blanked_and_offsets_kept() -> None:
    text = "当前位置：首页 > 政务公开\n全市新增企业5家。\n来源：市科技局\n来源于企业的需求\n分享到 微信\n"
    cleaned = debris_free(text)
    assert len(cleaned) == len(text)
    assert [line.strip() for line in cleaned.split("\n")] == ["", "全市新增企业5家。", "", "来源于企业的需求", "", ""]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("2024-07-06", date(2024, 7, 6), id="a real day"),
    pytest.param("2024-02-30", None, id="no such day"),
])
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(re.match(r"(\d+)-(\d+)-(\d+)", text)) == expected


@pytest.mark.parametrize(("head", "expected"), [
    pytest.param("2018-07-31  湖北网  编辑：张三", date(2018, 7, 31), id="dashes"),
    pytest.param("2025/11/01 05:30 記者", date(2025, 11, 1), id="slashes and a time"),
    pytest.param("发布于2024年3月6日", date(2024, 3, 6), id="Chinese"),
    pytest.param("2024-13-01 转载 2024-03-02", date(2024, 3, 2), id="the first real date"),
    pytest.param("2024-03/06", None, id="mixed separators"),
    pytest.param("12024-03-06", None, id="not a year"),
    pytest.param("2024年工作总结", None, id="a year alone"),
])
def test_dateline_date(head: str, expected: date | None) -> None:
    assert dateline_date(head) == expected


@pytest.mark.parametrize(("lead", "promises"), [
    pytest.param("力争新增企业5家，确保投入增长10%。", 2, id="力争 and 确保"),
    pytest.param("全市将新增企业5家。", 1, id="将"),
    pytest.param("将近100家企业参加。", 0, id="将近 is no promise"),
    pytest.param("计划引进人才30名。", 1, id="计划 before a verb"),
    pytest.param("重点研发计划项目12个。", 0, id="a programme's 计划"),
    pytest.param("预计增长11%，有望突破100家。", 0, id="forecasts are no promises"),
    pytest.param("今年要努力新增企业5家。", 1, id="要努力 is one promise"),  # once counted twice, as 要 and as 要努力
])
def test_count_promises(lead: str, promises: int) -> None:
    assert count_promises(lead) == promises


LINE = "全市科技工作会议召开，会议总结了去年的工作并部署了今年的任务。"


def test_the_lead_is_the_first_three_lines_of_prose_each_once() -> None:
    text = "\n".join(["标题", "短行。", LINE, LINE, "var a = function(){ return 1234567890; };",
                      "第二" + LINE, "第三" + LINE, "第四" + LINE])
    assert lead_of(text) == "\n".join([LINE, "第二" + LINE, "第三" + LINE])
    assert lead_of("标题\n短行。\n") == ""
