"""The quarterly report's content, computed once from a status report: every format lays out the same text.

The order is the one such reports follow: 一、主要工作进展情况 (overview, then a
table per section), 二、存在问题 (targets behind or missed, with their gap,
the monthly pace needed, and the recorded cause and measures; targets with no
data, named), 三、下季度工作安排 (what each unfinished target needs next
quarter), and an appendix of the quoted sources.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from tracker.display import (
    completion_sentence,
    gap_sentence,
    goal_amount,
    points_text,
    rollup_sentence,
    scale_of,
)
from tracker.i18n import Lang, translate
from tracker.model.note import LagNote
from tracker.model.plan import Plan
from tracker.model.reported import Reported
from tracker.model.target import TargetKind
from tracker.progress.report import StatusReport
from tracker.progress.rollup import Rollup, rollup
from tracker.progress.status import Progress, Status
from tracker.quantity import MULTIPLIERS
from tracker.report.quarter import Quarter

BEHIND = (Status.BEHIND, Status.SEVERELY_BEHIND, Status.MISSED)
STATUS_FILL = {Status.DONE: "D9EAD3", Status.ON_TRACK: "E2F0D9", Status.BEHIND: "FCE5CD",
               Status.SEVERELY_BEHIND: "F4CCCC", Status.MISSED: "F4CCCC", Status.NO_DATA: "EEEEEE",
               Status.NOT_STARTED: "EEEEEE", Status.IN_PROGRESS: "EEEEEE"}
"""The shade of a status cell in every format; the status word always stays beside it."""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters a document may hold (its reader lets a few through) that XML, Word and Excel refuse."""


def clean(text: str) -> str:
    """Text fit for every format: control characters become spaces."""
    return CONTROL.sub(" ", text)


class Row(NamedTuple):
    """One target's line in a section table: text as printed, numbers for the ledger."""

    number: int
    target: str
    title: str
    goal: str
    actual: str
    completion: Decimal | None
    expected: Decimal | None
    status: Status
    status_word: str
    gap: str
    document: str
    quote: str
    source: str
    """数据来源 as printed: the document and the sentence quoted from it."""
    change: str
    """Since the previous quarter's report: points of completion and a status change; '' when not compared."""
    unit: str
    """The unit the numbers below are in: the plan's own scale (亿元, 万元, 项)."""
    goal_value: Decimal | None
    actual_value: Decimal | None
    gap_value: Decimal | None


class Section(NamedTuple):
    title: str
    rows: tuple[Row, ...]
    completion: Decimal | None
    """Mean completion of the section's targets with data (capped at 100% each), for the chart."""
    expected: Decimal | None


class Lagging(NamedTuple):
    """A target behind or missed, as 二、存在问题 tells it."""

    title: str
    status_word: str
    said: str
    """完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点；还差 7.3亿元，剩余 6 个月，月均需 1.22亿元."""
    cause: str
    """滞后原因 as recorded, or 尚未填报."""
    measures: str


class Source(NamedTuple):
    number: int
    title: str
    document: str
    as_of: date
    quote: str


class PlanReport(NamedTuple):
    plan: str
    title: str
    overview: tuple[str, ...]
    counts: tuple[tuple[Status, str, int], ...]
    """Each status with its word and how many targets have it."""
    completion: Decimal | None
    expected: Decimal | None
    milestones: tuple[tuple[str, str], ...]
    """Each milestone's title and status word."""
    sections: tuple[Section, ...]
    lagging: tuple[Lagging, ...]
    no_data: tuple[str, ...]
    next_steps: tuple[str, ...]
    sources: tuple[Source, ...]


class QuarterReport(NamedTuple):
    title: str
    quarter: Quarter
    as_of: date
    date_line: str
    """截至2022年6月30日."""
    lang: Lang
    plans: tuple[PlanReport, ...]

    def label(self, code: str, **params: object) -> str:
        """A heading, column label or sentence of the catalogue's report part, in the report's language."""
        return translate(f"report.{code}", self.lang, **params)


def build(report: StatusReport, plans: list[Plan], notes: dict[str, LagNote], quarter: Quarter,
          previous: dict[str, list[Reported]], lang: Lang) -> QuarterReport:
    """The report of some plans as of `report.as_of`; `previous` holds each plan's last quarter's lines."""
    parts = tuple(plan_report(report, plan, notes, {r.target: r for r in previous.get(plan.id, [])}, lang)
                  for plan in plans)
    regions = translate("report.list_separator", lang).join(dict.fromkeys(p.region for p in plans))
    title = translate("report.title", lang, regions=regions, quarter=quarter.label(lang))
    return QuarterReport(title, quarter, report.as_of, translate("report.date", lang, date=_date(report.as_of, lang)),
                         lang, parts)


def plan_report(report: StatusReport, plan: Plan, notes: dict[str, LagNote], previous: dict[str, Reported],
                lang: Lang) -> PlanReport:
    items = [p for p in report.progress if p.plan.id == plan.id]
    whole = rollup(plan.id, None, items)
    sections = tuple(_section(rollup(plan.id, name, mine), mine, previous, lang)
                     for name in dict.fromkeys(p.target.section for p in items)
                     for mine in [[p for p in items if p.target.section == name]])
    counts = tuple((status, translate(f"status.{status.value}", lang), whole.counts[status])
                   for status in Status if whole.counts.get(status))
    milestones = tuple((p.target.title, translate(f"status.{p.status.value}", lang)) for p in items
                       if p.target.kind is TargetKind.MILESTONE)
    return PlanReport(
        plan=plan.id, title=plan.title, overview=_overview(whole, plan, report.as_of, milestones, lang),
        counts=counts, completion=whole.completion, expected=whole.expected, milestones=milestones,
        sections=sections,
        lagging=tuple(_lagging(p, notes.get(p.target.id), lang) for p in items if p.status in BEHIND),
        no_data=tuple(p.target.title for p in items if p.status is Status.NO_DATA),
        next_steps=tuple(step for p in items if (step := _next_step(p, lang))),
        sources=tuple(Source(n, p.target.title, clean(p.actual.document or ""), p.actual.as_of, clean(p.actual.quote))
                      for n, p in enumerate((p for p in items if p.actual is not None), start=1)),
    )


