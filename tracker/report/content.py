"""The quarterly report's content, computed once from a status report: every format lays out the same text.

The order is the one such reports follow: 一、主要工作进展情况 (overview, then a
table per section, numbered （一）（二）… by the report itself), 二、存在问题
(targets behind or missed, with their gap, the monthly pace needed, and the
recorded cause and measures; targets with no data, named), 三、下季度工作安排
(what each unfinished target needs next quarter), the issuing body and date
(落款, 成文日期), and an appendix of the quoted sources. A figure older than
the quarter carries its date; a plan of which nothing is known is said so in
two sentences, with the reason, instead of empty tables.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

from tracker.display import (
    completion_sentence,
    forecast_sentence,
    gap_sentence,
    goal_amount,
    points_text,
    rollup_sentence,
    scale_of,
)
from tracker.i18n import Lang, translate
from tracker.model.note import LagNote
from tracker.model.notice import Notice
from tracker.model.plan import Plan, Supervision
from tracker.model.reported import Reported
from tracker.model.target import TargetKind
from tracker.progress.deadline import Deadline
from tracker.progress.forecast import Forecast
from tracker.progress.report import StatusReport
from tracker.progress.rollup import Rollup, rollup, rollups
from tracker.progress.score import ScoreLevel
from tracker.progress.status import Progress, Status
from tracker.progress.supervision import Supervised, supervise
from tracker.quantity import MULTIPLIERS
from tracker.report.by_unit import NoticeLine, UnitPart, notices_part, rankings_part, units_part
from tracker.report.documents import long_date, names, short_date, why_empty
from tracker.report.numbering import bare, numbered
from tracker.report.quarter import Quarter

BEHIND = (Status.BEHIND, Status.SEVERELY_BEHIND, Status.MISSED)
STATUS_FILL = {Status.DONE: "D9EAD3", Status.ON_TRACK: "E2F0D9", Status.BEHIND: "FCE5CD",
               Status.SEVERELY_BEHIND: "F4CCCC", Status.MISSED: "F4CCCC", Status.NO_DATA: "EEEEEE",
               Status.NOT_STARTED: "EEEEEE", Status.IN_PROGRESS: "EEEEEE"}
"""The shade of a status cell in every format; the status word always stays beside it."""
DEFAULT_SUPERVISION = Supervision()
"""The supervision settings of a targets file that sets none."""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters a document may hold (its reader lets a few through) that XML, Word and Excel refuse."""


def clean(text: str) -> str:
    """Text fit for every format: control characters become spaces."""
    return CONTROL.sub(" ", text)


class Row(NamedTuple):
    """One target's line in a section table: text as printed, numbers for the ledger."""

    number: int
    """序号, running through the plan's tables (the ledger's rows carry the same numbers)."""
    target: str
    title: str
    owner: str
    """责任单位 as targets.yaml gives it, '' when it does not."""
    goal: str
    actual: str
    dated: str
    """（数据截至6月30日） after a figure older than the quarter, '' for a figure of the quarter or no figure."""
    completion: Decimal | None
    expected: Decimal | None
    status: Status
    status_word: str
    gap: str
    document: str
    """The document named by its title (《…》), never by its path."""
    quote: str
    source: str
    """数据来源 as printed: the document's title and the sentence quoted from it."""
    change: str
    """Since the previous quarter's report: points of completion and a status change; '' when not compared."""
    unit: str
    """The unit the numbers below are in: the plan's own scale (亿元, 万元, 项)."""
    goal_value: Decimal | None
    actual_value: Decimal | None
    gap_value: Decimal | None
    as_of: date | None
    """The last day the figure speaks for."""
    support: str = ""
    """配合单位, joined."""
    due: date | None = None
    """完成时限: the target's deadline (its `due`, else its period's end)."""
    deadline_word: str = ""
    """期限状态: 正常, 临近到期, 逾期, 已完成."""
    forecast: str = ""
    """预计完成 read aloud (`display.forecast_sentence`); '' where there is none to say."""
    forecast_value: Decimal | None = None
    """The forecast value at the deadline, in the plan's scale."""
    cause: str = ""
    """滞后原因 of the lag note in force, '' without one."""
    measures: str = ""


