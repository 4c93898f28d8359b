"""The numeric commitments of a plan: which of its figures are targets, and each one as a drafted target.

A figure is a commitment when it stands in a plan (a plan document, or a summary's plan part: `Figure.in_plan`),
speaks of something still to do (not a result: `Modality.ACHIEVED` in a plan is its preamble looking back), covers
no period that ended before the plan's began, and counts a quantity to reach — not the plan's own parts (开展六项行动),
an ordinal (十八届) or a sharing site's pieces (工作计划5篇). Its quote is the clause it stands in; its title the
clause part around it, the figure and the promise words taken out (`lexicon().drafting`); its section the nearest
heading above it; its owner and due date what the plan's prose says after the task (（牵头单位：…；完成时限：…）).
"""

from __future__ import annotations

import re
from datetime import date
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from tracker.draft.not_targets import not_a_target
from tracker.extract.context import heading_rank
from tracker.extract.rules import GROWTH_WORD
from tracker.extract.tables import line_end
from tracker.lexicon import lexicon, words
from tracker.model.document import Document, DocumentKind
from tracker.model.figure import Figure, Modality
from tracker.model.period import Period


class Drafted(NamedTuple):
    """One target as the machine drafts it, for a person to accept, edit or skip."""

    title: str
    """What is counted, in the plan's words (新增高新技术企业); for a milestone, the task."""
    target: str | None
    """The quantity as the plan writes it (25亿元以上); None for a milestone."""
    quote: str
    """The clause (or a table's cell) that states it."""
    section: str | None
    """The nearest heading above it, as written."""
    start: int
    """Where the figure stands in the document's text (-1 in a table)."""
    owner: str | None = None
    """The responsible unit a table names (牵头单位)."""
    due: date | None = None
    """The deadline a table sets for it (完成时限)."""
    cell: tuple[str, int, str] | None = None
    """In a table: the sheet, the row (from 1) and the column letter of the quote's cell."""
    period: Period | None = None
    """The period the extractor reads for the figure (2019年建设…1家): two statements of one value for two periods are
    two commitments, not one stated twice."""
    support: tuple[str, ...] = ()
    """The units a table names as supporting the owner (配合单位)."""
    horizon: bool = False
    """The figure's period is a horizon its sentence names (到2025年，…突破270家): a level to reach by then, over the
    plan's years up to it, not within that year alone."""


def commitments(document: Document, figures: list[Figure]) -> list[Drafted]:
    """The plan's numeric commitments in text order, each drafted as a target."""
    return commitments_and_restatements(document, figures)[0]


def commitments_and_restatements(document: Document, figures: list[Figure]) -> tuple[list[Drafted], list[Drafted]]:
    """The plan's numeric commitments, and the statements left out as restating one of them (a task holding a
    restatement is no milestone either)."""
    period = document.meta.period
    in_plan = document.meta.kind is DocumentKind.PLAN
    text = document.text
    drafted = [item for figure in figures
               if _commits(figure, in_plan, period) and not not_a_target(text, figure, figures)
               for item in _drafted(text, figure, period)]
    dropped = {id(_restatement(early, later)) for i, early in enumerate(drafted) for later in drafted[i + 1:]
               if _restated(early, later) and not _one_list(text, early, later)}
    kept = [d for d in drafted if id(d) not in dropped]
    return [_without_siblings(d, kept) for d in kept], [d for d in drafted if id(d) in dropped]


def _without_siblings(item: Drafted, drafted: list[Drafted]) -> Drafted:
    """The title without the other targets its quote states (为500家企业发放科技成果转化贷款25亿元以上: the 500家
    target is titled 为企业发放科技成果转化贷款, not …贷款25亿元以上)."""
    title = item.title
    for other in drafted:
        if other is not item and other.quote == item.quote and other.target and other.target in title:
            title = title.replace(other.target, "")
    return item._replace(title=_trimmed(title) or item.title) if title != item.title else item


def _restated(early: Drafted, later: Drafted) -> bool:
    """One commitment stated twice in two sentences: the same quantity, titles sharing a word (a headline
    今年目标——科技进步贡献率提高2个百分点 and the body's 全市科技进步贡献率提高2个百分点; 二、目标任务's 新品种38个 and
    三、实施内容's 推广农作物新品种38个)."""
    if early.target != later.target or _levels(early.title) != _levels(later.title):
        return False
    if early.quote == later.quote:  # one clause's two figures, unless the clause is written twice (a lead, the body)
        return abs(later.start - early.start) >= len(early.quote)
    if early.period is not None and later.period is not None and early.period != later.period:
        return False  # 2019年建设省级众创空间1家 … 2020年…建设省级众创空间1家: one a year
    common = SequenceMatcher(None, early.title, later.title).find_longest_match()
    shared = early.title[common.a:common.a + common.size]
    if common.size <= SHARED_WORD and shared.endswith(lexicon().drafting.measure_tails):
        return False  # 秸秆综合利用率 and 农膜回收利用率: two rates, one kind of measure
    return common.size >= min(SHARED_WORD, len(early.title), len(later.title))



