"""Time phrases resolved to periods: one small pure function per kind of phrase (the lexicon's period_phrases).

Each resolver takes the phrase's captured parts and `When` (what the phrase is
read against: the year relative words mean, the document's period and date,
the words before the figure) and returns the period the figure covers and
whether it is a total over several years. Nothing here reads the document.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tracker.lexicon import lexicon
from tracker.model.period import Period, period_between

Groups = dict[str, "str | None"]
Resolved = tuple["Period | None", bool]

CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


class When(NamedTuple):
    """What a time phrase is read against."""

    year: int | None
    """The year that relative words (今年, 上半年 without a year) mean: the document's, or a plan part's."""
    period: Period | None
    """The document's period."""
    issued: date | None
    before: str = ""
    """The figure's clause up to the figure (a year range reads 到/由 in it)."""
    promised: bool = False
    """The figure is a promise, or in a plan document: 今年 then means the whole year."""
    written: int | None = None
    """The year the document was written in, when it differs from the year it reports on: a summary of 2017
    with next year's plan, undated, was written in 2018 (its 今年 is 2018, its 去年 2017)."""
    news: bool = False
    """The document is news: its 今年以来 runs to the day it was published."""


@lru_cache(maxsize=256)
def year_period(year: int) -> Period:
    return period_between(date(year, 1, 1), date(year, 12, 31))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def count(word: str | None) -> int | None:
    """近3年, 近三年, 两年: the number of years."""
    if not word:
        return None
    return int(word) if word.isdigit() else CN_SMALL.get(word)


def _y(g: Groups, w: When) -> int | None:
    return int(g["y"]) if g.get("y") else w.year  # type: ignore[arg-type]


def year_range(g: Groups, w: When) -> Resolved:
    """2019—2023年: both years, cumulative; 到2023年 the last; 由2019年 the first."""
    first, last = int(g["y1"]), int(g["y2"])  # type: ignore[arg-type]
    if "到" in w.before or "至" in w.before:
        return year_period(last), False
    if "由" in w.before or "从" in w.before:
        return year_period(first), False
    return period_between(date(first, 1, 1), date(last, 12, 31)), True


FIVE_YEAR_PLANS: dict[str, int] = lexicon().five_year_plans
"""The first year of each five-year plan (five_year_plans)."""


def five_year(g: Groups, w: When) -> Resolved:
    """“十二五”期间: the plan's five years, a total over them; “十三五”以来: from its first day to the document's end."""
    first = FIVE_YEAR_PLANS[g["plan"]]  # type: ignore[index]
    if g.get("span") == "以来" and w.period is not None and w.period.end.year >= first:
        return period_between(date(first, 1, 1), w.period.end), True
    return period_between(date(first, 1, 1), date(first + 4, 12, 31)), True


def since_year(g: Groups, w: When) -> Resolved:
    """2018年以来: from its first day to the end of the document's period, cumulative."""
    y = _y(g, w)
    if y is None or w.period is None:
        return w.period, False
    return period_between(date(y, 1, 1), w.period.end), True


def half(g: Groups, w: When) -> Resolved:
    """上半年, 2024年下半年."""
    y = _y(g, w)
    if y is None:
        return w.period, False
    first = 1 if g["half"] == "上半年" else 7
    return period_between(date(y, first, 1), month_end(y, first + 5)), False


def quarter(g: Groups, w: When) -> Resolved:
    """前三季度 (January to September), 第二季度 (April to June)."""
    y, phrase = _y(g, w), str(g["quarter"])
    if y is None:
        return w.period, False
    if phrase.startswith("前"):
        quarters = 3 if "三" in phrase else 2
        return period_between(date(y, 1, 1), month_end(y, 3 * quarters)), False
    number = "一二三四".index(phrase.lstrip("第")[0]) + 1
    return period_between(date(y, 3 * number - 2, 1), month_end(y, 3 * number)), False


def to_month(g: Groups, w: When) -> Resolved:
    """截至10月底, 1—10月: January to the end of that month."""
    y = _y(g, w)
    if y is None:
        return w.period, False
    return period_between(date(y, 1, 1), month_end(y, int(g["m"]))), False  # type: ignore[arg-type]


def this_month(g: Groups, w: When) -> Resolved:
    """本月20日、21日: those days of the month of issue."""
    if w.issued is None or not g.get("d1"):
        return None, False
    try:
        first = w.issued.replace(day=int(g["d1"]))  # type: ignore[arg-type]
        last = w.issued.replace(day=int(g["d2"])) if g.get("d2") else first  # type: ignore[arg-type]
    except ValueError:
        return None, False
    return period_between(first, last), False


