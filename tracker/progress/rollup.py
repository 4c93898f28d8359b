"""Roll-ups: a plan's or a section's targets counted by status, and their overall completion."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import NamedTuple

from tracker.model.target import TargetKind
from tracker.progress.status import ONE, Progress, Status


class Rollup(NamedTuple):
    """Counts by status and the mean completion (capped at 100% per target) against the mean expectation."""

    plan: str
    section: str | None
    """None for the whole plan."""
    counts: dict[Status, int]
    quantities: int
    milestones: int
    with_data: int
    """Quantity targets that have a progress figure."""
    completion: Decimal | None
    """Mean of min(completion, 1) over quantity targets with data."""
    expected: Decimal | None
    """Mean time-elapsed expectation over the same targets."""


def rollup(plan: str, section: str | None, items: list[Progress]) -> Rollup:
    """The roll-up of some targets of one plan."""
    measured = [p for p in items if p.target.kind is TargetKind.QUANTITY and p.completion is not None]
    count = len(measured)
    return Rollup(
        plan=plan, section=section, counts=dict(Counter(p.status for p in items)),
        quantities=sum(p.target.kind is TargetKind.QUANTITY for p in items),
        milestones=sum(p.target.kind is TargetKind.MILESTONE for p in items),
        with_data=count,
        completion=sum((min(p.completion, ONE) for p in measured), Decimal(0)) / count if count else None,
        expected=sum((p.expected for p in measured), Decimal(0)) / count if count else None,
    )


def rollups(items: list[Progress]) -> list[Rollup]:
    """One roll-up per plan, followed by one per section of it, in file order."""
    found = []
    plans = list(dict.fromkeys(p.plan.id for p in items))
    for plan in plans:
        mine = [p for p in items if p.plan.id == plan]
        found.append(rollup(plan, None, mine))
        for section in dict.fromkeys(p.target.section for p in mine):
            found.append(rollup(plan, section, [p for p in mine if p.target.section == section]))
    return found
