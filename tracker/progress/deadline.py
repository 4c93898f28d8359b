"""A target's deadline as of a date (督办): met, still ahead, due soon, or overdue."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from tracker.progress.status import Progress, Status


class DeadlineState(StrEnum):
    """Where a target stands against its deadline."""

    OK = "ok"
    """Not done, the deadline further away than the window."""
    DUE_SOON = "due_soon"
    """Not done, the deadline within the window (today included)."""
    OVERDUE = "overdue"
    """Past its deadline and not done."""
    MET = "met"
    """Done (by its deadline or since: the deadline no longer asks anything)."""


class Deadline(NamedTuple):
    """The deadline (a target's `due`, else the end of its period), the days left to it and its state."""

    date: date
    days_left: int
    """Negative once the deadline has passed."""
    state: DeadlineState


def deadline_of(progress: Progress, window: int) -> Deadline:
    """The target's deadline as of the progress's date; due soon within `window` days of it."""
    due = progress.target.effective_due(progress.plan.period)
    days_left = (due - progress.as_of).days
    if progress.status is Status.DONE:
        state = DeadlineState.MET
    elif days_left < 0:
        state = DeadlineState.OVERDUE
    elif days_left <= window:
        state = DeadlineState.DUE_SOON
    else:
        state = DeadlineState.OK
    return Deadline(due, days_left, state)
