"""A supervision notice (督办通知) to one lead unit: its targets that lag, each with its figures, deadline,
forecast and lag note, and the date by which the unit must answer (反馈时限).

The content is built as values first (`NoticeContent`), from the core's `Progress` and `Supervised` (nothing is
computed here but the reply date); `render` lays it out in the report's official-document page (report/word.py,
GB/T 9704-2012).

The reply date counts Chinese working days: weekends and public holidays off, the weekend days the State Council
moves work to (调休) on. The calendar is chinesecalendar's, which knows each year once its arrangement is
announced; a day in a year it does not know yet is counted Monday to Friday, and the notice says so.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from tracker.display import deadline_sentence, forecast_sentence, goal_amount, percent_text
from tracker.i18n import Lang, translate
from tracker.model.note import LagNote
from tracker.progress.status import Progress
from tracker.progress.supervision import Supervised
from tracker.report.documents import long_date

UNSAFE = str.maketrans({c: "_" for c in '/\\:*?"<>|\x00'})
"""Characters a file name on Windows or Linux cannot hold."""


# ── working days ──────────────────────────────────────────────────────────
def is_working_day(day: date) -> bool | None:
    """Whether the day is a working day in China (调休 included); None for a year the calendar does not know."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:  # a year whose arrangement the library does not hold
        return None


def working_days_after(start: date, days: int) -> tuple[date, bool]:
    """The day `days` working days after `start`, and whether some day on the way fell in a year the holiday
    calendar does not know (counted Monday to Friday then)."""
    day, counted, guessed = start, 0, False
    while counted < days:
        day += timedelta(days=1)
        known = is_working_day(day)
        if known is None:
            guessed, known = True, day.weekday() < 5
        counted += known
    return day, guessed


# ── content ───────────────────────────────────────────────────────────────
class NoticeItem(NamedTuple):
    """One lagging target as the notice tells it; every number as the core computed it, shown by `display`."""

    target: str
    title: str
    status_word: str
    goal: str
    actual: str
    """'' without a figure."""
    completion: str
    expected: str
    """序时进度 (a quantity's), '' for a milestone."""
    gap: str
    deadline: str
    forecast: str
    """'' where the core gives none to say (a milestone)."""
    support: str
    """配合单位, joined; '' without any."""
    cause: str
    """滞后原因 as recorded; '' when no note is."""
    measures: str


class NoticeContent(NamedTuple):
    unit: str
    title: str
    addressee: str
    opening: str
    items: tuple[NoticeItem, ...]
    reply: str
    """请于…前反馈: the reply date and what is asked."""
    reply_by: date
    calendar_note: str
    """Why the reply date was counted Monday to Friday ('' when the holiday calendar knew every day)."""
    issuers: tuple[str, ...]
    written: str
    as_of: date
    lang: Lang

    def label(self, code: str, **params: object) -> str:
        return translate(f"notice.{code}", self.lang, **params)

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(item.target for item in self.items)


def notice_item(progress: Progress, supervised: Supervised, note: LagNote | None, lang: Lang) -> NoticeItem:
    """A target's line: its figures, deadline and forecast as `display` says them, its lag note if any."""
    ident = progress.target.id
    goal, actual = progress.target.target, progress.actual
    quantity = goal is not None
    return NoticeItem(
        target=ident, title=progress.target.title, status_word=translate(f"status.{progress.status.value}", lang),
        goal=goal.text if goal else "", actual=goal_amount(progress, actual.value) if actual and quantity else "",
        completion=percent_text(progress.completion), expected=percent_text(progress.expected) if quantity else "",
        gap=goal_amount(progress, progress.gap) if progress.gap else "",
        deadline=deadline_sentence(supervised.deadlines[ident], lang),
        forecast=forecast_sentence(progress, supervised.forecasts[ident], lang),
        support=translate("report.list_separator", lang).join(progress.target.support),
        cause=note.cause if note else "", measures=note.measures if note else "")


