"""A plan's target: a quantity to reach, or a qualitative milestone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr

from tracker.model.fields import PeriodText, QuantityText, Share, Slug, Text
from tracker.model.period import Period
from tracker.model.source import SourcePos
from tracker.quantity import Qualifier, Quantity


class TargetKind(StrEnum):
    """A target is a number to reach or a task to finish."""

    QUANTITY = "quantity"
    MILESTONE = "milestone"


class MilestoneStatus(StrEnum):
    """Where a milestone stands, as a person records it."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Cycle(StrEnum):
    """How often a target's figure is reported; a figure older than one cycle is stale."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"

    @property
    def months(self) -> int:
        """The cycle's length in months."""
        return {"month": 1, "quarter": 3, "half": 6, "year": 12}[self.value]


class Comparator(StrEnum):
    """Whether reaching the target means getting above it or staying below it."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Owner(BaseModel):
    """Who answers for a target (督查督办): the lead unit (牵头单位) and the units supporting it (配合单位)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lead: Text
    support: tuple[Text, ...] = ()


def _read_owner(value: Any) -> Any:
    """`owner: 高新技术科` is the lead alone; `owner: {lead: …, support: […]}` names the supporting units too."""
    return {"lead": value} if isinstance(value, str) else value


OwnerField = Annotated[Owner, BeforeValidator(_read_owner)]
Weight = Annotated[Decimal, Field(gt=0, le=1000)]
"""A target's or a plan's weight in scores (default 1)."""


class Target(BaseModel):
    """One line of a work plan, as written in targets.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    """Unique in the file; used in reports, reviews and the command line."""
    title: Text
    """Short name shown in tables."""
    kind: TargetKind = TargetKind.QUANTITY
    metric: Text | None = None
    """What documents call the measured thing; defaults to the title."""
    aliases: tuple[Text, ...] = ()
    """More names documents use for it, for matching."""
    target: QuantityText | None = None
    """The quantity as the plan writes it (``25亿元以上``); quantities only."""
    comparator: Comparator | None = None
    """Overrides the direction read from the quantity (以内 means at most)."""
    status: MilestoneStatus | None = None
    """A milestone's recorded state; quantities compute theirs."""
    section: Text | None = None
    """The plan heading the target sits under."""
    owner: OwnerField | None = None
    """The unit responsible (科室, 牵头单位) and those supporting it (配合单位)."""
    weight: Weight = Decimal(1)
    """The target's weight in its plan's, its unit's and its region's scores."""
    due: date | None = None
    """Deadline; defaults to the end of the period."""
    period: PeriodText | None = None
    """Overrides the plan's period for this target."""
    quote: Text | None = None
    """The plan's own words for this target."""
    cycle: Cycle | None = None
    """How often the figure is reported; overrides the plan's (default quarter)."""
    profile: dict[PeriodText, Share] | None = None
    """Expected share of the target done by the end of each named period
    (``{2025-H1: 40%, 2025-Q3: 70%}``), replacing the straight line of time elapsed."""

    _source: SourcePos | None = PrivateAttr(default=None)

    @property
    def source(self) -> SourcePos | None:
        """Where in targets.yaml this target was read from."""
        return self._source

    def at(self, source: SourcePos) -> Target:
        """A copy that remembers where it was read from."""
        copy = self.model_copy()
        copy._source = source
        return copy

    @property
    def lead(self) -> str | None:
        """The lead unit (牵头单位), if one is named."""
        return self.owner.lead if self.owner else None

    @property
    def support(self) -> tuple[str, ...]:
        """The supporting units (配合单位)."""
        return self.owner.support if self.owner else ()

    @property
    def metric_name(self) -> str:
        """The name documents use, falling back to the title."""
        return self.metric or self.title

    @property
    def direction(self) -> Comparator:
        """at_most for 以内/不超过 targets (or when set), else at_least."""
        if self.comparator:
            return self.comparator
        if self.target and self.target.qualifier is Qualifier.AT_MOST:
            return Comparator.AT_MOST
        return Comparator.AT_LEAST

    def misfit(self, value: Quantity | None) -> tuple[str, dict[str, str]] | None:
        """Why a value entered by hand cannot be this target's (a catalogue code and its parameters), or None.

        A milestone takes no value; a quantity's value is in its unit (nothing, in any unit, is 0 of it too).
        A decision with no value (accept, reject) fits.
        """
        if value is None:
            return None
        if self.kind is not TargetKind.QUANTITY:
            return "review.not_quantity", {"id": self.id}
        if self.target is not None and value.unit != self.target.unit and value.value != 0:
            return "review.unit_mismatch", {"unit": value.unit, "id": self.id, "target_unit": self.target.unit}
        return None

    def effective_period(self, plan_period: Period) -> Period:
        """The target's own period, else its plan's."""
        return self.period or plan_period

    def effective_due(self, plan_period: Period) -> date:
        """The due date, else the end of the effective period."""
        return self.due or self.effective_period(plan_period).end