def month(g: Groups, w: When) -> Resolved:
    """于11月: that month."""
    y = _y(g, w)
    if y is None:
        return w.period, False
    m = int(g["m"])  # type: ignore[arg-type]
    return period_between(date(y, m, 1), month_end(y, m)), False


def _recent(g: Groups, w: When, cumulative: bool) -> Resolved:
    years = count(g.get("n"))
    if years is None or w.year is None or w.period is None:
        return None, False
    return period_between(date(w.year - years + 1, 1, 1), w.period.end), cumulative


def recent_years(g: Groups, w: When) -> Resolved:
    """近3年, 3年来: the last three calendar years to the end of the document's period, cumulative."""
    return _recent(g, w, True)


def running_years(g: Groups, w: When) -> Resolved:
    """连续3年: the same years, each a year of its own (not summed)."""
    return _recent(g, w, False)


def years_ahead(g: Groups, w: When) -> Resolved:
    """用3年时间: three years from the year of issue."""
    y = _y(g, w)
    first = w.issued.year if w.issued else y
    if first is None:
        return w.period, False
    years = count(g.get("n")) or 1
    return period_between(date(first, 1, 1), date(first + years - 1, 12, 31)), False


def year(g: Groups, w: When) -> Resolved:
    """2022年, 年度, 全年, 全年目标为: a whole year."""
    y = _y(g, w)
    return (year_period(y), False) if y is not None else (w.period, False)


def named_year(g: Groups, w: When) -> Resolved:
    """2019年, 2019年度: the whole year; in a report on part of that year (上半年), that part — what has happened of
    the year by then. A promise's year stays whole."""
    y = _y(g, w)
    if y is None:
        return w.period, False
    within = w.period is not None and w.period.start.year == w.period.end.year == y and not w.promised
    return (w.period if within else year_period(y)), False


def this_year(g: Groups, w: When) -> Resolved:
    """今年, 今年以来: 1 January to the end of the document's period; a promise's 今年 is the whole year."""
    if w.written is not None and w.written != w.year and w.promised and not g.get("y"):
        return year_period(w.written), False  # a promise written the next year: its 今年 is that year
    y = _y(g, w)
    if y is None:
        return w.period, False
    in_year = w.period is not None and w.period.end.year == y and not w.promised
    if not in_year:
        return year_period(y), False
    start, end = date(y, 1, 1), w.period.end  # type: ignore[union-attr]
    return (_to_date(start, end, w) if w.news else period_between(start, end)), False


def last_year(g: Groups, w: When) -> Resolved:
    """去年, 上年同期: the year before the date of issue (or before the document's year)."""
    y = _y(g, w)
    if w.issued and not g.get("y"):
        return year_period(w.issued.year - 1), False
    if w.written is not None and not g.get("y"):
        return year_period(w.written - 1), False
    return (year_period(y - 1), False) if y is not None else (w.period, False)


def _to_date(start: date, end: date, w: When) -> Period:
    """From `start` to `end`, or to the date of issue when the document is dated before `end` (a text reports
    nothing after its own date)."""
    if w.issued is not None and start <= w.issued < end:
        end = w.issued
    return period_between(start, end)


def now(g: Groups, w: When) -> Resolved:
    """如今, 截至目前: the document's own time — a report's period; in news, up to the day it was published."""
    if w.period is None:
        return None, False
    if w.news and w.issued is not None and w.period.start <= w.issued and w.issued.year == w.period.end.year:
        return period_between(w.period.start, w.issued), False  # 截至目前 in news of 12 April: to 12 April
    return _to_date(w.period.start, w.period.end, w), False  # a report's 目前 is the time it reports on


RESOLVERS: dict[str, Callable[[Groups, When], Resolved]] = {
    "year_range": year_range, "five_year": five_year, "since_year": since_year, "half": half, "quarter": quarter,
    "to_month": to_month, "this_month": this_month, "month": month, "recent_years": recent_years, "running_years": running_years,
    "years_ahead": years_ahead, "year": named_year, "whole_year": year, "target_year": year, "this_year": this_year,
    "last_year": last_year, "now": now,
}
"""Every kind of phrase the lexicon names, and the function that resolves it (a test checks none is missing)."""


def resolve(kind: str, groups: Groups, when: When) -> Resolved:
    """The period of one phrase; a kind with no resolver leaves the document's period.

    A phrase naming no real day (截至13月底, 0000年) dates nothing: the period is unknown.
    """
    resolver = RESOLVERS.get(kind)
    if resolver is None:
        return when.period, False
    try:
        return resolver(groups, when)
    except ValueError:
        return None, False