def reported(report: QuarterReport, items: list[Progress]) -> list[Reported]:
    """The lines to keep of a report just written, one per target of its plans."""
    shown = {part.plan for part in report.plans}
    now = datetime.now(UTC)
    return [Reported(plan=p.plan.id, quarter=str(report.quarter), target=p.target.id, as_of=report.as_of,
                     status=p.status.value, completion=p.completion, actual=p.actual.value if p.actual else None,
                     at=now) for p in items if p.plan.id in shown]


# ── pieces ────────────────────────────────────────────────────────────────
def _overview(whole: Rollup, plan: Plan, as_of: date, milestones: tuple[tuple[str, str], ...],
              lang: Lang) -> tuple[str, ...]:
    lines = [translate("report.overview", lang, as_of=_date(as_of, lang), plan=plan.title,
                       targets=sum(whole.counts.values()), summary=rollup_sentence(whole, lang))]
    if milestones:
        words: dict[str, int] = {}
        for _, word in milestones:
            words[word] = words.get(word, 0) + 1
        lines.append(translate("report.milestones", lang, count=len(milestones),
                               states=translate("report.comma", lang).join(f"{w} {n}" for w, n in words.items())))
    return tuple(lines)


def _section(summary: Rollup, items: list[Progress], previous: dict[str, Reported], lang: Lang) -> Section:
    title = summary.section or translate("report.no_section", lang)
    rows = tuple(_row(n, p, previous.get(p.target.id), lang) for n, p in enumerate(items, start=1))
    return Section(title, rows, summary.completion, summary.expected)


def _row(number: int, p: Progress, before: Reported | None, lang: Lang) -> Row:
    goal = p.target.target
    scale = scale_of(goal)
    divisor = MULTIPLIERS[scale] if scale else Decimal(1)

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else value / divisor

    quantity = p.target.kind is TargetKind.QUANTITY and goal is not None
    return Row(
        number=number, target=p.target.id, title=p.target.title, goal=goal.text if goal else "",
        actual=goal_amount(p, p.actual.value) if p.actual else "",
        completion=p.completion, expected=p.expected if quantity else None,
        status=p.status, status_word=translate(f"status.{p.status.value}", lang),
        gap=goal_amount(p, p.gap) if p.gap else "",
        document=clean(p.actual.document or "") if p.actual else "", quote=clean(p.actual.quote) if p.actual else "",
        source=clean(translate("report.source", lang, document=p.actual.document or "", quote=p.actual.quote))
        if p.actual else "",
        change=_change(p, before, lang), unit=f"{scale}{goal.unit}" if goal else "",
        goal_value=scaled(goal.value) if goal else None, actual_value=scaled(p.actual.value) if p.actual else None,
        gap_value=scaled(p.gap),
    )


def _change(p: Progress, before: Reported | None, lang: Lang) -> str:
    """+12.3个百分点（滞后→正常推进）; 新增数据; '' without an earlier report."""
    if before is None:
        return ""
    parts = []
    if p.completion is not None and before.completion is not None:
        points = (p.completion - before.completion) * 100
        if points_text(points) != "0":  # a change too small to show is no change
            parts.append(translate("report.change_points", lang, sign="+" if points > 0 else "−",
                                   points=points_text(points)))
    elif p.completion is not None:
        parts.append(translate("report.change_new", lang))
    if before.status != p.status.value:
        parts.append(translate("report.change_status", lang, before=translate(f"status.{before.status}", lang),
                               after=translate(f"status.{p.status.value}", lang)))
    return translate("report.comma", lang).join(parts) or translate("report.change_none", lang)


def _lagging(p: Progress, note: LagNote | None, lang: Lang) -> Lagging:
    said = translate("report.clause_separator", lang).join(
        s for s in (completion_sentence(p, lang), gap_sentence(p, lang)) if s)
    missing = translate("report.not_recorded", lang)
    return Lagging(title=p.target.title, status_word=translate(f"status.{p.status.value}", lang), said=said,
                   cause=note.cause if note and note.cause else missing,
                   measures=note.measures if note and note.measures else missing)


def _next_step(p: Progress, lang: Lang) -> str:
    """What an unfinished target needs next quarter, from its pace: '' for a finished one."""
    if p.status is Status.DONE:
        return ""
    if p.target.kind is TargetKind.MILESTONE:
        due = p.target.effective_due(p.plan.period)
        return translate("report.next_milestone", lang, title=p.target.title, due=_date(due, lang))
    if p.status is Status.NO_DATA:
        return translate("report.next_no_data", lang, title=p.target.title)
    if p.run_rate is None or not p.gap:
        return ""
    quarter = min(p.months_left, Decimal(3))
    return translate("report.next_quantity", lang, title=p.target.title,
                     amount=goal_amount(p, p.run_rate * quarter), rate=goal_amount(p, p.run_rate),
                     gap=goal_amount(p, p.gap))


def _date(day: date, lang: Lang) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()
