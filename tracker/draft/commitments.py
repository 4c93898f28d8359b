"""The numeric commitments of a plan: which of its figures are targets, and each one as a drafted target.

A figure is a commitment when it stands in a plan (a plan document, or a summary's plan part: `Figure.in_plan`),
speaks of something still to do (not a result: `Modality.ACHIEVED` in a plan is its preamble looking back), and
covers no period that ended before the plan's began. Its quote is the clause it stands in; its section the
nearest heading above it.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from tracker.extract.context import heading_rank
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


def commitments(document: Document, figures: list[Figure]) -> list[Drafted]:
    """The plan's numeric commitments in text order, each drafted as a target."""
    period = document.meta.period
    in_plan = document.meta.kind is DocumentKind.PLAN
    return [_drafted(document.text, figure) for figure in figures if _commits(figure, in_plan, period)]


def _commits(figure: Figure, plan_document: bool, period: Period | None) -> bool:
    if not (plan_document or figure.in_plan) or figure.modality is Modality.ACHIEVED or figure.subset:
        return False
    return period is None or figure.period is None or figure.period.end >= period.start


def _drafted(text: str, figure: Figure) -> Drafted:
    quote = text[figure.clause[0]:figure.clause[1]].strip(" \t\r\n，,；;。：:、")
    return Drafted(title=_title(figure), target=figure.quantity.text, quote=quote,
                   section=section_at(text, figure.start), start=figure.start)


def _title(figure: Figure) -> str:
    """The counted thing: the figure's subject without the figure itself."""
    subject = figure.subject.replace(figure.quantity.text, "").strip(" ，,、")
    return subject or figure.quantity.text


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
