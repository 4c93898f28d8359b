"""Roll-ups: a plan's or a section's targets counted by status, and their overall completion."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from tracker.model.target import TargetKind
from tracker.progress.status import ONE, Progress, Status


class Level(StrEnum):
    """What a roll-up counts: a whole plan, or one group of its targets."""

    PLAN = "plan"
    """Every target of the plan."""
    SECTION = "section"
    """The targets of one section (章节); `section` None: the plan's targets that have none (未分章节)."""
    OWNER = "owner"
    """The targets one unit leads (牵头单位), across plans; `plan` None."""


class Rollup(NamedTuple):
    """Counts by status and the mean completion (capped at 100% per target) against the mean expectation."""

    plan: str | None
    """The plan's id; None for a unit's targets across plans."""
    section: str | None
    """The section's name; None for the whole plan and for the group of targets without a section (see `level`)."""
    counts: dict[Status, int]
    quantities: int
    milestones: int
    with_data: int
    """Quantity targets that have a progress figure."""
    completion: Decimal | None
    """Mean of min(completion, 1) over quantity targets with data."""
    expected: Decimal | None
    """Mean time-elapsed expectation over the same targets."""
    level: Level = Level.PLAN
    """The whole plan, one section of it, or one unit's targets: the only way to tell the plan from its targets
    without a section."""
    owner: str | None = None
    """The lead unit, for a unit's roll-up."""


def rollup(plan: str | None, section: str | None, items: list[Progress], level: Level | None = None,
           owner: str | None = None) -> Rollup:
    """The roll-up of some targets of one plan (or of one unit); `level` defaults to the plan for no section, else
    the section."""
    measured = [p for p in items if p.target.kind is TargetKind.QUANTITY and p.completion is not None]
    count = len(measured)
    return Rollup(
        plan=plan, section=section, counts=dict(Counter(p.status for p in items)),
        quantities=sum(p.target.kind is TargetKind.QUANTITY for p in items),
        milestones=sum(p.target.kind is TargetKind.MILESTONE for p in items),
        with_data=count,
        completion=sum((min(p.completion, ONE) for p in measured), Decimal(0)) / count if count else None,
        expected=sum((p.expected for p in measured), Decimal(0)) / count if count else None,
        level=level or (Level.PLAN if section is None else Level.SECTION), owner=owner,
    )


def rollups(items: list[Progress]) -> list[Rollup]:
    """Per plan, in file order: one roll-up of the whole plan (level plan), then one per section (level section);
    then one per lead unit across plans (level owner), by name.

    The targets without a section are a section group of their own (section None) only when the plan has sections
    too; a plan with none has its plan roll-up alone, never the same line twice. Targets naming no unit are in no
    unit's roll-up.
    """
    found = []
    for plan in dict.fromkeys(p.plan.id for p in items):
        mine = [p for p in items if p.plan.id == plan]
        found.append(rollup(plan, None, mine, Level.PLAN))
        sections = list(dict.fromkeys(p.target.section for p in mine))
        if sections == [None]:
            continue
        found.extend(rollup(plan, section, [p for p in mine if p.target.section == section], Level.SECTION)
                     for section in sections)
    units = sorted({p.target.lead for p in items if p.target.lead})
    found.extend(rollup(None, None, [p for p in items if p.target.lead == unit], Level.OWNER, owner=unit)
                 for unit in units)
    return found
