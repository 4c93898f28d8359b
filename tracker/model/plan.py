"""A work plan (工作要点) and the file of plans (targets.yaml)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from tracker.model.fields import PeriodText, Slug, Text
from tracker.model.target import Cycle, Target, TargetKind, Weight


class Bands(BaseModel):
    """How far below the time-elapsed expectation a target may fall, in percentage points.

    The default follows common supervision practice: up to 10 points below is
    on track, 10 to 30 behind, more than 30 severely behind.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on_track: Decimal = Field(default=Decimal(10), ge=0, le=100)
    behind: Decimal = Field(default=Decimal(30), ge=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> Bands:
        if self.behind < self.on_track:
            raise PydanticCustomError("schema.bands_order", "behind must not be below on_track")
        return self


class ScoreBands(BaseModel):
    """The lowest score (0–100) of each grade: 优秀, 良好, 合格; below `passing` 不合格."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    excellent: Decimal = Field(default=Decimal(90), ge=0, le=100)
    good: Decimal = Field(default=Decimal(75), ge=0, le=100)
    passing: Decimal = Field(default=Decimal(60), ge=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> ScoreBands:
        if not self.passing <= self.good <= self.excellent:
            raise PydanticCustomError("schema.score_bands_order", "passing <= good <= excellent")
        return self


class Supervision(BaseModel):
    """How the supervision loop (督查督办) is run: when a deadline is near, how long a unit has to answer a
    notice, and how scores are graded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    due_soon: int = Field(default=30, ge=0, le=366)
    """Days before its deadline a target not done is due soon."""
    reply_days: int = Field(default=10, ge=1, le=100)
    """Working days a unit has to answer a supervision notice (反馈时限)."""
    overdue_for: int = Field(default=90, ge=0, le=3660)
    """Days after its deadline a target not done is still pressed for (in notices and the digest); later it is
    history, shown in its status and reports but no longer asked about."""
    score_bands: ScoreBands = ScoreBands()


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
    bands: Bands | None = None
    """Status bands for this plan; overrides the file's."""
    cycle: Cycle = Cycle.QUARTER
    """How often this plan's figures are reported, unless a target says otherwise."""
    weight: Weight = Decimal(1)
    """The plan's weight where scores of several plans are added up (a unit's, a region's)."""
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
    bands: Bands = Bands()
    """Status bands for every plan that does not set its own."""
    supervision: Supervision = Supervision()
    plans: tuple[Plan, ...] = ()
    folder: str | None = Field(default=None, exclude=True)
    """The folder the file was read from: plans' `source` paths are relative to it (not written back)."""

    def source_of(self, plan: Plan) -> Path | None:
        """The plan document's absolute path, when the plan names one."""
        if not plan.source:
            return None
        return (Path(self.folder or ".") / plan.source).resolve()

    def bands_for(self, plan: Plan) -> Bands:
        """The plan's own bands, else the file's."""
        return plan.bands or self.bands

    def plan(self, plan_id: str) -> Plan | None:
        """The plan with this id, if any."""
        return next((p for p in self.plans if p.id == plan_id), None)

    @property
    def targets(self) -> tuple[Target, ...]:
        """Every target of every plan, in file order."""
        return tuple(t for p in self.plans for t in p.targets)
