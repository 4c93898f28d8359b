"""Numbers as people read them: amounts in the unit the plan wrote (亿元), shares as percentages.

Shared by the command line, the terminal UI and the reports, so a figure reads
the same everywhere.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from tracker.i18n import Lang, translate
from tracker.model.evidence import Evidence
from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.forecast import Forecast, Method
from tracker.progress.rollup import Rollup
from tracker.progress.score import Ranking, Score
from tracker.progress.status import Progress, Status
from tracker.quantity import MULTIPLIERS, Quantity


def _plain(value: Decimal, places: int = 2) -> str:
    """A decimal with at most `places` places and no trailing zeros (7.3, 1.22, 44)."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def scale_of(goal: Quantity | None) -> str:
    """The multiplier the plan wrote before the unit (亿 in 25亿元), or ''."""
    if goal is None:
        return ""
    written = goal.written_unit
    for prefix in sorted(MULTIPLIERS, key=len, reverse=True):
        if written.startswith(prefix) and written[len(prefix):] == goal.unit:
            return prefix
    return ""


def amount_text(value: Decimal | None, unit: str, scale: str = "") -> str:
    """An amount in the given scale: 400000000 元 in 亿 → 4亿元; '' for None."""
    if value is None:
        return ""
    shown = value / MULTIPLIERS[scale] if scale else value
    return f"{_plain(shown)}{scale}{unit}"


def evidence_amount(item: Evidence, goal: Quantity | None) -> str:
    """A candidate value in the scale its document wrote (8.95亿元, 183个), one entered by hand in its target's."""
    written = item.figure.quantity if item.figure is not None else goal
    return amount_text(item.value, item.unit, scale_of(written) if written and written.unit == item.unit else "")


def as_written(item: Evidence, goal: Quantity | None) -> str:
    """A candidate as its document wrote it, qualifier and all (200余项, 10多项, 8.95亿元); one entered by hand in
    its target's scale."""
    return item.figure.quantity.text if item.figure is not None else evidence_amount(item, goal)


def percent_text(share: Decimal | None) -> str:
    """A share as a percentage with one decimal (35.4%); '' for None."""
    return "" if share is None else f"{_plain(share * 100, 1)}%"


def points_text(points: Decimal) -> str:
    """Percentage points with one decimal (14.2)."""
    return _plain(abs(points), 1)


def goal_amount(progress: Progress, value: Decimal | None) -> str:
    """An amount of a target's unit, in the scale its plan wrote."""
    goal = progress.target.target
    if goal is None:
        return ""
    return amount_text(value, goal.unit, scale_of(goal))


def gap_sentence(progress: Progress, lang: Lang) -> str:
    """The gap read aloud: 还差 7.3亿元，剩余 6 个月，月均需 1.22亿元 ('' when nothing is missing)."""
    if not progress.gap:
        return ""
    gap = goal_amount(progress, progress.gap)
    if progress.run_rate is None:
        return translate("progress.gap_over", lang, gap=gap)
    return translate("progress.gap_sentence", lang, gap=gap, months=_plain(progress.months_left, 1),
                     rate=goal_amount(progress, progress.run_rate))


def completion_sentence(progress: Progress, lang: Lang) -> str:
    """完成4亿元，占年度目标35.4%，低于序时进度14.2个百分点 ('' without data)."""
    if progress.completion is None or progress.actual is None:
        return ""
    shortfall = progress.shortfall or Decimal(0)
    key = "progress.below" if shortfall > 0 else "progress.above"
    return translate("progress.completion_sentence", lang,
                     actual=goal_amount(progress, progress.actual.value),
                     completion=percent_text(progress.completion),
                     versus=translate(key, lang, points=points_text(shortfall)))


def status_counts(counts: dict[Status, int], lang: Lang) -> str:
    """已完成 1，正常推进 4，滞后 2，暂无数据 27: each status with its count, in the statuses' own order."""
    return translate("report.comma", lang).join(
        f"{translate(f'status.{s.value}', lang)} {counts[s]}" for s in Status if counts.get(s))


def rollup_sentence(rollup: Rollup, lang: Lang) -> str:
    """滞后 2，正常推进 4；有数据的指标平均完成 55.2%，序时进度 49.6%."""
    separator = "，" if lang == "zh" else ", "
    counts = separator.join(f"{translate(f'status.{s.value}', lang)} {n}" for s, n in rollup.counts.items())
    if rollup.completion is None:
        return translate("status.summary_no_data", lang, counts=counts)
    return translate("status.summary", lang, counts=counts, completion=percent_text(rollup.completion),
                     expected=percent_text(rollup.expected))


def forecast_sentence(progress: Progress, forecast: Forecast, lang: Lang) -> str:
    """按当前进度预计全年完成8.07亿元（71%），缺口3.23亿元 — the value at the deadline and what it leaves missing;
    why there is none when there is none ('' for a milestone)."""
    if forecast.value is None or forecast.completion is None:
        return "" if forecast.reason in (None, "forecast.milestone") else translate(forecast.reason, lang)
    key = "forecast.final" if forecast.method is Method.FINAL else "forecast.sentence"
    sentence = translate(key, lang, value=goal_amount(progress, forecast.value),
                         completion=percent_text(forecast.completion),
                         method=translate(f"forecast.method.{forecast.method.value}", lang))  # type: ignore[union-attr]
    if forecast.gap:
        sentence += translate("forecast.missing", lang, gap=goal_amount(progress, forecast.gap))
    return sentence


def deadline_word(deadline: Deadline, lang: Lang) -> str:
    """The deadline in a table's cell: the days left when due soon (还有12天), the days past when overdue (逾期12天),
    else its state's word (正常, 已完成)."""
    if deadline.state is DeadlineState.DUE_SOON:
        return translate("deadline.left", lang, days=deadline.days_left)
    if deadline.state is DeadlineState.OVERDUE:
        return translate("deadline.over", lang, days=-deadline.days_left)
    return translate(f"deadline.{deadline.state.value}", lang)


def deadline_sentence(deadline: Deadline, lang: Lang) -> str:
    """截止2022-12-31，还有184天 / 已逾期12天 / 已完成."""
    state = deadline.state
    if state is DeadlineState.MET:
        return translate("deadline.met_sentence", lang, date=deadline.date.isoformat())
    if state is DeadlineState.OVERDUE:
        return translate("deadline.overdue_sentence", lang, date=deadline.date.isoformat(),
                         days=-deadline.days_left)
    return translate("deadline.left_sentence", lang, date=deadline.date.isoformat(), days=deadline.days_left)


def ranking_sentence(ranking: Ranking, lang: Lang) -> str:
    """技术合同成交额（2022）各地区排名：1. 营口市 35.4%、大连市 暂无数据。"""
    entries = translate("report.list_separator", lang).join(
        translate("ranking.entry", lang, rank=e.rank, region=e.region, completion=percent_text(e.completion))
        if e.rank is not None else translate("ranking.unranked", lang, region=e.region) for e in ranking.entries)
    return translate("ranking.sentence", lang, metric=ranking.metric, period=ranking.period, entries=entries)


def score_text(score: Score) -> str:
    """A score with one decimal at most (52.7, 89), as every shell and report writes it; '' when none."""
    return "" if score.score is None else points_text(score.score)
