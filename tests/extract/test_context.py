"""The landmark finder's shortcuts find exactly what the plain patterns find."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract import context, rules
from tracker.extract.readers import read_file
from tracker.quantity import normalize

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*(ROOT / "seeds").glob("*.txt"), *(DATA / "unseen").glob("*.txt"),
                *(DATA / "unseen2").glob("*.txt"), *(DATA / "unseen2").glob("*.html")])


@pytest.fixture(scope="module", params=FILES, ids=lambda p: p.name)
def text(request: pytest.FixtureRequest) -> str:
    return normalize(read_file(request.param).text)


def test_anchored_search_finds_every_time_phrase(text: str) -> None:
    assert [m.span() for m in context._period_matches(text)] == [m.span() for m in context._PERIODS.finditer(text)]


def test_line_anchored_patterns_tried_at_line_starts(text: str) -> None:
    lines = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    for pattern in (rules.DEBRIS_LINE, rules.REGION_END, rules.PLAN_PARAGRAPH, rules.PLAN_QUESTION, rules.FOOTER):
        assert [m.span() for m in context._at_lines(pattern, text, lines)] == [m.span() for m in pattern.finditer(text)]


SAMPLES = {"year_range": "2019—2023年", "since_year": "2022年以来", "half": "上半年", "quarter": "前三季度",
           "to_month": "截至10月底", "this_month": "本月20日", "month": "于11月", "recent_years": "近3年",
           "running_years": "连续3年", "phase_total": "两期总额", "year": "2022年", "whole_year": "全年",
           "five_year": "“十二五”期间", "this_year": "今年", "last_year": "去年", "per_year": "每年", "cumulative": "累计",
           "target_year": "全年目标为", "years_ahead": "用3年时间", "now": "如今"}


@pytest.mark.parametrize("kind", sorted({p.kind for p in rules.PERIOD_PHRASES}))
def test_every_kind_of_time_phrase_passes_the_look_ahead(kind: str) -> None:
    spans = context._period_spans(SAMPLES[kind])
    assert [(s.start, s.end, s.kind) for s in spans] == [(0, len(SAMPLES[kind]), kind)]


@pytest.mark.parametrize(("text", "heading"), [
    ("区府经济发展执行报告\n\n二、下阶段工作重点\n(一)全力以赴打好五大战役\n力争工业产值达到600亿元以上。\n",
     "二、下阶段工作重点"),  # the page cut what was done before it
    ("2025年上半年工作总结\n一、主要成效\n二、存在问题\n三、下半年工作打算\n1.实施研发投入促进行动\n", None),  # a contents list
    ("科技工作\n工作思路\n", None),  # a menu item over no prose
    ("主要预期目标是：地区生产总值增长7%以上。\n为实现上述目标，我们重点做好以下九方面工作：\n（一）聚力推进乡村振兴。\n",
     "为实现上述目标，我们重点做好以下九方面工作："),  # a work report turning to this year's tasks
    ("2024年工作总结\n今年，我局重点抓好以下几方面工作：\n一、创新主体\n全年新增高新技术企业520家。\n"
     "三、2025年工作打算\n新增高新技术企业600家。\n", "三、2025年工作打算"),  # a summary announcing what it did
    ("临安区科技局2024年工作总结\n一、2024年重点工作\n全年新增高新技术企业62家。\n", None),  # its first part
])
def test_a_plan_part_opens_at_its_heading(text: str, heading: str | None) -> None:
    at = context.plan_heading(text)
    assert (None if at is None else text[at:text.index("\n", at)]) == heading
