"""Everything about a document's text that figures are read against, found in one pass each.

Sentence, clause and item boundaries, cue words, time phrases, plan parts and
page furniture are located once per document; each figure then looks up its
neighbours by bisection instead of searching the text again.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from operator import attrgetter, sub
from typing import NamedTuple

from tracker.extract import rules
from tracker.extract.tables import Zone, column_zones
from tracker.model.figure import Modality

_SENTENCE_CHARS = frozenset("。！？!?\n")
_CLAUSE_CHARS = _SENTENCE_CHARS | frozenset("，,：:；;")
_BOUNDARY = re.compile(r"[。！？!?\n，,：:；;、]")
_START = re.Match.start


def _alternation(words: list[str]) -> re.Pattern[str]:
    """Words as one pattern, longest first.

    A plain alternation of literals lets the engine collect their first characters and skip, in C, every
    position none of them starts at; a look-ahead in front would hide them (measured 1.5–2.7× slower).
    """
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered))


_BEFORE_MODALITY = {c.word: c.modality for c in rules.BEFORE_CUES}
_AFTER = _alternation([c.word for c in rules.AFTER_CUES])
_AFTER_MODALITY = {c.word: c.modality for c in rules.AFTER_CUES}
def _combined_periods() -> tuple[re.Pattern[str], dict[str, tuple[str, dict[str, str]]]]:
    """All time phrases as one alternation, searched in one pass; earlier phrases win ties.

    Each phrase's named groups get a suffix so the names stay unique; the table gives, by the name of a
    phrase's outer group (a match's `lastgroup`: the outer group closes last), its kind and group names.
    """
    parts, table = [], {}
    for i, phrase in enumerate(rules.PERIOD_PHRASES):
        names = re.findall(r"\(\?P<(\w+)>", phrase.pattern)
        pattern = phrase.pattern
        for name in names:
            pattern = pattern.replace(f"(?P<{name}>", f"(?P<{name}_{i}>").replace(f"(?P={name})", f"(?P={name}_{i})")
        parts.append(f"(?P<p{i}>{pattern})")
        table[f"p{i}"] = (phrase.kind, {name: f"{name}_{i}" for name in names})
    # A one-character look-ahead lets the engine skip the many positions no phrase can start at.
    return re.compile(f"(?=[{rules.PERIOD_FIRST_CHARS}])(?:{'|'.join(parts)})"), table


_PERIODS, _PERIOD_TABLE = _combined_periods()


_NO_GROUPS: dict[str, str | None] = {}


class Span(NamedTuple):
    """A found phrase: where it is, what it is, and its captured parts."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


class Region(NamedTuple):
    """A stretch of text that is a plan: a plan part (`part`) or a 下一步 paragraph."""

    start: int
    end: int
    kind: str


SENTENCE_REACH, CLAUSE_REACH, ITEM_REACH = 800, 400, 200
"""The longest sentence, clause and list item a figure looks back over, in characters.

Real sentences are far shorter; a text whose clauses all end in ， and never in 。 (or that has no
punctuation at all) is cut at its clause ends (or anywhere) instead, so the work per figure stays
bounded and extraction time grows linearly with the length of any text.
"""


def _widest(ends: list[int]) -> int:
    """The longest step from one end to the next (from -1 to the first), counted in C."""
    return max(map(sub, ends, [-1, *ends]), default=0)


def _bounded(ends: list[int], finer: list[int], reach: int) -> list[int]:
    """`ends`, with a position of `finer` (a superset) added wherever two ends lie more than `reach` apart."""
    if _widest(ends) <= reach and (not finer or finer[-1] - (ends[-1] if ends else -1) <= reach):
        return ends
    own, out, last, candidate = set(ends), [], -1, -1
    for at in finer:
        if at in own:
            out.append(at)
            last = candidate = at
            continue
        if at - last > reach and candidate > last:
            out.append(candidate)
            last = candidate
        candidate = at
    return out


