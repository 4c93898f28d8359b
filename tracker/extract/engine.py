"""From a document's text to its figures: which quantities count, what, when, and how sure.

`extract(document)` reads every quantity with the one parser
(`tracker.quantity.scan`), drops what is not a figure (dates, ordinals, names,
page furniture), and gives each figure its subject, modality and period.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from decimal import Decimal

from tracker.extract import phrases, rules
from tracker.extract.context import Span, TextContext
from tracker.extract.header_units import HeaderCell, header_units
from tracker.extract.header_units import quantity as header_quantity
from tracker.extract.modality import ModalityReader
from tracker.extract.periods import PeriodReader
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.figure import PROMISED, Figure, Modality
from tracker.model.period import Period, period_between
from tracker.places import region_key, resolve
from tracker.quantity import Dimension, Qualifier, Quantity, normalize, scan

_DIGIT = re.compile(r"\d")
_CN_NUMERALS = frozenset("零〇一二两三四五六七八九十百千万")
_new_figure = tuple.__new__
"""`Figure(...)` without the named tuple's Python-level `__new__` (0.4 -> 0.15 µs), every field given in order."""



def _strip_leading(text: str) -> str:
    """`text` without the noise words at its start (LEADING_NOISE is anchored: one match, no scan)."""
    match = rules.LEADING_NOISE.match(text)
    return text[match.end():] if match else text


