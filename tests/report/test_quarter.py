"""Quarters as reports name them."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.errors import TrackerUserError
from tracker.model.plan import Plan, TargetsFile
from tracker.report.quarter import Quarter, default_quarter


@pytest.mark.parametrize("text", ["2025Q2", "2025q2", "2025-Q2", " 2025 Q2 "])
def test_the_written_forms_of_a_quarter(text: str) -> None:
    assert Quarter.parse(text) == Quarter(2025, 2)


@pytest.mark.parametrize("text", ["2025Q5", "2025Q0", "25Q2", "2025H1", "Q2 2025", "", "0000Q1"])
def test_anything_else_is_a_user_mistake_naming_the_form(text: str) -> None:
    with pytest.raises(TrackerUserError) as caught:
        Quarter.parse(text)
    assert "2025Q2" in caught.value.message("zh") and f"'{text}'" in caught.value.message("en")


def test_days_neighbours_and_labels() -> None:
    q2 = Quarter(2025, 2)
    assert (q2.start, q2.end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert (Quarter(2024, 4).end, Quarter(2024, 1).end) == (date(2024, 12, 31), date(2024, 3, 31))
    assert Quarter(2025, 1).previous == Quarter(2024, 4) and Quarter(2025, 3).previous == q2
    assert Quarter.of(date(2025, 9, 30)) == Quarter(2025, 3)
    assert (q2.label("zh"), q2.label("en"), str(q2)) == ("2025年第二季度", "Q2 2025", "2025Q2")


def plan(period: str) -> Plan:
    return Plan(id=f"p{period.replace('-', '')}", title="要点", region="威海市", period=period)


@pytest.mark.parametrize(("today", "periods", "expected"), [
    (date(2026, 12, 5), ["2025", "2022"], Quarter(2025, 4)),  # every plan ended: the latest plan's last quarter
    (date(2025, 5, 10), ["2025", "2022"], Quarter(2025, 2)),  # a plan covers today: today's quarter
    (date(2023, 3, 1), ["2025", "2022"], Quarter(2022, 4)),  # between two plans: the one that ended
    (date(2020, 1, 1), ["2025", "2022"], Quarter(2022, 1)),  # before every plan: the first one's first quarter
    (date(2025, 8, 1), ["2025-H1"], Quarter(2025, 2)),
    (date(2025, 8, 1), [], Quarter(2025, 3)),
])
def test_the_default_quarter_is_the_latest_the_plans_cover(today: date, periods: list[str], expected: Quarter) -> None:
    assert default_quarter([plan(p) for p in periods], today) == expected


def test_the_default_quarter_is_one_a_report_can_be_written_for() -> None:
    plans = [plan("2025"), plan("2022")]
    targets_file = TargetsFile(version=1, plans=plans)
    for today in (date(2026, 12, 5), date(2023, 3, 1), date(2020, 1, 1), date(2025, 2, 1)):
        assert default_quarter(plans, today).plans_of(targets_file), "never a quarter no plan covers"
