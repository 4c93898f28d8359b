"""Terminal tables for the command line, measured in cells so Chinese text lines up."""

from __future__ import annotations

import shutil
import sys

from rich.console import Console
from rich.table import Table

from tracker.i18n import Lang, translate
from tracker.model.plan import Plan
from tracker.model.target import Target


def make_console() -> Console:
    """A console on stdout; when piped, wide enough not to wrap rows."""
    width = None if sys.stdout.isatty() else max(shutil.get_terminal_size((160, 24)).columns, 160)
    return Console(width=width, highlight=False, soft_wrap=False)


def _goal(target: Target, lang: Lang) -> str:
    if target.target is not None:
        return target.target.text
    return translate(f"milestone.{target.status.value}", lang) if target.status else ""


def print_table(plan: Plan, lang: Lang, console: Console | None = None) -> None:
    """One plan's targets as a table under a heading."""
    console = console or make_console()
    title = translate("plan.heading", lang, title=plan.title, id=plan.id,
                      region=plan.region, period=plan.period.label)
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column(translate("col.id", lang), no_wrap=True)
    table.add_column(translate("col.kind", lang), no_wrap=True)
    table.add_column(translate("col.title", lang), overflow="ellipsis", ratio=3)
    table.add_column(translate("col.target", lang), no_wrap=True)
    table.add_column(translate("col.due", lang), no_wrap=True)
    table.add_column(translate("col.section", lang), overflow="ellipsis", no_wrap=True, ratio=2)
    for target in plan.targets:
        table.add_row(target.id, translate(f"kind.{target.kind.value}", lang), target.title,
                      _goal(target, lang), target.effective_due(plan.period).isoformat(),
                      target.section or "")
    console.print(table)
