"""The documents a report speaks of: each named by its title (never its file path, which only the sources
appendix gives), and, for a plan with no figure at all, why: no document covers the time, or none of those that
do holds a figure as of the report's day."""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from tracker.i18n import Lang, translate
from tracker.matching.usage import DocumentUse
from tracker.model.document import DocumentKind
from tracker.model.plan import Plan
from tracker.places import region_key


def names(uses: list[DocumentUse], lang: Lang) -> dict[str, str]:
    """Each document's path → the name a report gives it: 《title》, else the date it was issued, else its file
    name without folder or suffix."""
    found = {}
    for use in uses:
        meta = use.document.meta
        if meta.title:
            found[use.path] = translate("report.document_title", lang, title=meta.title)
        elif meta.issued:
            found[use.path] = translate("report.document_of", lang, date=long_date(meta.issued, lang))
        else:
            found[use.path] = PurePath(use.path).stem
    return found


def why_empty(plan: Plan, uses: list[DocumentUse], as_of: date, lang: Lang) -> str:
    """Why a plan has no figure as of a day: its time has not begun, or which documents cover its time up to that
    day, if any."""
    start = plan.period.start
    if as_of < start:
        return translate("report.empty_not_begun", lang, start=long_date(start, lang), as_of=long_date(as_of, lang))
    own = [u for u in uses if u.document.meta.kind is not DocumentKind.PLAN
           and region_key(u.document.meta.region) == region_key(plan.region) and u.document.meta.period is not None]
    covering = [u for u in own if u.document.meta.period.start <= as_of and start <= u.document.meta.period.end]
    span = translate("report.span", lang, start=long_date(start, lang), end=long_date(as_of, lang))
    if covering:
        titles = translate("report.list_separator", lang).join(names(covering, lang).values())
        return translate("report.empty_no_figure", lang, count=len(covering), titles=titles, span=span,
                         as_of=long_date(as_of, lang))
    said = translate("report.empty_no_document", lang, region=plan.region, span=span)
    earlier = [u for u in own if u.document.meta.period.end < start]
    if earlier:
        latest = max(earlier, key=lambda u: u.document.meta.period.end)
        said += translate("report.empty_latest", lang, title=names([latest], lang)[latest.path],
                          end=long_date(latest.document.meta.period.end, lang))
    return said


def long_date(day: date, lang: Lang) -> str:
    """2022年6月30日 / 2022-06-30."""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def short_date(day: date, year: int, lang: Lang) -> str:
    """6月30日 within the report's own year, else the whole date."""
    if lang == "zh" and day.year == year:
        return f"{day.month}月{day.day}日"
    return long_date(day, lang)
