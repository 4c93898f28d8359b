"""Scores and rankings (考核评分, 通报排名): a weighted score per plan, lead unit and region, and the regions ranked
on a measure several of them share.

A target scores its completion capped at 100% (a quantity with a figure), 100 or 0 (a milestone done or missed);
a target with nothing to score yet is left out and counted apart. Weights are the target's, times its plan's where
plans are added up (a unit's, a region's). A score is graded by the file's `supervision.score_bands`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from tracker.model.plan import ScoreBands
from tracker.model.target import TargetKind
from tracker.progress.status import HUNDRED, ONE, ZERO, Progress, Status

LAGGING = frozenset({Status.BEHIND, Status.SEVERELY_BEHIND, Status.MISSED})
"""Statuses a supervision notice asks about (overdue deadlines too: `deadline.DeadlineState.OVERDUE`)."""


class Grade(StrEnum):
    """A score's grade under the score bands."""

    EXCELLENT = "excellent"
    GOOD = "good"
    PASSING = "passing"
    FAILING = "failing"


class ScoreLevel(StrEnum):
    """What a score adds up: one plan's targets, one lead unit's, one region's."""

    PLAN = "plan"
    OWNER = "owner"
    REGION = "region"


class Score(NamedTuple):
    """One plan's, unit's or region's weighted score (0–100) and its grade; None when nothing could be scored."""

    level: ScoreLevel
    key: str
    """The plan's id, the lead unit's name, or the region."""
    score: Decimal | None
    grade: Grade | None
    scored: int
    """Targets that entered the score."""
    unscored: int
    """Targets with nothing to score yet (no figure, a milestone under way)."""
    weight: Decimal
    """The scored targets' total weight."""


def points(progress: Progress) -> Decimal | None:
    """What one target scores, 0 to 1: its completion capped at 1, a milestone done 1 and missed 0; else None."""
    if progress.target.kind is TargetKind.QUANTITY and progress.completion is not None:
        return min(progress.completion, ONE)
    if progress.status is Status.DONE:
        return ONE
    if progress.status is Status.MISSED:
        return ZERO
    return None


def grade(score: Decimal, bands: ScoreBands) -> Grade:
    """The grade a score reaches."""
    if score >= bands.excellent:
        return Grade.EXCELLENT
    if score >= bands.good:
        return Grade.GOOD
    return Grade.PASSING if score >= bands.passing else Grade.FAILING


def score_of(level: ScoreLevel, key: str, items: list[Progress], bands: ScoreBands, across_plans: bool) -> Score:
    """The weighted score of some targets; `across_plans`: each target weighed by its plan's weight too."""
    weighed = [(points(p), p.target.weight * (p.plan.weight if across_plans else ONE)) for p in items]
    scored = [(value, weight) for value, weight in weighed if value is not None]
    total = sum((weight for _, weight in scored), ZERO)
    value = sum((v * w for v, w in scored), ZERO) / total * HUNDRED if total else None
    return Score(level, key, value, grade(value, bands) if value is not None else None, len(scored),
                 len(items) - len(scored), total)


def scores(items: list[Progress], bands: ScoreBands) -> list[Score]:
    """Every plan's score (file order), then every lead unit's and every region's (by name)."""
    found = [_grouped(items, ScoreLevel.PLAN, lambda p: p.plan.id, bands, across_plans=False, keep_order=True)]
    found.append(_grouped(items, ScoreLevel.OWNER, lambda p: p.target.lead, bands, across_plans=True))
    found.append(_grouped(items, ScoreLevel.REGION, lambda p: p.plan.region, bands, across_plans=True))
    return [score for group in found for score in group]


def _grouped(items: list[Progress], level: ScoreLevel, key: Callable[[Progress], str | None], bands: ScoreBands,
             across_plans: bool, keep_order: bool = False) -> list[Score]:
    groups: dict[str, list[Progress]] = defaultdict(list)
    for item in items:
        if (name := key(item)) is not None:
            groups[name].append(item)
    names = list(groups) if keep_order else sorted(groups)
    return [score_of(level, name, groups[name], bands, across_plans) for name in names]


class Ranked(NamedTuple):
    """One region's place on a measure several regions' plans share."""

    rank: int | None
    """1 for the highest completion; ties share a rank; None without a figure (listed last)."""
    region: str
    plan: str
    target: str
    completion: Decimal | None


class Ranking(NamedTuple):
    """The regions ranked on one measure (the same metric, unit and period in several regions' plans)."""

    metric: str
    unit: str
    period: str
    entries: tuple[Ranked, ...]


def rankings(items: list[Progress]) -> list[Ranking]:
    """Each measure held by the plans of two regions or more, its regions ranked by completion."""
    groups: dict[tuple[str, str, str], list[Progress]] = defaultdict(list)
    for item in items:
        goal = item.target.target
        if item.target.kind is TargetKind.QUANTITY and goal is not None:
            groups[(item.target.metric_name, goal.unit, item.period.label)].append(item)
    found = []
    for (metric, unit, period), members in groups.items():
        if len({m.plan.region for m in members}) < 2:
            continue
        ordered = sorted(members, key=lambda m: (m.completion is None, -(m.completion or ZERO), m.plan.region))
        entries, rank = [], 0
        for index, member in enumerate(ordered):
            if member.completion is not None and (index == 0 or member.completion != ordered[index - 1].completion):
                rank = index + 1
            entries.append(Ranked(rank if member.completion is not None else None, member.plan.region,
                                  member.plan.id, member.target.id, member.completion))
        found.append(Ranking(metric, unit, period, tuple(entries)))
    return found
