"""Table cells as Rich text: a completion bar with the time-elapsed mark, status lights, deadline words."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text

from tracker.display import deadline_word, percent_text
from tracker.i18n import Lang
from tracker.progress.deadline import Deadline, DeadlineState
from tracker.progress.status import Progress
from tracker.shown import STATUS_STYLE, status_word

BAR_WIDTH = 10
"""Cells of the bar itself; the percentage follows it."""
FULL, EMPTY, MARK = "█", "░", "│"
DEADLINE_STYLE = {DeadlineState.OK: "dim", DeadlineState.DUE_SOON: "yellow", DeadlineState.OVERDUE: "bold red",
                  DeadlineState.MET: "green"}
"""Colour of each deadline state; the word is always there too."""


def completion_bar(progress: Progress, width: int = BAR_WIDTH) -> Text:
    """██████░░│░ 62.0%: completion filled (capped at the bar), the expected share marked with │; with no
    cells for a bar, the percentage alone in the status's colour."""
    if progress.completion is None:
        return Text("")
    filled = int(min(progress.completion, Decimal(1)) * width)
    mark = min(int(progress.expected * width), width - 1) if progress.target.target is not None else None
    style = STATUS_STYLE[progress.status]
    bar = Text()
    for cell in range(width):
        if cell == mark:
            bar.append(MARK, style="bold white")
        else:
            bar.append(FULL if cell < filled else EMPTY, style=style if cell < filled else "grey37")
    bar.append(f" {percent_text(progress.completion):>6}" if width else percent_text(progress.completion),
               style=None if width else style)
    return bar


def status_light(progress: Progress, lang: Lang) -> Text:
    """A coloured light and the status word (colour is never the only signal)."""
    return status_word(progress, lang)


def deadline_cell(deadline: Deadline, lang: Lang) -> Text:
    """The deadline's word (`display.deadline_word`) in its state's colour."""
    return Text(deadline_word(deadline, lang), style=DEADLINE_STYLE[deadline.state])
