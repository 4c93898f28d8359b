"""Terminal tables for the command line, measured in cells so Chinese text lines up."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from functools import partial
from typing import IO, TYPE_CHECKING, Any, NoReturn

from rich.cells import cell_len

from tracker.display import deadline_word, goal_amount, percent_text, rollup_sentence
from tracker.i18n import MESSAGES, Lang, translate
from tracker.model.document import Document
from tracker.model.figure import Figure
from tracker.model.plan import Plan
from tracker.model.target import Target
from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.rollup import Level
from tracker.progress.status import Progress
from tracker.report.digest import due_soon_of, lagging_of, plan_score, score_text
from tracker.safe_text import safe_text
from tracker.shown import WIDE, plain, status_word

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tracker.matching.usage import DocumentUse
    from tracker.pipeline import StatusReport
    from tracker.progress.supervision import Supervised

MEDIUM = 100
"""From this width on, tables show the due date."""


PIPED = 100
"""The width of what is printed into a pipe or a file with no terminal in sight and no COLUMNS."""


def output_width() -> int | None:
    """None in a terminal (its own width). Piped: COLUMNS when it is a sane width; else, when messages still go to a
    terminal (`tracker status | less`), that terminal's width; else PIPED. Never the longest cell's."""
    if sys.stdout.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and 40 <= int(columns) <= 1000:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns if sys.stderr.isatty() else PIPED
    except (OSError, ValueError):  # a stream with no descriptor, or a terminal that will not say
        return PIPED


def make_console() -> Console:
    """A console on stdout: the terminal's width, or a fixed one when piped (never the longest cell's)."""
    from rich.console import Console  # here: a command printing JSON or plain lines never loads Rich's console

    return Console(width=output_width(), highlight=False, soft_wrap=False)


def say(line: str, *, err: bool = False) -> None:
    """One line of words on stdout (or stderr, for what is not data), made safe to show."""
    print(safe_text(line), file=sys.stderr if err else sys.stdout)


def wrap_cells(text: str, width: int) -> list[str]:
    """A line of words cut into lines of at most `width` terminal cells: between ASCII words, or between any two
    Chinese characters (argparse's own wrapping counts characters, so a Chinese line would run twice too wide)."""
    lines, line = [], ""
    for token in re.findall(r" +|[!-~]+|.", text):
        if line.strip() and cell_len(line + token) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() else lines


HEADINGS = {"usage: ": "cli.help.usage", "positional arguments": "cli.help.positionals", "options": "cli.help.options"}
"""argparse's own words (English, from its gettext catalogue) and the codes that say them in the user's language."""
ARGPARSE_ERRORS = ("argparse.argument", "argparse.required", "argparse.unrecognized", "argparse.choice",
                   "argparse.expected_one", "argparse.invalid_value", "argparse.ambiguous", "cli.bad_date",
                   "period.bad", "period.reversed")
"""argparse's error sentences (and our date and period types', which argparse words before the language is applied), outer
first: each code's English is the sentence as argparse writes it."""


def _pattern(template: str) -> re.Pattern[str]:
    """An English catalogue sentence as a pattern that finds it filled in: each {name} a group, the last one greedy."""
    parts = re.split(r"\{(\w+)\}", template)
    last = len(parts) - 2
    return re.compile("".join(re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+{'' if n == last else '?'})"
                              for n, part in enumerate(parts)))


