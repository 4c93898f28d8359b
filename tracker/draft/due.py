"""A task's deadline as a plan or a task table writes it (完成时限), read as a day inside the plan's period."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from tracker.extract.phrases import month_end
from tracker.lexicon import lexicon
from tracker.model.period import Period


@cache
def _deadline() -> re.Pattern[str]:
    """The lexicon's deadline phrase (`drafting.deadline`): a written year, then a month and day, a year's end, its
    first half or a quarter."""
    return re.compile(lexicon().drafting.deadline)


def due_date(text: str, period: Period | None, *, last: bool = False) -> date | None:
    """The last day `text` allows inside the plan's period: 2024年6月底前 → 2024-06-30, 年底前 → the period's end,
    上半年 → 06-30, 三季度 → 09-30; None for anything else (持续推进, 长期坚持) or a day outside the period.
    `last`: the text is a schedule of dated steps, and the last date is the deadline."""
    matches = list(_deadline().finditer(text)) if last else [_deadline().search(text)]
    match = matches[-1] if matches else None
    if match is None or period is None:
        return None
    year = int(match["year"]) if match["year"] else period.end.year
    if match["year_end"]:
        return _within(date(year, 12, 31), period) if match["year"] else period.end
    if match["half"]:
        month, day = 6, None
    elif quarter := match["quarter"]:
        month, day = 3 * ("一二三四".find(quarter) + 1 if quarter in "一二三四" else int(quarter)), None
    else:
        month, day = int(match["month"]), int(match["day"]) if match["day"] else None
    if not 1 <= month <= 12:
        return None
    try:
        due = date(year, month, day) if day else month_end(year, month)  # the extractor's own month end
    except ValueError:
        return None
    return _within(due, period)


def _within(due: date, period: Period) -> date | None:
    """The day when the plan's period holds it; None otherwise (a deadline outside is left for a person)."""
    return due if period.contains(due) else None


def due_matches(text: str) -> bool:
    """Whether `text` is mostly a deadline as written (12月底前, 2024年6月底前, 年底前): a column of such cells is a
    deadline column whatever its header says."""
    match = _deadline().search(text)
    return match is not None and len(text) <= len(match.group()) + _AROUND_DEADLINE


_AROUND_DEADLINE = 6
"""Characters a deadline cell may hold beside its date (前, 完成, 投入使用)."""


def deadlines(text: str) -> list[str]:
    """Every deadline `text` writes (a schedule's dated steps: 3月底前…；6月底前…)."""
    return [m.group() for m in _deadline().finditer(text)]