def _cut(ends: list[int], length: int, reach: int) -> list[int]:
    """`ends` with a cut every `reach` characters where a stretch has no boundary at all."""
    if _widest(ends) <= reach and length - (ends[-1] if ends else -1) <= reach:
        return ends  # the usual text: no stretch to cut
    out, last = [], -1
    for at in [*ends, length]:
        while at - last > reach:
            last += reach
            out.append(last)
        if at < length:
            out.append(at)
        last = at
    return out


def _ends(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Sentence, clause, item and line ends, from one pass over the punctuation (each no longer than its reach)."""
    items = list(map(_START, _BOUNDARY.finditer(text)))
    clauses = [at for at in items if text[at] in _CLAUSE_CHARS]
    sentences = [at for at in clauses if text[at] in _SENTENCE_CHARS]
    lines = [at for at in sentences if text[at] == "\n"]
    items = _cut(items, len(text), ITEM_REACH)
    clauses = _bounded(clauses, items, CLAUSE_REACH)
    return _bounded(sentences, clauses, SENTENCE_REACH), clauses, items, lines


def _in_title(text: str, start: int) -> bool:
    """True inside 《…》: a year in a document's title is no period of a figure."""
    left = text.rfind("《", max(0, start - 60), start)
    return left >= 0 and "》" not in text[left:start] and "》" in text[start:start + 60]


_PERIOD_ANCHOR = re.compile("[年季月计期今前来]")
"""Every time phrase holds one of these (“十四五”以来 only 来); the full pattern is tried only around them."""
_PERIOD_BEFORE, _PERIOD_AFTER = 15, 12
"""How far a phrase reaches before and after its anchor character."""


def _period_matches(text: str) -> list[re.Match[str]]:
    """What `_PERIODS.finditer(text)` finds, searched only in windows around anchor characters."""
    found: list[re.Match[str]] = []
    done = 0
    for anchor in _PERIOD_ANCHOR.finditer(text):
        at = anchor.start()
        if at < done:
            continue
        # A match must start by the anchor: one further on is cut by the window's end, and its
        # own anchor will find it whole.
        match = _PERIODS.search(text, max(done, at - _PERIOD_BEFORE), at + _PERIOD_AFTER)
        while match and match.start() <= at:
            found.append(match)
            done = match.end()
            match = _PERIODS.search(text, done, at + _PERIOD_AFTER) if done <= at else None
    return found


def _period_spans(text: str) -> list[Span]:
    """Time phrases, leftmost first; a year that is the base of a comparison is none."""
    spans = []
    for match in _period_matches(text):
        start, end = match.span()
        if _in_title(text, start) or rules.COMPARISON_BEFORE.search(text, max(0, start - 2), start):
            continue
        kind, names = _PERIOD_TABLE[match.lastgroup]  # type: ignore[index]
        spans.append(Span(start, end, kind, {name: match[real] for name, real in names.items()}))
    return spans


_BEFORE = _alternation(list(_BEFORE_MODALITY))


_STATISTICS_HOLDING = {word: [(name, name.index(word)) for name in rules.STATISTIC_WORDS if word in name]
                       for word in _BEFORE_MODALITY}


def _in_statistic(text: str, at: int, word: str) -> bool:
    """True when the step word at `at` is part of a statistic's name (专利申请, 申请专利)."""
    return any(at >= offset and text.startswith(name, at - offset) for name, offset in _STATISTICS_HOLDING[word])


def _cue_spans(text: str) -> list[Span]:
    spans = []
    for match in _BEFORE.finditer(text):
        at, end = match.span()
        word = match.group()
        kind = _BEFORE_MODALITY[word]
        if kind is Modality.PROPOSED and (
                rules.NOUN_COMPOUND_AFTER_CUE.match(text, end)  # 申报辅导活动: part of a noun
                or rules.PROPOSED_NOT_AFTER.search(text, max(0, at - 3), at)  # 成功申报: done
                or _in_statistic(text, at, word)):  # 专利申请677件: the statistic
            continue
        if kind is Modality.ACHIEVED and rules.RESULT_AS_NOUN.match(text, end):
            continue  # 人才引进计划: a programme
        spans.append(Span(at, end, kind, _NO_GROUPS))
    promises = [Span(m.start(), m.end(), rules.PROMISES[m.group()], _NO_GROUPS) for m in rules.FUTURE_WILL.finditer(text)]
    return list(heapq.merge(spans, promises)) if promises else spans


PROSE = re.compile(r"[^\n]{10,}[。；;，,]")
"""A line of prose (not a menu item, breadcrumb or heading)."""


_NUMBERED = re.compile("|".join(f"^(?:{rules.HEADING_MARKS[rank].pattern})" for rank in (1, 2)), re.MULTILINE)
"""二、 or （二） opening a heading line (the lexicon's heading_marks of the two middle ranks)."""


def _cut_above(text: str, line_start: int) -> bool:
    """A numbered heading looking forward with no heading numbered above it: the page cut what was done before it
    (二、下阶段工作重点 under the page's title), not a line of a contents list (一、… 二、… 三、下半年工作打算) nor a
    summary's first part (一、2024年重点工作)."""
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)]
    return (_NUMBERED.match(text, line_start) is not None and _NUMBERED.search(text, 0, line_start) is None
            and any(word in line for word in rules.LEX.plan_headings.forward_words))


