"""The review queue: every pending match in a list, the highlighted one in detail beside it (below it on a narrow
terminal); decisions act on the highlighted row and are saved at once."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container, VerticalScroll
from textual.widgets import Header, Static

from tracker.i18n import translate
from tracker.model.decision import Action
from tracker.model.evidence import Evidence, Review
from tracker.progress.status import Progress
from tracker.safe_text import safe_text
from tracker.shown import WIDE
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.target import quote_text
from tracker.tui.widgets.footer import KeyFooter
from tracker.tui.widgets.review_detail import document_name, empty_detail, figure_as_written, match_detail
from tracker.tui.widgets.table import Column, Row, RowTable
from tracker.workspace import Snapshot, decision_for, who

Match = tuple[Progress, Evidence]
SIDE_BY_SIDE = 110
"""From this width on, the detail stands beside the list; below it, under the list."""
WIDTHS = {"figure": 10, "document": 20, "confidence": 6}
"""Cells of the list's fixed columns; the target's title takes the rest."""
MIN_TITLE = 16
HEADINGS = {"title": "col.title", "figure": "tui.review.col.figure", "document": "tui.col.document",
            "confidence": "tui.col.confidence"}


def pending(snapshot: Snapshot, plan: str | None) -> list[Match]:
    """Every pending match of the shown plans, target by target in plan order."""
    return [(p, e) for p in snapshot.report.progress if plan in (None, p.plan.id)
            for e in snapshot.report.evidence.get(p.target.id, []) if e.review is Review.PENDING]


def match_key(item: Evidence) -> str:
    """A row's key: the target and the figure's reference, as decisions are keyed."""
    return f"{item.target}|{item.ref}"


def match_row(match: Match) -> Row:
    """One row of the list: the target's title, the figure as written, the document's short name, the confidence."""
    progress, item = match
    written, _ = figure_as_written(progress, match[1])
    cells = (safe_text(progress.target.title), written, document_name(item), f"{item.confidence}")
    return Row(match_key(item), tuple(Text(value, no_wrap=True, overflow="ellipsis") for value in cells))


class ReviewScreen(TrackerScreen):
    """Accept, reject, enter a value, or skip (move on, still pending); the counts follow every decision."""

    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-stacked"), (SIDE_BY_SIDE, "-side-by-side")]
    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("y", "accept", "tui.key.accept"),
        Key("x", "reject", "tui.key.reject"),
        Key("m", "manual", "tui.key.manual", show=WIDE),
        Key("s", "skip", "tui.key.skip"),
        Key("o", "open", "tui.key.open", show=WIDE),
        Key("l", "note", "tui.key.note", show=WIDE),
        Key("escape", "back", "tui.key.back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[Match] = []
        self.done = 0
        self.decided: set[str] = set()
        """Keys decided here: a snapshot computed before the decision arrived must not bring them back."""
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-title", classes="panel-title")
        with Container(id="review-panes"):
            yield RowTable(id="review-list")
            with VerticalScroll(id="review-detail"):
                yield Static(id="review-detail-text")
        yield KeyFooter()

    def prepare(self) -> None:
        table = self.query_one("#review-list", RowTable)
        table.focus()
        self.watch(table, "cursor_row", self._show_current, init=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Fixed columns for the figure, document and confidence; the title takes what the list's width leaves."""
        table = self.query_one("#review-list", RowTable)
        width = table.scrollable_content_region.width
        if width == self._width or width == 0:
            return
        self._width = width
        rest = width - sum(WIDTHS.values()) - 2 * len(HEADINGS)
        widths = {**WIDTHS, "title": max(rest, MIN_TITLE)}
        kept = table.cursor_key  # a resize keeps the person's place
        table.set_columns([Column(name, translate(code, self.lang), widths[name]) for name, code in HEADINGS.items()])
        self._fill(kept)

    def relabel(self) -> None:
        super().relabel()
        self._width = 0
        self._fit_columns()

    # ── data ──────────────────────────────────────────────────────────────
    def show(self, snapshot: Snapshot) -> None:
        """The queue as the latest snapshot has it: decided matches leave it, skipped ones stay."""
        self.queue = [(p, e) for p, e in pending(snapshot, self.app.plan) if match_key(e) not in self.decided]
        self._fill(self.query_one("#review-list", RowTable).cursor_key)

    def _fill(self, cursor_key: str | None) -> None:
        """The rows again, the cursor on `cursor_key`, else where it was (the row that took the decided one's place)."""
        table = self.query_one("#review-list", RowTable)
        at = table.cursor_row
        table.set_rows([match_row(m) for m in self.queue], cursor_key)
        if cursor_key is None or table.index_of(cursor_key) is None:
            table.cursor_row = min(at, max(len(self.queue) - 1, 0))
        self._show_current()

    def current(self) -> Match | None:
        """The highlighted match, None when nothing waits."""
        table = self.query_one("#review-list", RowTable)
        return self.queue[table.cursor_row] if 0 <= table.cursor_row < len(self.queue) else None

    def _show_current(self) -> None:
        lang = self.lang
        self.query_one("#review-title", Static).update(
            translate("tui.review.title", lang, left=len(self.queue), done=self.done))
        found = self.current()
        if found is None:
            self.query_one("#review-detail-text", Static).update(empty_detail(lang))
            return
        progress, item = found
        use = next((u for u in self.app.snapshot.report.documents if u.path == item.document), None)
        self.query_one("#review-detail-text", Static).update(match_detail(progress, item, use, quote_text(item), lang))
        self.query_one("#review-detail", VerticalScroll).scroll_home(animate=False)

    # ── actions ───────────────────────────────────────────────────────────
    def _decide(self, action: Action) -> None:
        found = self.current()
        if found is None:
            return
        table = self.query_one("#review-list", RowTable)
        key = match_key(found[1])
        self.decided.add(key)
        self.done += 1
        self.queue = [m for m in self.queue if match_key(m[1]) != key]
        self._fill(None)  # the next row takes the decided one's place under the cursor
        follow = table.cursor_key
        self.app.record(decision_for(found[1], action, who()))  # shows the new snapshot here too
        if follow is not None:
            table.move_to(follow)

    def action_accept(self) -> None:
        self._decide(Action.ACCEPT)

    def action_reject(self) -> None:
        self._decide(Action.REJECT)

    def action_skip(self) -> None:
        """Leave the highlighted match pending and go on to the next (after the last, the first)."""
        table = self.query_one("#review-list", RowTable)
        if table.row_count:
            table.cursor_row = (table.cursor_row + 1) % table.row_count

    def action_manual(self) -> None:
        from tracker.tui.screens.modals import ManualValueScreen

        found = self.current()
        if found is not None and found[0].target.target is not None:
            self.app.push_screen(ManualValueScreen(found[0]))

    def action_note(self) -> None:
        from tracker.tui.screens.modals import LagNoteScreen

        found = self.current()
        if found is not None:
            self.app.push_screen(LagNoteScreen(found[0]))

    def on_row_table_row_selected(self, _event: RowTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        from tracker.tui.screens.document import DocumentScreen

        found = self.current()
        if found is not None and found[1].document:
            self.app.push_screen(DocumentScreen(found[1].document, found[1].start or 0, found[1].end or 0))

    def action_back(self) -> None:
        self.app.pop_screen()
