"""From a document's text to its figures: which quantities count, what, when, and how sure.

`extract(document)` reads every quantity with the one parser
(`tracker.quantity.scan`), drops what is not a figure (dates, ordinals, names,
page furniture), and gives each figure its subject, modality and period.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from tracker.extract import rules
from tracker.extract.context import Region, Span, TextContext
from tracker.model.document import Document, DocumentKind
from tracker.model.figure import Figure, Modality
from tracker.model.period import Period, period_between
from tracker.quantity import Dimension, Qualifier, Quantity, normalize, scan


@cache
def extractor_version() -> str:
    """Changes whenever the extraction code does, so stored figures are re-read."""
    import hashlib
    from pathlib import Path

    import tracker

    digest = hashlib.sha256(tracker.__version__.encode())
    package = Path(tracker.__file__).parent
    for path in sorted([package / "quantity.py", *(package / "extract").glob("*.py"), *(package / "model").glob("*.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]



@lru_cache(maxsize=256)
def _year_period(year: int) -> Period:
    return period_between(date(year, 1, 1), date(year, 12, 31))


_span_period = period_between


def _month_end(year: int, month: int) -> date:
    return date(year, month, 1) + relativedelta(months=1, days=-1)


def _strip_end(text: str, words: tuple[str, ...]) -> str:
    """`text` without any run of `words` at its end (longest word first)."""
    while text.endswith(words):
        text = text[: -len(next(w for w in words if text.endswith(w)))]
    return text


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else rules.CN_SMALL.get(word)


class _Reader:
    """Reads the figures of one document against its landmarks."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.original = document.text
        self.text = normalize(document.text)
        meta = document.meta
        self.ctx = TextContext.of(self.text, early_report=bool(meta.period and meta.period.end.month <= 6))
        self.period = meta.period
        self.year = meta.period.end.year if meta.period else (meta.issued.year if meta.issued else None)
        self.is_plan = meta.kind is DocumentKind.PLAN
        self.plan_years: dict[int, int] = {}
        self.paragraph_cache: dict[int, list[Span]] = {}
        self.promises = self.find_promises()
        self.promise_set = frozenset(self.promises)

    # ── which quantities are figures ──────────────────────────────────────
    def is_figure(self, q: Quantity) -> bool:
        text, start = self.text, q.start
        if self.ctx.in_debris(start):
            return False
        if q.dimension is Dimension.RANK:
            return True
        if not q.unit or rules.ORDINAL_BEFORE.search(text, max(0, start - 3), start):
            return False
        if q.dimension is Dimension.DURATION:  # 近3年 sets a period; 期限不超过3年 is a figure
            return q.qualifier in (Qualifier.AT_MOST, Qualifier.AT_LEAST) and q.value < 1900
        if q.unit == "届" and (text[max(0, start - 2):start] == "党的" or rules.SESSION_NAME.match(text, q.end)):
            return False
        chinese = not any(ch.isdigit() for ch in q.text)
        if chinese and (q.unit in rules.PHASE or (q.value == 1 and q.unit in rules.VAGUE_ONE)):
            return False
        if rules.PER_UNIT.search(text, max(0, start - 2), start):
            return False
        if chinese and q.text[:1] in "十百千万" and rules.VAGUE_BEFORE.search(text, max(0, start - 3), start):
            return False  # 数十家, 几百项
        if rules.READ_COUNT_BEFORE.search(text, max(0, start - 8), start):
            return False
        if q.unit == "所" and rules.NAME_BEFORE_INSTITUTE.search(text, max(0, start - 3), start):
            return False
        unit_at = q.end - len(q.written_unit.lstrip("万亿千百")) if q.written_unit else q.end
        if text[unit_at:unit_at + 2] in rules.WORD_AFTER_CLASSIFIER or text[q.end - 1:q.end + 1] in rules.WORD_AFTER_CLASSIFIER:
            return False
        return not self.inside_quoted_name(start, q.end) and not self.in_formula(start)

    def in_formula(self, start: int) -> bool:
        if self.text[start] not in rules.FORMULA_NUMERALS:
            return False
        match = rules.FORMULAS.search(self.text, max(0, start - 6), start + 8)
        return match is not None and match.start() <= start < match.end()

    def inside_quoted_name(self, start: int, end: int) -> bool:
        text = self.text
        if not rules.OPENING_QUOTES.search(text, max(0, start - rules.QUOTED_NAME_MAX), start):
            return False
        for opening, closing in rules.QUOTES:
            left = text.rfind(opening, max(0, start - rules.QUOTED_NAME_MAX), start)
            if left < 0 or closing in text[left + 1:start]:
                continue
            right = text.find(closing, end, end + rules.QUOTED_NAME_MAX)
            if right >= 0 and right - left <= rules.QUOTED_NAME_MAX and "\n" not in text[left:right]:
                return True
        return False

    # ── modality ──────────────────────────────────────────────────────────
    def modality(self, q: Quantity, previous: Figure | None, clause: tuple[int, int],
                 sentence: tuple[int, int]) -> tuple[Modality, bool]:
        """The figure's modality, and whether a cue of its own decided it.

        Proposed where a step toward a result is named, planned in a plan or
        after a promise. Cues are read from the figure's own stretch of its
        clause (since the figure before it); a figure in a list with no cue of
        its own shares the one before (a percentage, a ratio, does not).
        """
        listed = previous is not None and previous.end > clause[0] and previous.end <= q.start
        own_start = previous.end if listed else clause[0]
        before = self.cue(self.ctx.spans_between(self.ctx.cues, own_start, q.start))
        after = self.ctx.after_cue(q.end, clause[1])
        own = before is not None or after is not None
        if before is Modality.PROPOSED and after is Modality.ACHIEVED:
            return Modality.ACHIEVED, own
        if Modality.PROPOSED in (before, after):
            return Modality.PROPOSED, own
        if listed and not own and q.dimension is not Dimension.PERCENT:
            return previous.modality, own
        if self.is_target(q, own_start):
            return Modality.PLANNED, True
        if self.is_plan or self.ctx.in_region(q.start) or before is Modality.PLANNED:
            return Modality.PLANNED, own
        if self.promised_between(sentence[0], own_start):
            return Modality.PLANNED, own
        return (before or after or Modality.ACHIEVED), own

    def labels(self, label_end: int, figure_start: int) -> bool:
        """True when a target label ending at `label_end` names the figure at `figure_start`."""
        between = self.text[label_end:figure_start]
        return len(between) <= rules.TARGET_REACH and "的" not in between

    def is_target(self, q: Quantity, own_start: int) -> bool:
        """A figure labelled as a target before it in its own stretch (全年目标为新增…45家, 目标是到2025年…达到1000家).

        A figure after 的 is a ratio to the target (完成全年目标（520家）的79.2%), not the target.
        """
        window = self.text[own_start:q.start]
        if "目标" not in window:
            return False
        label = None
        for label in rules.TARGET_LABEL.finditer(window):
            pass
        return label is not None and "的" not in window[label.end():]

    def cue(self, spans: list[Span]) -> Modality | None:
        """The strongest cue: a step toward a result, then a promise, then a result."""
        best = None
        for span in spans:
            if span.kind is Modality.PROPOSED:
                return Modality.PROPOSED
            if span.kind is Modality.PLANNED:
                if span.start in self.promise_set:
                    best = Modality.PLANNED
            elif best is None:
                best = Modality.ACHIEVED
        return best

    def find_promises(self) -> list[int]:
        """Where promises are made; 将 in its 把-sense (将项目分为两类) is none."""
        found = []
        for span in self.ctx.cues:
            if span.kind is not Modality.PLANNED:
                continue
            if self.text[span.start] == "将" and span.end - span.start == 1:
                clause_end = self.ctx.clause(span.start, span.end)[1]
                if rules.WILL_AS_BA.search(self.text, span.end, clause_end):
                    continue
            found.append(span.start)
        return found

    def promised_between(self, start: int, end: int) -> bool:
        """True when a promise is made in [start, end)."""
        i = bisect_left(self.promises, start)
        return i < len(self.promises) and self.promises[i] < end

    # ── period ────────────────────────────────────────────────────────────
    def period_of(self, q: Quantity, modality: Modality, sentence: tuple[int, int],
                  clause: tuple[int, int]) -> tuple[Period | None, bool]:
        """The figure's period and whether it is a multi-year or open-ended total."""
        phrases = [p for p in self.ctx.spans_between(self.ctx.periods, sentence[0], q.start)
                   if self.governs(p, clause)
                   and (p.kind != "target_year" or self.labels(p.end, q.start))]
        if not phrases:
            phrases = [p for p in self.paragraph_phrases(q.start) if p.end <= q.start]
        if phrases:
            return self.resolve(phrases, q, clause, modality)
        return self.default_period(q, modality), False

    def paragraph_phrases(self, start: int) -> list[Span]:
        """Time phrases in the first clause of the paragraph holding `start` (read once per paragraph)."""
        paragraph = self.ctx.paragraph(start, start)[0]
        if paragraph not in self.paragraph_cache:
            first_sentence = self.ctx.sentence(paragraph, paragraph)
            self.paragraph_cache[paragraph] = [
                p for p in self.ctx.spans_between(self.ctx.periods, *first_sentence)
                if rules.TOPIC_LEAD.fullmatch(self.text, self.ctx.clause(p.start, p.end)[0], p.start)
                and self.governs(p, (p.start, p.end))]
        return self.paragraph_cache[paragraph]

    def governs(self, phrase: Span, clause: tuple[int, int]) -> bool:
        """A phrase governs figures in its own clause, and later ones only from the head of its clause."""
        if phrase.kind in rules.HALF_IN_PLAN and self.ctx.plan_part(phrase.start):
            line_start = self.text.rfind("\n", 0, phrase.start) + 1
            if not self.text[line_start:phrase.start].strip():
                return False  # 下半年，全市… heading a plan's paragraph frames it; its targets are annual
        if phrase.start >= clause[0] or phrase.kind in rules.SCENE_SETTING:
            return True
        head = self.ctx.clause(phrase.start, phrase.end)[0]
        return rules.TOPIC_LEAD.fullmatch(self.text, head, phrase.start) is not None

    def default_period(self, q: Quantity, modality: Modality) -> Period | None:
        """The document's period; a plan part's year; unknown for a promise made in passing."""
        part = self.ctx.plan_part(q.start)
        if part is not None and self.year and not self.is_plan:
            return _year_period(self.plan_year(part))
        if modality is not Modality.PLANNED or self.is_plan:
            return self.period
        return None

    def plan_year(self, part: Region) -> int:
        """The year a plan part is for: named in its heading, else next year after a whole-year report."""
        if part.start not in self.plan_years:
            self.plan_years[part.start] = self.read_plan_year(part)
        return self.plan_years[part.start]

    def read_plan_year(self, part: Region) -> int:
        heading = self.text[part.start:self.text.find("\n", part.start)]
        if match := rules.YEAR_IN_HEADING.search(heading):
            return int(match[1])
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
            if not earlier:
                return None, True
            scope = earlier[-1]
            # 前三季度…累计 adds up within the quarter; after 2022年 it does too, unless the year
            # already dated other figures (2022年共入选…46人，…，累计共培养…111人 is all-time).
            if scope.kind not in rules.WITHIN_YEAR and self.figure_between(scope.end, nearest.start):
                return None, True
            return self.resolve_one(scope, q, clause, modality)
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
        g, year, end = span.groups, self.year, self.period.end if self.period else None
        kind = span.kind
        part = self.ctx.plan_part(q.start)
        if part is not None and kind in rules.RELATIVE_YEAR and year and not self.is_plan:
            year = self.plan_year(part)
        y = int(g["y"]) if g.get("y") else year
        if kind == "year_range":
            return self.year_range(int(g["y1"]), int(g["y2"]), q, clause)
        if y is None:
            return self.period, False
        if kind == "since_year" and end:
            return _span_period(date(y, 1, 1), end), True
        if kind == "half":
            first = 1 if g["half"] == "上半年" else 7
            return _span_period(date(y, first, 1), _month_end(y, first + 5)), False
        if kind == "quarter":
            return self.quarter(y, g["quarter"]), False
        if kind == "to_month":
            return _span_period(date(y, 1, 1), _month_end(y, int(g["m"]))), False
        if kind == "this_month":
            return self.this_month(g), False
        if kind in ("recent_years", "running_years"):
            return self.recent(g, kind == "recent_years")
        if kind == "years_ahead":
            issued = self.document.meta.issued
            first = issued.year if issued else y
            years = _count(g.get("n")) or 1
            return _span_period(date(first, 1, 1), date(first + years - 1, 12, 31)), False
        if kind in ("year", "whole_year", "target_year"):
            return _year_period(y), False
        if kind == "this_year":
            in_year = (self.period is not None and self.period.end.year == y and not self.is_plan
                       and modality is not Modality.PLANNED)  # 今年计划新建8家: the whole year
            return (_span_period(date(y, 1, 1), self.period.end) if in_year else _year_period(y)), False
        if kind == "last_year":
            issued = self.document.meta.issued
            return _year_period(issued.year - 1 if issued and not g.get("y") else y - 1), False
        if kind == "month":
            return _span_period(date(y, int(g["m"]), 1), _month_end(y, int(g["m"]))), False
        return self.period, False

    def year_range(self, first: int, last: int, q: Quantity, clause: tuple[int, int]) -> tuple[Period, bool]:
        before = self.text[clause[0]:q.start]
        if "到" in before or "至" in before:
            return _year_period(last), False
        if "由" in before or "从" in before:
            return _year_period(first), False
        return _span_period(date(first, 1, 1), date(last, 12, 31)), True

    def quarter(self, year: int, phrase: str) -> Period:
        if phrase.startswith("前"):
            quarters = 3 if "三" in phrase else 2
            return _span_period(date(year, 1, 1), _month_end(year, 3 * quarters))
        number = "一二三四".index(phrase.lstrip("第")[0]) + 1
        return _span_period(date(year, 3 * number - 2, 1), _month_end(year, 3 * number))

    def this_month(self, g: dict[str, str | None]) -> Period | None:
        issued = self.document.meta.issued
        if issued is None or not g.get("d1"):
            return None
        try:
            first = issued.replace(day=int(g["d1"]))
            last = issued.replace(day=int(g["d2"])) if g.get("d2") else first
        except ValueError:
            return None
        return _span_period(first, last)

    def recent(self, g: dict[str, str | None], cumulative: bool) -> tuple[Period | None, bool]:
        years = _count(g.get("n"))
        if years is None or self.year is None or self.period is None:
            return None, False
        return _span_period(date(self.year - years + 1, 1, 1), self.period.end), cumulative

    # ── subject ───────────────────────────────────────────────────────────
    def subject(self, q: Quantity, previous: Figure | None, sentence: tuple[int, int]) -> str:
        item = self.ctx.item(q.start, q.end)
        left = max(item[0], previous.end if previous and previous.end <= q.start else item[0])
        cut = left
        for verb in rules.SPLIT_VERB.finditer(self.text, left, q.start):
            cut = verb.end()
        before = self.text[cut:q.start]
        listing = before.rstrip().endswith("等")  # …等8个项目: the noun after the number is the subject
        # The trailing strip is anchored at the end only, so it runs on a short tail.
        before = rules.LEADING_NOISE.sub("", before)[-rules.SUBJECT_TAIL:]
        before = _strip_end(before, rules.TRAILING_WORDS)[-rules.SUBJECT_MAX:]
        same_sentence = previous is not None and previous.start >= sentence[0]
        if rules.GROWTH.match(before) and same_sentence:
            return f"{previous.subject}{before}"
        if before and not listing:
            return before
        after = self.text[q.end:item[1]]
        stop = rules.NOUN_AFTER_END.search(after)
        noun = (after[: stop.start()] if stop else after).strip()[: rules.SUBJECT_MAX]
        if noun:
            return noun
        return previous.subject if same_sentence else ""

    # ── one figure ────────────────────────────────────────────────────────
    def figure(self, q: Quantity, previous: Figure | None) -> Figure:
        sentence = self.ctx.sentence(q.start, q.end)
        clause = self.ctx.clause(q.start, q.end)
        modality, own_cue = self.modality(q, previous, clause, sentence)
        subset = self.is_subset(q, sentence)
        if previous is not None and previous.start >= sentence[0] and not own_cue and (
                subset or self.is_growth(q, clause)):
            modality = previous.modality
        period, cumulative = self.period_of(q, modality, sentence, clause)
        return Figure(
            document=self.document.path, quantity=q, subject=self.subject(q, previous, sentence),
            modality=modality, period=period, cumulative=cumulative,
            subset=subset,
            clause=clause, sentence=sentence,
        )

    def is_subset(self, q: Quantity, sentence: tuple[int, int]) -> bool:
        """After 其中 in the sentence, until a clause that starts a new statement with a verb."""
        marker = self.text.rfind("其中", sentence[0], q.start)
        if marker < 0:
            return False
        head = self.ctx.clause(q.start, q.end)[0]
        return head <= marker or not self.ctx.spans_between(self.ctx.cues, head, q.start)

    def is_growth(self, q: Quantity, clause: tuple[int, int]) -> bool:
        """同比增长7.12%: a change of the figure before, in the same breath."""
        if q.dimension not in (Dimension.PERCENT, Dimension.MULTIPLE):
            return False
        return rules.GROWTH.match(rules.LEADING_NOISE.sub("", self.text[clause[0]:q.start])) is not None

    def top_ranks(self) -> list[Quantity]:
        """Ranks of 1 written without a digit (居全省首位)."""
        return [Quantity(value=Decimal(1), unit="位", written_unit="位", dimension=Dimension.RANK,
                         text=self.original[m.start():m.end()], start=m.start(), end=m.end())
                for m in rules.TOP_RANK.finditer(self.text)]

    def read(self) -> list[Figure]:
        found = [q for q in scan(self.original, self.text, with_units_only=True) if self.is_figure(q)]
        found = sorted(found + [q for q in self.top_ranks() if not self.ctx.in_debris(q.start)],
                       key=lambda q: q.start)
        self.figure_starts = [q.start for q in found]
        figures: list[Figure] = []
        for q in found:
            figures.append(self.figure(q, figures[-1] if figures else None))
        return figures


def extract(document: Document) -> list[Figure]:
    """Every figure in the document, in text order."""
    return _Reader(document).read()
