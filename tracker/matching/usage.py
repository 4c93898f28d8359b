"""Which documents the matching used, and for each one that it did not, why and how to fix it.

Nothing is left out silently: a document that gives no figure to any target
(a plan, a document of an unknown or another place, figures that matched
nothing) is listed with the reason, for `tracker documents`, `tracker status`
and the app.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import NamedTuple

from tracker.model.document import Document, DocumentKind
from tracker.model.evidence import LISTED, Evidence
from tracker.places import ambiguous, region_key


class DocumentUse(NamedTuple):
    """One document of the folder: what is known of it and how many of its figures are used."""

    document: Document
    """Metadata and provenance (its text is not needed here and may be empty)."""
    figures: int
    used: int
    """Figures listed as evidence of some target (counted or waiting for review)."""
    reason: str | None
    """Catalogue code of why none is used (usage.plan, usage.no_region …), None when some are."""

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def unused(self) -> bool:
        """None of its figures is used, and it is no plan (a plan's figures are read as its targets)."""
        return self.reason not in (None, "usage.plan")


def _reason(document: Document, figures: int, used: int, regions: frozenset[str],
            window: tuple[date, date] | None) -> str | None:
    if used:
        return None
    if figures == 0:
        return "usage.no_figures"
    if document.meta.kind is DocumentKind.PLAN:
        return "usage.plan"
    if document.meta.region is None:
        return "usage.no_region"
    if region_key(document.meta.region) not in regions:
        return "usage.ambiguous_region" if ambiguous(document.meta.region) else "usage.other_region"
    if document.meta.period is None:
        return "usage.no_period"
    if window and (document.meta.period.end < window[0] or document.meta.period.start > window[1]):
        return "usage.other_period"
    return "usage.no_match"


def usage(listed: list[tuple[Document, int]], regions: frozenset[str],
          evidence: dict[str, list[Evidence]], window: tuple[date, date] | None = None) -> list[DocumentUse]:
    """Every listed document (with its figure count) and how many of its figures the evidence uses; `window`: the
    first and last day any target takes figures from (a document reporting on a period wholly outside is said to)."""
    used = Counter(document for document, _ in {(e.document, e.ref) for items in evidence.values()
                                                for e in items if e.review in LISTED and e.document})
    return [DocumentUse(document, figures, used[document.path],
                        _reason(document, figures, used[document.path], regions, window))
            for document, figures in listed]


def unused(uses: list[DocumentUse]) -> list[DocumentUse]:
    """The documents that need a person's look: none of their figures is used and they are no plan."""
    return [u for u in uses if u.unused]


def unsettled(uses: list[DocumentUse]) -> list[DocumentUse]:
    """The documents read as they are whose place, kind or period is unknown or only a guess: their figures wait for
    a person (or, a guessed plan's, count as targets), so they too are named with the fix, never silent."""
    return [u for u in uses if not u.unused and u.document.weak_fields()]
