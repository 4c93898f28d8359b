"""A work plan (工作要点) and the file of plans (targets.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from tracker.model.fields import PeriodText, Slug, Text
from tracker.model.target import Target, TargetKind


class Plan(BaseModel):
    """One year's (or half-year's) plan of one issuer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    """Unique slug, e.g. wh25."""
    title: Text
    region: Text
    """The city or district the plan is for; figures only count within it."""
    issuer: Text | None = None
    period: PeriodText
    source: Text | None = None
    """The plan document, relative to targets.yaml."""
    targets: tuple[Target, ...] = ()

    @property
    def quantities(self) -> tuple[Target, ...]:
        """The numeric targets."""
        return tuple(t for t in self.targets if t.kind is TargetKind.QUANTITY)

    @property
    def milestones(self) -> tuple[Target, ...]:
        """The qualitative tasks."""
        return tuple(t for t in self.targets if t.kind is TargetKind.MILESTONE)


class TargetsFile(BaseModel):
    """The whole targets.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1]
    plans: tuple[Plan, ...] = ()

    def plan(self, plan_id: str) -> Plan | None:
        """The plan with this id, if any."""
        return next((p for p in self.plans if p.id == plan_id), None)

    @property
    def targets(self) -> tuple[Target, ...]:
        """Every target of every plan, in file order."""
        return tuple(t for p in self.plans for t in p.targets)
