"""A figure tied to a target: its role, how sure the machine is, and what a person decided."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from tracker.model.figure import Figure
from tracker.model.period import Period


class Role(StrEnum):
    """What a matched figure is to its target."""

    PROGRESS = "progress"
    """Inside the target's period: counts toward it."""
    BASELINE = "baseline"
    """An earlier period's value of the same measure: for comparison only."""


class Review(StrEnum):
    """Where a match stands with the people who check it."""

    AUTO = "auto"
    """High confidence: accepted by the machine."""
    PENDING = "pending"
    """Middle band: waits for a person."""
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MANUAL = "manual"
    """A value a person entered by hand."""
    DROPPED = "dropped"
    """Low confidence: not shown, but a person may still accept it."""

    @property
    def counts(self) -> bool:
        """True when the evidence may become the target's actual value."""
        return self in COUNTED

    @property
    def listed(self) -> bool:
        """True when the evidence is shown to people (rejected and dropped are not)."""
        return self in LISTED


COUNTED = frozenset({Review.AUTO, Review.ACCEPTED, Review.MANUAL})
"""The reviews of evidence that may become the target's actual value (`Review.counts`, for loops over hundreds of
thousands of pieces of evidence, where the property's call is most of the time)."""
LISTED = frozenset({Review.AUTO, Review.PENDING, Review.ACCEPTED, Review.MANUAL})
"""The reviews of evidence shown to people (`Review.listed`)."""


class Reason(NamedTuple):
    """One line of why a match was made, as a message code and its parameters (see i18n)."""

    code: str
    params: dict[str, Any]


class Evidence(NamedTuple):
    """A value offered for a target: a matched figure, or one entered by hand."""

    target: str
    """The target's id."""
    ref: str
    """Stable reference used by review decisions: ``document:start`` for a figure, ``manual:N`` by hand."""
    role: Role
    review: Review
    confidence: Decimal
    value: Decimal
    unit: str
    as_of: date
    """The last day the value speaks for."""
    period: Period | None
    document: str | None
    """The document's path as shown, or the source a person named."""
    quote: str
    """The clause the figure stands in, or the person's note."""
    start: int | None
    end: int | None
    figure: Figure | None = None
    reasons: tuple[Reason, ...] = ()
    who: str | None = None
    """Who decided, for reviewed and manual evidence."""
    note: str | None = None

    def with_review(self, review: Review, who: str | None = None, note: str | None = None) -> Evidence:
        """The same evidence under a person's decision."""
        return self._replace(review=review, who=who, note=note)


def figure_ref(document: str, start: int) -> str:
    """The reference of a figure: its document and offset (seeds/yingkou-2022-h1.txt:741)."""
    return f"{document}:{start}"


def statements(items: list[Evidence]) -> list[list[Evidence]]:
    """Evidence grouped by what it says: a document that states the same value for the same date in the
    same words twice (a summary repeating its opening) is one statement, in order of first mention."""
    groups: dict[tuple, list[Evidence]] = {}
    for item in items:
        key = (item.document, item.as_of, item.value, item.role, item.review, item.quote)
        groups.setdefault(key, []).append(item)
    return list(groups.values())