def argparse_message(message: str, lang: Lang) -> str:
    """One of argparse's error messages in the user's language (what it does not know is left as written)."""
    if lang == "en":
        return message
    for code in ARGPARSE_ERRORS:
        message = _pattern(translate(code, "en")).sub(lambda found, code=code: translate(code, lang,
                                                                                         **found.groupdict()), message)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help in the user's language: help texts, descriptions and headings given as catalogue codes are
    translated, argparse's own words (usage, options) too, and lines are wrapped by terminal cells."""

    def __init__(self, prog: str, lang: Lang = "zh", **options: Any) -> None:
        super().__init__(prog, **options)
        self.lang = lang

    def words(self, text: str | None) -> str | None:
        """A catalogue code or one of argparse's headings in the user's language; any other text as it is."""
        code = HEADINGS.get(text or "", text)
        return translate(code, self.lang) if code in MESSAGES else text

    def _format_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None) -> str:
        prefix = self.words("usage: ") if prefix is None else prefix
        padding = " " * cell_len(prefix)  # argparse indents the usage's next lines by len(prefix): cells, here
        return prefix + super()._format_usage(usage, actions, groups, padding)[len(padding):]

    def start_section(self, heading: str | None) -> None:
        super().start_section(self.words(heading))

    def format_help(self) -> str:
        """The help; in Chinese, a heading ends in a full-width colon (选项：) as the usage's prefix does."""
        text = super().format_help()
        if self.lang != "zh":
            return text
        return re.sub(r"^(\S[^\n]*):$", r"\1：", text, flags=re.MULTILINE)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = self.words(action.help)
        return text.replace("%", "%%") if text and text != action.help else text

    def _format_text(self, text: str) -> str:
        return super()._format_text(self.words(text) or "")

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_cells(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """Each line of a description or epilog wrapped on its own: their line breaks and indents are kept."""
        lines = []
        for line in text.splitlines():
            margin = indent + line[:len(line) - len(line.lstrip())]
            lines.extend(margin + part for part in wrap_cells(line.lstrip(), width - len(margin)) or [""])
        return "\n".join(lines)


class ArgumentParser(argparse.ArgumentParser):
    """A parser that speaks the user's language (`lang`, known before it is built) and shows argparse's own messages
    safe to show: they quote the command line as typed."""

    def __init__(self, *args: Any, lang: Lang = "zh", **options: Any) -> None:
        self.lang = lang
        super().__init__(*args, add_help=False, **options)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="cli.opt.help")

    def _get_formatter(self) -> argparse.HelpFormatter:
        return HelpFormatter(prog=self.prog, lang=self.lang)

    def add_subparsers(self, **options: Any) -> argparse._SubParsersAction:
        """Subcommands whose parsers speak the same language."""
        return super().add_subparsers(parser_class=partial(type(self), lang=self.lang), **options)

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        super()._print_message(safe_text(message, lines=True), file)

    def error(self, message: str) -> NoReturn:
        """A mistake on the command line: one line naming the command and what is wrong, exit 2 (`-h` shows usage)."""
        self.exit(2, translate("cli.help.error", self.lang, prog=self.prog,
                               message=argparse_message(message, self.lang)) + "\n")


def describe(commands: argparse._SubParsersAction, prefix: str) -> None:
    """Every subcommand's one line in the command list, and its description under its own usage: `prefix.NAME`.

    Set here for all of them, those other modules register included, so the list reads as one.
    """
    for choice in commands._choices_actions:  # argparse keeps the list's lines only there
        choice.help = f"{prefix}.{choice.dest}"
        commands.choices[choice.dest].description = choice.help


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
    from rich.table import Table

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


FIGURE_COLUMNS = (("col.offset", str.rjust), ("col.text", str.ljust), ("col.value", str.rjust),
                  ("col.unit", str.ljust), ("col.modality", str.ljust), ("col.period", str.ljust), ("col.subject", None))
"""The columns of `tracker extract`, each with how it is padded to its width (the last, the subject, never)."""


def figure_cells(figure: Figure, lang: Lang) -> list[str]:
    """One figure's cells: where, as written, normalized, unit, what kind, when, about what; safe to show."""
    q = figure.quantity
    period = figure.period.label if figure.period else translate("period.unknown", lang)
    if figure.cumulative:
        period += translate("period.cumulative_mark", lang)
    return [safe_text(cell) for cell in (str(q.start), q.text, format(q.value, "f"), q.unit,
                                         translate(f"modality.{figure.modality.value}", lang), period, figure.subject)]


def aligned(rows: list[list[str]], pads: tuple[Callable[[str, int], str] | None, ...]) -> list[str]:
    """Rows of cells as lines, each column padded to its widest cell in terminal cells (a Chinese character is two),
    two spaces between columns; a column whose pad is None is left as it is."""
    widths = [max(cell_len(row[n]) for row in rows) for n in range(len(pads))]
    return ["  ".join(cell if pad is None else pad(cell, len(cell) + width - cell_len(cell))
                      for cell, pad, width in zip(row, pads, widths, strict=True)).rstrip() for row in rows]


def print_figures(document: Document, figures: list[Figure], lang: Lang, out: IO[str] | None = None) -> None:
    """A document's figures as plain aligned lines under its path: where, as written, normalized, what kind, when,
    about what; every word safe to show (no markup is read: nothing here is Rich)."""
    header = [translate(code, lang) for code, _ in FIGURE_COLUMNS]
    rows = [header, *(figure_cells(figure, lang) for figure in figures)]
    lines = aligned(rows, tuple(pad for _, pad in FIGURE_COLUMNS))
    (out or sys.stdout).write(safe_text(document.path) + "\n" + "".join(f"  {line}\n" for line in lines) + "\n")


SOURCE_MARK = {"given": "", "inferred": "~", "unknown": "?"}
"""After a metadata value: nothing when the manifest gives it, ~ when inferred, ? when unknown."""


