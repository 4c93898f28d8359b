"""`draft.milestones`: a plan's numbered tasks without a figure, one milestone each."""

from __future__ import annotations

import pytest

from tests.draft.test_commitments import _document
from tracker.draft.commitments import Drafted
from tracker.draft.milestones import milestones
from tracker.model.document import DocumentKind

CASES = [
    ("each numbered task is one milestone, its first sentence the title",
     "一、优化创新生态\n1.修订科技计划项目管理办法。年内印发。\n2.启动科技大市场建设。\n",
     ["修订科技计划项目管理办法", "启动科技大市场建设"]),
    ("a (一) with numbered items below it is a section, not a task",
     "一、总体要求\n（一）培育主体\n1.强化企业梯次培育。\n", ["强化企业梯次培育"]),
    ("a (一) without items below it is a task",
     "二、重点任务\n（一）加快改革创新工作步伐。\n（二）全力抓好高企培育。\n", ["加快改革创新工作步伐", "全力抓好高企培育"]),
    ("一是opening a line is a task", "一是围绕创新引领主题,全力推进示范区建设。用科技赋能。\n",
     ["围绕创新引领主题,全力推进示范区建设"]),
    ("一是inside an item's paragraph is a part of that item",
     "1.统筹推进国家创新型城市建设。一是强化顶层设计。二是完善机制。\n", ["统筹推进国家创新型城市建设"]),
    ("items numbered inside one line, after a full stop", "工作要点。1、抓好项目申报。2、强化管理,认真抓好项目实施。",
     ["抓好项目申报", "强化管理,认真抓好项目实施"]),
    ("tasks numbered （1） and ①", "二、重点任务\n（1）做好科技统计。\n①启动科技大市场建设。\n",
     ["做好科技统计", "启动科技大市场建设"]),
    ("prose without numbered tasks has none", "全年推进科技创新，服务全区发展。\n", []),
    ("the headings of the plan's frame are no tasks", "一、总体要求\n（一）指导思想\n（二）启动科技大市场建设。\n",
     ["启动科技大市场建设"]),
    ("a sharing site's notices are no tasks",
     "温馨提示:\n1. 下载前请仔细阅读文档内容,确认符合您的需求。\n2. 本文档由用户上传,版权归属用户。\n", []),
    ("a table of contents is no list of tasks",
     "目 录\n1.区科技局2024年度工作计划\n2.县科技局2024年工作计划\n区科技局2024年度工作计划\n1.启动科技大市场建设。\n",
     ["启动科技大市场建设"]),
    ("topics to report on are no tasks",
     "请围绕以下内容报送:\n1.重大科技专项的实施与进展情况\n2.科技创新“四个一批”建设中的新举措、新经验与新进展\n", []),
]


@pytest.mark.parametrize(("rule", "text", "titles"), CASES, ids=[c[0] for c in CASES])
def test_each_numbered_task_without_a_figure_is_a_milestone(rule: str, text: str, titles: list[str]) -> None:
    found = milestones(_document(text), [])
    assert [m.title for m in found] == titles, rule
    assert all(m.target is None and m.quote == m.title and text[m.start:].startswith(m.quote) for m in found)


def test_a_task_holding_a_numeric_target_is_only_that_target() -> None:
    text = "一、培育主体\n1.实施高企培育行动，新增高新技术企业60家。\n2.修订科技计划项目管理办法。\n"
    numeric = [Drafted("新增高新技术企业", "60家", "新增高新技术企业60家", "一、培育主体", text.index("60家"))]
    assert [m.title for m in milestones(_document(text), numeric)] == ["修订科技计划项目管理办法"]


def test_a_summary_has_no_milestones_of_its_prose() -> None:
    text = "1.修订科技计划项目管理办法。\n"
    assert milestones(_document(text, DocumentKind.SUMMARY), []) == []


def test_a_summarys_plan_part_has_its_tasks() -> None:
    text = ("一、2024年工作完成情况\n1.修订了科技计划项目管理办法。\n"
            "二、2025年工作计划\n1.开展科技政策宣讲活动。\n2.启动科技大市场建设。\n")
    assert [m.title for m in milestones(_document(text, DocumentKind.SUMMARY), [])] == [
        "开展科技政策宣讲活动", "启动科技大市场建设"]


def test_the_section_owner_and_due_of_a_task() -> None:
    text = "三、深化改革\n1.修订科技计划项目管理办法（牵头单位：政策法规科；完成时限：6月底前）。\n"
    (found,) = milestones(_document(text, period="2025"), [])
    assert (found.section, found.owner, found.due.isoformat()) == ("三、深化改革", "政策法规科", "2025-06-30")


def test_a_bracket_of_who_and_when_is_not_part_of_the_title() -> None:
    text = "三、深化改革\n1.落实各项政策（牵头单位：政策法规科；完成时限：年底前）。\n"
    (found,) = milestones(_document(text, period="2025"), [])
    assert (found.title, found.owner, found.due.isoformat()) == ("落实各项政策", "政策法规科", "2025-12-31")