def _after_targets(text: str, at: int) -> bool:
    """Whether the year's targets are set out just before `at` (主要预期目标是…): a line announcing the work to come
    opens a plan part only then."""
    return any(word in text[max(0, at - _TARGETS_BEFORE):at] for word in rules.LEX.plan_headings.intro_after)


_TARGETS_BEFORE = 600
"""How far before the announcing line the targets it follows may be set out."""


def plan_heading(text: str) -> int | None:
    """Where the first plan heading (三、下半年工作打算) starts, if there is one.

    A plan part follows what was done: a heading with no prose above it (a portal
    menu's 工作思路 at the top of a page) opens nothing, unless it is numbered (二、下阶段工作重点 on a page
    that cut the part before it); else a line announcing the work to come (…做好以下九方面工作：).
    """
    intro = next((m for m in rules.PLAN_INTRO.finditer(text) if _after_targets(text, m.start())), None)
    intro_at = text.rfind("\n", 0, intro.start()) + 1 if intro else None
    for keyword in rules.PLAN_HEADING_WORD.finditer(text, 0, intro_at if intro_at is not None else len(text)):
        line_end = text.find("\n", keyword.end())
        if text[keyword.end():line_end if line_end >= 0 else len(text)].strip():
            continue  # a heading ends with its keyword
        line_start = text.rfind("\n", 0, keyword.start()) + 1
        if rules.PLAN_HEADING.match(text, line_start) and (PROSE.search(text, 0, line_start) or _cut_above(text, line_start)):
            return line_start
    return intro_at  # …做好以下九方面工作：


def _at_lines(pattern: re.Pattern[str], text: str, line_starts: list[int]) -> list[re.Match[str]]:
    """Matches of a line-anchored pattern, tried only where lines start (far fewer places than characters)."""
    return [m for start in line_starts if (m := pattern.match(text, start))]


def _plan_regions(text: str, line_starts: list[int], early_report: bool = False) -> list[Region]:
    """Plan parts (from a 工作打算 heading to the end), 下一步 paragraphs, answers to plan questions, and a report's
    sections of the year's targets ((一)部门年度总体目标, to the next heading).

    A paragraph opening with 下半年 is a plan only in a report written by mid-year (`early_report`).
    """
    heading = plan_heading(text)
    regions = [Region(heading, len(text), "part")] if heading is not None else []
    ends = [m.start() for m in _at_lines(rules.REGION_END, text, line_starts)]
    if rules.TARGET_HEADING_WORD.search(text):  # a literal scan first: the heading pattern is tried at line starts
        regions += _sections_at(rules.TARGET_HEADING, text, line_starts, "targets", Sections(text, line_starts))
    for pattern, kind in ((rules.PLAN_PARAGRAPH, "paragraph"), (rules.PLAN_QUESTION, "question")):
        for match in _at_lines(pattern, text, line_starts):
            if kind == "paragraph" and not early_report and "下半年" in match.group():
                continue
            following = bisect_right(ends, match.start())
            regions.append(Region(match.start(), ends[following] if following < len(ends) else len(text), kind))
    return regions