def _one_list(text: str, early: Drafted, later: Drafted) -> bool:
    """Two items of one list, in one sentence (高端研发团队、机构引进2-3个；专业服务机构引进2-3个): two commitments that
    happen to share a value and a word, not one stated twice (a clause written twice is told by its quote)."""
    if early.quote == later.quote or early.start < 0 or later.start < 0:
        return False
    return not re.search("[。！？\n]", text[early.start:later.start])


def _levels(title: str) -> set[str]:
    """The levels a title names (国家级, 省级 …): 培育国家级专精特新企业10家 and 培育省级专精特新企业10家 are two."""
    return {word for word in lexicon().drafting.levels if word in title}


SHARED_WORD = 3
"""Characters two titles must share in a row to name one thing (新品种, 贡献率; 引进 or 团队 alone is no thing)."""


def _restatement(early: Drafted, later: Drafted) -> Drafted:
    """Which of the two statements is the restatement: the later one when the earlier stands under the plan's
    targets heading (二、目标任务 … 三、实施内容 restates), else the earlier (a headline the body states again)."""
    targets_heading = early.section is not None and any(word in early.section for word in _target_words())
    return later if targets_heading else early


def _target_words() -> tuple[str, ...]:
    return (*lexicon().target_headings, *lexicon().drafting.target_sections)


def _commits(figure: Figure, plan_document: bool, period: Period | None) -> bool:
    if not (plan_document or figure.in_plan) or figure.modality is Modality.ACHIEVED:
        return False
    return period is None or figure.period is None or figure.period.end >= period.start


def _drafted(text: str, figure: Figure, period: Period | None) -> list[Drafted]:
    """The figure as a drafted target, and before it the figures of a list that share its unit (分别新增孵化空间
    300万、400万、500万平方米: three targets sharing the quote)."""
    start, end = figure.clause[0], before_labels(text, figure.start, figure.clause[1])
    quote = text[start:end].strip(_EDGES)
    owner, due = who_and_when(text, figure.start, period)
    horizon = _by_horizon(text, figure)
    listed = _listed_before(text, figure)
    first = listed[0][0] if listed else figure.start
    title = title_around(text[start:end], first - start, figure.start + len(figure.quantity.text) - first) \
        or _named_before(text[max(0, start - _CLAUSE_BEFORE):first]) or _subject(figure)
    if title == figure.quantity.text:  # 支持龙头企业牵头组建创新联合体，每年组建5个以上: the task names it
        title = _named_before(text[max(0, start - _CLAUSE_BEFORE):first], growth_only=False) or title
    unit = figure.quantity.written_unit
    magnitudes = lexicon().drafting.magnitudes
    return [Drafted(title=title, target=written + (unit.lstrip(magnitudes) if written[-1] in magnitudes else unit),
                    quote=quote, section=section_at(text, at), start=at, owner=owner, due=due, period=figure.period,
                    horizon=horizon)
            for at, written in listed] + [Drafted(title=title, target=figure.quantity.text, quote=quote,
                                                  section=section_at(text, figure.start), start=figure.start,
                                                  owner=owner, due=due, period=figure.period,
                                                  horizon=horizon)]


def _by_horizon(text: str, figure: Figure) -> bool:
    """Whether the figure's paragraph names its year as a horizon before it (到2025年，全区高新技术企业突破270家)."""
    if figure.period is None:
        return False
    before = text[text.rfind("\n", 0, figure.start) + 1:figure.start]
    year = f"{figure.period.end.year}年"
    at = before.rfind(year)
    return at >= 0 and before[:at].rstrip().endswith(lexicon().drafting.horizon_marks)


_CLAUSE_BEFORE = 40
"""How far back the clause naming a bare comparison's thing is looked for."""


def _named_before(before: str, growth_only: bool = True) -> str | None:
    """The thing a bare comparison (…，达到2000家) counts, named in the clause before it with its growth:
    科技型中小企业评价入库数量同比增长20%以上，达到2000家 → 科技型中小企业评价入库数量; with `growth_only` False,
    the clause before without a growth (支持龙头企业牵头组建创新联合体，每年组建5个以上) when it holds no figure."""
    cut = max(before.rfind(mark, 0, len(before.rstrip(_EDGES))) for mark in "，,；;")
    if cut < 0:
        return None
    head = before[:cut]
    head = head[max(head.rfind(mark) for mark in "，,；;。：:\n") + 1:]
    growth = GROWTH_WORD.search(head)
    if growth:
        title = _trimmed(head[:growth.start()])
    else:
        title = "" if growth_only or re.search(r"\d", _trimmed(head)) else _trimmed(head)
    return title if len(title) >= 3 else None


