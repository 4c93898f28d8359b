"""A target's values over time as horizontal bars against the target (baselines of earlier years included)."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from tracker.display import goal_amount
from tracker.i18n import Lang, translate
from tracker.model.evidence import Role
from tracker.progress.status import Progress
from tracker.safe_text import safe_text

WIDTH = 30
"""Cells of the longest bar."""


def history_chart(progress: Progress, lang: Lang, width: int = WIDTH) -> Text:
    """One line per dated value, oldest first, and the target as the last line with its mark │."""
    goal = progress.target.target
    said = {(e.as_of, e.value, e.role): e for e in progress.evidence if e.review.counts}  # one bar per value and date
    values = sorted(said.values(), key=lambda e: e.as_of)
    if goal is None or not values:
        return Text(translate("tui.detail.no_evidence", lang), style="dim")
    top = max([goal.value, *(e.value for e in values)]) or Decimal(1)
    mark = min(int(goal.value / top * width), width - 1)
    chart = Text()
    for item in values:
        filled = int(item.value / top * width)
        style = "cyan" if item.role is Role.PROGRESS else "grey50"
        chart.append(f"{item.as_of.isoformat()} ")
        for cell in range(width):
            chart.append("│" if cell == mark else ("█" if cell < filled else " "),
                         style="bold" if cell == mark else style)
        chart.append(f" {goal_amount(progress, item.value)}  {translate(f'role.{item.role.value}', lang)}\n")
    chart.append(f"{translate('col.target', lang):<10} ")
    chart.append("─" * mark + "┤", style="bold")
    chart.append(f" {safe_text(goal.text)}")
    return chart
