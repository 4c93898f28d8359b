"""Reporting periods: a year, a half, a quarter, a month, or a range of them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict

_PART = re.compile(
    r"^(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])"
    r"|(?P<month>0[1-9]|1[0-2])(?:-(?P<day>\d{2}))?))?$"
)


class PeriodError(ValueError):
    """A period string that cannot be read."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.params = {"value": value}


class Period(BaseModel):
    """A closed range of days, remembered with the label it was written as."""

    model_config = ConfigDict(frozen=True)

    start: date
    end: date
    label: str
    """As written: 2025, 2025-H1, 2025-Q3, 2025-03..2025-10."""

    def contains(self, day: date) -> bool:
        """True when `day` falls inside the period (both ends included)."""
        return self.start <= day <= self.end

    def covers(self, other: Period) -> bool:
        """True when `other` lies wholly inside this period."""
        return self.start <= other.start and other.end <= self.end

    @property
    def days(self) -> int:
        """Length in days, both ends included."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return self.label


def _label(start: date, end: date) -> str:
    """The shortest form naming the days from `start` to `end` (2024, 2024-H1, 2024-Q3, 2024-03, 2024-01..2024-10)."""
    month_aligned = start.day == 1 and end == end + relativedelta(day=31)
    if not month_aligned:
        return f"{start.isoformat()}..{end.isoformat()}"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    first = f"{start.year}-{start.month:02d}"
    if start.month == 1 and months % 12 == 0:
        return str(start.year) if months == 12 else f"{start.year}..{end.year}"
    if months == 6 and start.month in (1, 7):
        return f"{start.year}-H{1 if start.month == 1 else 2}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    return first if months == 1 else f"{first}..{end.year}-{end.month:02d}"


@lru_cache(maxsize=4096)
def period_between(start: date, end: date) -> Period:
    """The period from `start` to `end`, labelled in its shortest form."""
    return Period(start=start, end=end, label=_label(start, end))


def _bounds(part: str, whole: str) -> tuple[date, date]:
    match = _PART.match(part)
    if not match:
        raise PeriodError("period.bad", whole)
    year = int(match["year"])
    if match["half"]:
        first_month, months = 6 * (int(match["half"]) - 1) + 1, 6
    elif match["quarter"]:
        first_month, months = 3 * (int(match["quarter"]) - 1) + 1, 3
    elif match["month"]:
        first_month, months = int(match["month"]), 1
    else:
        first_month, months = 1, 12
    if year < 1:
        raise PeriodError("period.bad", whole)
    start = date(year, first_month, 1)
    if match["day"]:
        try:
            day = start.replace(day=int(match["day"]))
        except ValueError as error:
            raise PeriodError("period.bad", whole) from error
        return day, day
    return start, start + relativedelta(months=months, days=-1)


@lru_cache(maxsize=4096)
def parse_period(value: str | int) -> Period:
    """Read ``2025``, ``2025-H1``, ``2025-Q3``, ``2025-03``, ``2025-03-15`` or ``A..B``.

    Raises:
        PeriodError: when the text is none of these, or a range runs backwards.

    Each text is read once (a Period is frozen: a manifest of thousands of entries shares a few dozen).
    """
    text = str(value).strip()
    first, sep, last = text.partition("..")
    start, end = _bounds(first.strip(), text)
    if sep:
        _, end = _bounds(last.strip(), text)
        if end < start:
            raise PeriodError("period.reversed", text)
    return Period(start=start, end=end, label=text)