class Section(NamedTuple):
    title: str
    """The plan's heading without the plan's own number: the report numbers its sections itself."""
    number: int
    rows: tuple[Row, ...]
    completion: Decimal | None
    """Mean completion of the section's targets with data (capped at 100% each), for the chart."""
    expected: Decimal | None
    summary: str
    """共7项目标任务：滞后 1，正常推进 2，暂无数据 4；有数据的指标平均完成 52.1%，序时进度 74.8%。"""


class Lagging(NamedTuple):
    """A target behind or missed, as 存在问题 tells it."""

    title: str
    status_word: str
    said: str
    """完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点；还差 7.3亿元，剩余 6 个月，月均需 1.22亿元 (led by
    数据截至6月30日 when the figure is older than the quarter)."""
    cause: str
    """滞后原因 as recorded, or 尚未填报."""
    measures: str


class Source(NamedTuple):
    number: int
    title: str
    document: str
    """The document's title, as the tables name it."""
    path: str
    """Where the file is: only the sources appendix shows it."""
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
    empty: str = ""
    """Why nothing at all is known of the plan as of the day (no document covers the time, or no figure is as
    old as the day); '' when something is. An empty plan's report is short: this, and no table or list."""


class QuarterReport(NamedTuple):
    title: str
    quarter: Quarter
    as_of: date
    date_line: str
    """截至2022年6月30日."""
    lang: Lang
    plans: tuple[PlanReport, ...]
    signature: tuple[str, ...] = ()
    """落款: the issuing body of each plan (targets.yaml's `issuer`), once each."""
    written: str = ""
    """成文日期: the day the report was written, 2022年7月6日."""
    units: tuple[UnitPart, ...] = ()
    """各责任单位推进情况: the lead units of the report's targets, by name."""
    notices: tuple[NoticeLine, ...] = ()
    """The notices issued for the quarter (their as-of date within it), oldest first."""
    rankings: tuple[str, ...] = ()
    """Each measure several regions' plans share, its regions ranked (the core's `rankings`), one line each."""

    def label(self, code: str, **params: object) -> str:
        """A heading, column label or sentence of the catalogue's report part, in the report's language."""
        return translate(f"report.{code}", self.lang, **params)

    @property
    def several(self) -> bool:
        return len(self.plans) > 1

    @property
    def empty(self) -> bool:
        """Nothing is known of any of its plans: no table, chart or appendix to give."""
        return all(part.empty for part in self.plans)

    @property
    def supervised(self) -> bool:
        """Whether the report has a part by lead unit (四、各责任单位推进情况): units to show, and something known."""
        return bool(self.units or self.notices or self.rankings) and not self.empty

    def unit_paragraphs(self) -> list[str]:
        """Each lead unit's line, and its lagging targets named; '' never."""
        lines = []
        for unit in self.units:
            lagging = (self.label("unit_lagging", titles=self.label("list_separator").join(unit.lagging))
                       if unit.lagging else "")
            lines.append(unit.line + lagging)
        return lines + list(self.rankings)

    def notice_paragraphs(self) -> list[str]:
        """How many notices were issued for the quarter, then each with its targets answered or not."""
        if not self.notices:
            return [self.label("notices_none")]
        return [self.label("notices", count=len(self.notices)), *(n.line for n in self.notices)]

    def part_heading(self, n: int, code: str) -> str:
        """一、主要工作进展情况: the report's parts are its first level."""
        return numbered(1, n, self.label(code), self.lang)

    def plan_heading(self, n: int, part: PlanReport) -> str:
        """（一）the plan's title, under each part when the report holds several plans."""
        return numbered(2, n, part.title, self.lang)

    def item(self, n: int, text: str) -> str:
        """The n-th heading or numbered paragraph under a plan: its sections, its targets behind (（一） for one
        plan, 1. under each plan's （一） for several)."""
        return numbered(3 if self.several else 2, n, text, self.lang)


