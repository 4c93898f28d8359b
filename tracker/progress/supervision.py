"""The supervision loop's view of a status report (督查督办): each target's deadline and forecast, the scores and
rankings, and what each lead unit has to answer for.

Computed from a `StatusReport` and the file's `supervision` settings, as cheaply as it is read: the shells ask for
it where they show it, never compute any of it themselves.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from tracker.model.plan import Supervision
from tracker.progress.deadline import Deadline, DeadlineState, deadline_of
from tracker.progress.forecast import Forecast, forecast_of
from tracker.progress.report import StatusReport
from tracker.progress.score import LAGGING, Ranking, Score, rankings, scores
from tracker.progress.status import Progress, Status


class Supervised(NamedTuple):
    """Deadlines and forecasts by target id, the scores and rankings, and each lead unit's lagging targets."""

    deadlines: dict[str, Deadline]
    forecasts: dict[str, Forecast]
    scores: list[Score]
    rankings: list[Ranking]
    lagging: dict[str, list[Progress]]
    """By lead unit (names sorted): its targets behind, severely behind, missed or overdue, in file order."""
    pressed: frozenset[str]
    """Every target that lags (`lags`), whether a unit leads it or not."""
    deadline_counts: dict[str, dict[DeadlineState, int]]
    """By lead unit: how many of its targets are in each deadline state."""


def lags(progress: Progress, deadline: Deadline, overdue_for: int = Supervision().overdue_for) -> bool:
    """A target a unit must answer for: behind its pace, missed, or past its deadline and known not done — not one
    nothing is known of (never pressed for want of news), nor one whose deadline passed more than `overdue_for`
    days ago (a plan long closed is history)."""
    if progress.status is Status.NO_DATA or -deadline.days_left > overdue_for:
        return False
    return progress.status in LAGGING or deadline.state is DeadlineState.OVERDUE


def supervise(report: StatusReport, settings: Supervision) -> Supervised:
    """The report seen by the supervision loop."""
    deadlines = {p.target.id: deadline_of(p, settings.due_soon) for p in report.progress}
    forecasts = {p.target.id: forecast_of(p) for p in report.progress}
    pressed = frozenset(p.target.id for p in report.progress
                        if lags(p, deadlines[p.target.id], settings.overdue_for))
    lagging: dict[str, list[Progress]] = {}
    counts: dict[str, Counter[DeadlineState]] = {}
    for progress in report.progress:
        if (unit := progress.target.lead) is None:
            continue
        counts.setdefault(unit, Counter())[deadlines[progress.target.id].state] += 1
        if progress.target.id in pressed:
            lagging.setdefault(unit, []).append(progress)
    return Supervised(deadlines, forecasts, scores(report.progress, settings.score_bands), rankings(report.progress),
                      dict(sorted(lagging.items())), pressed, {unit: dict(c) for unit, c in sorted(counts.items())})
