"""Periods as a plan or manifest writes them."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.model.period import PeriodError, parse_period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
    ("2025-H2", date(2025, 7, 1), date(2025, 12, 31)),
    ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
    ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2025-03..2025-10", date(2025, 3, 1), date(2025, 10, 31)),
    ("2024-01..2024-10", date(2024, 1, 1), date(2024, 10, 31)),
    ("2022-Q2..2022-H2", date(2022, 4, 1), date(2022, 12, 31)),
    ("2021..2023", date(2021, 1, 1), date(2023, 12, 31)),
    ("2024-01-01..2024-10-31", date(2024, 1, 1), date(2024, 10, 31)),
    (" 2025 ", date(2025, 1, 1), date(2025, 12, 31)),
    (2025, date(2025, 1, 1), date(2025, 12, 31)),
])
def test_period_bounds(text: str | int, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(("text", "code"), [
    ("2025-H3", "period.bad"), ("2025-Q5", "period.bad"), ("2025-13", "period.bad"),
    ("25", "period.bad"), ("上半年", "period.bad"), ("2025-02-30", "period.bad"),
    ("2025-10..2025-03", "period.reversed"), ("", "period.bad"),
])
def test_bad_period(text: str, code: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert caught.value.code == code


def test_contains_and_covers() -> None:
    year, half = parse_period("2022"), parse_period("2022-H1")
    assert year.covers(half) and not half.covers(year)
    assert year.contains(date(2022, 12, 31)) and not half.contains(date(2022, 7, 1))
    assert year.days == 365 and half.days == 181