def build(report: StatusReport, plans: list[Plan], notes: dict[str, LagNote], quarter: Quarter,
          previous: dict[str, list[Reported]], lang: Lang, written: date | None = None,
          supervision: Supervision = DEFAULT_SUPERVISION,
          notices: tuple[Notice, ...] | list[Notice] = ()) -> QuarterReport:
    """The report of some plans as of `report.as_of`; `previous` holds each plan's last quarter's lines;
    `written` is its 成文日期 (today by default); `supervision` the file's settings, `notices` those issued."""
    documents = names(report.documents, lang)
    shown = {p.id for p in plans}
    items = [p for p in report.progress if p.plan.id in shown]
    supervised = supervise(replace(report, progress=items, rollups=rollups(items)), supervision)  # its plans' only
    parts = tuple(plan_report(report, plan, notes, {r.target: r for r in previous.get(plan.id, [])}, quarter,
                              documents, lang, supervised) for plan in plans)
    regions = translate("report.list_separator", lang).join(dict.fromkeys(p.region for p in plans))
    title = translate("report.title", lang, regions=regions, quarter=quarter.label(lang))
    signature = tuple(dict.fromkeys(p.issuer for p in plans if p.issuer))
    date_line = translate("report.date", lang, date=long_date(report.as_of, lang))
    return QuarterReport(title, quarter, report.as_of, date_line, lang, parts, signature,
                         long_date(written or date.today(), lang), units_part(items, supervised, lang),
                         notices_part(notices, items, notes, quarter, lang), rankings_part(supervised, shown, lang))


def plan_report(report: StatusReport, plan: Plan, notes: dict[str, LagNote], previous: dict[str, Reported],
                quarter: Quarter, documents: dict[str, str], lang: Lang,
                supervised: Supervised | None = None) -> PlanReport:
    items = [p for p in report.progress if p.plan.id == plan.id]
    whole = rollup(plan.id, None, items)
    counts = tuple((status, translate(f"status.{status.value}", lang), whole.counts[status])
                   for status in Status if whole.counts.get(status))
    milestones = tuple((p.target.title, translate(f"status.{p.status.value}", lang)) for p in items
                       if p.target.kind is TargetKind.MILESTONE)
    if all(p.status is Status.NO_DATA for p in items):
        return _empty(plan, items, counts, milestones, why_empty(plan, report.documents, report.as_of, lang),
                      report.as_of, lang)
    facts = Facts(quarter, documents, lang)
    groups = _by_section(items)
    ordered = [p for mine in groups.values() for p in mine]
    supervised = supervised or supervise(report, DEFAULT_SUPERVISION)
    rows = {p.target.id: _supervised(_row(n, p, previous.get(p.target.id), facts), p, supervised,
                                     notes.get(p.target.id), lang)
            for n, p in enumerate(ordered, start=1)}
    sections = tuple(_section(n, rollup(plan.id, name, mine), tuple(rows[p.target.id] for p in mine), lang)
                     for n, (name, mine) in enumerate(groups.items(), start=1))
    stale = [p for p in items if p.actual is not None and facts.old(p.actual.as_of)]
    return PlanReport(
        plan=plan.id, title=plan.title,
        overview=_overview(whole, plan, report.as_of, milestones, lang) + _score_line(supervised, plan, lang)
        + _stale_note(stale, items, facts),
        counts=counts, completion=whole.completion, expected=whole.expected, milestones=milestones,
        sections=sections,
        lagging=tuple(_lagging(p, notes.get(p.target.id), facts) for p in ordered if p.status in BEHIND),
        no_data=tuple(p.target.title for p in ordered if p.status is Status.NO_DATA),
        next_steps=_next_steps(ordered, lang),
        sources=tuple(Source(n, p.target.title, facts.document(p.actual.document), clean(p.actual.document or ""),
                             p.actual.as_of, clean(p.actual.quote))
                      for n, p in enumerate((p for p in ordered if p.actual is not None), start=1)),
    )


def reported(report: QuarterReport, items: list[Progress]) -> list[Reported]:
    """The lines to keep of a report just written, one per target of its plans."""
    shown = {part.plan for part in report.plans}
    now = datetime.now(UTC)
    return [Reported(plan=p.plan.id, quarter=str(report.quarter), target=p.target.id, as_of=report.as_of,
                     status=p.status.value, completion=p.completion, actual=p.actual.value if p.actual else None,
                     at=now) for p in items if p.plan.id in shown]