_LIST_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[万萬亿億千百]?、)+$")


def _listed_before(text: str, figure: Figure) -> list[tuple[int, str]]:
    """The bare numbers listed right before a figure, each with where it stands: 300万、400万、|500万平方米."""
    window = max(figure.clause[0], figure.start - 60)
    match = _LIST_BEFORE.search(text, window, figure.start)
    if match is None or not figure.quantity.written_unit:
        return []
    found, at = [], match.start()
    for item in match[0].split("、")[:-1]:
        found.append((at, item))
        at += len(item) + 1
    return found


def _subject(figure: Figure) -> str:
    """The extractor's subject of the figure, the figure taken out; the figure itself when nothing is left."""
    return figure.subject.replace(figure.quantity.text, "").strip(" ，,、") or figure.quantity.text


_EDGES = " \t\r\n，,；;。.：:、—"


def title_around(clause: str, at: int, length: int) -> str | None:
    """The clause part holding the figure at `at`, the figure, the promise words before it and the comparison
    words after it taken out (力争全县技术合同成交额达到20亿元以上 → 全县技术合同成交额); None when less than three
    characters are left."""
    outside = _outside_brackets(clause)
    left = max((i for i in range(at) if clause[i] in "，,、；;：:。.—\n" and outside[i]), default=-1) + 1
    right = next((i for i in range(at + length, len(clause)) if clause[i] in "，,、；;。\n" and outside[i]),
                 len(clause))
    title = _trimmed(clause[left:at] + clause[at + length:right])
    return title if len(title) >= 3 else None


def _outside_brackets(text: str) -> list[bool]:
    """Per character, whether it stands outside brackets: 县(市、区) is one name, its 、 no clause mark."""
    depth, outside = 0, []
    for char in text:
        depth = max(0, depth + (char in "(（") - (char in ")）"))
        outside.append(depth == 0)
    return outside


def _trimmed(title: str) -> str:
    words_of = lexicon().drafting
    title = _heading_mark().sub("", title.strip(_EDGES))
    title = _period_lead().sub("", title)
    while (lead := next((w for w in words_of.title_lead if title.startswith(w)), None)) is not None:
        title = title[len(lead):]
    while (tail := next((w for w in words_of.title_tail if title.endswith(w)), None)) is not None:
        title = title[:-len(tail)]
    return title.strip(_EDGES)


@cache
def _heading_mark() -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join([*lexicon().heading_marks, lexicon().drafting.item_marks]) + ")")


@cache
def _period_lead() -> re.Pattern[str]:
    """A period phrase opening a title (2024年, 到2025年, 今年): when, not what."""
    return re.compile("^(?:" + lexicon().drafting.title_period + ")")


def who_and_when(text: str, at: int, period: Period | None) -> tuple[str | None, date | None]:
    """The owner and the deadline the plan's prose names for the task at `at`, on its own line:
    （牵头单位：高新技术科；完成时限：2024年6月底前）."""
    from tracker.draft.due import due_date

    rest = text[at:line_end(text, at)]
    owner = _labelled(rest, lexicon().drafting.owner_labels)
    when = _labelled(rest, lexicon().drafting.due_labels)
    return owner, due_date(when, period) if when else None


def before_labels(text: str, at: int, end: int) -> int:
    """Where the task at `at` ends before `end` when a bracket of who and when follows it
    (新增高新技术企业60家（牵头单位：高新科…）: the bracket is the task's owner and due, not its words)."""
    match = _who_and_when_bracket().search(text, at, end)
    return match.start() if match else end


@cache
def _who_and_when_bracket() -> re.Pattern[str]:
    words_of = lexicon().drafting
    return re.compile(f"[（(](?:{words(words_of.owner_labels + words_of.due_labels)})")


def _labelled(text: str, labels: tuple[str, ...]) -> str | None:
    if not labels:
        return None
    match = re.search(f"(?:{words(labels)})[：:]\\s*([^，,；;。）)\\n]+)", text)
    return match[1].strip() if match else None


SECTION_RANK = 2
"""The lowest heading rank that names a section (第一章 0, 一、 1, （一） 2): a numbered item (1.) opens a paragraph
whose first words are its own heading, not a section of targets."""


def section_at(text: str, at: int) -> str | None:
    """The section heading nearest above `at` (一、…, （二）…), as written; None when there is none."""
    line = text.rfind("\n", 0, at) + 1
    while line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
        if (rank := heading_rank(text, line)) is not None and rank <= SECTION_RANK:
            end = text.find("\n", line)
            return text[line:end if end >= 0 else len(text)].strip() or None
    return None
