"""The review of a draft (issue 16): the drafted targets in a list, the highlighted one with its quote in detail
beside it (below it on a narrow terminal); each accepted, edited or skipped, and only the accepted written into
targets.yaml, on w, through the core (`draft.review`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Header, Input, Static
from textual.worker import Worker, WorkerState

from tracker.draft.review import (
    EDITABLE,
    DraftReview,
    DraftRow,
    Verdict,
    already_there,
    decide,
    edit,
    mark_written,
    review_of,
    tally,
    unwritten,
    write_accepted,
)
from tracker.errors import Diagnostic, TrackerUserError
from tracker.i18n import MESSAGES, Lang, colon, translate
from tracker.safe_text import safe_text
from tracker.shown import plain
from tracker.tui.keys import Key
from tracker.tui.screens.base import TrackerScreen
from tracker.tui.screens.modals import Dialog
from tracker.tui.widgets.footer import KeyFooter
from tracker.tui.widgets.table import Column, Row, RowTable
from tracker.workspace import Snapshot

SIDE_BY_SIDE = 110
"""From this width on, the detail stands beside the list; below it, under the list (as in the match review)."""
WIDTHS = {"target": 14}
"""Cells of the list's fixed columns (the decision's: its longest word); the title takes the rest, up to TITLE_CELLS
when the section shows too."""
MIN_TITLE = 16
TITLE_CELLS = 36
MIN_SECTION = 16
HEADINGS = {"verdict": "tui.draft.col.verdict", "title": "col.title", "target": "col.target",
            "section": "col.section"}
STYLES = {"pending": "", "accepted": "bold green", "skipped": "dim", "written": "green"}
SHOWN_IDS = 6
"""Ids named in the notice after a write (the rest counted)."""


def state(row: DraftRow) -> str:
    """pending, accepted, skipped, or written (accepted and in targets.yaml)."""
    return "written" if row.written is not None else row.verdict.value


def draft_row(row: DraftRow, there: str | None, lang: Lang) -> Row:
    """One line of the list: the decision, the title (marked when targets.yaml holds it already), the goal as the
    plan writes it (or 里程碑)."""
    goal = row.target if row.target is not None else translate("kind.milestone", lang)
    mark = Text(translate(f"tui.draft.verdict.{state(row)}", lang), style=STYLES[state(row)])
    title = Text(safe_text(row.title), no_wrap=True, overflow="ellipsis")
    if there is not None:
        title = Text.assemble((f"{translate('tui.draft.there', lang)} ", "yellow"), title, no_wrap=True,
                              overflow="ellipsis")
    cells = (mark, title, *(Text(safe_text(v), no_wrap=True, overflow="ellipsis") for v in (goal, row.section or "")))
    return Row(row.id, cells)


def _line(text: Text, code: str, value: str | None, lang: Lang) -> None:
    if value:
        text.append(f"{translate(code, lang)}{colon(lang)}", style="dim")
        text.append(f"{safe_text(value)}\n")


def row_detail(row: DraftRow, there: str | None, lang: Lang) -> Text:
    """The detail pane: title and goal, the plan's own words, where it stands, who and when, what was decided, and
    the target of targets.yaml that holds it already."""
    text = Text(safe_text(row.title), style="bold")
    if row.edited:
        text.append(translate("tui.draft.edited", lang), style="yellow")
    text.append("\n")
    text.append(safe_text(row.target) if row.target else translate("kind.milestone", lang), style="bold cyan")
    text.append(f"  {translate(f'tui.draft.verdict.{state(row)}', lang)}\n\n", style=STYLES[state(row)] or "dim")
    if row.quote:
        text.append(f"{translate('tui.detail.quote', lang)}{colon(lang)}", style="dim")
        text.append(f"{safe_text(row.quote)}\n\n")
    _line(text, "tui.detail.section", row.section, lang)
    _line(text, "tui.detail.owner", row.owner, lang)
    _line(text, "tui.detail.support", translate("report.list_separator", lang).join(row.support), lang)
    _line(text, "tui.detail.due", row.due, lang)
    _line(text, "tui.detail.period", row.period, lang)
    _line(text, "col.id", row.id, lang)
    if row.written is not None:
        text.append(translate("tui.draft.written_as", lang, id=safe_text(row.written)) + "\n", style="green")
    elif there is not None:
        text.append(translate("tui.draft.there_as", lang, id=safe_text(there)) + "\n", style="yellow")
    text.append("\n")
    text.append(translate("tui.draft.hint", lang), style="dim")
    return text


class DraftReviewScreen(TrackerScreen):
    """Accept (y), skip (x) or edit (e) each drafted target; w writes the accepted ones; Esc asks before dropping
    accepted targets not yet written."""

    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-stacked"), (SIDE_BY_SIDE, "-side-by-side")]
    KEYS: ClassVar[tuple[Key, ...]] = (
        Key("y", "accept", "tui.draft.key.accept"),
        Key("x", "skip", "tui.key.skip"),
        Key("e", "edit", "tui.draft.key.edit"),
        Key("w", "write", "tui.draft.key.write"),
        Key("ctrl+s", "write", "tui.draft.key.write", show=False),
        Key("escape", "back", "tui.key.back"),
    )

    @dataclass
    class Drafted(Message):
        """The plan document was drafted (a review), or could not be (the line that says why)."""

        review: DraftReview | None
        failure: str | None = None

    @dataclass
    class Written(Message):
        """The accepted targets were merged into targets.yaml (the id of each, by row), or not (the problems)."""

        written: dict[str, str]
        problems: list[Diagnostic]

    def __init__(self, review: DraftReview | None = None, source: Path | None = None) -> None:
        """Review `review`, or draft the plan document `source` first (in a worker: the screen is there at once)."""
        super().__init__()
        self.review = review
        self.source = source
        self.failure: str | None = None
        self.writing = False
        self.there: dict[str, str] = {}
        """By row id, the target of targets.yaml that holds it already (`already_there`)."""
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="draft-title", classes="panel-title")
        yield Static(id="draft-problem")
        with Container(id="draft-panes"):
            yield RowTable(id="draft-list")
            with VerticalScroll(id="draft-detail"):
                yield Static(id="draft-detail-text")
        yield KeyFooter()

    def prepare(self) -> None:
        table = self.query_one("#draft-list", RowTable)
        table.focus()
        self.watch(table, "cursor_row", self._show_current, init=False)
        self.say("")
        if self.review is None and self.source is not None:
            self._draft(self.source)
        self._show_current()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Fixed columns for the decision and the goal; the title takes what the list's width leaves."""
        table = self.query_one("#draft-list", RowTable)
        width = table.scrollable_content_region.width
        if width == self._width or width == 0:
            return
        self._width = width
        words = [translate(code, self.lang) for code in (HEADINGS["verdict"], *(f"tui.draft.verdict.{s}" for s in STYLES))]
        fixed = {**WIDTHS, "verdict": max(cell_len(word) for word in words)}  # 已写入, or "accepted"
        rest = width - sum(fixed.values()) - 2 * len(fixed) - 2
        widths = {**fixed, "title": max(rest, MIN_TITLE)}
        if rest - TITLE_CELLS - 2 >= MIN_SECTION:  # room for the section beside the title
            widths.update(title=TITLE_CELLS, section=rest - TITLE_CELLS - 2)
        table.set_columns([Column(name, translate(code, self.lang), widths[name])
                           for name, code in HEADINGS.items() if name in widths])
        self._fill()

    def relabel(self) -> None:
        super().relabel()
        self._width = 0
        self._fit_columns()
        self._show_current()

    def show(self, snapshot: Snapshot) -> None:
        """targets.yaml as the app has it now: which drafted targets it holds already."""
        self._fill()

    # ── drafting and writing, in workers ─────────────────────────────────
    @work(thread=True, exclusive=True, group="draft", exit_on_error=False)
    def _draft(self, source: Path) -> None:
        """The plan drafted by the core (`draft_file`, as `tracker draft` does), for the workspace's targets file."""
        from tracker.draft import draft_file

        lang = self.lang
        try:
            draft = draft_file(source, None, self.app.workspace.targets)
        except TrackerUserError as error:  # in the app the fix is the documents screen's e, not --region
            told = TrackerUserError(f"tui.{error.code}", **error.params) if f"tui.{error.code}" in MESSAGES else error
            self.post_message(self.Drafted(None, told.message(lang)))
            return
        if draft.text is None:
            self.post_message(self.Drafted(None, _first(draft.problems, lang)))
            return
        review, problems = review_of(draft.text, str(source))
        self.post_message(self.Drafted(review, _first(problems, lang) if review is None else None))

    def on_draft_review_screen_drafted(self, message: Drafted) -> None:
        self.review, self.failure = message.review, message.failure
        self.say(message.failure or "")
        self._fill()

    @work(thread=True, exclusive=True, group="draft-write", exit_on_error=False)
    def _write(self, review: DraftReview) -> None:
        written, problems = write_accepted(review, self.app.workspace.targets)
        self.post_message(self.Written(written, problems))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A write that failed on a bug (said by the app in one line) leaves w usable again; a draft that failed on
        one is said on the screen, which would otherwise wait for it."""
        super().on_worker_state_changed(event)
        if event.worker.group == "draft-write" and event.state is WorkerState.ERROR:
            self.writing = False
        if event.worker.group == "draft" and event.state is WorkerState.ERROR:  # no Drafted comes: say so here
            self.failure = translate("tui.draft.not_drafted", self.lang, path=str(self.source))
            self.say(self.failure)

    def on_draft_review_screen_written(self, message: Written) -> None:
        self.writing = False
        if message.problems:
            self.say(translate("tui.draft.failed", self.lang, problem=_first(message.problems, self.lang)))
            return
        self.say("")
        if self.review is not None:
            self.review = mark_written(self.review, message.written)
        ids = list(message.written.values())
        shown = "、".join(ids[:SHOWN_IDS]) + ("…" if len(ids) > SHOWN_IDS else "")
        self.notify(translate("tui.draft.written", self.lang, path=str(self.app.workspace.targets),
                              count=len(ids), ids=shown))
        self.app.action_reload()
        self._fill()

    # ── what is shown ─────────────────────────────────────────────────────
    def say(self, line: str) -> None:
        """One line under the title: why the draft could not be made or written ('' hides it)."""
        problem = self.query_one("#draft-problem", Static)
        problem.update(plain(line, style="bold red"))
        problem.display = bool(line)

    def _fill(self) -> None:
        """The rows again, the cursor kept on its row."""
        table = self.query_one("#draft-list", RowTable)
        self._rows(table.cursor_key)
        self._show_current()

    def _rows(self, cursor_key: str | None) -> None:
        """The list from the review, and which of its targets targets.yaml holds already."""
        snapshot, review = self.app.snapshot, self.review  # type: ignore[attr-defined]
        self.there = already_there(review, snapshot.targets_file) if review and snapshot is not None else {}
        rows = review.rows if review is not None else ()
        self.query_one("#draft-list", RowTable).set_rows(
            [draft_row(r, self.there.get(r.id), self.lang) for r in rows], cursor_key)

    def current(self) -> DraftRow | None:
        """The highlighted drafted target, None when there is none."""
        table = self.query_one("#draft-list", RowTable)
        key = table.cursor_key
        return self.review.row(key) if self.review is not None and key is not None else None

    def _show_current(self) -> None:
        lang, review = self.lang, self.review
        title = self.query_one("#draft-title", Static)
        detail = self.query_one("#draft-detail-text", Static)
        if review is None:
            path = str(self.source or "")
            title.update(plain(translate("tui.draft.drafting", lang, path=path) if self.failure is None else path))
            detail.update("")
            return
        plans = "、".join(f"{name}（{plan_id}）" for plan_id, name in review.plans)
        title.update(plain(translate("tui.draft.title", lang, plans=plans, **tally(review)._asdict())))
        self.sub_title = translate("tui.draft.where", lang, source=review.shown, targets=str(self.app.workspace.targets))
        row = self.current()
        if row is None:
            detail.update(plain(translate("tui.draft.none", lang, path=review.shown), style="dim"))
            return
        detail.update(row_detail(row, self.there.get(row.id), lang))
        self.query_one("#draft-detail", VerticalScroll).scroll_home(animate=False)

    # ── actions ───────────────────────────────────────────────────────────
    def _open_row(self) -> DraftRow | None:
        """The highlighted row if it may still be changed (not written, nothing being written); else None, said."""
        row = self.current()
        if row is None or self.writing:
            return None
        if row.written is not None:
            self.notify(translate("tui.draft.locked", self.lang, id=row.written))
            return None
        return row

    def _decide(self, verdict: Verdict) -> None:
        row = self._open_row()
        if row is None or self.review is None:
            return
        self.review = decide(self.review, row.id, verdict)
        self._rows(row.id)
        self.query_one("#draft-list", RowTable).action_cursor_down()  # on to the next target
        self._show_current()

    def action_accept(self) -> None:
        self._decide(Verdict.ACCEPTED)

    def action_skip(self) -> None:
        self._decide(Verdict.SKIPPED)

    def action_edit(self) -> None:
        row = self._open_row()
        if row is not None:
            self.app.push_screen(DraftEditDialog(self, row))

    def edited(self, review: DraftReview) -> None:
        """An edit the dialog checked and saved into the review."""
        self.review = review
        self._fill()

    def action_write(self) -> None:
        """Merge the accepted targets into targets.yaml (in a worker); nothing accepted, nothing written."""
        if self.review is None or self.writing:
            return
        if not unwritten(self.review):
            self.notify(translate("tui.draft.nothing", self.lang), severity="warning")
            return
        self.writing = True
        self._write(self.review)

    def action_back(self) -> None:
        """Leave; when accepted targets are not written yet, only after the person says to drop them."""
        self.then_leave(self.app.pop_screen)

    def then_leave(self, leave: Callable[[], object]) -> None:
        """`leave` (back to the documents, or quit the app) at once, or, when accepted targets are not written yet,
        after the person says to drop them."""
        count = len(unwritten(self.review)) if self.review is not None else 0
        if count == 0:
            leave()
            return

        def answered(drop: bool | None) -> None:
            if drop:
                leave()

        self.app.push_screen(LeaveDialog(count), answered)


def _first(problems: list[Diagnostic], lang: Lang) -> str:
    """The first problem in one line, and how many more there are."""
    if not problems:
        return ""
    more = translate("tui.draft.more", lang, count=len(problems) - 1) if len(problems) > 1 else ""
    return problems[0].render(lang) + more


class DraftEditDialog(Dialog):
    """A drafted target's title, goal, section, owner and due date, checked as `tracker check` checks them; the
    plan's words above, to compare with."""

    def __init__(self, screen: DraftReviewScreen, row: DraftRow) -> None:
        super().__init__()
        self.review_screen, self.row = screen, row

    def label(self, name: str) -> str:
        return translate(f"tui.form.field.{name}", self.lang)

    def compose(self) -> ComposeResult:
        lang, row = self.lang, self.row
        with Vertical(classes="dialog", id="draft-form"):
            yield Static(plain(translate("tui.draft.edit_title", lang, id=row.id)), classes="panel-title")
            if row.quote:
                yield Static(plain(f"{translate('tui.detail.quote', lang)}{colon(lang)}{row.quote}"),
                             id="draft-form-quote")
            for name in EDITABLE:
                value = safe_text(getattr(row, name) or "")
                yield from self.field_row(name, self.label(name), Input(
                    value, id=f"field-{name}", compact=True, placeholder=translate(f"tui.form.example.{name}", lang)))
            yield Static(translate("tui.draft.edit_hint", lang), id="draft-form-hint")
            yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def save(self) -> None:
        self.clear_problems()
        values = {name: self.query_one(f"#field-{name}", Input).value for name in EDITABLE}
        review = self.review_screen.review
        if review is None:
            return
        changed, problems = edit(review, self.row.id, values)
        for name, found in problems.items():
            if name in EDITABLE:
                self.field_problem(name, self.field_message(found.code, found.params, self.label(name)))
            else:
                self.problem(found.message(self.lang))
        if not problems:
            self.review_screen.edited(changed)
            self.dismiss(True)


class LeaveDialog(ModalScreen[bool]):
    """Drop the accepted targets not yet written, or stay (Esc stays)."""

    BINDINGS: ClassVar = [("escape", "stay", "")]

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        with Vertical(classes="dialog", id="draft-leave"):
            yield Static(translate("tui.draft.leave.title", lang, count=self.count), classes="panel-title")
            yield Static(translate("tui.draft.leave.question", lang))
            with Horizontal(classes="dialog-buttons"):
                yield Button(translate("tui.draft.leave.stay", lang), variant="primary", id="stay", compact=True)
                yield Button(translate("tui.draft.leave.drop", lang), variant="error", id="drop", compact=True)

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "drop")

    def action_stay(self) -> None:
        self.dismiss(False)
