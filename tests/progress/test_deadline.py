"""`progress.deadline`: a target's deadline state as of a date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.progress.test_status import _evidence, _progress
from tracker.progress.deadline import DeadlineState, deadline_of


@pytest.mark.parametrize(("as_of", "value", "due", "state", "days_left"), [
    (date(2022, 6, 30), "400000000", None, DeadlineState.OK, 184),
    (date(2022, 12, 1), "400000000", None, DeadlineState.DUE_SOON, 30),
    (date(2022, 12, 31), "400000000", None, DeadlineState.DUE_SOON, 0),  # the deadline's own day: still due
    (date(2022, 9, 1), "400000000", date(2022, 8, 31), DeadlineState.OVERDUE, -1),
    (date(2022, 9, 1), "1200000000", date(2022, 8, 31), DeadlineState.MET, -1),  # done: nothing more asked
])
def test_a_deadline_is_ok_due_soon_overdue_or_met(as_of, value, due, state, days_left) -> None:
    fields = {"due": due} if due else {}
    progress = _progress("11.3亿元", [_evidence(value, min(as_of, date(2022, 8, 30)))], as_of, **fields)
    deadline = deadline_of(progress, window=30)
    assert (deadline.state, deadline.days_left) == (state, days_left)
    assert deadline.date == (due or date(2022, 12, 31))


def test_the_window_is_the_settings() -> None:
    progress = _progress("11.3亿元", [], date(2022, 11, 1))
    assert deadline_of(progress, window=30).state is DeadlineState.OK
    assert deadline_of(progress, window=60).state is DeadlineState.DUE_SOON
