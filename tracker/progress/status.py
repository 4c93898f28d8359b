"""One target's progress as of a date: completion, expectation, gap, run-rate, status.

Pure arithmetic on a target and its evidence; nothing here reads files or the
database. Values stay Decimal until they are shown.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from tracker.lexicon import lexicon
from tracker.model.evidence import COUNTED, LISTED, Evidence, Review, Role
from tracker.model.period import Period
from tracker.model.plan import Bands, Plan
from tracker.model.target import Comparator, MilestoneStatus, Target, TargetKind

ONE, ZERO, HUNDRED = Decimal(1), Decimal(0), Decimal(100)


class Status(StrEnum):
    """Where a target stands. Quantities use the first six; milestones also the last two."""

    DONE = "done"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    SEVERELY_BEHIND = "severely_behind"
    NO_DATA = "no_data"
    MISSED = "missed"
    """The period is over and the target was not reached (or the milestone's due date passed)."""
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"


class Progress(NamedTuple):
    """Everything known about one target as of a date."""

    target: Target
    plan: Plan
    as_of: date
    period: Period
    status: Status
    actual: Evidence | None = None
    completion: Decimal | None = None
    """actual / target (target / actual for at-most targets); None without data."""
    expected: Decimal = ZERO
    """The share of the target the time elapsed calls for (序时进度)."""
    gap: Decimal | None = None
    """What is still missing, in the target's unit (the excess for at-most targets)."""
    months_left: Decimal = ZERO
    run_rate: Decimal | None = None
    """The gap divided by the months left: what each remaining month must bring."""
    stale: bool = False
    """The latest figure is older than the target's reporting cycle."""
    conflicts: tuple[Evidence, ...] = ()
    """Other values for the same as-of date as the actual, from other sources."""
    evidence: tuple[Evidence, ...] = ()
    """Every listed piece of evidence known by the as-of date, oldest first."""
    level: bool = False
    """The target names a level to reach (高新技术企业总数达到500家: `names_level`), not an amount done within its
    period; read when there is a value, so that a forecast needs no lexicon (a status kept and shown again)."""

    @property
    def baselines(self) -> tuple[Evidence, ...]:
        """Earlier periods' values of the same measure."""
        return tuple(e for e in self.evidence if e.role is Role.BASELINE)

    @property
    def shortfall(self) -> Decimal | None:
        """Percentage points below the time-elapsed expectation (negative when ahead)."""
        return None if self.completion is None else (self.expected - self.completion) * HUNDRED


def elapsed_share(period: Period, as_of: date, profile: dict[Period, Decimal] | None = None) -> Decimal:
    """The share of the target the time elapsed calls for, 0 to 1.

    A straight line over the period's days (both ends counted), or, with a
    profile, straight lines between its checkpoints (the end of each named
    period and the share due by then).
    """
    points = [(period.start - timedelta(days=1), ZERO)]
    if profile:
        points += sorted((checkpoint.end, share) for checkpoint, share in profile.items())
    points.append((period.end, ONE))
    if as_of <= points[0][0]:
        return ZERO
    for (left, low), (right, high) in itertools.pairwise(points):
        if as_of <= right:
            span = (right - left).days
            return low + (high - low) * Decimal((as_of - left).days) / Decimal(span) if span else high
    return ONE


def _month_rest(day: date) -> Decimal:
    """The share of `day`'s month still to come after it."""
    month_end = day + relativedelta(day=31)
    return Decimal((month_end - day).days) / Decimal(month_end.day)


def months_between(start: date, end: date) -> Decimal:
    """Calendar months from the end of `start` to the end of `end` (2022-06-30 to 2022-12-31 is 6)."""
    if end <= start:
        return ZERO
    whole = (end.year - start.year) * 12 + end.month - start.month
    return Decimal(whole) + _month_rest(start) - _month_rest(end)


def pick_actual(progress: list[Evidence]) -> tuple[Evidence | None, tuple[Evidence, ...]]:
    """The latest value (a person's word before the machine's), and the others reported for the same date."""
    if not progress:
        return None, ()
    rank = {Review.MANUAL: 2, Review.ACCEPTED: 1}
    actual = max(progress, key=lambda e: (e.as_of, rank.get(e.review, 0), e.confidence, -(e.start or 0)))
    conflicts = tuple(e for e in progress if e.as_of == actual.as_of and e.value != actual.value)
    return actual, conflicts


def measured(target: Target, value: Decimal) -> tuple[Decimal, Decimal]:
    """A value's completion of the target (target / value for an at-most target) and what is still missing (the
    excess for an at-most target), in the target's unit: the one rule the status and the forecast share."""
    goal = target.target.value  # type: ignore[union-attr]
    if target.direction is Comparator.AT_MOST:
        return (goal / value if value > 0 else ONE), max(ZERO, value - goal)
    return (value / goal if goal > 0 else ONE), max(ZERO, goal - value)


def quantity_status(completion: Decimal, expected: Decimal, over: bool, bands: Bands) -> Status:
    """Done, missed, or by how far below the expectation the completion is."""
    if completion >= ONE:
        return Status.DONE
    if over:
        return Status.MISSED
    shortfall = (expected - completion) * HUNDRED
    if shortfall <= bands.on_track:
        return Status.ON_TRACK
    return Status.BEHIND if shortfall <= bands.behind else Status.SEVERELY_BEHIND


def milestone_status(target: Target, plan: Plan, as_of: date) -> Status:
    """A milestone's recorded state; missed once its due date has passed with it recorded as not done.

    A milestone nobody recorded is no data, whatever the date: that it was not done is not known.
    """
    if target.status is MilestoneStatus.DONE:
        return Status.DONE
    if target.status is None:
        return Status.NO_DATA
    if as_of > target.effective_due(plan.period):
        return Status.MISSED
    return Status.IN_PROGRESS if target.status is MilestoneStatus.IN_PROGRESS else Status.NOT_STARTED


def progress_of(target: Target, plan: Plan, evidence: list[Evidence], as_of: date, bands: Bands) -> Progress:
    """A target's progress as of a date, from the evidence known by then."""
    period = target.effective_period(plan.period)
    known = tuple(e for e in evidence if e.review in LISTED and e.as_of <= as_of)
    expected = elapsed_share(period, as_of, target.profile)
    months_left = months_between(as_of, period.end)
    if target.kind is TargetKind.MILESTONE or target.target is None:
        return Progress(target, plan, as_of, period, milestone_status(target, plan, as_of),
                        expected=expected, months_left=months_left, evidence=known)
    actual, conflicts = pick_actual([e for e in known if e.role is Role.PROGRESS and e.review in COUNTED])
    if actual is None:
        return Progress(target, plan, as_of, period, Status.NO_DATA, expected=expected,
                        months_left=months_left, evidence=known)
    completion, gap = measured(target, actual.value)
    over = as_of > period.end
    status = quantity_status(completion, expected, over, bands)
    if status is Status.DONE and target.direction is Comparator.AT_MOST and as_of < period.end:
        status = Status.ON_TRACK  # within a ceiling so far (不超过5亿元): kept only once the period is over
    cycle = target.cycle or plan.cycle
    stale = not over and actual.as_of + relativedelta(months=cycle.months) < as_of
    run_rate = gap / months_left if gap > 0 and months_left > 0 else None
    return Progress(target, plan, as_of, period, status, actual=actual, completion=completion,
                    expected=expected, gap=gap, months_left=months_left, run_rate=run_rate, stale=stale,
                    conflicts=conflicts, evidence=known, level=names_level(target))


def names_level(target: Target) -> bool:
    """A target that names a level to reach (高新技术企业总数达到500家, the lexicon's `level_words`), not an amount
    done within the period (新增50家; 技术合同成交额达到11.3亿元: 达到 alone says neither)."""
    words = f"{target.quote or ''}{target.title}"
    lexicon_ = lexicon()
    return not any(word in words for word in lexicon_.flow_words) and any(
        word in words for word in lexicon_.level_words)