def heading_rank(text: str, line_start: int) -> int | None:
    """The rank of the heading opening the line at `line_start` (0 for 第一章, 1 for 一、 …), None for no heading."""
    return next((rank for rank, mark in enumerate(rules.HEADING_MARKS) if mark.match(text, line_start)), None)


class Sections:
    """Where a section that opens at a heading ends: at the next heading of its own rank or a higher one."""

    def __init__(self, text: str, line_starts: list[int]) -> None:
        ranked = [(at, rank) for at in line_starts if (rank := heading_rank(text, at)) is not None]
        self.length = len(text)
        self.starts_by_rank = [[at for at, r in ranked if r <= rank] for rank in range(len(rules.HEADING_MARKS))]

    def end(self, start: int, rank: int | None) -> int:
        """The end of the section opening at `start` (a heading of `rank`; an unnumbered one ends at the first
        numbered heading of the two top ranks)."""
        starts = self.starts_by_rank[1 if rank is None else rank] if self.starts_by_rank else []
        i = bisect_right(starts, start)
        return starts[i] if i < len(starts) else self.length


def _sections_at(pattern: re.Pattern[str], text: str, line_starts: list[int], kind: str,
                 sections: Sections) -> list[Region]:
    """Regions from each heading `pattern` finds to the end of its section."""
    return [Region(m.start(), sections.end(m.start(), heading_rank(text, m.start())), kind)
            for m in _at_lines(pattern, text, line_starts)]


def _review_regions(text: str, line_starts: list[int]) -> list[Region]:
    """A plan's reviews of the past: from a review heading (一、“十二五”期间主要工作回顾) to the end of its section."""
    return _sections_at(rules.REVIEW_HEADING, text, line_starts, "review", Sections(text, line_starts))


_START_OF = attrgetter("start")


def _holding(regions: list[Region], start: int) -> Region | None:
    """The region of `regions` (sorted, none inside another) holding `start`, by bisection."""
    i = bisect_right(regions, start, key=_START_OF) - 1
    return regions[i] if i >= 0 and regions[i].start <= start < regions[i].end else None