def build_notice(unit: str, lagging: list[Progress], supervised: Supervised, notes: dict[str, LagNote],
                 reply_days: int, as_of: date, written: date, lang: Lang) -> NoticeContent:
    """The notice to `unit` about its `lagging` targets as of `as_of`, written on `written`: the unit answers within
    `reply_days` working days of the day it is written (the figures' date may be months before)."""
    reply_by, guessed = working_days_after(written, reply_days)
    items = tuple(notice_item(p, supervised, notes.get(p.target.id), lang) for p in lagging)
    return NoticeContent(
        unit=unit, title=translate("notice.title", lang, unit=unit), addressee=translate("notice.to", lang, unit=unit),
        opening=translate("notice.opening", lang, as_of=long_date(as_of, lang), count=len(items)),
        items=items,
        reply=translate("notice.reply", lang, date=long_date(reply_by, lang), days=reply_days),
        reply_by=reply_by,
        calendar_note=translate("notice.weekdays_only", lang) if guessed else "",
        issuers=tuple(dict.fromkeys(p.plan.issuer for p in lagging if p.plan.issuer)),
        written=long_date(written, lang), as_of=as_of, lang=lang)


def file_name(unit: str, as_of: date, lang: Lang) -> str:
    """督办通知-高新技术科-2022-06-30.docx: the unit's name made safe for a file name."""
    return translate("notice.file", lang, unit=unit.translate(UNSAFE), date=as_of.isoformat()) + ".docx"


def file_names(units: list[str], as_of: date, lang: Lang) -> dict[str, str]:
    """Each unit's file name, distinct even for names that differ only in what a file name cannot hold (A/B, A:B)."""
    names: dict[str, str] = {}
    for unit in units:
        name = file_name(unit, as_of, lang)
        names[unit] = name if name not in names.values() else f"{name.removesuffix('.docx')}-{len(names) + 1}.docx"
    return names


def facts(item: NoticeItem, lang: Lang) -> str:
    """目标11.3亿元，完成4亿元，完成率35.4%，序时进度49.6%，差距7.3亿元: the figures a unit is asked about."""
    parts = [(code, value) for code, value in (("goal", item.goal), ("actual", item.actual),
                                               ("completion", item.completion), ("expected", item.expected),
                                               ("gap", item.gap)) if value]
    said = translate("report.comma", lang).join(translate(f"notice.fact.{code}", lang, value=value)
                                               for code, value in parts)
    return said or translate("notice.fact.none", lang)


# ── layout ────────────────────────────────────────────────────────────────
@cache
def _official_page() -> bytes:
    """An empty document on the official page with its styles, made once: each notice starts from a copy."""
    from docx import Document

    from tracker.report import word

    document = Document()
    word.official(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(content: NoticeContent) -> bytes:
    """The notice as a .docx file's bytes, on the report's official-document page."""
    from docx import Document

    from tracker.report import word

    document = Document(io.BytesIO(_official_page()))
    document.add_paragraph(content.title, style="Title")
    word.plain(document, content.addressee)
    document.add_paragraph(content.opening)
    for number, item in enumerate(content.items, start=1):
        lines = [translate("notice.item", content.lang, number=number, title=item.title, status=item.status_word),
                 facts(item, content.lang) + translate("report.clause_separator", content.lang)
                 + translate("report.clause_separator", content.lang).join(
                     s for s in (item.deadline, item.forecast) if s) + content.label("end")]
        if item.support:
            lines.append(content.label("support", units=item.support))
        if item.cause:
            lines.append(translate("report.labelled", content.lang, label=translate("report.cause", content.lang),
                                   text=item.cause))
        if item.measures:
            lines.append(translate("report.labelled", content.lang,
                                   label=translate("report.measures", content.lang), text=item.measures))
        for line in lines:
            document.add_paragraph(line)
    document.add_paragraph(content.reply)
    if content.calendar_note:
        document.add_paragraph(content.calendar_note)
    word.signature(document, content.issuers, content.written)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
