"""What both shells show the same way, as Rich text: words from files made safe, a status as a coloured word, the
width from which tables show more. The command line's tables (`console`) and the app's widgets (`tui`) both use
it; neither imports the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.i18n import Lang, translate
from tracker.progress.status import Progress, Status
from tracker.safe_text import safe_text

if TYPE_CHECKING:
    from rich.text import Text

WIDE = 120
"""From this width on, tables show more: the section column of the command line's tables, the app's bars and its
less common keys."""

STATUS_STYLE = {
    Status.DONE: "green", Status.ON_TRACK: "green", Status.BEHIND: "yellow",
    Status.SEVERELY_BEHIND: "red", Status.MISSED: "red", Status.NO_DATA: "dim",
    Status.IN_PROGRESS: "cyan", Status.NOT_STARTED: "dim",
}
"""Colour of each status; the word is always printed beside it, colour is never the only signal."""


def plain(value: str, *, lines: bool = False, style: str = "") -> Text:
    """Words from a document, a file name, a YAML value or an argument, shown as written: safe to show
    (`safe_text`: no control or escape sequence reaches the terminal) and never read as markup ([bold], [link=…])."""
    from rich.text import Text  # here: a command printing JSON never loads Rich

    return Text(safe_text(value, lines=lines), style=style)


def status_word(progress: Progress, lang: Lang) -> Text:
    """The status as a coloured dot and a word, with stale and conflict marks."""
    from rich.text import Text

    word = Text("● ", style=STATUS_STYLE[progress.status])
    word.append(translate(f"status.{progress.status.value}", lang))
    if progress.stale:
        word.append(f" · {translate('status.stale', lang)}", style="yellow")
    if progress.conflicts:
        word.append(f" · {translate('status.conflict', lang)}", style="magenta")
    return word