def _merge(spans: object) -> list[tuple[int, int]]:
    """Overlapping spans joined, sorted."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):  # type: ignore[call-overload]
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _debris(text: str, line_starts: list[int]) -> list[tuple[int, int]]:
    zones = [m.span() for pattern in (rules.DEBRIS_LINE, rules.FILE_LINE) for m in _at_lines(pattern, text, line_starts)]
    # A footer line (举报/反馈, 责任编辑) ends the page only in its second half: info bars at the top
    # of a page carry the same words.
    late = [start for start in line_starts if start >= len(text) // 2]
    footer = next(iter(_at_lines(rules.FOOTER, text, late)), None)
    if footer:
        zones.append((footer.start(), len(text)))
    return sorted(zones)


def _bounds(ends: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    """The segment around [start, end) delimited by the boundary positions `ends`."""
    i = bisect_left(ends, start)
    left = ends[i - 1] + 1 if i else 0
    if i < len(ends) and ends[i] >= end:  # the usual case: no boundary inside the span
        return left, ends[i]
    j = bisect_left(ends, end, i)
    return left, ends[j] if j < len(ends) else length


Bounds = Callable[[int, int], tuple[int, int]]
"""(start, end) → the segment around it: a sentence, clause, item or paragraph."""


@dataclass
class TextContext:
    """The landmarks of one normalized document text."""

    text: str
    sentence_ends: list[int] = field(default_factory=list)
    clause_ends: list[int] = field(default_factory=list)
    item_ends: list[int] = field(default_factory=list)
    paragraph_ends: list[int] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)
    periods: list[Span] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    debris: list[tuple[int, int]] = field(default_factory=list)
    columns: list[Zone] = field(default_factory=list)
    """Stretches a table column or a field label says are planned or achieved."""

    @classmethod
    def of(cls, text: str, early_report: bool = False) -> TextContext:
        """Find every landmark of `text` (already normalized); `early_report` for a report ending by June."""
        sentences, clauses, items, lines = _ends(text)
        line_starts = [0, *(at + 1 for at in lines)]
        return cls(
            text=text,
            sentence_ends=sentences,
            clause_ends=clauses,
            item_ends=items,
            paragraph_ends=lines,
            cues=_cue_spans(text),
            periods=_period_spans(text),
            regions=_plan_regions(text, line_starts, early_report),
            debris=_debris(text, line_starts),
            columns=column_zones(text),
        )

    def in_debris(self, start: int) -> bool:
        i = bisect_right(self.debris_starts, start) - 1
        return i >= 0 and start < self.debris[i][1]

    def __post_init__(self) -> None:
        # Bound once per document: each figure looks up its sentence, clause, item and paragraph.
        self.sentence: Bounds = partial(_bounds, self.sentence_ends, len(self.text))
        self.clause: Bounds = partial(_bounds, self.clause_ends, len(self.text))
        self.item: Bounds = partial(_bounds, self.item_ends, len(self.text))
        self.paragraph: Bounds = partial(_bounds, self.paragraph_ends, len(self.text))
        self.cue_starts = [span.start for span in self.cues]
        self.debris = _merge(self.debris)
        self.debris_starts = [start for start, _ in self.debris]
        self.period_starts = [span.start for span in self.periods]
        self.planned = _merge((r.start, r.end) for r in self.regions)
        self.parts = sorted(r for r in self.regions if r.kind not in ("paragraph", "targets"))
        self.target_sections = sorted(r for r in self.regions if r.kind == "targets")
        self.part_starts = [r.start for r in self.parts]
        self.column_starts = [z.start for z in self.columns]

    def column(self, start: int) -> str | None:
        """The role (planned, achieved) of the table column or labelled field holding `start`, if any."""
        i = bisect_right(self.column_starts, start) - 1
        while i >= 0 and start - self.columns[i].start < 4000:
            if start < self.columns[i].end:
                return self.columns[i].role
            i -= 1
        return None

    def in_region(self, start: int) -> bool:
        """True inside any plan region (plan part, 下一步 paragraph, answer to a plan question)."""
        i = bisect_right(self.planned, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.planned[i][0] <= start < self.planned[i][1]

    @cached_property
    def reviews(self) -> list[Region]:
        """Reviews of the past inside a plan: found only when a plan asks."""
        return _review_regions(self.text, [0, *(at + 1 for at in self.paragraph_ends)])

    def in_targets(self, start: int) -> bool:
        """True inside a report's section of the year's targets ((一)部门年度总体目标 …)."""
        return _holding(self.target_sections, start) is not None

    def targets_section(self, start: int) -> Region | None:
        """The report's section of the year's targets holding `start`, if any."""
        return _holding(self.target_sections, start)

    def review(self, start: int) -> Region | None:
        """The review section (of a plan) holding `start`, if any."""
        return _holding(self.reviews, start)

    def plan_part(self, start: int) -> Region | None:
        """The innermost plan part or plan answer holding `start`: its figures are the plan's targets."""
        i = bisect_right(self.part_starts, start) - 1
        while i >= 0:
            if start < self.parts[i].end:
                return self.parts[i]
            i -= 1
        return None

    def spans_between(self, spans: list[Span], start: int, end: int, last: int | None = None) -> list[Span]:
        """Spans (self.cues or self.periods) lying wholly inside [start, end), in text order; only the `last` few."""
        starts = self.cue_starts if spans is self.cues else self.period_starts
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if i == j:
            return []  # the usual case for a figure's own stretch
        if last is None:
            return [span for span in spans[i:j] if span.end <= end]
        i = max(i, j - last - 1)  # one more: a span may end past `end`
        return [span for span in spans[i:j] if span.end <= end][-last:]

    def after_cue(self, start: int, end: int) -> Modality | None:
        """The first result or proposal cue after a figure, within its clause."""
        match = _AFTER.search(self.text, start, end)
        while match and rules.NOUN_COMPOUND_AFTER_CUE.match(self.text, match.end()):
            match = _AFTER.search(self.text, match.end(), end)
        return _AFTER_MODALITY[match.group()] if match else None
