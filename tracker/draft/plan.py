"""The plan a draft belongs to, named from the document's metadata (inferred, or given by its manifest entry)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from tracker.draft.commitments import Drafted
from tracker.draft.ids import initials
from tracker.errors import TrackerUserError
from tracker.lexicon import lexicon
from tracker.model.document import Document, DocumentKind
from tracker.model.figure import Figure
from tracker.model.period import Period, period_between
from tracker.places import strip_suffix


class DraftPlan(NamedTuple):
    """A plan's fields in targets.yaml (docs/targets.md)."""

    id: str
    title: str
    region: str
    issuer: str | None
    period: Period


def draft_plan(document: Document, figures: list[Figure], drafted: list[Drafted],
               plan_id: str | None = None) -> DraftPlan:
    """The plan's id, title, region, issuer and period.

    A plan document's period is its own; a summary's plan part covers what its commitments cover (下半年工作打算
    in a half-year summary: the year its targets are for).

    Raises:
        TrackerUserError: the document names no place, or no period can be told (a manifest entry gives them).
    """
    meta = document.meta
    if not meta.region:
        raise TrackerUserError("draft.no_region", path=document.path)
    period = meta.period if meta.kind is DocumentKind.PLAN else _covered(figures, drafted) or meta.period
    if period is None:
        raise TrackerUserError("draft.no_period", path=document.path)
    year = f"{period.start.year % 100:02d}"
    return DraftPlan(id=plan_id or f"{initials(strip_suffix(meta.region), 4) or 'plan'}{year}",
                     title=meta.title or lexicon().drafting.untitled.format(region=meta.region, period=_words(period)),
                     region=meta.region,
                     issuer=meta.issuer, period=period)


def _covered(figures: list[Figure], drafted: list[Drafted]) -> Period | None:
    """From the earliest start to the latest end of the drafted commitments' periods."""
    starts = {d.start for d in drafted}
    periods = [f.period for f in figures if f.start in starts and f.period is not None]
    if not periods:
        return None
    return period_between(min(p.start for p in periods), max(p.end for p in periods))


def _words(period: Period) -> str:
    """A period as a plan's title writes it (the lexicon's `drafting.period_words`): 2025年, 2021—2025年,
    2025年上半年; other spans as labelled."""
    words, start, end = lexicon().drafting.period_words, period.start, period.end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):  # whole years
        key = "year" if start.year == end.year else "years"
    else:
        key = {f"{start.year}-H1": "H1", f"{start.year}-H2": "H2"}.get(period.label, "")
    return words[key].format(start=start.year, end=end.year) if key in words else period.label


def own_period(drafted: Drafted, plan: Period) -> Period | None:
    """The period a drafted target is for when it is a part of the plan's (2024年新增…2家 in a 2023—2025 plan,
    上半年完成… in a year's plan; 到2025年…突破270家 in a 2023—2027 plan: 2023..2025), else None: the target covers the
    plan's period. A multi-year plan's last year is
    its horizon (到2025年达到500家) unless the quote names it as a year of its own (2025年新增3家); a deadline
    outside the part keeps the plan's period."""
    part = drafted.period
    if part is None or part == plan or not plan.covers(part):
        return None
    last_year = plan.end.year > plan.start.year and (part.start, part.end) == (date(plan.end.year, 1, 1), plan.end)
    if last_year and (drafted.horizon or not _names_year(drafted.quote, plan.end.year)):
        return None
    if drafted.horizon:  # 到2025年…突破270家 in a 2023—2027 plan: from the plan's start to then
        part = period_between(plan.start, part.end)
    if drafted.due is not None and not part.contains(drafted.due):
        return None
    return part


def _names_year(quote: str, year: int) -> bool:
    """The quote names the year as its own (2025年新增), not as a horizon (到2025年)."""
    marks = lexicon().drafting.horizon_marks
    at = quote.find(f"{year}年")
    return at >= 0 and not quote[:at].rstrip().endswith(marks)
