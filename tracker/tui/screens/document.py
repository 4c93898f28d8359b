"""A source document, opened at one figure, with every other figure it holds marked."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tracker.errors import TrackerUserError
from tracker.i18n import translate
from tracker.model.document import Document
from tracker.model.figure import Figure
from tracker.safe_text import safe_text
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets.footer import KeyFooter

CONTEXT_LINES = 3
"""Lines shown above the figure when the document opens."""


def marked_text(document: Document, figures: list[Figure], start: int, end: int) -> Text:
    """The document's text, safe to show, with every figure underlined and the chosen one highlighted.

    The text is cut at the figures' edges and each piece made safe on its own (`safe_text`), so a figure stays
    marked where it is when something before it (an escape sequence, say) is shown shorter than it is written."""
    raw = document.text

    def inside(offset: int) -> int:
        return min(max(offset, 0), len(raw))

    cuts = sorted({inside(offset) for offset in (0, len(raw), start, end, *(edge for figure in figures
                                                                            for edge in (figure.start, figure.end)))})
    pieces, shown, length = [], {}, 0
    for cut, following in zip(cuts, cuts[1:], strict=False):
        shown[cut] = length
        pieces.append(safe_text(raw[cut:following], lines=True))
        length += len(pieces[-1])
    shown[cuts[-1]] = length
    text = Text("".join(pieces))
    for figure in figures:
        text.stylize("underline cyan", shown[inside(figure.start)], shown[inside(figure.end)])
    text.stylize("bold reverse yellow", shown[inside(start)], shown[inside(end)])
    return text


def rows_before(text: str, offset: int, width: int) -> int:
    """Screen rows the text takes before `offset` when wrapped at `width` cells (Chinese is two cells)."""
    lines = text[:offset].split("\n")
    return sum(max(-(-cell_len(line) // width), 1) for line in lines[:-1]) + cell_len(lines[-1]) // width


class DocumentScreen(TrackerScreen):
    """The document behind a piece of evidence."""

    KEYS: ClassVar[tuple[Key, ...]] = (Key("escape", "back", "tui.key.back"),)

    def __init__(self, path: str, start: int, end: int) -> None:
        super().__init__()
        self.path, self.start, self.end = path, start, end

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="document-body"):
            yield Static(translate("tui.loading", self.lang), id="document-text")
        yield KeyFooter()

    def prepare(self) -> None:
        self.load()

    @work(thread=True, exit_on_error=False)
    def load(self) -> None:
        try:
            found = self.app.workspace.document(self.path)
        except TrackerUserError as error:
            self.app.call_from_thread(self.notify, error.message(self.lang), severity="error")
            return
        if found is not None:
            self.app.call_from_thread(self.display_document, *found)

    def display_document(self, document: Document, figures: list[Figure]) -> None:
        self.sub_title = translate("tui.document.title", self.lang, path=document.path, count=len(figures))
        self.query_one("#document-text", Static).update(marked_text(document, figures, self.start, self.end))
        self.call_after_refresh(self._scroll_to_figure, safe_text(document.text[:self.start], lines=True))

    def _scroll_to_figure(self, before: str) -> None:
        """Scroll so the figure's line, after the text `before` it as shown, is a few lines down (wrapped rows
        counted in cells)."""
        width = max(self.query_one("#document-text", Static).content_size.width, 1)
        rows = rows_before(before, len(before), width)
        self.query_one("#document-body", VerticalScroll).scroll_to(y=max(rows - CONTEXT_LINES, 0), animate=False)

    def action_back(self) -> None:
        self.app.pop_screen()
