"""One target: its definition, progress in words, values over time, every piece of evidence, the lag note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static

from tracker.display import (
    completion_sentence,
    deadline_sentence,
    forecast_sentence,
    gap_sentence,
    goal_amount,
    ranking_sentence,
)
from tracker.i18n import colon, translate
from tracker.model.decision import Action
from tracker.model.evidence import Evidence, statements
from tracker.progress.status import Progress, Status
from tracker.safe_text import safe_text
from tracker.shown import WIDE, plain
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.widgets.cells import DEADLINE_STYLE, status_light
from tracker.tui.widgets.footer import KeyFooter
from tracker.tui.widgets.history import history_chart
from tracker.workspace import Snapshot, decision_for, who

LAGGING = (Status.BEHIND, Status.SEVERELY_BEHIND, Status.MISSED)
"""Statuses a lag note (滞后原因) explains."""
EVIDENCE_COLUMNS = ("tui.col.date", "col.value", "tui.col.quote", "tui.col.role", "tui.col.review",
                    "tui.col.confidence", "tui.col.document")
"""The sentence third, so that a narrow screen shows it before the columns that scroll off."""


def quote_text(item: Evidence) -> Text:
    """The clause, safe to show, with the figure itself highlighted."""
    text = plain(item.quote)
    if item.figure is not None:
        written = safe_text(item.figure.quantity.text)
        at = text.plain.find(written)
        if at >= 0:
            text.stylize("bold reverse", at, at + len(written))
    return text


class TargetScreen(TrackerScreen):
    """Drill into one target; Enter on evidence opens its document."""

    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("escape", "back", "tui.key.back"),
        Key("o", "open", "tui.key.open", show=WIDE),
        Key("y", "accept", "tui.key.accept"),
        Key("x", "reject", "tui.key.reject"),
        Key("m", "manual", "tui.key.manual", show=WIDE),  # at 80 columns the English footer has no room for it
        Key("l", "note", "tui.key.note"),
        Key("e", "edit", "tui.key.edit", show=WIDE),
    )

    def __init__(self, target_id: str) -> None:
        super().__init__()
        self.target_id = target_id
        self.progress: Progress | None = None
        self.items: list[list[Evidence]] = []
        """The rows of the evidence table: each one statement (`statements`), the same words said once or more."""
        self.gone = False
        """The target is no longer in targets.yaml; the screen closes when it is next on top."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail-body"):
            yield Static(id="definition", classes="panel")
            yield Static(id="progress", classes="panel")
            yield Static(id="note", classes="panel")
            yield Static(id="history", classes="panel")
            yield Static(id="evidence-title", classes="panel-title")
            yield DataTable(id="evidence", cursor_type="row")
        yield KeyFooter()

    def prepare(self) -> None:
        self.query_one("#evidence", DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.gone:
            self.app.pop_screen()

    def show(self, snapshot: Snapshot) -> None:
        """Fill every panel from the snapshot (the target may be gone after an edit: then go back)."""
        self.progress = next((p for p in snapshot.report.progress if p.target.id == self.target_id), None)
        if self.progress is None:  # renamed or removed (in the form, or in the file): back to the dashboard
            self.gone = True
            if self.app.screen is self:
                self.app.pop_screen()
            return
        p, lang = self.progress, self.lang
        supervised = None if snapshot.pending else self.app.supervised()
        self.query_one("#definition", Static).update(self._definition(p, due=supervised is None))
        words = [status_light(p, lang), Text(completion_sentence(p, lang)), Text(gap_sentence(p, lang))]
        if supervised is not None:  # when it is due, and where the pace leads by then
            deadline = supervised.deadlines[p.target.id]
            words += [Text(deadline_sentence(deadline, lang), style=DEADLINE_STYLE[deadline.state]),
                      Text(forecast_sentence(p, supervised.forecasts[p.target.id], lang))]
            words += [Text(ranking_sentence(r, lang)) for r in supervised.rankings  # its measure across regions
                      if any(e.target == p.target.id for e in r.entries)]
        self.query_one("#progress", Static).update(Text("\n").join(w for w in words if w.plain))
        note = self._note(snapshot)
        self.query_one("#note", Static).update(note)
        self.query_one("#note", Static).display = bool(note.plain)
        history = self.query_one("#history", Static)
        history.display = any(e.review.counts for e in p.evidence) and p.target.target is not None
        history.update(Text(translate("tui.detail.history", lang) + "\n", style="bold") + history_chart(p, lang))
        self._fill_evidence(snapshot)

    def _definition(self, p: Progress, due: bool) -> Text:
        """The target as written; its due date only when no deadline sentence below says it (`due`)."""
        target, lang = p.target, self.lang
        text = Text(safe_text(f"{target.title}  ({target.id})"), style="bold")
        rows = (("col.target", target.target.text if target.target else translate(f"kind.{target.kind.value}", lang)),
                ("tui.detail.period", p.period.label), ("tui.detail.due", p.target.effective_due(p.plan.period).isoformat() if due else None),
                ("tui.detail.section", target.section), ("tui.detail.owner", target.lead),
                ("tui.detail.support", translate("report.list_separator", lang).join(target.support)),
                ("tui.detail.quote", target.quote))
        for code, value in rows:
            if value:
                text.append(f"\n{translate(code, lang)}{colon(lang)}", style="dim")
                text.append(safe_text(value))
            if code == "tui.detail.owner":  # the weight it counts with in scores, beside who answers for it
                weight = translate("tui.detail.weight", lang, weight=f"{target.weight.normalize():f}")
                text.append(f"  {weight}" if value else f"\n{weight}", style="dim")
        return text

    def _note(self, snapshot: Snapshot) -> Text:
        note = snapshot.notes.get(self.target_id)
        if note is None:  # asked for only where a lag is to be explained
            behind = self.progress is not None and self.progress.status in LAGGING
            return Text(translate("tui.detail.no_note", self.lang) if behind else "", style="dim")
        heading = translate("tui.detail.note", self.lang, who=note.who, date=note.as_of.isoformat())
        text = Text(safe_text(heading) + "\n", style="bold")
        said = colon(self.lang)
        text.append(f"{translate('tui.note.cause', self.lang)}{said}{safe_text(note.cause, lines=True)}\n")
        text.append(f"{translate('tui.note.measures', self.lang)}{said}{safe_text(note.measures, lines=True)}")
        return text

    def _fill_evidence(self, snapshot: Snapshot) -> None:
        table = self.query_one("#evidence", DataTable)
        listed = [e for e in snapshot.report.evidence.get(self.target_id, []) if e.review.listed]
        as_of = snapshot.report.as_of
        self.items = statements([e for e in listed if e.as_of <= as_of])
        later = len(statements([e for e in listed if e.as_of > as_of]))
        title = (translate("tui.detail.evidence", self.lang, count=len(self.items)) if self.items
                 else translate("tui.detail.no_evidence", self.lang))
        if later:  # figures for after the date on screen do not count now: said, not shown as if they did
            title += translate("tui.detail.later", self.lang, count=later, date=as_of.isoformat())
        self.query_one("#evidence-title", Static).update(title)
        table.display = bool(self.items)
        table.clear(columns=True)
        for code in EVIDENCE_COLUMNS:
            table.add_column(translate(code, self.lang))
        for index, said in enumerate(self.items):
            item = said[0]
            times = translate("tui.detail.times", self.lang, count=len(said)) if len(said) > 1 else ""
            table.add_row(item.as_of.isoformat(), goal_amount(self.progress, item.value), quote_text(item) + times,
                          translate(f"role.{item.role.value}", self.lang),
                          translate(f"review.{item.review.value}", self.lang), f"{item.confidence}",
                          plain(item.document or item.source or ""), key=str(index))

    def current(self) -> list[Evidence]:
        """The statement under the cursor: each place the document says it ([] when there is none)."""
        table = self.query_one("#evidence", DataTable)
        if not self.items or table.row_count == 0:
            return []
        return self.items[table.cursor_row]

    # ── actions ───────────────────────────────────────────────────────────
    def on_data_table_row_selected(self, _event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_open(self) -> None:
        from tracker.tui.screens.document import DocumentScreen

        said = self.current()
        if said and said[0].document:
            item = said[0]
            self.app.push_screen(DocumentScreen(item.document, item.start or 0, item.end or 0))

    def _decide(self, action: Action) -> None:
        said = [item for item in self.current() if item.figure is not None]
        if said:  # one decision for each place the document says it: the statement is accepted or not as one
            self.app.record(*(decision_for(item, action, who()) for item in said))
            self.notify(translate("tui.review.saved", self.lang, action=translate(f"tui.key.{action.value}", self.lang),
                                  id=self.target_id))

    def action_accept(self) -> None:
        self._decide(Action.ACCEPT)

    def action_reject(self) -> None:
        self._decide(Action.REJECT)

    def action_manual(self) -> None:
        from tracker.tui.screens.modals import ManualValueScreen

        if self.progress is not None and self.progress.target.target is not None:
            self.app.push_screen(ManualValueScreen(self.progress))

    def action_note(self) -> None:
        from tracker.tui.screens.modals import LagNoteScreen

        if self.progress is not None:
            self.app.push_screen(LagNoteScreen(self.progress))

    def action_edit(self) -> None:
        from tracker.tui.screens.target_form import TargetForm

        if self.progress is not None:
            self.app.push_screen(TargetForm(self.progress))
