"""A task's deadline as a plan or a task table writes it (完成时限), read as a day inside the plan's period."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from tracker.extract.phrases import month_end
from tracker.lexicon import lexicon
from tracker.model.period import Period


@cache
def _deadline() -> re.Pattern[str]:
    """The lexicon's deadline phrase (`drafting.deadline`): a written year, then a month and day, a year's end, its
    first half or a quarter."""
    return re.compile(lexicon().drafting.deadline)


def due_date(text: str, period: Period | None, *, last: bool = False, dated: bool = False) -> date | None:
    """The last day `text` allows inside the plan's period: 2024年6月底前 → 2024-06-30, 年底前 → the period's end,
    上半年 → 06-30, 三季度 → 09-30, 2021.12 → 2021-12-31; None for anything else (持续推进, 长期坚持) or a day outside the
    period. `last`: the text may write several dates (a schedule of dated steps, a cell naming each part's date), and
    the latest is the deadline - None when that one lies outside the period. `dated`: only a month, or a year's end
    under its written year, counts (a task's own text: 2022年10月底前编制…, 2011年年底… set a deadline, 力争全年… does
    not)."""
    matches = list(_deadline().finditer(text)) if last else [_deadline().search(text)]
    if dated:  # a month, or a year's end under its written year (2011年年底开展主体工程施工)
        matches = [m for m in matches if m is not None and (m["month"] or (m["year"] and m["year_end"]))]
    if period is None:  # no period to read a yearless date in: only a date that writes its year (2022年10月底前)
        matches = [m for m in matches if m is not None and m["year"]]
    if not matches or matches[0] is None:
        return None
    days = [_day(match, period) for match in matches]
    if any(day is None for day in days):
        return None  # a date that cannot be a day (13月) makes the text no deadline to trust
    return _within(max(days), period) if period is not None else max(days)  # type: ignore[type-var]


def _day(match: re.Match[str], period: Period | None) -> date | None:
    """The day one deadline phrase names; a yearless one in the period's last year."""
    year = int(match["year"]) if match["year"] else period.end.year  # type: ignore[union-attr]
    if match["year_end"]:
        return date(year, 12, 31) if match["year"] or period is None else period.end
    if match["half"]:
        month, day = 6, None
    elif quarter := match["quarter"]:
        month, day = 3 * ("一二三四".find(quarter) + 1 if quarter in "一二三四" else int(quarter)), None
    else:
        month, day = int(match["month"]), int(match["day"]) if match["day"] else None
    if not 1 <= month <= 12:
        return None
    try:
        return date(year, month, day) if day else month_end(year, month)  # the extractor's own month end
    except ValueError:
        return None


def _within(due: date, period: Period) -> date | None:
    """The day when the plan's period holds it; None otherwise (a deadline outside is left for a person)."""
    return due if period.contains(due) else None


def due_matches(text: str) -> bool:
    """Whether `text` is mostly a deadline as written (12月底前, 2024年6月底前, 年底前): a column of such cells is a
    deadline column whatever its header says."""
    match = _deadline().search(text)
    return match is not None and len(text) <= len(match.group()) + _AROUND_DEADLINE


_AROUND_DEADLINE = 6
"""Characters a deadline cell may hold beside its date (前, 完成, 投入使用)."""


def deadlines(text: str) -> list[str]:
    """Every deadline `text` writes (a schedule's dated steps: 3月底前…；6月底前…)."""
    return [m.group() for m in _deadline().finditer(text)]


def step_due(schedule: str, period: Period | None, *, about: str, task: str = "", at: int = -1) -> date | None:
    """The deadline of the one step of a schedule that is a target's own, or None (the row's deadline holds):
    - steps labelled with what they count (1.照护服务托位:3月底前新增100个；9月底前完成500个 2.联合筛查:…11月底前完成):
      the step whose label names what `about` (the target's title) names, more than any other;
    - steps that are dates only (1.2021年8月 2.2021年12月), as many as the parts of the task cell (计划投资…完成22所…;
      继续推进幼儿园建设…): the date of the part that holds the figure (`at`, its offset in `task`)."""
    steps = _numbered(schedule)
    labelled = [re.split(r"[:：]", step, maxsplit=1) for step in steps]
    if len(steps) >= 2 and all(len(parts) == 2 and len(parts[0]) <= _LABEL and not _deadline().search(parts[0])
                               for parts in labelled):
        scored = sorted(((_shared(parts[0], about), parts[1]) for parts in labelled), reverse=True)
        if scored[0][0] < _NAMES or scored[1][0] == scored[0][0]:
            return None
        return due_date(scored[0][1], period, last=True)
    parts = _parts(task)
    if len(steps) >= 2 and len(steps) == len(parts) and all(due_matches(step.strip("；;，,。 ")) for step in steps):
        index = next(i for i, (start, end) in enumerate(parts) if start <= at < end or i == len(parts) - 1)
        return due_date(steps[index], period, last=True)
    return None


_NAMES = 2
"""Character pairs a step's label must share with a target's title to name it."""


def _numbered(schedule: str) -> list[str]:
    """The text of each step numbered 1. 2. … (or ①②…) in order; [] when the schedule is not numbered."""
    cuts: list[tuple[int, int]] = []
    for number in range(1, 21):
        mark = re.compile(rf"(?:^|(?<=[\s;；。]))(?:{number}[.、．]|{chr(0x245F + number)})")
        found = mark.search(schedule, cuts[-1][1] if cuts else 0)
        if found is None:
            break
        cuts.append((found.start(), found.end()))
    return [schedule[end:(cuts[i + 1][0] if i + 1 < len(cuts) else len(schedule))] for i, (_, end) in enumerate(cuts)]


def _parts(task: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a task cell, its clauses cut at semicolons (完成22所…；继续推进…)."""
    ends = [m.end() for m in re.finditer(r"[；;](?=.)", task)]
    starts = [0, *ends]
    return list(zip(starts, [*ends, len(task)], strict=True))


_LABEL = 20
"""Characters a step's label may have: longer, the text before a colon is a step, not a name."""


def _shared(a: str, b: str) -> int:
    """Character pairs two names share."""
    pairs = {a[i:i + 2] for i in range(len(a) - 1)}
    return len(pairs & {b[i:i + 2] for i in range(len(b) - 1)})
