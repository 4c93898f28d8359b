"""Why a target is behind and what is being done about it (滞后原因, 整改措施)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from tracker.model.fields import Slug, UtcTime, Writable, WritableText


class LagNote(BaseModel):
    """A department head's account of a lagging target as of a date.

    Notes form a log like review decisions: the newest for a target is the
    one in force, older ones are its history, and the quarterly report
    quotes the one in force.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    target: Slug
    as_of: date
    """The date the account is given for (the status date it explains)."""
    cause: Writable = ""
    """滞后原因: why the target is behind."""
    measures: Writable = ""
    """整改措施: what is being done to catch up."""
    who: WritableText
    at: UtcTime
