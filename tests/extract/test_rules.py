"""The extraction rules (tracker/extract/rules.py): each pattern built from the lexicon, or written as a rule of
shape, finds what its note says and leaves what it says it leaves.

One row per pattern and case: the text searched and what the pattern finds there (None: nothing). How the
engine combines them is tested in test_engine.py, test_modality.py and test_periods.py.
"""

from __future__ import annotations

import re

import pytest

from tracker.extract import rules
from tracker.lexicon import lexicon
from tracker.model.figure import Modality

LEX = lexicon()

P = rules  # short for the table below


@pytest.mark.parametrize(("pattern", "text", "found"), [
    # cues and promises
    pytest.param(P.FUTURE_WILL, "下一步将举办活动", "将", id="FUTURE_WILL: 将"),
    pytest.param(P.FUTURE_WILL, "将近100家", None, id="FUTURE_WILL: not 将近"),
    pytest.param(P.FUTURE_WILL, "计划引进人才", "计划", id="FUTURE_WILL: 计划 before a verb"),
    pytest.param(P.FUTURE_WILL, "重点研发计划项目", None, id="FUTURE_WILL: not a programme's 计划"),
    pytest.param(P.FUTURE_WILL, "模拟训练", None, id="FUTURE_WILL: not 模拟"),
    pytest.param(P.FUTURE_WILL, "拟申报高企", None, id="FUTURE_WILL: 拟申报 is a step, not a promise"),
    pytest.param(P.NOUN_COMPOUND_AFTER_CUE, "辅导活动", "辅导", id="NOUN_COMPOUND_AFTER_CUE: 申报辅导"),
    pytest.param(P.RESULT_AS_NOUN, "计划3名", "计划", id="RESULT_AS_NOUN: 引进计划"),
    pytest.param(P.PROPOSED_NOT_AFTER, "全市成功", "成功", id="PROPOSED_NOT_AFTER: 成功申报"),
    pytest.param(P.STOCK_AFTER_CUMULATIVE, "培育高企58家", "培育", id="STOCK_AFTER_CUMULATIVE: 累计培育"),
    pytest.param(P.SEEKING, "争取资金20万元", "争取", id="SEEKING: money sought"),
    pytest.param(P.SEEKING, "争取到资金20万元", None, id="SEEKING: not money obtained"),
    pytest.param(P.WILL_AS_BA, "项目分为两类", "分为", id="WILL_AS_BA: 将…分为"),
    pytest.param(P.NEW_STATEMENT, "入库科技型中小企业", "入库", id="NEW_STATEMENT: a verb of its own"),
    pytest.param(P.RESULT_MARKER, "截至10月底已完成", "截至", id="RESULT_MARKER: 截至"),
    pytest.param(P.SUMMARY_LEAD, "现将2024年工作总结如下：", "现将2024年工作总结如下", id="SUMMARY_LEAD"),
    # targets
    pytest.param(P.TARGET_LABEL, "全年目标为新增45家", "目标为", id="TARGET_LABEL: 目标为"),
    pytest.param(P.TARGET_LABEL, "完成全年目标（520家）", "目标（", id="TARGET_LABEL: 目标（"),
    pytest.param(P.TARGET_LABEL, "目标明确", None, id="TARGET_LABEL: not a word holding 目标"),
    pytest.param(P.TARGET_AFTER, "任务的71.8%", "任务的", id="TARGET_AFTER: 170家任务的"),
    pytest.param(P.RATIO_OF_TASK, "170家任务的71.8%", "任务的", id="RATIO_OF_TASK"),
    pytest.param(P.TASK_WORDS, "| 序号 | 事项 | 牵头单位 |", "牵头", id="TASK_WORDS"),
    pytest.param(P.COMPLETION_WORDS, "| 序号 | 二季度完成情况 |", "| 二季度完成情况 |", id="COMPLETION_WORDS: a column"),
    pytest.param(P.COMPLETION_WORDS, "报送每半月完成情况及下半月计划", None, id="COMPLETION_WORDS: not inside a task"),
    # plan parts and headings
    pytest.param(P.PLAN_HEADING, "三、下半年工作打算", "三、下半年工作打算", id="PLAN_HEADING"),
    pytest.param(P.PLAN_HEADING, "三、2025年工作思路", "三、2025年工作思路", id="PLAN_HEADING: a year"),
    pytest.param(P.PLAN_HEADING, "我们的工作打算是新增企业5家", None, id="PLAN_HEADING: not prose"),
    pytest.param(P.PLAN_HEADING, "二、下半年主要工作任务及工作举措", "二、下半年主要工作任务及工作举措",
                 id="PLAN_HEADING: tasks after a time word"),
    pytest.param(P.PLAN_HEADING, "一、主要工作任务", None, id="PLAN_HEADING: tasks without a time word may be done"),
    pytest.param(P.PLAN_HEADING, "三、下一步工作", "三、下一步工作", id="PLAN_HEADING: work looking forward"),
    pytest.param(P.PLAN_HEADING, "一、2024年工作", None, id="PLAN_HEADING: a year's work may be done"),
    pytest.param(P.PLAN_HEADING, "四、2025年工作设想", "四、2025年工作设想", id="PLAN_HEADING: 设想 after a year"),
    pytest.param(P.PLAN_PARAGRAPH, "下一步，全市将新增企业5家", "下一步，", id="PLAN_PARAGRAPH"),
    pytest.param(P.PLAN_PARAGRAPH, "全市下一步将新增企业5家", None, id="PLAN_PARAGRAPH: only opening a line"),
    pytest.param(P.PLAN_QUESTION, "问：明年有什么打算？", "问：明年有什么打算？", id="PLAN_QUESTION"),
    pytest.param(P.TARGET_HEADING, "（一）部门年度总体目标", "（一）部门年度总体目标", id="TARGET_HEADING"),
    pytest.param(P.REVIEW_HEADING, "一、“十二五”期间主要工作回顾", "一、“十二五”期间主要工作回顾", id="REVIEW_HEADING"),
    pytest.param(P.REGION_END, "（二）主要任务", "（二）", id="REGION_END: a heading"),
    pytest.param(P.REGION_END, "问：今年的重点？", "问：", id="REGION_END: a question"),
    pytest.param(P.REGION_END, "3.5亿元", None, id="REGION_END: not a decimal"),
    pytest.param(P.YEAR_IN_HEADING, "2025年工作打算", "2025年", id="YEAR_IN_HEADING"),
    pytest.param(P.NEXT_YEAR, "明年工作打算", "明年", id="NEXT_YEAR"),
    pytest.param(P.SAME_YEAR, "第四季度工作安排", "第四季度", id="SAME_YEAR"),
    # time
    pytest.param(P.TOPIC_LEAD, "在全市", "在全市", id="TOPIC_LEAD"),
    pytest.param(P.COMPARISON_BEFORE, "较", "较", id="COMPARISON_BEFORE: 较上年"),
    pytest.param(P.COMPARISON_BEFORE, "占比", None, id="COMPARISON_BEFORE: not 占比"),
    pytest.param(P.COMPARISON_BEFORE, "四是", None, id="COMPARISON_BEFORE: not a list marker"),
    pytest.param(P.QUARTER_LIST, "一、二、三、四季度依次", "一、二、三、四季度依次", id="QUARTER_LIST"),
    # page furniture
    pytest.param(P.DEBRIS_LINE, "当前位置：首页 > 政务公开", "当前位置：首页 > 政务公开", id="DEBRIS_LINE: a label"),
    pytest.param(P.DEBRIS_LINE, "来源：市科技局", "来源：市科技局", id="DEBRIS_LINE: a field with its colon"),
    pytest.param(P.DEBRIS_LINE, "来源于企业的需求", None, id="DEBRIS_LINE: not a field word in prose"),
    pytest.param(P.DEBRIS_LINE, "分享到 微信", "分享到 微信", id="DEBRIS_LINE: a button"),
    pytest.param(P.FOOTER, "扫一扫在手机打开当前页", "扫一扫在手机打开当前页", id="FOOTER"),
    # which quantities are figures
    pytest.param(P.NOT_AFTER, "第", "第", id="NOT_AFTER: an ordinal"),
    pytest.param(P.NOT_AFTER, "阅读量：", "阅读量：", id="NOT_AFTER: a page counter"),
    pytest.param(P.SESSION_NAME, "五次全会", "五次全会", id="SESSION_NAME"),
    pytest.param(P.NOT_FIGURE_AFTER, "方面的工作", "方面的工作", id="NOT_FIGURE_AFTER"),
    pytest.param(P.SESSION_BODY_AFTER, "市委", "市委", id="SESSION_BODY_AFTER"),
    pytest.param(P.NOT_FIGURE_BEFORE, "下列", "下列", id="NOT_FIGURE_BEFORE"),
    pytest.param(P.ONE_OF_A_KIND, "工作的", "的", id="ONE_OF_A_KIND"),
    pytest.param(P.TOP_RANK, "居全省首位", "全省首位", id="TOP_RANK"),
    pytest.param(P.FORMULAS, "增强“四个意识”", "四个意识", id="FORMULAS"),
    pytest.param(P.VAGUE_BEFORE, "数", "数", id="VAGUE_BEFORE: 数十家"),
    pytest.param(P.NAME_BEFORE_INSTITUTE, "航天科工集团", "集团", id="NAME_BEFORE_INSTITUTE"),
    # subjects
    pytest.param(P.LEADING_NOISE, "今年以来，全市累计培育高新技术企业", "今年以来，全市累计培育", id="LEADING_NOISE"),
    pytest.param(P.TRAILING_NOISE, "高新技术企业数量由2018年的", "由2018年的", id="TRAILING_NOISE"),
    pytest.param(P.TRAILING_NOISE, "技术合同成交额达到", "达到", id="TRAILING_NOISE: a verb"),
    pytest.param(P.RESPECTIVELY, "分别达到", "分别达到", id="RESPECTIVELY"),
    pytest.param(P.GENERIC_HEAD, "贷款总金额", "总金额", id="GENERIC_HEAD"),
    pytest.param(P.LINKING_VERB, "惠及", "惠及", id="LINKING_VERB"),
    pytest.param(P.GROWTH, "同比增长7.12%", "同比增长", id="GROWTH"),
    pytest.param(P.SPLIT_VERB, "为143家企业发放贷款", "发放", id="SPLIT_VERB"),
    pytest.param(P.NOUN_AFTER_END, "企业参与活动", "参与", id="NOUN_AFTER_END"),
    pytest.param(P.ZONE_ROW, "荆州经开区", "经开区", id="ZONE_ROW"),
])
def test_each_pattern(pattern: re.Pattern[str], text: str, found: str | None) -> None:
    match = pattern.search(text)
    assert (match.group() if match else None) == found


