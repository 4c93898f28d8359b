"""What a generated quarterly report said of one target, kept so the next quarter's report can compare."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from tracker.model.fields import Slug, UtcTime


class Reported(BaseModel):
    """One target's line in one generated report. Generated reports form a log: the newest for a plan and
    quarter is the one the next quarter compares with."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    plan: Slug
    quarter: str
    """2025Q2."""
    target: Slug
    as_of: date
    status: str
    completion: Decimal | None = None
    actual: Decimal | None = None
    """In the target's unit (yuan for money)."""
    at: UtcTime
    """When the report was generated; one value for every line of it."""
