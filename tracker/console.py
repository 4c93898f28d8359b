"""Terminal tables for the command line, measured in cells so Chinese text lines up."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import IO, TYPE_CHECKING, NoReturn

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.display import goal_amount, percent_text, rollup_sentence
from tracker.i18n import Lang, translate
from tracker.model.document import Document
from tracker.model.figure import Figure
from tracker.model.plan import Plan
from tracker.model.target import Target
from tracker.progress.status import Progress, Status
from tracker.safe_text import safe_text

if TYPE_CHECKING:
    from tracker.pipeline import StatusReport

WIDE = 120
"""From this width on, tables show the section column too."""
MEDIUM = 100
"""From this width on, tables show the due date."""


def make_console() -> Console:
    """A console on stdout; when piped, wide enough not to cut rows."""
    width = None if sys.stdout.isatty() else max(shutil.get_terminal_size((160, 24)).columns, 160)
    return Console(width=width, highlight=False, soft_wrap=False)


def plain(value: str, *, lines: bool = False, style: str = "") -> Text:
    """Words from a document, a file name, a YAML value or an argument, shown as written: safe to show
    (`safe_text`: no control or escape sequence reaches the terminal) and never read as markup ([bold], [link=…])."""
    return Text(safe_text(value, lines=lines), style=style)


def say(line: str, *, err: bool = False) -> None:
    """One line of words on stdout (or stderr, for what is not data), made safe to show."""
    print(safe_text(line), file=sys.stderr if err else sys.stdout)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's own messages (usage, `unrecognized arguments: …`, a bad value) made safe to show: they quote the
    command line as typed."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        super()._print_message(safe_text(message, lines=True), file)

    def error(self, message: str) -> NoReturn:
        """A mistake on the command line: one line naming the command and what is wrong, exit 2 (`-h` shows usage)."""
        self.exit(2, f"{self.prog}: error: {message} ({self.prog} -h)\n")


def add_row(table: Table, *cells: str | Text) -> None:
    """A table row whose words are shown as written (`plain`); a Text cell is built safe by its maker."""
    table.add_row(*(plain(cell) if isinstance(cell, str) else cell for cell in cells))


def _goal(target: Target, lang: Lang) -> str:
    if target.target is not None:
        return target.target.text
    return translate(f"milestone.{target.status.value}", lang) if target.status else ""


def print_table(plan: Plan, lang: Lang, console: Console | None = None) -> None:
    """One plan's targets as a table under a heading; long cells end in an ellipsis."""
    console = console or make_console()
    wide = console.width >= WIDE
    title = translate("plan.heading", lang, title=plan.title, id=plan.id,
                      region=plan.region, period=plan.period.label)
    table = Table(title=plain(title), title_justify="left", expand=True)
    table.add_column(translate("col.id", lang), no_wrap=True)  # ids are typed by users: never cut
    table.add_column(translate("col.kind", lang), no_wrap=True, width=9 if lang == "en" else 6)
    table.add_column(translate("col.title", lang), overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column(translate("col.target", lang), overflow="ellipsis", no_wrap=True, width=12)
    if console.width >= MEDIUM:
        table.add_column(translate("col.due", lang), no_wrap=True, width=10)
    if wide:
        table.add_column(translate("col.section", lang), overflow="ellipsis", no_wrap=True, max_width=28)
    for target in plan.targets:
        cells = [target.id, translate(f"kind.{target.kind.value}", lang), target.title, _goal(target, lang)]
        if console.width >= MEDIUM:
            cells.append(target.effective_due(plan.period).isoformat())
        add_row(table, *cells, *([target.section or ""] if wide else []))
    console.print(table)


def print_figures(document: Document, figures: list[Figure], lang: Lang, console: Console | None = None) -> None:
    """A document's figures: where, as written, normalized, what kind, when, about what."""
    console = console or make_console()
    table = Table(title=plain(document.path), title_justify="left", expand=True)
    for code, options in (("col.offset", {"justify": "right"}), ("col.text", {}), ("col.value", {"justify": "right"}),
                          ("col.unit", {}), ("col.modality", {}), ("col.period", {}), ("col.subject", {"ratio": 1})):
        table.add_column(translate(code, lang), no_wrap=True, overflow="ellipsis", **options)
    for figure in figures:
        q = figure.quantity
        period = figure.period.label if figure.period else translate("period.unknown", lang)
        if figure.cumulative:
            period += translate("period.cumulative_mark", lang)
        add_row(table, str(q.start), q.text, format(q.value, "f"), q.unit,
                translate(f"modality.{figure.modality.value}", lang), period, figure.subject)
    console.print(table)


SOURCE_MARK = {"given": "", "inferred": "~", "unknown": "?"}
"""After a metadata value: nothing when the manifest gives it, ~ when inferred, ? when unknown."""


def _meta_cell(document: Document, name: str, lang: Lang) -> Text:
    value = getattr(document.meta, name)
    source = document.provenance.get(name)
    kind = source.source.value if source else ("unknown" if value is None else "inferred")
    shown = (value.label if hasattr(value, "label") else translate(f"kind.{value.value}", lang)
             if hasattr(value, "value") else str(value)) if value is not None else "—"
    weak = source is not None and source.weak
    return plain(shown + SOURCE_MARK[kind] + ("?" if weak else ""), style="yellow" if weak or kind == "unknown" else "")


def print_documents(uses: list, lang: Lang, console: Console | None = None) -> None:
    """Each document: kind, place, period, date (given, ~inferred, ?unknown), figures used, and why none."""
    console = console or make_console()
    table = Table(expand=True, caption=translate("documents.legend", lang), caption_justify="left")
    for code, options in (("col.document", {"ratio": 2}), ("col.kind", {}), ("col.region", {}), ("col.period", {}),
                          ("col.issued", {}), ("col.used", {"justify": "right"}), ("col.reason", {"ratio": 2})):
        table.add_column(translate(code, lang), overflow="ellipsis", **options)
    for use in uses:
        d = use.document
        add_row(table, d.path, *(_meta_cell(d, name, lang) for name in ("kind", "region", "period", "issued")),
                f"{use.used}/{use.figures}",
                translate(use.reason, lang, region=d.meta.region or "") if use.reason else "")
    console.print(table)


STATUS_STYLE = {
    Status.DONE: "green", Status.ON_TRACK: "green", Status.BEHIND: "yellow",
    Status.SEVERELY_BEHIND: "red", Status.MISSED: "red", Status.NO_DATA: "dim",
    Status.IN_PROGRESS: "cyan", Status.NOT_STARTED: "dim",
}
"""Colour of each status; the word is always printed beside it, colour is never the only signal."""


def status_word(progress: Progress, lang: Lang) -> Text:
    """The status as a coloured dot and a word, with stale and conflict marks."""
    word = Text("● ", style=STATUS_STYLE[progress.status])
    word.append(translate(f"status.{progress.status.value}", lang))
    if progress.stale:
        word.append(f" · {translate('status.stale', lang)}", style="yellow")
    if progress.conflicts:
        word.append(f" · {translate('status.conflict', lang)}", style="magenta")
    return word


def print_status(report: StatusReport, lang: Lang, console: Console | None = None) -> None:
    """Per plan: a heading, the roll-up line, and a table of targets with their status and gap."""
    console = console or make_console()
    plans = {r.plan: r for r in report.rollups if r.section is None}
    for plan_id, rollup in plans.items():
        items = [p for p in report.progress if p.plan.id == plan_id]
        plan = items[0].plan
        console.print(plain(translate("status.heading", lang, title=plan.title, id=plan.id, region=plan.region,
                                      period=plan.period.label, as_of=report.as_of.isoformat()), style="bold"))
        console.print(plain(rollup_sentence(rollup, lang)))
        table = Table(expand=True)
        table.add_column(translate("col.id", lang), no_wrap=True)
        table.add_column(translate("col.title", lang), overflow="ellipsis", no_wrap=True, ratio=1)
        for key in ("col.target", "col.actual"):
            table.add_column(translate(key, lang), overflow="ellipsis", no_wrap=True, justify="right", max_width=14)
        for key in ("col.completion", "col.expected"):
            table.add_column(translate(key, lang), no_wrap=True, justify="right")
        table.add_column(translate("col.status", lang), no_wrap=True)
        table.add_column(translate("col.gap", lang), overflow="ellipsis", no_wrap=True, justify="right", max_width=14)
        for p in items:
            is_quantity = p.target.target is not None
            add_row(
                table, p.target.id, p.target.title, p.target.target.text if is_quantity else "",
                goal_amount(p, p.actual.value) if p.actual else "",
                percent_text(p.completion), percent_text(p.expected) if is_quantity else "",
                status_word(p, lang), goal_amount(p, p.gap) if p.gap else "",
            )
        console.print(table)