# ── tables built from the lexicon ─────────────────────────────────────────────
def test_cues_carry_the_modality_of_their_list() -> None:
    before = {cue.word: cue.modality for cue in rules.BEFORE_CUES}
    assert {word for word, m in before.items() if m is Modality.PROPOSED} == set(LEX.cues.before.proposed)
    assert {word for word, m in before.items() if m is Modality.PLANNED} == set(LEX.cues.before.planned)
    assert {cue.word for cue in rules.AFTER_CUES if cue.modality is Modality.ACHIEVED} == set(LEX.cues.after.achieved)


def test_promises_are_planned_unless_the_lexicon_says_forecast() -> None:
    assert rules.PROMISES["将"] is Modality.PLANNED
    assert {word for word, m in rules.PROMISES.items() if m is Modality.FORECAST} == {
        entry.word for entry in LEX.promises if entry.modality == "forecast"}


def test_period_phrases_are_the_lexicons_with_their_fragments_filled_in() -> None:
    assert [p.kind for p in rules.PERIOD_PHRASES] == [p.kind for p in LEX.period_phrases]
    assert not any(re.search(r"\{[a-z]\w*\}", p.pattern) for p in rules.PERIOD_PHRASES)  # {y}, {n} replaced
    since = next(p for p in rules.PERIOD_PHRASES if p.kind == "since_year")
    assert re.match(since.pattern, "2018年设立以来")["y"] == "2018"


