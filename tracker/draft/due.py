"""A task's deadline as a plan or a task table writes it (完成时限), read as a day inside the plan's period."""

from __future__ import annotations

import calendar
import re
from datetime import date

from tracker.model.period import Period

_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})日)?|(?<=年)([底末])|(年底|年末|全年)|(上半年)|第?([一二三四1-4])季度)")
"""A written year (optional), then a month and day, a year's end (2025年底, 年底前, 全年), its first half or a quarter."""


def due_date(text: str, period: Period | None) -> date | None:
    """The last day `text` allows inside the plan's period: 2024年6月底前 → 2024-06-30, 年底前 → the period's end,
    上半年 → 06-30, 三季度 → 09-30; None for anything else (持续推进, 长期坚持) or a day outside the period."""
    match = _DATE.search(text)
    if match is None or period is None:
        return None
    year = int(match[1]) if match[1] else period.end.year
    if match[4] or match[5]:
        return _within(date(year, 12, 31), period) if match[1] else period.end
    if match[6]:
        month, day = 6, None
    elif match[7]:
        month, day = 3 * ("一二三四".find(match[7]) + 1 if match[7] in "一二三四" else int(match[7])), None
    else:
        month, day = int(match[2]), int(match[3]) if match[3] else None
    if not 1 <= month <= 12:
        return None
    try:
        due = date(year, month, day or calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return _within(due, period)


def _within(due: date, period: Period) -> date | None:
    """The day when the plan's period holds it; None otherwise (a deadline outside is left for a person)."""
    return due if period.contains(due) else None
