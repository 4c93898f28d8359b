"""Quarters as reports name them."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.errors import TrackerUserError
from tracker.report.quarter import Quarter


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
