"""The review queue: every pending match, one after another; decisions saved at once."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tracker.display import goal_amount
from tracker.i18n import translate
from tracker.model.decision import Action
from tracker.model.evidence import Evidence, Review
from tracker.progress.status import Progress
from tracker.safe_text import safe_text
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.target import quote_text
from tracker.tui.widgets.footer import KeyFooter
from tracker.workspace import Snapshot, decision_for, who


def pending(snapshot: Snapshot, plan: str | None) -> list[tuple[Progress, Evidence]]:
    """Every pending match of the shown plans, target by target in plan order."""
    return [(p, e) for p in snapshot.report.progress if plan in (None, p.plan.id)
            for e in snapshot.report.evidence.get(p.target.id, []) if e.review is Review.PENDING]


class ReviewScreen(TrackerScreen):
    """Accept, reject, enter a value, or skip; the counts follow every decision."""

    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("y", "accept", "tui.key.accept"),
        Key("x", "reject", "tui.key.reject"),
        Key("m", "manual", "tui.key.manual"),
        Key("s", "skip", "tui.key.skip"),
        Key("o", "open", "tui.key.open"),
        Key("l", "note", "tui.key.note"),
        Key("escape", "back", "tui.key.back"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[tuple[Progress, Evidence]] = []
        self.done = 0
        self.skipped: set[tuple[str, str]] = set()
        self.decided: set[tuple[str, str]] = set()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review-body"):
            yield Static(id="review-title", classes="panel-title")
            yield Static(id="review-target", classes="panel")
            yield Static(id="review-evidence", classes="panel")
        yield KeyFooter()

    def show(self, snapshot: Snapshot) -> None:
        """The queue as the latest snapshot has it (decided and skipped matches leave it)."""
        self.queue = [(p, e) for p, e in pending(snapshot, self.app.plan)
                      if (e.target, e.ref) not in self.skipped | self.decided]
        self._render_current()

    def current(self) -> tuple[Progress, Evidence] | None:
        return self.queue[0] if self.queue else None

    def _render_current(self) -> None:
        lang = self.lang
        self.query_one("#review-title", Static).update(
            translate("tui.review.title", lang, left=len(self.queue), done=self.done))
        found = self.current()
        if found is None:
            self.query_one("#review-target", Static).update(translate("tui.review.empty", lang))
            self.query_one("#review-evidence", Static).update("")
            return
        progress, item = found
        target = progress.target
        head = Text(safe_text(f"{target.id}  {target.title}") + "\n", style="bold")
        head.append(f"{translate('col.target', lang)}：{safe_text(target.target.text) if target.target else ''}    ")
        head.append(f"{translate('tui.detail.section', lang)}：{safe_text(target.section or '')}")
        self.query_one("#review-target", Static).update(head)
        body = Text(f"{goal_amount(progress, item.value)}  ", style="bold cyan")
        body.append(f"{translate(f'role.{item.role.value}', lang)} · {item.as_of.isoformat()} · "
                    f"{translate('tui.col.confidence', lang)} {item.confidence}\n")
        body.append(f"{safe_text(item.document or '')}\n", style="dim")
        body.append_text(quote_text(item))
        body.append(f"\n\n{translate('tui.review.why', lang)}：", style="dim")
        body.append(safe_text("；".join(translate(r.code, lang, **r.params) for r in item.reasons)))
        self.query_one("#review-evidence", Static).update(body)

    def _next(self, decided: bool) -> None:
        found = self.current()
        if found is None:
            return
        key = (found[1].target, found[1].ref)
        (self.decided if decided else self.skipped).add(key)
        self.done += decided
        self.queue.pop(0)
        self._render_current()

    def _decide(self, action: Action) -> None:
        found = self.current()
        if found is not None:
            self._next(decided=True)  # first: recording refreshes the queue from the new snapshot
            self.app.record(decision_for(found[1], action, who()))

    def action_accept(self) -> None:
        self._decide(Action.ACCEPT)

    def action_reject(self) -> None:
        self._decide(Action.REJECT)

    def action_skip(self) -> None:
        self._next(decided=False)

    def action_manual(self) -> None:
        from tracker.tui.screens.modals import ManualValueScreen

        found = self.current()
        if found is not None:
            self.app.push_screen(ManualValueScreen(found[0]),
                                 lambda saved: self._next(decided=True) if saved else None)

    def action_note(self) -> None:
        from tracker.tui.screens.modals import LagNoteScreen

        found = self.current()
        if found is not None:
            self.app.push_screen(LagNoteScreen(found[0]))

    def action_open(self) -> None:
        from tracker.tui.screens.document import DocumentScreen

        found = self.current()
        if found is not None and found[1].document:
            self.app.push_screen(DocumentScreen(found[1].document, found[1].start or 0, found[1].end or 0))

    def action_back(self) -> None:
        self.app.pop_screen()