def test_every_time_phrase_begins_with_a_character_the_look_ahead_lets_through() -> None:
    first = re.compile(f"[{rules.PERIOD_FIRST_CHARS}]")
    for entry in LEX.period_phrases:
        assert first.match(entry.example), (entry.kind, entry.example)


@pytest.mark.parametrize(("rank", "heading"), [(0, "第一章 发展基础"), (1, "一、主要成效"), (2, "（一）年度目标"), (3, "1.研发投入")])
def test_heading_marks_by_rank(rank: int, heading: str) -> None:
    assert [i for i, mark in enumerate(rules.HEADING_MARKS) if mark.match(heading)] == [rank]


def test_trailing_words_are_tried_longest_first() -> None:
    lengths = [len(word) for word in rules.TRAILING_WORDS]
    assert lengths == sorted(lengths, reverse=True)


@pytest.mark.parametrize(("line", "listed"), [
    ("- 2025四川成都市双流区招聘政府雇员4人考试模拟试题及答案解析.docx ", True),
    ("附件:2023科技进步报告.PDF", True),
    ("全市新增高新技术企业56家。", False),
    ("详见附件1.", False),
])
def test_a_line_listing_a_download_is_page_furniture(line: str, listed: bool) -> None:
    assert (rules.FILE_LINE.search(line) is not None) is listed


def test_the_cheap_test_before_not_after_misses_no_match() -> None:
    """NOT_AFTER is searched only when the character before a number is one it can end with (NOT_AFTER_LAST or a
    space): every window it matches, in the seeds and in each of its shapes, ends with one of them."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    shapes = [f"{word}{tail}" for word in ("第", "每", "阅读量", "阅读数", "浏览量", "浏览次数", "点击量", "点击次数", "播放量")
              for tail in ("", " ", "\t", "：", ":", " ：\n", "\u3000")]
    texts = [*(p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))), "，".join(shapes)]
    matched = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            if rules.NOT_AFTER.search(text, max(0, end - 10), end):
                matched += 1
                assert text[end - 1] in rules.NOT_AFTER_LAST or text[end - 1].isspace(), text[max(0, end - 10):end]
    assert matched >= len(shapes)