class _Reader(PeriodReader, ModalityReader):
    """Reads the figures of one document against its landmarks."""

    def __init__(self, document: Document, normalized: str | None = None) -> None:
        self.document = document
        self.path = document.path
        self.original = document.text
        self.text = normalize(document.text) if normalized is None else normalized
        meta = document.meta
        self.ctx = TextContext.of(self.text, early_report=bool(meta.period and meta.period.end.month <= 6))
        self.period = meta.period
        self.year = meta.period.end.year if meta.period else (meta.issued.year if meta.issued else None)
        self.written = self.writing_year(meta)
        self.is_plan = meta.kind is DocumentKind.PLAN
        self.is_table = meta.kind is DocumentKind.TABLE
        self.is_task_table = self.is_table and rules.TASK_WORDS.search(self.text) is not None \
            and rules.COMPLETION_WORDS.search(rules.DEBRIS_LINE.sub("", self.text)) is None
        """A task table (任务分解表, 任务清单) names tasks and reports nothing done: no column or word of completion."""
        self.plan_years: dict[int, int] = {}
        self.paragraph_cache: dict[int, list[Span]] = {}
        self.heads_clause: dict[int, bool] = {}
        self.resolved: dict[tuple[int, int | None, bool, str], tuple[Period | None, bool]] = {}
        self.promise_kinds: dict[int, Modality] = {}
        self.promises = self.find_promises()
        ends = [d for d in (meta.period.end if meta.period else None, meta.issued) if d is not None]
        self.report_end = max(ends) if meta.period else None
        """The last day the document reports on, or its date if later: nothing after it is a result."""
        self.promise_set = frozenset(self.promises)
        self.forecast_title = self.titled_forecast(meta.title)
        """A document titled …(预测数): what it states for its own period is forecast."""
        self.cells = {cell.start: cell for cell in header_units(self.text) if not self.ctx.in_debris(cell.start)}
        """Table cells whose unit only their column's header writes, by offset: each gives its figure's subject
        (the header), its year (2016\\2017), its role (年初预算数 planned, 全年执行数 achieved)."""

    def titled_forecast(self, title: str | None) -> bool:
        """True when the title, or the line of text that holds it (…指标情况(预测数)), calls its figures forecasts."""
        if not title:
            return False
        at = self.text.find(title)
        end = self.text.find("\n", at) if at >= 0 else -1
        line = title if at < 0 else self.text[at:end if end >= 0 else len(self.text)]
        return any(word in line for word in rules.FORECAST_TITLES)

    @staticmethod
    def writing_year(meta: DocumentMeta) -> int | None:
        """The year the document was written: its date's, else for an undated summary of a whole year with
        next year's plan (mixed) the year after its results, else the year it reports on."""
        if meta.issued is not None:
            return meta.issued.year
        if meta.period is None:
            return None
        whole = (meta.period.start.month, meta.period.start.day, meta.period.end.month, meta.period.end.day) == (
            1, 1, 12, 31) and meta.period.start.year == meta.period.end.year
        return meta.period.end.year + 1 if meta.kind is DocumentKind.MIXED and whole else meta.period.end.year

    # ── which quantities are figures ──────────────────────────────────────
    def is_figure(self, q: Quantity) -> bool:
        text, start = self.text, q.start
        if self.ctx.debris and self.ctx.in_debris(start):
            return False
        if q.dimension is Dimension.RANK:
            return True
        if not q.unit or start and (text[start - 1] in rules.NOT_AFTER_LAST or text[start - 1].isspace()) \
                and rules.NOT_AFTER.search(text, max(0, start - 10), start):
            return False  # 第十八届, 每万名, 阅读量：3512次
        if q.dimension is Dimension.DURATION:  # 近3年 sets a period; 期限不超过3年 is a figure
            return q.qualifier in (Qualifier.AT_MOST, Qualifier.AT_LEAST) and q.value < 1900
        if q.unit == "届" and (text[max(0, start - 2):start] == "党的" or rules.SESSION_NAME.match(text, q.end)
                              or rules.SESSION_BODY_AFTER.match(text, q.end)):
            return False  # 党的二十届, 六届五次全会, 六届市纪委
        if q.text[0] in _CN_NUMERALS and (rules.NOT_FIGURE_AFTER.match(text, q.end)
                                          or rules.NOT_FIGURE_BEFORE.search(text, max(0, start - 2), start)):
            return False  # 五次全会, 下列五个方面, 五个方面的工作
        if q.text[:1] == "一" and q.value == 1 and rules.ONE_OF_A_KIND.search(text, max(0, start - 1), start):
            return False  # 是…的一项重要内容
        if q.unit in rules.PHASE or q.value == 1 and q.unit in rules.VAGUE_ONE or q.text[:1] in "十百千万":
            chinese = _DIGIT.search(q.text) is None
            if chinese and (q.unit in rules.PHASE or q.value == 1 and q.unit in rules.VAGUE_ONE):
                return False  # 二期, 一批
            if chinese and rules.VAGUE_BEFORE.search(text, max(0, start - 3), start):
                return False  # 数十家, 几百项
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
        if rules.OPENING_QUOTE.search(text, max(0, start - rules.QUOTED_NAME_MAX), start) is None:
            return False
        for opening, closing in rules.QUOTES:
            left = text.rfind(opening, max(0, start - rules.QUOTED_NAME_MAX), start)
            if left < 0 or closing in text[left + 1:start]:
                continue
            right = text.find(closing, end, end + rules.QUOTED_NAME_MAX)
            if right >= 0 and right - left <= rules.QUOTED_NAME_MAX and "\n" not in text[left:right]:
                return True
        return False

    # ── lists and quarters ──────────────────────────────────────────────
    def figures_in(self, figures: list[Figure], start: int, end: int) -> list[int]:
        """The indices of the figures starting in [start, end), by bisection (figures are in text order)."""
        return list(range(bisect_left(self.figure_starts, start), bisect_left(self.figure_starts, end)))

    def quarter_lists(self) -> list[re.Match[str]]:
        """What `QUARTER_LIST.finditer` finds, tried only around each 季度 (a list of quarters is at most
        一、二、三、四 before it, and its 依次/分别 within a few characters after)."""
        found = []
        at = self.text.find("季度")
        while at >= 0:
            match = rules.QUARTER_LIST.search(self.text, max(0, at - 7), at + 16)
            if match is not None and match.end(1) == at:
                found.append(match)
            at = self.text.find("季度", at + 2)
        return found

    def by_quarter(self, figures: list[Figure]) -> list[Figure]:
        for match in self.quarter_lists():
            quarters = ["一二三四".index(c) + 1 for c in match[1] if c in "一二三四"]
            sentence = self.ctx.sentence(match.start(), match.end())
            inside = self.figures_in(figures, match.end(), sentence[1])
            if len(inside) != len(quarters):
                continue
            year = self.year
            for i, quarter in zip(inside, quarters, strict=True):  # each to the end of its quarter
                to_date = period_between(date(year, 1, 1), phrases.month_end(year, 3 * quarter))  # type: ignore[arg-type]
                figures[i] = figures[i]._replace(period=to_date, cumulative=False)
        return figures

    # ── subject ───────────────────────────────────────────────────────────
    def subject(self, q: Quantity, previous: Figure | None, same_sentence: bool) -> str:
        text, start = self.text, q.start
        item_start, item_end = self.ctx.item(start, q.end)
        left = item_start
        if previous is not None and item_start < previous.quantity.end <= start:
            left = previous.quantity.end
        cut = left
        for verb in rules.SPLIT_VERB.finditer(text, left, start):
            cut = verb.end()
        linking = (rules.LINKING_VERB.fullmatch(text, max(left, cut - 2), cut)
                   if cut > left and text[cut - 1] in rules.LINKING_LAST else None)
        lead = rules.LEADING_NOISE.match(text, cut, start)
        # The trailing strip is anchored at the end only, so it runs on a short tail.
        before = text[max(lead.end() if lead else cut, start - rules.SUBJECT_TAIL):start]
        before = rules.TRAILING_NOISE.sub("", before)[-rules.SUBJECT_MAX:]
        if same_sentence and previous.subject:  # type: ignore[union-attr]
            if rules.GROWTH.match(before):
                return f"{previous.subject}{before}"  # type: ignore[union-attr]
            if (linking is not None or before and before[-1] in rules.GENERIC_LAST) and \
                    (carried := self.carried_subject(before, previous.subject, linking)):  # type: ignore[union-attr]
                return carried
        if before and not text[cut:start].rstrip().endswith("等"):  # …等8个项目: the noun after the number is the subject
            return before
        after = text[q.end:item_end]
        stop = rules.NOUN_AFTER_END.search(after)
        noun = (after[: stop.start()] if stop else after).strip()[: rules.SUBJECT_MAX]
        if noun:
            return noun
        return previous.subject if same_sentence else ""  # type: ignore[union-attr]

    @staticmethod
    def carried_subject(before: str, previous: str, linking: re.Match[str] | None) -> str | None:
        """The subject of the figure before, carried into a clause that only names a generic head of it
        (…贷款342笔，贷款总金额14.59亿元 → 科技成果转化贷款总金额) or whom it reached (惠及…企业近300家)."""
        if linking is not None and before:
            cut = [m.start() for m in (rules.GENERIC_HEAD.search(previous), rules.GROWTH_WORD.search(previous)) if m]
            return f"{previous[:min(cut)] if cut else previous}{linking.group()}{before}"
        head = rules.GENERIC_HEAD.search(before)
        if head is None or head.end() != len(before):
            return None
        rest = before[:head.start()]
        if len(rest) < 2 or not previous.endswith(rest):
            return None  # the head must restate the thing counted before it (贷款 … 贷款总金额)
        return f"{previous}{head.group()}"

    # ── one figure ────────────────────────────────────────────────────────
    def figure(self, q: Quantity, previous: Figure | None) -> Figure:
        ctx, start = self.ctx, q.start
        cell = self.cells.get(start) if self.cells else None
        self.column = column = cell.role if cell is not None and cell.role else (
            ctx.column(start) if ctx.columns else None)  # read once per figure
        self.in_region = column != "achieved" and bool(ctx.planned) and ctx.in_region(start)  # a spending cell is spent
        sentence = ctx.sentence(start, q.end)
        clause = ctx.clause(start, q.end)
        same_sentence = previous is not None and previous.quantity.start >= sentence[0]
        modality, own_cue = self.modality(q, previous, clause, sentence, same_sentence)
        subset = (cell is not None and self.in_place_row(cell)) or self.is_subset(q, sentence, clause)
        if same_sentence and not own_cue and (subset or self.is_growth(q, clause)):
            modality = previous.modality  # type: ignore[union-attr]
        review = ctx.review(start) if self.is_plan and ctx.reviews else None
        if review is not None and modality is Modality.PLANNED and not own_cue:
            modality = Modality.ACHIEVED  # 一、“十二五”期间主要工作回顾 in a plan: what was done before it
        period, cumulative = self.period_of(q, modality, sentence, clause, review)
        if cell is not None and cell.year is not None:
            period, cumulative = phrases.year_period(cell.year), False
        background = review is not None or (
            self.is_plan and modality is Modality.PLANNED and self.before_plan(q, sentence, period, own_cue))
        if background:
            modality = Modality.ACHIEVED  # 截止2018年底，全市高新技术企业达285家 in a plan for 2019—2020: where it starts
        ahead = modality is Modality.ACHIEVED and period is not None and self.report_end is not None \
            and period.start > self.report_end and self.after_report(q, sentence)
        if ahead:
            modality = Modality.PLANNED  # 2016年…增加值达到90亿元 in a report on 2015: no result yet
        elif self.forecast_title and modality is Modality.ACHIEVED and period is not None and self.period is not None \
                and period.end == self.period.end:
            modality = Modality.FORECAST  # …指标情况(预测数): its own year's values are forecasts
        in_plan = (self.is_plan and column != "achieved" and not background) or ahead or self.in_region \
            or column == "planned" or (self.is_task_table and modality in PROMISED)
        subject = cell.header if cell is not None and cell.header else self.subject(q, previous, same_sentence)
        return _new_figure(Figure, (self.path, q, subject, modality, period, clause, sentence, cumulative, subset, in_plan))

    def before_plan(self, q: Quantity, sentence: tuple[int, int], period: Period | None, own_cue: bool) -> bool:
        """A result the plan states as its starting point, for a time ending before the plan's: with no promise of
        its own (2017年…登记省级科技成果1070项 in a plan for 2018), reported (截止, 已, 以来), or totalled over a span
        that ended before it (“十三五”期间…提高至3.98% in a plan for 2021—2025)."""
        if self.period is None or period is None or period.end >= self.period.start:
            return False
        return not own_cue or period.start.year < period.end.year \
            or rules.RESULT_MARKER.search(self.text, sentence[0], q.start) is not None

    def after_report(self, q: Quantity, sentence: tuple[int, int]) -> bool:
        """For a figure dated after all the document reports on and after its date (report_end): a target, whatever
        its verb — unless a result is reported in its own stretch (已, 截至), or its sentence names the reported
        time too (2025年…对2024年度14个项目开展自评: work of 2025 on 2024's)."""
        if rules.RESULT_MARKER.search(self.text, sentence[0], q.start) is not None:
            return False
        named = self.ctx.spans_between(self.ctx.periods, sentence[0], q.start)
        return not any(p.kind == "year" and self.period is not None and p.groups.get("y")
                       and self.period.start.year <= int(p.groups["y"]) <= self.period.end.year for p in named)

    def is_subset(self, q: Quantity, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
        """After 其中 in the sentence, until a clause that starts a new statement with a verb."""
        marker = self.text.rfind("其中", sentence[0], q.start)
        if marker < 0:
            return False
        head = clause[0]
        return head <= marker or not self.ctx.spans_between(self.ctx.cues, head, q.start)

    def is_growth(self, q: Quantity, clause: tuple[int, int]) -> bool:
        """同比增长7.12%: a change of the figure before, in the same breath."""
        if q.dimension not in (Dimension.PERCENT, Dimension.MULTIPLE):
            return False
        return rules.GROWTH.match(_strip_leading(self.text[clause[0]:q.start])) is not None

    def top_ranks(self) -> list[Quantity]:
        """Ranks of 1 written without a digit (居全省首位)."""
        return [Quantity(value=Decimal(1), unit="位", written_unit="位", dimension=Dimension.RANK,
                         text=self.original[m.start():m.end()], start=m.start(), end=m.end())
                for m in rules.TOP_RANK.finditer(self.text)]

    def header_cells(self) -> list[Quantity]:
        """The numbers of the table cells, read with their header's unit (比重% over 0.25\\0.37)."""
        return [q for cell in self.cells.values() if (q := header_quantity(cell, self.original)) is not None]

    def in_place_row(self, cell: HeaderCell | None) -> bool:
        """A cell in the row of a place inside the document's (咸安区 in a table of 咸宁市): a part, never the whole."""
        if cell is None or not cell.row:
            return False
        return bool(resolve(cell.row)) and region_key(cell.row) != region_key(self.document.meta.region) \
            or rules.ZONE_ROW.search(cell.row) is not None

    def read(self) -> list[Figure]:
        found = [q for q in scan(self.original, self.text, with_units_only=True) if self.is_figure(q)]
        found = sorted(found + [q for q in self.top_ranks() if not self.ctx.in_debris(q.start)] + self.header_cells(),
                       key=lambda q: q.start)
        self.figure_starts = [q.start for q in found]
        figures: list[Figure] = []
        for i, q in enumerate(found):
            self.next_start = found[i + 1].start if i + 1 < len(found) else len(self.text)
            figures.append(self.figure(q, figures[-1] if figures else None))
        return self.respectively(figures)

    def respectively(self, figures: list[Figure]) -> list[Figure]:
        """高新技术企业、科技型中小企业总数分别达170家、356家: the names before 分别 pair with the figures after it;
        一、二、三、四季度依次达到18%、19%、20%、21%: the quarters pair with them, each to date."""
        if self.year is not None:
            figures = self.by_quarter(figures)
        for marker in rules.RESPECTIVELY.finditer(self.text):
            clause = self.ctx.clause(marker.start(), marker.end())
            inside = self.figures_in(figures, marker.end(), clause[1])
            head_text = _strip_leading(self.text[clause[0]:marker.start()])
            names = [n for n in rules.LIST_SEPARATOR.split(head_text) if n]
            if len(inside) < 2 or len(names) != len(inside):
                continue
            shared = rules.GENERIC_HEAD.search(names[-1])
            tail = names[-1][shared.start():] if shared and shared.end() == len(names[-1]) else ""
            for i, name in zip(inside, names, strict=True):
                subject = name if name.endswith(tail) else name + tail
                figures[i] = figures[i]._replace(subject=subject[-rules.SUBJECT_MAX:])
        return figures


def extract(document: Document, normalized: str | None = None) -> list[Figure]:
    """Every figure in the document, in text order (`normalized`: `normalize(document.text)`, when known)."""
    return _Reader(document, normalized).read()