def meta_text(value: object, lang: Lang) -> str:
    """A metadata value as the tables show it: a period's label, a kind's name, a place or a date as written."""
    if value is None:
        return "—"
    if hasattr(value, "label"):
        return value.label
    return translate(f"kind.{value.value}", lang) if hasattr(value, "value") else str(value)


def _meta_cell(document: Document, name: str, lang: Lang) -> Text:
    value = getattr(document.meta, name)
    source = document.provenance.get(name)
    kind = source.source.value if source else ("unknown" if value is None else "inferred")
    weak = source is not None and source.weak
    return plain(meta_text(value, lang) + SOURCE_MARK[kind] + ("?" if weak else ""),
                 style="yellow" if weak or kind == "unknown" else "")


def doubts(document: Document, lang: Lang) -> str:
    """What matching cannot trust about a document: 类型未知，期间只是推测（2025-H1）; '' when nothing."""
    parts = []
    for name in document.weak_fields():
        field, value = translate(f"col.{name}", lang), getattr(document.meta, name)
        parts.append(translate("unsettled.unknown", lang, field=field) if value is None
                     else translate("unsettled.guess", lang, field=field, value=meta_text(value, lang)))
    return translate("report.comma", lang).join(parts)


def _why(use: DocumentUse, lang: Lang) -> str:
    """Why none of a document's figures is used; for one read as it is, what about it is only a guess."""
    reason = translate(use.reason, lang, region=use.document.meta.region or "") if use.reason else ""
    doubt = "" if use.unused else doubts(use.document, lang)
    if not doubt:
        return reason
    return translate("unsettled.cell", lang, doubts=doubt, then=reason or translate("unsettled.waits", lang))


def print_documents(uses: list[DocumentUse], lang: Lang, console: Console | None = None) -> None:
    """Each document: kind, place, period (given, ~inferred, ?unknown) and figures used; from WIDE columns on, its
    date and why none is used too (narrower, the lines under the table say why). A file's name is never cut."""
    console = console or make_console()
    wide = console.width >= WIDE
    fields = ("kind", "region", "period", "issued") if wide else ("kind", "region", "period")
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, caption=translate("documents.legend", lang),
                  caption_justify="left")
    longest = max((cell_len(u.path) for u in uses), default=0)
    table.add_column(translate("col.document", lang), overflow="fold", min_width=min(longest, 32),
                     ratio=None if wide else 1)
    for name in fields:
        table.add_column(translate(f"col.{name}", lang), no_wrap=True)
    table.add_column(translate("col.used", lang), no_wrap=True, justify="right")
    if wide:
        table.add_column(translate("col.reason", lang), overflow="fold", ratio=1)
    for use in uses:
        add_row(table, use.path, *(_meta_cell(use.document, name, lang) for name in fields),
                f"{use.used}/{use.figures}", *([_why(use, lang)] if wide else []))
    console.print(table)


TITLE_ROOM = 24
"""Cells the title keeps (11 Chinese characters and an ellipsis, as the app's dashboard) before any column of `tracker status` but the
status and completion is shown."""
COLUMNS = ("col.title", "col.target", "col.actual", "col.completion", "col.expected", "col.status", "col.gap", "col.due")
DROPPED_FIRST = ("col.due", "col.expected", "col.gap", "col.target", "col.actual")
KEPT_OVER_IDS = ("col.target", "col.actual")
"""Columns an id asked for gives way to (by folding onto a second line) before they are left out."""
"""The columns of `tracker status` a narrow terminal leaves out, first to last, after those with nothing in them."""
ID_ROOM = 12
"""The fewest cells an id asked for (`--ids`) folds into when the title would have less than its room."""
SEPARATOR = 3
"""Cells between two columns: padding on either side and the rule (the table has no outer border, only padding)."""


def due_cell(deadline: Deadline | None, lang: Lang) -> str:
    """还有15天 for a target due soon, 逾期3天 for one overdue; '' for the others (the column shows only then)."""
    if deadline is None or deadline.state not in (DeadlineState.DUE_SOON, DeadlineState.OVERDUE):
        return ""
    return deadline_word(deadline, lang)


def _status_cells(p: Progress, lang: Lang, deadline: Deadline | None = None) -> dict[str, str | Text]:
    """One target's cells of `tracker status`, by column."""
    goal = p.target.target
    return {
        "col.id": p.target.id, "col.title": p.target.title, "col.target": goal.text if goal else "",
        "col.actual": goal_amount(p, p.actual.value) if p.actual else "",
        "col.completion": percent_text(p.completion), "col.expected": percent_text(p.expected) if goal else "",
        "col.status": status_word(p, lang), "col.gap": goal_amount(p, p.gap) if p.gap else "",
        "col.due": due_cell(deadline, lang),
    }


