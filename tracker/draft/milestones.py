"""The qualitative tasks of a plan's prose: one milestone per numbered task (1. / (一) / 一是) that holds no
numeric commitment, its title the task's first sentence as the plan writes it; in a summary, only the tasks of its
plan part. A portal's debris (a sharing site's list of documents, its download notices) and the headings of the
plan's frame (指导思想, 保障措施) are no tasks.

A (一) that numbered items (1.) follow is a section, not a task; 一是 is a task only when it opens a line (inside a
numbered item's paragraph it is a part of that item).
"""

from __future__ import annotations

import re
from functools import cache

from tracker.draft.commitments import Drafted, before_labels, section_at, who_and_when
from tracker.extract.context import TextContext
from tracker.extract.tables import line_end
from tracker.lexicon import lexicon
from tracker.model.document import Document, DocumentKind
from tracker.quantity import normalize

SENTENCE_END = "。；;\n"
LONGEST = 60
"""A task sentence longer than this is cut: a title, not a paragraph."""


def milestones(document: Document, numeric: list[Drafted]) -> list[Drafted]:
    """The plan's numbered tasks without a numeric commitment, in text order: a plan document's, or those of a
    summary's plan part (三、2025年工作计划, 下一步工作打算) as the extractor finds it."""
    text = document.text
    if document.meta.kind is DocumentKind.TABLE:
        return []  # a table's tasks are its rows (draft.table)
    parts = TextContext.of(normalize(text))
    items = [(m.start(), m.end(), _rank(m)) for m in _item().finditer(text) if not parts.in_debris(m.start())]
    if document.meta.kind is not DocumentKind.PLAN:
        items = [item for item in items if parts.plan_part(item[0]) is not None]
    found = []
    for index, (start, end, rank) in enumerate(items):
        after = items[index + 1:]
        if rank == 2 and after and after[0][2] == 3:
            continue  # (一) heading numbered items below it: a section
        stop = min([a[0] for a in after[:1]] + [line_end(text, start)])
        if any(start <= d.start < stop for d in numeric):
            continue  # the task is its numeric target
        sentence = _sentence(text, end)
        if len(sentence) < 4 or _frame_part(sentence) or _not_a_task(text, sentence, start, stop):
            continue
        owner, due = who_and_when(text, end, document.meta.period)
        found.append(Drafted(title=sentence, target=None, quote=sentence, section=section_at(text, start),
                             start=end, owner=owner, due=due))
    return found


@cache
def _item() -> re.Pattern[str]:
    marks = lexicon().heading_marks
    numbered = f"(?P<n2>{marks[2]})|(?P<n3>{marks[3]}|{lexicon().drafting.item_marks})"
    return re.compile(f"(?:(?<=\\n)|^)(?:{numbered}|(?P<opener>{lexicon().drafting.item_opener}))"
                      f"|(?<=[。；;：:])(?P<inline>{marks[3]})", re.MULTILINE)


def _not_a_task(text: str, sentence: str, start: int, after: int) -> bool:
    """A sharing site's notice (1. 下载前请仔细阅读文档内容…), a topic to report on (…的举措与进展) or an entry of a table
    of contents: under 目录, or a title
    standing again as a line of its own further on (1.区科技局2024年度工作计划 … 区科技局2024年度工作计划)."""
    words = lexicon().drafting
    if any(word in sentence for word in words.site_words) or sentence.endswith(words.topic_ends):
        return True  # a notice, or a topic to report on (…的开展做法与成效)
    return f"\n{sentence}\n" in text[after:] or _under_contents(text, start)


def _under_contents(text: str, start: int) -> bool:
    """Whether the numbered lines holding `start` follow a 目录 line."""
    line = text.rfind("\n", 0, start) + 1
    while line > 0:
        above = text.rfind("\n", 0, line - 1) + 1
        words = "".join(text[above:line - 1].split())
        if words in lexicon().drafting.contents_heads:
            return True
        if not _item().match(text, above):
            return False
        line = above
    return False


def _frame_part(sentence: str) -> bool:
    """A heading naming a part of the plan's frame (指导思想, 总体思路, 保障措施), not a task."""
    return any(sentence.startswith(part) and len(sentence) <= len(part) + 2 for part in lexicon().drafting.frame_parts)


def _rank(match: re.Match[str]) -> int:
    return 2 if match["n2"] else 3


def _sentence(text: str, at: int) -> str:
    ends = [i for i in (text.find(mark, at) for mark in SENTENCE_END) if i >= 0]
    end = before_labels(text, at, min(ends, default=len(text)))
    return text[at:end].strip(" \t\r，,：:")[:LONGEST]
