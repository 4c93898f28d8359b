"""Where a target will stand at its deadline at the pace seen so far (按当前进度预计).

Pure arithmetic on a `Progress` and its evidence, with the method named:

- `final`: the deadline has passed; the last figure is the result.
- `profile`: the target sets its own stages (`profile: {2025-H1: 40%}`): the value now over the share due by now.
- `last_year_profile`: last year's figure at the same point of its year and its whole year's are known (a seasonal
  measure: 技术合同成交额 is signed mostly in the fourth quarter); the value now scaled by last year's whole over its
  part.
- `linear_from_baseline`: a level (高新技术企业总数达到500家, the lexicon's `level_words`) moves from where it stood at
  the period's start (last year's figure) at the pace between then and now, never below 0.
- `linear_from_period_start`: a flow within the period (新增, 成交额) goes on at the pace it has kept since the
  period began: 4.0亿元 by 2022-06-30 is 8.07亿元 by 2022-12-31.

No forecast, with the reason as a catalogue code, for a milestone, a target with no figure yet, a rate or share
(a percentage does not add up over time), a level whose starting point is unknown, and a figure from the period's
first day.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from tracker.model.evidence import Evidence
from tracker.model.target import TargetKind
from tracker.progress.status import ZERO, Progress, elapsed_share, measured

SAME_POINT = 16
"""How many days apart last year's figure may be from the same day a year before and still mark the same point."""
PERCENT = "%"


class Method(StrEnum):
    """How a forecast was made."""

    FINAL = "final"
    PROFILE = "profile"
    LAST_YEAR_PROFILE = "last_year_profile"
    LINEAR_FROM_BASELINE = "linear_from_baseline"
    LINEAR_FROM_PERIOD_START = "linear_from_period_start"


class Forecast(NamedTuple):
    """The value expected at the deadline and its completion, or why there is none (`reason`, a catalogue code)."""

    value: Decimal | None
    completion: Decimal | None
    method: Method | None
    reason: str | None = None
    due: date | None = None
    """The day the value is forecast for (the target's deadline)."""
    gap: Decimal | None = None
    """What the forecast leaves missing at the deadline, in the target's unit (the excess for an at-most target)."""


def _none(reason: str) -> Forecast:
    return Forecast(None, None, None, f"forecast.{reason}")


def forecast_of(progress: Progress) -> Forecast:
    """The value at the target's deadline at the pace seen so far (see the module's methods)."""
    target = progress.target
    if target.kind is TargetKind.MILESTONE or target.target is None:
        return _none("milestone")
    actual = progress.actual
    if actual is None:
        return _none("no_data")
    due = target.effective_due(progress.plan.period)
    if actual.as_of >= due:  # a figure as of the deadline: the result, not a forecast (an older one is projected)
        return _made(progress, actual.value, Method.FINAL, due)
    if target.target.unit == PERCENT:
        return _none("rate")
    start = progress.period.start - timedelta(days=1)  # the day before the period: nothing of it done yet
    if (elapsed := (actual.as_of - start).days) <= 0:
        return _none("too_early")
    if progress.target.profile:  # the plan's own stages (上半年末40%): the value now over the share due by now
        share = elapsed_share(progress.period, actual.as_of, progress.target.profile)
        if share > 0:
            return _made(progress, actual.value / share * elapsed_share(progress.period, due, progress.target.profile),
                         Method.PROFILE, due)
    if (scaled := _by_last_year(progress, actual, due)) is not None:
        return _made(progress, scaled, Method.LAST_YEAR_PROFILE, due)
    ahead = Decimal((due - start).days) / Decimal(elapsed)
    if progress.level:
        base = _base(progress.baselines, start)
        if base is None:
            return _none("no_start")
        value = base.value + (actual.value - base.value) * Decimal((due - base.as_of).days) / Decimal(
            (actual.as_of - base.as_of).days or 1)
        return _made(progress, max(value, ZERO), Method.LINEAR_FROM_BASELINE, due)  # a level falls no lower than 0
    return _made(progress, actual.value * ahead, Method.LINEAR_FROM_PERIOD_START, due)


def _made(progress: Progress, value: Decimal, method: Method, due: date) -> Forecast:
    completion, gap = measured(progress.target, value)
    return Forecast(value, completion, method, due=due, gap=gap)


def _base(baselines: tuple[Evidence, ...], start: date) -> Evidence | None:
    """The level the period started from: the latest earlier figure as of the period's start or before."""
    earlier = [e for e in baselines if e.as_of <= start and e.review.counts]
    return max(earlier, key=lambda e: e.as_of, default=None)


def _by_last_year(progress: Progress, actual: Evidence, due: date) -> Decimal | None:
    """The value now scaled by last year's whole over last year's figure at the same point, when both are known."""
    year = timedelta(days=365)
    point, end = actual.as_of - year, due - year
    counted = [e for e in progress.baselines if e.review.counts and e.value > 0]
    same = [e for e in counted if abs((e.as_of - point).days) <= SAME_POINT]
    whole = [e for e in counted if abs((e.as_of - end).days) <= SAME_POINT]
    if not same or not whole:
        return None
    part = max(same, key=lambda e: e.as_of)
    full = max(whole, key=lambda e: e.as_of)
    return actual.value * full.value / part.value if full.value >= part.value else None

