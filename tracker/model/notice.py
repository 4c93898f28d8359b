"""A supervision notice issued (督办通知): to which unit, as of which date, about which targets, answered by when."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from tracker.model.fields import Slug, UtcTime, WritableText


class Notice(BaseModel):
    """One notice written to one lead unit. Notices form a log: never changed, never dropped; the quarterly
    report lists those issued in its quarter and whether a lag note has answered each target since."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: WritableText
    """The lead unit (牵头单位) the notice is addressed to."""
    issued: date
    """The day it was written (成文日期)."""
    as_of: date
    """The status date its figures speak for."""
    reply_by: date
    """反馈时限: the day the notice was written plus the file's `supervision.reply_days` working days."""
    targets: tuple[Slug, ...]
    """The ids of the targets it asks about, in file order."""
    file: WritableText
    """The Word file written, as the command was given its folder."""
    who: WritableText
    at: UtcTime
    """When it was recorded."""