class Facts(NamedTuple):
    """What every line of a plan's report is written against: the quarter, the documents' names, the language."""

    quarter: Quarter
    documents: dict[str, str]
    lang: Lang

    def old(self, day: date) -> bool:
        """A figure that speaks for a day before the quarter began."""
        return day < self.quarter.start

    def dated(self, day: date) -> str:
        """（数据截至6月30日） for a figure older than the quarter, else ''."""
        if not self.old(day):
            return ""
        return translate("report.dated", self.lang, date=short_date(day, self.quarter.year, self.lang))

    def document(self, path: str | None) -> str:
        """A document by its title; a source a person named by hand, as they wrote it."""
        return clean(self.documents.get(path or "", path or ""))


# ── pieces ────────────────────────────────────────────────────────────────
def _by_section(items: list[Progress]) -> dict[str | None, list[Progress]]:
    """The targets under each heading, headings in the order they first appear."""
    groups: dict[str | None, list[Progress]] = {}
    for p in items:
        groups.setdefault(p.target.section, []).append(p)
    return groups


def _overview(whole: Rollup, plan: Plan, as_of: date, milestones: tuple[tuple[str, str], ...],
              lang: Lang) -> tuple[str, ...]:
    lines = [translate("report.overview", lang, as_of=long_date(as_of, lang), plan=plan.title,
                       targets=sum(whole.counts.values()), summary=rollup_sentence(whole, lang))]
    if milestones:
        words: dict[str, int] = {}
        for _, word in milestones:
            words[word] = words.get(word, 0) + 1
        lines.append(translate("report.milestones", lang, count=len(milestones),
                               states=translate("report.comma", lang).join(f"{w} {n}" for w, n in words.items())))
    return tuple(lines)


def _score_line(supervised: Supervised, plan: Plan, lang: Lang) -> tuple[str, ...]:
    """The plan's weighted score and grade, as the core computes them; nothing when nothing could be scored."""
    score = next((s for s in supervised.scores if s.level is ScoreLevel.PLAN and s.key == plan.id), None)
    if score is None or score.score is None or score.grade is None:
        return ()
    return (translate("report.plan_score", lang, score=points_text(score.score),
                      grade=translate(f"score.{score.grade.value}", lang)),)


def _stale_note(stale: list[Progress], items: list[Progress], facts: Facts) -> tuple[str, ...]:
    """A sentence when some figures are older than the quarter: all of them as of one day, or how many."""
    if not stale:
        return ()
    days = {p.actual.as_of for p in stale if p.actual is not None}
    if len(stale) == sum(p.actual is not None for p in items) and len(days) == 1:
        return (translate("report.stale_all", facts.lang, date=long_date(days.pop(), facts.lang)),)
    return (translate("report.stale_some", facts.lang, count=len(stale)),)


def _empty(plan: Plan, items: list[Progress], counts: tuple[tuple[Status, str, int], ...],
           milestones: tuple[tuple[str, str], ...], why: str, as_of: date, lang: Lang) -> PlanReport:
    """A plan of which nothing is known as of the day: its count, the reason, and what to do; no list."""
    overview = (translate("report.empty_overview", lang, as_of=long_date(as_of, lang), plan=plan.title,
                          targets=len(items)), why)
    return PlanReport(plan=plan.id, title=plan.title, overview=overview, counts=counts, completion=None,
                      expected=None, milestones=milestones, sections=(), lagging=(), no_data=(),
                      next_steps=(translate("report.next_empty", lang),), sources=(), empty=why)


def _section(number: int, summary: Rollup, rows: tuple[Row, ...], lang: Lang) -> Section:
    title = bare(summary.section) if summary.section else translate("report.no_section", lang)
    said = translate("report.section_summary", lang, count=len(rows), summary=rollup_sentence(summary, lang))
    return Section(title, number, rows, summary.completion, summary.expected, said)


