"""The quarterly report's part by lead unit (四、各责任单位推进情况, issue 17): each unit's counts, score and lagging
targets, the supervision notices issued for the quarter and whether each was answered, and the regions ranked on a
measure several of the report's plans share. Text and numbers only, as `content` builds the rest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from tracker.display import points_text, ranking_sentence, status_counts
from tracker.i18n import Lang, translate
from tracker.model.note import LagNote
from tracker.model.notice import Notice
from tracker.progress.rollup import Level, rollup
from tracker.progress.score import ScoreLevel
from tracker.progress.status import Progress
from tracker.progress.supervision import Supervised
from tracker.report.documents import long_date
from tracker.report.quarter import Quarter


class UnitPart(NamedTuple):
    """One lead unit (牵头单位) in the report: its targets counted, its score and grade, its targets that lag."""

    unit: str
    line: str
    """汇总: 成果转化科牵头4项：滞后 1，正常推进 3；综合得分82.5（良好）。"""
    score: Decimal | None
    """The core's weighted score of the unit (0–100), None when nothing could be scored."""
    grade: str
    lagging: tuple[str, ...]
    """Titles of its targets behind, severely behind, missed or overdue."""


class NoticeLine(NamedTuple):
    """A supervision notice issued for the quarter, and whether a lag note has answered each target since."""

    unit: str
    issued: date
    reply_by: date
    answered: tuple[tuple[str, bool], ...]
    """Each target's title, and whether a lag note was recorded for it after the notice."""
    line: str


def rankings_part(supervised: Supervised, plans: set[str], lang: Lang) -> tuple[str, ...]:
    """Each ranking of the core that concerns the report's plans, one sentence each."""
    return tuple(ranking_sentence(ranking, lang) for ranking in supervised.rankings
                 if any(entry.plan in plans for entry in ranking.entries))


def units_part(items: list[Progress], supervised: Supervised, lang: Lang) -> tuple[UnitPart, ...]:
    """Each lead unit of the report's targets: counts, the core's score and grade, its lagging targets."""
    scores = {s.key: s for s in supervised.scores if s.level is ScoreLevel.OWNER}
    shown = {p.target.id for p in items}
    parts = []
    for unit in sorted({p.target.lead for p in items if p.target.lead}):
        mine = [p for p in items if p.target.lead == unit]
        counts = status_counts(rollup(None, None, mine, Level.OWNER, owner=unit).counts, lang)
        score = scores.get(unit)
        grade = translate(f"score.{score.grade.value}", lang) if score and score.grade else ""
        line = (translate("report.unit_line", lang, unit=unit, count=len(mine), counts=counts,
                          score=points_text(score.score), grade=grade)
                if score and score.score is not None else
                translate("report.unit_line_unscored", lang, unit=unit, count=len(mine), counts=counts))
        lagging = tuple(p.target.title for p in supervised.lagging.get(unit, []) if p.target.id in shown)
        parts.append(UnitPart(unit, line, score.score if score else None, grade, lagging))
    return tuple(parts)


def notices_part(notices: tuple[Notice, ...] | list[Notice], items: list[Progress], notes: dict[str, LagNote],
             quarter: Quarter, lang: Lang) -> tuple[NoticeLine, ...]:
    """The notices issued for the quarter about the report's targets; a target is answered when its lag note in
    force was recorded after the notice."""
    titles = {p.target.id: p.target.title for p in items}
    latest = {(n.unit, n.as_of, n.file): n for n in sorted(notices, key=lambda n: n.at)}  # one written again (--force)
    lines = []
    for notice in sorted(latest.values(), key=lambda n: n.at):  # replaces the earlier: listed once
        if not quarter.start <= notice.as_of <= quarter.end:
            continue
        answered = tuple((titles[t], t in notes and notes[t].at > notice.at) for t in notice.targets if t in titles)
        if not answered:
            continue
        said = translate("report.list_separator", lang).join(
            translate("report.notice_answered" if done else "report.notice_open", lang, title=title)
            for title, done in answered)
        lines.append(NoticeLine(notice.unit, notice.issued, notice.reply_by, answered,
                                translate("report.notice_line", lang, issued=long_date(notice.issued, lang),
                                          unit=notice.unit, reply_by=long_date(notice.reply_by, lang),
                                          targets=said)))
    return tuple(lines)
