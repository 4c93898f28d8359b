"""The digest (督办简报): plain text to paste into WeChat, DingTalk or an email, one paragraph per plan.

Per plan: its heading and as-of date, the targets counted by status, the plan's score and grade, the targets a unit
must answer for (behind, severely behind, missed or overdue) with their gap and lead unit, and what falls due within
the supervision window. At most `LIMIT` characters per plan (the lists end in "…等N项" when they do not fit), no
table or box-drawing characters, no Markdown. Every number is the one `tracker status --json` gives: read from the
same `StatusReport` and `Supervised`, formatted by `display`.
"""

from __future__ import annotations

from tracker.display import deadline_sentence, goal_amount, percent_text, status_counts
from tracker.display import score_text as score_value
from tracker.i18n import Lang, translate
from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.report import StatusReport
from tracker.progress.rollup import Level, Rollup
from tracker.progress.score import Score, ScoreLevel
from tracker.progress.status import Progress, Status
from tracker.progress.supervision import Supervised

LIMIT = 500
"""The most characters one plan's paragraph takes (a chat message's comfortable length)."""
TITLE_ROOM = 20
"""The most characters a target's title keeps in a list (then an ellipsis)."""
SHOWN_MOST = 20
"""No list tries more items than this (LIMIT leaves room for fewer)."""
URGENCY = {Status.MISSED: 0, Status.SEVERELY_BEHIND: 1, Status.BEHIND: 2}
"""Lagging targets, the most urgent first (an overdue target of another status ranks with the missed)."""


def score_text(score: Score | None, lang: Lang) -> str:
    """得分 52.7（不合格）, or that there is nothing to score yet: as `tracker status` and the digest print it."""
    if score is None or score.score is None or score.grade is None:
        return translate("status.no_score", lang)
    return translate("status.score", lang, score=score_value(score), grade=translate(f"score.{score.grade}", lang))


def plan_score(supervised: Supervised, plan: str) -> Score | None:
    """The plan's score among the supervision's scores."""
    return next((s for s in supervised.scores if s.level is ScoreLevel.PLAN and s.key == plan), None)


def lagging_of(items: list[Progress], supervised: Supervised) -> list[Progress]:
    """One plan's targets that lag (`supervision.lags`), the most urgent first, then in file order."""
    found = [p for p in items if p.target.id in supervised.pressed]
    return sorted(found, key=lambda p: 0 if supervised.deadlines[p.target.id].state is DeadlineState.OVERDUE
                  else URGENCY.get(p.status, 3))


def due_soon_of(items: list[Progress], supervised: Supervised) -> list[Progress]:
    """One plan's targets due within the window and not done, the nearest first."""
    found = [p for p in items if supervised.deadlines[p.target.id].state is DeadlineState.DUE_SOON]
    return sorted(found, key=lambda p: supervised.deadlines[p.target.id].days_left)


def _title(progress: Progress) -> str:
    title = progress.target.title
    return title if len(title) <= TITLE_ROOM else title[:TITLE_ROOM - 1] + "…"


def _lead(progress: Progress, lang: Lang) -> str:
    return translate("digest.lead", lang, unit=progress.target.lead) if progress.target.lead else ""


def lag_item(progress: Progress, deadline: Deadline, lang: Lang) -> str:
    """技术合同成交额：滞后，完成35.4%，差7.3亿元（成果转化科）."""
    facts = [translate(f"status.{progress.status.value}", lang)]
    if progress.completion is not None:
        facts.append(translate("digest.completion", lang, completion=percent_text(progress.completion)))
    if progress.gap:
        facts.append(translate("digest.gap", lang, gap=goal_amount(progress, progress.gap)))
    if deadline.state is DeadlineState.OVERDUE:
        facts.append(translate("digest.overdue", lang, days=-deadline.days_left))
    separator = translate("report.comma", lang)
    return translate("digest.item", lang, title=_title(progress), facts=separator.join(facts)) + _lead(progress, lang)


def due_item(progress: Progress, deadline: Deadline, lang: Lang) -> str:
    """研究谋划科技创新三年行动计划：截止2025-06-30，还有15天（发展规划科）."""
    return translate("digest.item", lang, title=_title(progress),
                     facts=deadline_sentence(deadline, lang)) + _lead(progress, lang)


def counts_line(rollup: Rollup, lang: Lang) -> str:
    """共34项：已完成 1，正常推进 4，滞后 2，暂无数据 27 (statuses in their fixed order)."""
    return translate("digest.counts", lang, total=sum(rollup.counts.values()), counts=status_counts(rollup.counts, lang))


def _section(heading: str, empty: str, lines: list[str], shown: int, total: int, lang: Lang) -> list[str]:
    if not total:
        return [empty]
    numbered = [f"{n}{translate('digest.number', lang)}{line}" for n, line in enumerate(lines[:shown], 1)]
    more = [translate("digest.more", lang, count=total)] if shown < total else []
    return [heading, *numbered, *more]


def fitted(head: list[str], lagging: list[str], due: list[str], lang: Lang,
           limit: int = LIMIT) -> str:
    """The paragraph with as many of each list as `limit` characters hold (dropping from the longer list first,
    the due-soon list on a tie)."""
    shown_lag, shown_due = min(len(lagging), SHOWN_MOST), min(len(due), SHOWN_MOST)
    while True:
        text = "\n".join([
            *head,
            *_section(translate("digest.lagging", lang, count=len(lagging)), translate("digest.no_lagging", lang),
                      lagging, shown_lag, len(lagging), lang),
            *_section(translate("digest.due_soon", lang, count=len(due)), translate("digest.no_due_soon", lang),
                      due, shown_due, len(due), lang),
        ])
        if len(text) <= limit or shown_lag + shown_due == 0:
            return text
        if shown_due >= shown_lag:
            shown_due -= 1
        else:
            shown_lag -= 1


def plan_digest(report: StatusReport, rollup: Rollup, supervised: Supervised, lang: Lang) -> str:
    """One plan's paragraph."""
    items = [p for p in report.progress if p.plan.id == rollup.plan]
    plan = items[0].plan
    as_of = translate(f"status.dated.{report.dated}", lang, date=report.as_of.isoformat())
    head = [translate("status.heading", lang, title=plan.title, id=plan.id, region=plan.region,
                      period=plan.period.label, as_of=as_of),
            counts_line(rollup, lang), score_text(plan_score(supervised, plan.id), lang)]
    lagging = [lag_item(p, supervised.deadlines[p.target.id], lang) for p in lagging_of(items, supervised)]
    due = [due_item(p, supervised.deadlines[p.target.id], lang) for p in due_soon_of(items, supervised)]
    return fitted(head, lagging, due, lang)


def digest(report: StatusReport, supervised: Supervised, lang: Lang) -> str:
    """Every plan of the report, one paragraph each (a blank line between), in file order."""
    plans = [r for r in report.rollups if r.level is Level.PLAN]
    return "\n\n".join(plan_digest(report, rollup, supervised, lang) for rollup in plans)