def _row(number: int, p: Progress, before: Reported | None, facts: Facts) -> Row:
    lang = facts.lang
    goal = p.target.target
    scale = scale_of(goal)
    divisor = MULTIPLIERS[scale] if scale else Decimal(1)

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else value / divisor

    quantity = p.target.kind is TargetKind.QUANTITY and goal is not None
    actual = p.actual
    document = facts.document(actual.document) if actual else ""
    return Row(
        number=number, target=p.target.id, title=p.target.title, owner=p.target.lead or "",
        goal=goal.text if goal else "", actual=goal_amount(p, actual.value) if actual else "",
        dated=facts.dated(actual.as_of) if actual else "",
        completion=p.completion, expected=p.expected if quantity else None,
        status=p.status, status_word=translate(f"status.{p.status.value}", lang),
        gap=goal_amount(p, p.gap) if p.gap else "", document=document, quote=clean(actual.quote) if actual else "",
        source=clean(translate("report.source" if actual.quote.strip() else "report.source_bare", lang,
                               document=document, quote=actual.quote)) if actual else "",
        change=_change(p, before, lang), unit=f"{scale}{goal.unit}" if goal else "",
        goal_value=scaled(goal.value) if goal else None, actual_value=scaled(actual.value) if actual else None,
        gap_value=scaled(p.gap), as_of=actual.as_of if actual else None,
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


def _lagging(p: Progress, note: LagNote | None, facts: Facts) -> Lagging:
    lang = facts.lang
    dated = (translate("report.dated_clause", lang, date=short_date(p.actual.as_of, facts.quarter.year, lang))
             if p.actual is not None and facts.old(p.actual.as_of) else "")
    said = translate("report.clause_separator", lang).join(
        s for s in (completion_sentence(p, lang), gap_sentence(p, lang)) if s)
    said = translate("report.comma", lang).join(s for s in (dated, said) if s)
    missing = translate("report.not_recorded", lang)
    return Lagging(title=p.target.title, status_word=translate(f"status.{p.status.value}", lang), said=said,
                   cause=note.cause if note and note.cause else missing,
                   measures=note.measures if note and note.measures else missing)


def _next_steps(items: list[Progress], lang: Lang) -> tuple[str, ...]:
    """What next quarter needs: each unfinished quantity's pace, one line for the targets without data (named in
    存在问题), one line per due date for the milestones still open (a single one named)."""
    steps = [step for p in items if (step := _pace(p, lang))]
    missing = [p for p in items if p.status is Status.NO_DATA]
    if len(missing) == 1:
        steps.append(translate("report.next_no_data", lang, title=missing[0].target.title))
    elif missing:
        steps.append(translate("report.next_no_data_all", lang, count=len(missing)))
    open_milestones: dict[date, list[str]] = {}
    for p in items:
        if p.status not in (Status.DONE, Status.NO_DATA) and (p.target.kind is TargetKind.MILESTONE
                                                              or p.target.target is None):
            open_milestones.setdefault(p.target.effective_due(p.plan.period), []).append(p.target.title)
    for due, titles in sorted(open_milestones.items()):
        steps.append(translate("report.next_milestone", lang, title=titles[0], due=long_date(due, lang))
                     if len(titles) == 1 else
                     translate("report.next_milestones", lang, count=len(titles), due=long_date(due, lang)))
    return tuple(steps)


def _pace(p: Progress, lang: Lang) -> str:
    """What an unfinished quantity with a figure needs next quarter, from its pace; '' otherwise."""
    if p.status is Status.DONE or p.run_rate is None or not p.gap:
        return ""
    quarter = min(p.months_left, Decimal(3))
    return translate("report.next_quantity", lang, title=p.target.title,
                     amount=goal_amount(p, p.run_rate * quarter), rate=goal_amount(p, p.run_rate),
                     gap=goal_amount(p, p.gap))


# ── supervision (督办) ─────────────────────────────────────────────────────
def _supervised(row: Row, p: Progress, supervised: Supervised, note: LagNote | None, lang: Lang) -> Row:
    """A row with its supporting units, deadline, forecast and lag note, as the core gives them."""
    deadline: Deadline = supervised.deadlines[p.target.id]
    forecast: Forecast = supervised.forecasts[p.target.id]
    scale = scale_of(p.target.target)
    value = forecast.value / MULTIPLIERS[scale] if forecast.value is not None and scale else forecast.value
    return row._replace(support=translate("report.list_separator", lang).join(p.target.support), due=deadline.date,
                        deadline_word=translate(f"deadline.{deadline.state.value}", lang),
                        forecast=forecast_sentence(p, forecast, lang), forecast_value=value,
                        cause=clean(note.cause) if note else "", measures=clean(note.measures) if note else "")
