"""The report as Markdown: plain, one line per table row, stable order, so two quarters diff cleanly.

Every text is written through `text`, as the HTML report autoescapes: a document's sentence or a title can hold
HTML (<script>, <img onerror=…>) or Markdown ([x](javascript:…), ![](http://…)); it is shown, never run or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.display import percent_text
from tracker.report.content import PlanReport, QuarterReport, Row, Source
from tracker.safe_text import safe_text

TABLE = ("number", "title", "goal", "actual", "completion", "expected", "status", "gap", "change", "source")
SOURCES = ("number", "title", "document", "as_of", "quote")
MARKUP = re.compile(r"([\\`*_\[\]<>|~]|&(?=#?\w+;))")
"""What Markdown or HTML would read: escapes, code, emphasis, links and images, tags, table pipes, strike-through,
and an & that begins an entity (R&D stays as it is)."""


def text(value: str) -> str:
    """Words inert in Markdown, on one line (fit for a table cell): no control character, line breaks as spaces,
    and every character Markdown or HTML would read backslash-escaped, so it shows as written."""
    return MARKUP.sub(r"\\\1", " ".join(safe_text(value).split()))


def table_values(row: Row) -> dict[str, str]:
    """A section table's cells as printed, by column; a figure older than the quarter carries its date."""
    return {"number": str(row.number), "title": row.title, "goal": row.goal, "actual": row.actual + row.dated,
            "completion": percent_text(row.completion), "expected": percent_text(row.expected),
            "status": row.status_word, "gap": row.gap, "change": row.change, "source": row.source}


def source_values(source: Source, report: QuarterReport) -> list[str]:
    """A line of the sources appendix: the only place a document's file is named."""
    document = source.document
    if source.path and source.path != source.document:
        document = report.label("document_at", title=source.document, path=source.path)
    return [str(source.number), source.title, document, source.as_of.isoformat(), source.quote]


def problems_lead(part: PlanReport, report: QuarterReport) -> list[str]:
    """What 存在问题 says before (or instead of) its list: never "no lag" of a plan of which nothing is known."""
    if part.empty:
        return [report.label("problems_unknown")]
    if part.lagging:
        return []
    return [report.label("behind_none_known" if part.no_data else "behind_none")]


PARTS = ("part_progress", "part_problems", "part_next")


def render(report: QuarterReport) -> str:
    """The whole report as Markdown text."""
    lines = [f"# {text(report.title)}", "", text(report.date_line), ""]
    writers: dict[str, Callable[[PlanReport, QuarterReport], list[str]]] = {
        "part_progress": _progress, "part_problems": _problems, "part_next": _next}
    for n, code in enumerate(PARTS, start=1):
        lines += [f"## {text(report.part_heading(n, code))}", ""]
        for m, part in enumerate(report.plans, start=1):
            lines += ([f"### {text(report.plan_heading(m, part))}", ""] if report.several else [])
            lines += writers[code](part, report)
    if report.supervised:
        lines += [f"## {text(report.part_heading(len(PARTS) + 1, 'part_units'))}", ""]
        lines += [line for said in report.unit_paragraphs() + report.notice_paragraphs() for line in (text(said), "")]
    lines += [line for said in (*report.signature, report.written) for line in (text(said), "")]
    if any(part.sources for part in report.plans):
        lines += [f"## {text(report.label('appendix'))}", ""]
        for m, part in enumerate(report.plans, start=1):
            lines += ([f"### {text(report.plan_heading(m, part))}", ""] if report.several else [])
            lines += _table([report.label(f"col.{n}") for n in SOURCES],
                            [source_values(s, report) for s in part.sources])
    return "\n".join(lines).rstrip() + "\n"


def _table(labels: list[str], rows: list[list[str]]) -> list[str]:
    """A pipe table whose first column (序号) is right-aligned."""
    rule = "|" + "|".join("---:" if n == 0 else "---" for n in range(len(labels))) + "|"
    return ["| " + " | ".join(labels) + " |", rule, *("| " + " | ".join(text(v) for v in r) + " |" for r in rows), ""]


def _progress(part: PlanReport, report: QuarterReport) -> list[str]:
    lines = [line for said in part.overview for line in (text(said), "")]
    head = "####" if report.several else "###"
    for section in part.sections:
        values = [[table_values(row)[name] for name in TABLE] for row in section.rows]
        lines += [f"{head} {text(report.item(section.number, section.title))}", "", text(section.summary), "",
                  *_table([report.label(f"col.{n}") for n in TABLE], values)]
    return lines


def _problems(part: PlanReport, report: QuarterReport) -> list[str]:
    label = report.label
    lines = [line for said in problems_lead(part, report) for line in (text(said), "")]
    for number, item in enumerate(part.lagging, start=1):
        said = label("lagging", title=f"**{text(item.title)}**", status=text(item.status_word), said=text(item.said))
        lines += [report.item(number, said), "",
                  label("labelled", label=label("cause"), text=text(item.cause)), "",
                  label("labelled", label=label("measures"), text=text(item.measures)), ""]
    if part.no_data:
        titles = label("list_separator").join(map(text, part.no_data))
        lines += [label("no_data", count=len(part.no_data), titles=titles), ""]
    return lines


def _next(part: PlanReport, _report: QuarterReport) -> list[str]:
    return [*(f"- {text(step)}" for step in part.next_steps), ""]
