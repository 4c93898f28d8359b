"""`draft.due`: a deadline as a plan or a table writes it, read as a day of the plan's period."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.draft.due import due_date
from tracker.model.period import parse_period

YEAR = parse_period("2024")


@pytest.mark.parametrize(("cell", "due"), [
    ("2024年6月底前", date(2024, 6, 30)),
    ("9月底", date(2024, 9, 30)),
    ("年底前", date(2024, 12, 31)),
    ("全年", date(2024, 12, 31)),  # the whole year: due at its end
    ("2024年3月15日", date(2024, 3, 15)),
    ("上半年", date(2024, 6, 30)),
    ("三季度", date(2024, 9, 30)),
    ("第4季度", date(2024, 12, 31)),
    ("2025年6月", None),  # outside the plan's period: left for a person
    ("持续推进", None),
    ("长期坚持", None),
    ("13月", None),
    ("2月30日", None),  # no such day
])
def test_a_deadline_is_a_day_of_the_plan(cell: str, due: date | None) -> None:
    assert due_date(cell, YEAR) == due


THREE_YEARS = parse_period("2024..2026")


@pytest.mark.parametrize(("cell", "due"), [
    ("2025年底前", date(2025, 12, 31)),  # a written year is kept, not the period's last
    ("2024年上半年", date(2024, 6, 30)),
    ("2025年三季度", date(2025, 9, 30)),
    ("2023年底前", None),  # before the plan: left for a person
    ("年底前", date(2026, 12, 31)),  # no year: the period's end
    ("坚持到底", None),  # 底 without a year is no deadline
])
def test_a_written_year_holds_in_a_plan_of_several_years(cell: str, due: date | None) -> None:
    assert due_date(cell, THREE_YEARS) == due


def test_without_a_period_no_deadline_is_guessed() -> None:
    assert due_date("6月底前", None) is None


def test_a_schedule_of_steps_is_due_at_its_last_date() -> None:
    steps = "①2月上旬前，完成设计招标。②3月底前，完成图纸。③5月底前，开工。"
    assert (due_date(steps, YEAR), due_date(steps, YEAR, last=True)) == (date(2024, 2, 29), date(2024, 5, 31))
