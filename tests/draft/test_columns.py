"""`draft.columns`: which column of a task table holds what, by its header's words, its head word, or its cells."""

from __future__ import annotations

import pytest

from tracker.draft.columns import columns_of


@pytest.mark.parametrize(("header", "roles"), [
    (["序号", "工作进展", "配合单位", "计量单位"], None),
    (["序号", "主要举措", "工作进展", "责任领导"], None),
    (["序号", "重点事项", "牵头科室", "进度安排"], ([1], 2, 3, True)),
    (["序号", "主 要 工 作 任 务", "责任单位"], ([1], 2, None, False)),
    (["序号", "民生实事", "责任单位", "完成时限"], ([1], 2, 3, False)),
    (["序号", "任 务 名 称", "指 标 要 求", "牵 头 部 门", "目 标 类 型"], ([1, 2], 3, None, False)),
    (["序号", "项目名称", "建设内容", "建设起止年限", "当年投资(万元)", "责任单位"], ([2, 4], 5, 3, False)),
    (["序号", "牵头单位", "区民生实事项目数量", "项目名称", "业主单位"], ([3], 1, None, False)),
    (["牵头单位:", "市科技局"], None),
], ids=["achieved, support and a unit of measure are no task or owner", "a person is no owner", "a schedule",
        "a header spaced out to fill its cell", "who and when name a table of tasks whatever its task column is called",
        "a kind of target is no target (目标类型)", "the year's investment is planned, a span of years is when",
        "a 牵头单位 names a table of tasks, its count of items no task", "a record's row is no header"])
def test_header_roles(header: list[str], roles: tuple | None) -> None:
    columns = columns_of(header)
    assert (None if columns is None else columns[:4]) == (None if roles is None else tuple(roles))
