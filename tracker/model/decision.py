"""A person's review decision: accept or reject a match, or enter a value by hand."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator

from tracker.model.fields import QuantityText, Reference, Slug, UtcTime, Writable, WritableText


class Action(StrEnum):
    """What a person decided about a target's evidence."""

    ACCEPT = "accept"
    REJECT = "reject"
    MANUAL = "manual"
    """A value entered by hand, with its as-of date, source and note."""


class Decision(BaseModel):
    """One decision, as stored in the database and in the exported YAML file.

    Decisions form a log: the newest one for a (target, ref) pair is in force,
    and older ones stay as history.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    target: Slug
    action: Action
    ref: Reference
    """The evidence decided on: ``document:start`` for a figure, ``manual:YYYY-MM-DD`` for a value by hand."""
    text: Writable | None = None
    """The figure's words (4.0亿元), used to find it again when the document changed."""
    value: QuantityText | None = None
    """A value entered by hand (4.5亿元)."""
    as_of: date | None = None
    source: Writable | None = None
    note: Writable | None = None
    who: WritableText
    at: UtcTime

    @model_validator(mode="after")
    def _manual_has_value(self) -> Decision:
        if self.action is Action.MANUAL and (self.value is None or self.as_of is None):
            raise ValueError("a value entered by hand needs `value` and `as_of`")
        return self


MANUAL_PREFIX = "manual:"


def manual_ref(as_of: date) -> str:
    """The reference of a value entered by hand: one per target and as-of date."""
    return f"{MANUAL_PREFIX}{as_of.isoformat()}"
