"""The period a figure covers: time phrases found near it, resolved against the document's dates.

`PeriodReader` is the half of the figure reader that dates figures; it reads
the landmarks and document facts the reader holds (`text`, `ctx`, `document`,
`period`, `year`, `is_plan`, and the caches set up in its `__init__`).
"""

from __future__ import annotations

from bisect import bisect_left

from tracker.extract import phrases, rules
from tracker.extract.context import Region, Span, TextContext
from tracker.extract.phrases import When
from tracker.model.document import Document, DocumentKind
from tracker.model.figure import PROMISED, Modality
from tracker.model.period import Period
from tracker.quantity import Quantity

_year_period = phrases.year_period


class PeriodReader:
    """Dates figures; mixed into the figure reader."""

    text: str
    ctx: TextContext
    document: Document
    period: Period | None
    year: int | None
    is_plan: bool
    is_table: bool
    written: int | None
    column: str | None
    plan_years: dict[int, int]
    paragraph_cache: dict[int, list[Span]]
    heads_clause: dict[int, bool]
    """Whether the time phrase starting at an offset heads its clause (read once per phrase)."""
    resolved: dict[tuple[int, int | None, bool, str], tuple[Period | None, bool]]
    """Phrases already resolved, by where they start and what they were read against."""
    figure_starts: list[int]

    # ── period ────────────────────────────────────────────────────────────
    def period_of(self, q: Quantity, modality: Modality, sentence: tuple[int, int],
                  clause: tuple[int, int], review: Region | None = None) -> tuple[Period | None, bool]:
        """The figure's period and whether it is a multi-year or open-ended total; in a plan's review of the
        past with no time phrase of its own, the review heading's (“十二五”期间), else unknown."""
        # The nearest phrases decide (and 累计 reads the one before it): a sentence with no 。 holds thousands.
        ctx, starts = self.ctx, self.ctx.period_starts
        phrases: list[Span] = []
        if bisect_left(starts, sentence[0]) != bisect_left(starts, q.start):  # the usual figure has none
            nearby = ctx.spans_between(ctx.periods, sentence[0], q.start, last=rules.PHRASES_READ)
            phrases = [p for p in nearby
                       if self.governs(p, clause)
                       and (p.kind != "target_year" or self.labels(p.end, q.start))
                       and not (p.kind == "whole_year" and rules.RATIO_OF_TASK.search(self.text, p.end, q.start))]
        if not phrases and (phrases := self.paragraph_phrases(q.start)):
            phrases = [p for p in phrases if p.end <= q.start]
        if review is not None and not (phrases := self.review_phrases(phrases, review, q.start)):
            return None, False
        if phrases:
            return self.resolve(phrases, q, clause, modality)
        return self.default_period(q, modality), False

    def review_phrases(self, phrases: list[Span], review: Region, start: int) -> list[Span]:
        """In a plan's review of the past: the figure's own phrases but 截至目前 (the end of that past, not the
        plan's time), else its heading's (“十二五”期间)."""
        if own := [p for p in phrases if p.kind != "now"]:
            return own
        heading_end = self.text.find("\n", review.start)
        return self.ctx.spans_between(self.ctx.periods, review.start, heading_end if heading_end >= 0 else start)

    def paragraph_phrases(self, start: int) -> list[Span]:
        """Time phrases in the first clause of the paragraph holding `start` (read once per paragraph)."""
        i = bisect_left(self.ctx.paragraph_ends, start)  # the paragraph's start, as ctx.paragraph finds it
        paragraph = self.ctx.paragraph_ends[i - 1] + 1 if i else 0
        if paragraph not in self.paragraph_cache:
            first_sentence = self.ctx.sentence(paragraph, paragraph)
            self.paragraph_cache[paragraph] = [
                p for p in self.ctx.spans_between(self.ctx.periods, *first_sentence)
                if rules.TOPIC_LEAD.fullmatch(self.text, self.ctx.clause(p.start, p.end)[0], p.start)
                and self.governs(p, (p.start, p.end)) and not self.dates_a_result(p)]
        return self.paragraph_cache[paragraph]

    def dates_a_result(self, phrase: Span) -> bool:
        """A time phrase whose clause reports something done already (一季度已提前完成…任务): it dates that result,
        not the paragraph's later promises."""
        end = self.ctx.clause(phrase.start, phrase.end)[1]
        return rules.DONE_ALREADY.search(self.text, phrase.end, end) is not None

    def governs(self, phrase: Span, clause: tuple[int, int]) -> bool:
        """A phrase governs figures in its own clause, and later ones only from the head of its clause."""
        if phrase.kind in rules.HALF_IN_PLAN and self.ctx.plan_part(phrase.start):
            line_start = self.text.rfind("\n", 0, phrase.start) + 1
            if not self.text[line_start:phrase.start].strip():
                return False  # 下半年，全市… heading a plan's paragraph frames it; its targets are annual
        if phrase.start >= clause[0] or phrase.kind in rules.SCENE_SETTING:
            return True
        if (heads := self.heads_clause.get(phrase.start)) is None:
            head = self.ctx.clause(phrase.start, phrase.end)[0]
            heads = self.heads_clause[phrase.start] = rules.TOPIC_LEAD.fullmatch(self.text, head, phrase.start) is not None
        return heads

    def default_period(self, q: Quantity, modality: Modality) -> Period | None:
        """The document's period; a plan part's year; unknown for a promise made in passing."""
        part = self.ctx.plan_part(q.start) if self.ctx.parts else None
        if part is not None and self.year and not self.is_plan:
            return _year_period(self.plan_year(part))
        if self.is_plan and modality in PROMISED and self.period is not None \
                and self.period.end.year > self.period.start.year:
            return _year_period(self.period.end.year)  # a multi-year plan's target is a level at its end
        if modality not in PROMISED or self.is_plan:
            return self.period
        if self.year and (self.column == "planned" or self.is_table or self.ctx.in_targets(q.start)):
            # a task column's, a task table's or a targets section's target is the year's: the one its heading names
            # (一、2025年年度目标 in a notice dated by the year it reviews), else the document's
            section = self.ctx.targets_section(q.start)
            return _year_period((section and self.heading_year(section)) or self.year)
        return None

    def heading_year(self, region: Region) -> int | None:
        """The year a region's heading line names (一、2025年年度目标), if any."""
        heading = self.text[region.start:self.text.find("\n", region.start)]
        match = rules.YEAR_IN_HEADING.search(heading)
        return int(match[1]) if match and 1900 <= int(match[1]) <= 2100 else None

    def plan_year(self, part: Region) -> int:
        """The year a plan part is for: named in its heading, else next year after a whole-year report."""
        if part.start not in self.plan_years:
            self.plan_years[part.start] = self.read_plan_year(part)
        return self.plan_years[part.start]

    def read_plan_year(self, part: Region) -> int:
        if (year := self.heading_year(part)) is not None:
            return year
        heading = self.text[part.start:self.text.find("\n", part.start)]
        if rules.NEXT_YEAR.search(heading):
            return self.year + 1
        whole_year = self.period is not None and (self.period.start.month, self.period.end.month) == (1, 12)
        later = whole_year and not rules.SAME_YEAR.search(heading)
        return self.year + 1 if later else self.year

    def resolve(self, phrases: list[Span], q: Quantity, clause: tuple[int, int],
                modality: Modality = Modality.ACHIEVED) -> tuple[Period | None, bool]:
        nearest = phrases[-1]
        if nearest.kind == "cumulative":
            earlier = [p for p in phrases[:-1] if p.kind not in ("cumulative", "per_year")]
            if q.unit in rules.STOCK_UNITS and rules.STOCK_AFTER_CUMULATIVE.match(self.text, nearest.end):
                return (self.resolve_one(earlier[-1], q, clause, modality) if earlier else (self.period, False))
            if not earlier:
                return None, True
            scope = earlier[-1]
            # 前三季度…累计 adds up within the quarter; after 2022年 it does too, unless the year
            # already dated other figures (2022年共入选…46人，…，累计共培养…111人 is all-time).
            if scope.kind not in rules.WITHIN_YEAR and self.figure_between(scope.end, nearest.start):
                return None, True
            return self.resolve_one(scope, q, clause, modality)
        if nearest.kind == "whole_year" and len(phrases) > 1 and (named := phrases[-2]).kind == "year" \
                and nearest.start - named.end <= rules.YEAR_BINDS_WHOLE and not self.figure_between(named.end, nearest.start):
            return self.resolve_one(named, q, clause, modality)  # 2025年上海全年…: that year's whole year
        if nearest.kind == "phase_total":  # 两期支持总额: a total over phases of unknown dates
            return None, True
        if nearest.kind == "per_year" and self.is_plan:
            return self.period, False
        if nearest.kind == "per_year":
            outer = [p for p in phrases[:-1] if p.kind not in ("cumulative", "per_year")]
            if self.text[nearest.start:nearest.end] == "年均" and outer:
                return self.resolve_one(outer[-1], q, clause)[0], False
            return None, False
        return self.resolve_one(nearest, q, clause, modality)

    def figure_between(self, start: int, end: int) -> bool:
        """True when a figure already read lies in [start, end)."""
        i = bisect_left(self.figure_starts, start)
        return i < len(self.figure_starts) and self.figure_starts[i] < end

    def resolve_one(self, span: Span, q: Quantity, clause: tuple[int, int],
                    modality: Modality = Modality.ACHIEVED) -> tuple[Period | None, bool]:
        """One phrase resolved by its kind's function (tracker.extract.phrases), against this document; each phrase
        once per reading (the year it is read against, whether it is promised, the words before a year range)."""
        year = self.year
        if span.kind in rules.RELATIVE_YEAR and year and not self.is_plan and self.ctx.parts \
                and (part := self.ctx.plan_part(q.start)) is not None:
            year = self.plan_year(part)  # 全年, 今年 in a plan part mean the plan's year
        before = self.text[clause[0]:q.start] if span.kind == "year_range" else ""
        promised = self.is_plan or modality in PROMISED
        key = (span.start, year, promised, before)
        if (resolved := self.resolved.get(key)) is None:
            when = When(year=year, period=self.period, issued=self.document.meta.issued, written=self.written,
                        before=before, promised=promised, news=self.document.meta.kind is DocumentKind.PRESS)
            resolved = self.resolved[key] = phrases.resolve(span.kind, span.groups, when)
        return resolved