def _natural(code: str, rows: list[dict[str, str | Text]], lang: Lang) -> int:
    """The cells a column needs: its header and its widest cell (a status without its marks, which wrap)."""
    cells = [c if isinstance(c, str) else c.plain.split(" · ")[0] for c in (r[code] for r in rows)]
    return max(cell_len(translate(code, lang)), *(cell_len(c) for c in cells))


def status_columns(rows: list[dict[str, str | Text]], width: int, lang: Lang, *, ids: bool) -> dict[str, int]:
    """The columns of `tracker status` that fit `width` cells, with their widths: the title wins.

    The deadline column is there only when some target is due soon or overdue.
    Until the title has TITLE_ROOM cells (or all it needs), columns with nothing in them go, then DROPPED_FIRST; an
    id asked for folds down to ID_ROOM before the goal and the actual go. The title has what is left, up to all it
    needs.
    """
    shown = ["col.id"] * ids + [c for c in COLUMNS if c != "col.due" or any(r[c] for r in rows)]
    needs = {code: _natural(code, rows, lang) for code in shown}
    room = min(TITLE_ROOM, needs["col.title"])

    def spare() -> int:
        return width - 2 - SEPARATOR * (len(shown) - 1) - sum(needs[c] for c in shown if c != "col.title")

    empty = [c for c in (*DROPPED_FIRST, "col.completion") if not any(r[c] for r in rows)]
    for code in dict.fromkeys((*empty, *DROPPED_FIRST)):
        if code not in shown:  # the deadline column, when nothing is due
            continue
        if ids and code in KEPT_OVER_IDS and spare() < room:  # an id folds before a goal or an actual goes
            needs["col.id"] = max(ID_ROOM, needs["col.id"] - (room - spare()))
        if spare() >= room:
            break
        shown.remove(code)
    needs["col.title"] = max(room, min(needs["col.title"], spare()))
    return {code: needs[code] for code in shown}


COLUMN_STYLE = {"col.title": {"no_wrap": True, "overflow": "ellipsis"}, "col.id": {"overflow": "fold"},
                "col.status": {"overflow": "fold"}}
"""How each column of `tracker status` lays out beyond its width: a title is cut with an ellipsis, an id folds onto
the next line (never cut: people type it), a status's marks wrap; amounts are right-aligned and cut."""


def status_table(items: list[Progress], width: int, lang: Lang, *, ids: bool = False,
                 supervised: Supervised | None = None) -> Table:
    """The table of one plan's targets, the columns chosen for `width`: the title wins the room; with `supervised`,
    the days to a deadline due soon or past, where there is room after every other column."""
    rows = [_status_cells(p, lang, supervised.deadlines[p.target.id] if supervised else None) for p in items]
    columns = status_columns(rows, width, lang, ids=ids)
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for code, cells in columns.items():
        options = COLUMN_STYLE.get(code, {"no_wrap": True, "overflow": "ellipsis", "justify": "right"})
        table.add_column(translate(code, lang), width=cells, **options)
    for row in rows:
        add_row(table, *(row[code] for code in columns))
    return table


def supervision_line(items: list[Progress], supervised: Supervised, lang: Lang) -> str:
    """需督办 2 项，临近到期 0 项；得分 52.7（不合格）: one plan's lagging and due-soon counts and its score."""
    lagging, due = lagging_of(items, supervised), due_soon_of(items, supervised)
    return translate("status.supervision", lang, lagging=len(lagging), due_soon=len(due),
                     score=score_text(plan_score(supervised, items[0].plan.id), lang))


def print_status(report: StatusReport, lang: Lang, console: Console | None = None, *, ids: bool = False,
                 supervised: Supervised | None = None) -> None:
    """Per plan: a heading, the roll-up line, with `supervised` the supervision line, and a table of targets with
    their status and gap (ids on request)."""
    console = console or make_console()
    for rollup in (r for r in report.rollups if r.level is Level.PLAN):
        items = [p for p in report.progress if p.plan.id == rollup.plan]
        plan = items[0].plan
        console.print(plain(translate("status.heading", lang, title=plan.title, id=plan.id, region=plan.region,
                                      period=plan.period.label, as_of=translate(f"status.dated.{report.dated}", lang,
                                                                                date=report.as_of.isoformat())),
                            style="bold"))
        console.print(plain(rollup_sentence(rollup, lang)))
        if supervised is not None:
            console.print(plain(supervision_line(items, supervised, lang)))
        console.print(status_table(items, console.width, lang, ids=ids, supervised=supervised))
