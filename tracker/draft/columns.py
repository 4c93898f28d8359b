"""Which column of a task table holds what: tasks and targets, who (牵头单位), who helps (配合单位), when (完成时限).

Column names vary from table to table, so each header cell is read by the words it holds (the lexicon's
`table_headers`), then by its head word (主要工作举措, 责任主体单位, 完成期限), and a column no header names by what its
cells hold: bodies (县住建局) or deadlines (12月底前).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from tracker.draft.due import deadlines, due_matches
from tracker.lexicon import lexicon
from tracker.quantity import simplified


class Columns(NamedTuple):
    """Which columns of a sheet hold what (0-based indexes)."""

    tasks: list[int]
    owner: int | None
    due: int | None
    schedule: bool = False
    """The due column is a schedule of dated steps (进度安排: ①2月上旬前…③6月底前…): its last date is the deadline."""
    units: tuple[str, ...] = ()
    """Per column, the unit its header names in brackets (当年投资(万元)), or ""."""
    names: tuple[str, ...] = ()
    """Per column, its header's name without that unit (当年投资)."""
    headers: tuple[str, ...] = ()
    """Per column, its header as written, spaces closed up (当年投资(万元))."""
    support: int | None = None
    """The supporting units' column (配合单位), or a second column of units beside the lead's (牵头单位 | 责任单位)."""


SAMPLE = 12
"""The rows after a header whose cells tell an unnamed column's role."""
_STEPS = 2
"""Dated steps a cell must hold for its column to be a schedule (3月底前…；6月底前…)."""
_MOSTLY = 0.6


def by_contents(columns: Columns, sample: list[list[str]], header: list[str]) -> Columns:
    """The owner and deadline columns a header does not name, told by what their cells hold: bodies (县住建局) or
    deadlines (12月底前), in most of the rows below it."""
    for i in columns.tasks if len(columns.tasks) > 1 else ():
        cells = [row[i] for row in sample if i < len(row) and row[i]]
        if len(cells) >= 2 and _share(cells, lambda c: len(deadlines(c)) >= _STEPS):
            # 工作举措及实施计划: 3月底前新建成2家；6月底前…: dated steps toward the row's target, not targets
            tasks = [t for t in columns.tasks if t != i]
            columns = columns._replace(tasks=tasks, **({"due": i, "schedule": True} if columns.due is None else {}))
    taken = {*columns.tasks, columns.owner, columns.due, columns.support}
    free = [i for i in range(len(header)) if i not in taken and role(header_name(header[i])) != "other"]
    ends = lexicon().table_headers.body_ends
    for i in free:
        cells = [row[i] for row in sample if i < len(row) and row[i]]
        if len(cells) < 2:
            continue
        if columns.owner is None and _share(cells, lambda c: c.rstrip("）)").endswith(ends) and len(c) <= 40):
            columns = columns._replace(owner=i)
        elif columns.due is None and _share(cells, due_matches):
            columns = columns._replace(due=i)
        elif not header[i] and i - 1 in columns.tasks and not _share(cells, lambda c: c.endswith(ends)):
            # 项目名称 merged over two columns: the second holds the sub-projects (1.文化中心北路, 2.乐业路)
            columns = columns._replace(tasks=sorted([*columns.tasks, i]))
    return columns


def told_by_cells(rows: list[list[str]], at: int) -> Columns | None:
    """A header naming only its task column (重点任务 | 承办 | 办结), whose other columns' cells say who and when."""
    tasks = [i for i, c in enumerate(rows[at]) if c and len(c) <= _HEADER_CELL and role(header_name(c)) == "planned"]
    if not tasks:
        return None
    columns = by_contents(Columns(tasks, None, None), rows[at + 1:at + 1 + SAMPLE], rows[at])
    return columns if columns.owner is not None or columns.due is not None else None


def _share(cells: list[str], test: Callable[[str], bool]) -> bool:
    """Whether most cells pass `test`."""
    return sum(bool(test(c)) for c in cells) >= _MOSTLY * len(cells)


def columns_of(cells: list[str]) -> Columns | None:
    """The roles of a header row's cells; None when fewer than two cells name a column the lexicon knows."""
    names = [header_name(c) for c in cells]
    roles = [role(c) if c and len(c) <= _HEADER_CELL else None for c in names]
    tasks = [i for i, role in enumerate(roles) if role == "planned"]
    owner = next((i for i, role in enumerate(roles) if role == "owner"), None)
    support = next((i for i, role in enumerate(roles) if role == "support"), None)
    if support is None and owner is not None:  # 牵头单位 | 责任单位: the second column of units supports the lead
        support = next((i for i, role in enumerate(roles) if role == "owner" and i > owner), None)
    due = next((i for i, role in enumerate(roles) if role == "due"), None)
    schedule = next((i for i, role in enumerate(roles) if role == "schedule"), None)
    due, stepwise = (schedule, True) if due is None and schedule is not None else (due, False)
    named = owner is not None and any(word in names[owner] for word in lexicon().table_headers.owner) \
        and sum(bool(c) for c in names) >= _NAMED_ROW  # 牵头单位： | 市科技局 is a record's row, not a header
    if not tasks and owner is not None and (due is not None or named):  # 序号 | 民生实事 | 责任单位 | 完成时限: who and when
        # (or a 牵头单位 by that name) are
        tasks = [i for i, (c, role) in enumerate(zip(names, roles, strict=True)) if c and role is None][:1]  # of it
    if len(tasks) + (owner is not None) + (due is not None) < 2 or not tasks:
        return None
    units = tuple(match[1] if (match := UNIT_IN_BRACKETS.search(c)) else "" for c in names)
    return Columns(tasks, owner, due, stepwise, units, tuple(UNIT_IN_BRACKETS.sub("", c) for c in names), tuple(names),
                   support)


def header_name(cell: str) -> str:
    """A header cell as the lexicon names columns: spaces closed up (主 要 工 作 任 务, a header spaced out to fill its
    cell), in simplified script (牽頭 → 牵头)."""
    return simplified("".join(cell.split()))


_NAMED_ROW = 3
"""Cells a header naming only who is responsible must hold to be a header (序号 | 项目名称 | 牵头单位)."""
_HEADER_CELL = 12
"""A header cell is a name, not a sentence."""
_ROLES = ("planned", "achieved", "support", "owner", "due", "schedule", "other")
"""The order a header cell's words are tried in: 工作进展 is achieved before it is 工作, 配合单位 support before 单位."""


def role(cell: str) -> str | None:
    """What a header cell names: the lexicon's column words first, then, for a name not seen before, its head word
    (主要工作举措: planned, 责任主体单位: owner, 完成期限: due)."""
    words = lexicon().table_headers
    if UNIT_IN_BRACKETS.sub("", cell).endswith(words.other_heads):
        return "other"  # 目标类型: a kind of target, not a target
    role = next((role for role in _ROLES if any(word in cell for word in getattr(words, role))), None)
    if role == "other" and cell not in words.other:  # 单位 alone is a unit of measure, 责任主体单位 a unit of work
        role = None
    if role is not None:
        return role
    return next((role for role in ("due", "owner", "planned")
                 if any(word in cell for word in getattr(words, f"{role}_heads"))), None)


UNIT_IN_BRACKETS = re.compile(r"[(（]([^()（）\d]{1,4})[)）]\s*$")
"""A unit a header or a task names at its end, in brackets: 当年投资(万元), 开发工业新产品(个)."""
