"""The dashboard's table of targets: the columns that fit a width, the order of the rows, sort keys and cells.

Pure functions of `Progress` and the width, so that the screen only picks and shows rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.cells import cell_len
from rich.text import Text

from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.status import Progress, Status
from tracker.shown import WIDE as CONSOLE_WIDE
from tracker.shown import plain

COLUMNS = ("id", "title", "target", "actual", "completion", "status", "deadline", "gap", "owner")
"""Every column the dashboard can show, in order; `layout` picks those that fit."""
FIXED = {"target": (9, 11), "actual": (9, 11), "completion": (6, 15), "status": (10, 12), "deadline": (9, 9),
         "gap": (9, 11), "owner": (12, 14)}
"""Cells of each column but the title and the id, on a narrow screen (below WIDE) and a wide one."""
MIN_TITLE = 24
"""Cells (12 Chinese characters) the title keeps whatever else is shown: titles win the width."""
ID_WIDTH = (8, 28)
"""Fewest and most cells of the id column, shown on request (`i`)."""
WITH_GAP, WITH_DEADLINE, WITH_OWNER = 100, 110, 160
"""From these widths on, the gap, the deadline (期限) and the owner (责任单位, the lead unit) are shown too."""
FROM_WIDTH = {"gap": WITH_GAP, "deadline": WITH_DEADLINE, "owner": WITH_OWNER}
BARS = {True: 8, False: 0}
"""Cells of the completion bar, wide and narrow (narrow: the percentage alone)."""
WIDE = CONSOLE_WIDE
HEADINGS = {"id": "col.id", "title": "col.title", "target": "col.target", "actual": "col.actual",
            "completion": "col.completion", "status": "col.status", "deadline": "tui.col.deadline", "gap": "col.gap",
            "owner": "col.owner"}
SORT_MARKS = {False: " ▲", True: " ▼"}
"""Shown after the heading of the column the table is sorted by: ascending, descending."""
CELL_PADDING = 2
"""Blank cells around each column (RowTable's padding), and the scrollbar's width."""


def layout(width: int, ids: bool) -> dict[str, int]:
    """The columns that fit a screen `width` and their cells: the title takes what the others leave.

    The id column comes only on request, and then takes at most what leaves the title MIN_TITLE cells.
    """
    wide = width >= WIDE
    names = [n for n in COLUMNS[2:] if width >= FROM_WIDTH.get(n, 0)]
    cells = {n: FIXED[n][wide] for n in names}
    rest = width - sum(cells.values()) - CELL_PADDING * (len(cells) + 2)
    shown = {"title": max(rest, MIN_TITLE)}
    if ids:
        id_cells = max(ID_WIDTH[0], min(ID_WIDTH[1], rest - MIN_TITLE - CELL_PADDING))
        shown = {"id": id_cells, "title": max(rest - id_cells - CELL_PADDING, MIN_TITLE)}
    return shown | cells


SEVERITY = {Status.SEVERELY_BEHIND: 0, Status.MISSED: 1, Status.BEHIND: 2, Status.NO_DATA: 3,
            Status.NOT_STARTED: 4, Status.IN_PROGRESS: 5, Status.ON_TRACK: 6, Status.DONE: 7}
"""Sort order of statuses: the ones needing attention first."""

SORT_KEYS: dict[str, Callable[[Progress], Any]] = {
    "id": lambda p: p.target.id,
    "title": lambda p: p.target.title,
    "target": lambda p: p.target.target.value if p.target.target else None,
    "actual": lambda p: p.actual.value if p.actual else None,
    "completion": lambda p: p.completion,
    "status": lambda p: SEVERITY[p.status],
    "gap": lambda p: p.gap,
    "owner": lambda p: p.target.lead or None,
}
"""Each column's sort key; None (no value) sorts last whichever the direction. The deadline's: `deadline_key`."""
SORTABLE = (*SORT_KEYS, "deadline")


def deadline_key(deadlines: dict[str, Deadline]) -> Callable[[Progress], Any]:
    """Sorts by the days left (overdue first, ascending); a deadline met has none."""
    def key(progress: Progress) -> int | None:
        deadline = deadlines.get(progress.target.id)
        return None if deadline is None or deadline.state is DeadlineState.MET else deadline.days_left
    return key


def sorted_by(items: list[Progress], column: str, reverse: bool,
              deadlines: dict[str, Deadline] | None = None) -> list[Progress]:
    """Targets sorted by a column's values, those without a value after the rest."""
    key = SORT_KEYS[column] if column in SORT_KEYS else deadline_key(deadlines or {})
    valued = [p for p in items if key(p) is not None]
    return sorted(valued, key=key, reverse=reverse) + [p for p in items if key(p) is None]


def heading(label: str, cells: int, mark: str) -> str:
    """A column's heading with the sort mark kept whole: the label gives way first."""
    if not mark:
        return label
    room = cells - cell_len(mark)
    while label and cell_len(label) > room:
        label = label[:-1]
    return label + mark


def plan_order(items: list[Progress]) -> dict[str, int]:
    """Plans as the dashboard lists them: those under way at the date first, plans not begun by it last,
    each group in the file's order."""
    plans = list(dict.fromkeys(p.plan.id for p in items))
    later = {plan for plan in plans if all(p.period.start > p.as_of for p in items if p.plan.id == plan)}
    return {plan: n for n, plan in enumerate(sorted(plans, key=lambda plan: plan in later))}


def grouped(items: list[Progress], order: dict[str, int]) -> list[Progress]:
    """Targets by plan (`plan_order`), then by section in the order each first appears, so that a section
    the file takes up again later is still one group; the file's order within a section."""
    sections = {key: n for n, key in enumerate(dict.fromkeys((p.plan.id, p.target.section) for p in items))}
    return sorted(items, key=lambda p: (order.get(p.plan.id, 0), sections[(p.plan.id, p.target.section)]))





def cell(value: str | Text) -> Text:
    """A cell that ends in an ellipsis when its column is too narrow; words shown as written (`plain`)."""
    text = plain(value) if isinstance(value, str) else value.copy()
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


def matches(progress: Progress, query: str) -> bool:
    """True when the search text occurs in the target's id, title, metric, section or owner."""
    target = progress.target
    return any(query in (text or "").lower() for text in
               (target.id, target.title, target.metric, target.section, target.lead, *target.support, *target.aliases))
