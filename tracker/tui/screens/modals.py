"""Small dialogs: a value entered by hand, a lag note, the quarterly report. Each checks with the core before it
saves."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from tracker.errors import TrackerUserError, bounded
from tracker.i18n import Lang, translate
from tracker.progress.status import Progress
from tracker.report.quarter import Quarter
from tracker.safe_text import safe_text
from tracker.shown import plain
from tracker.tui.screens.base import ReportsWorkerErrors
from tracker.workspace import lag_note, manual_decision, who


class Dialog(ReportsWorkerErrors, ModalScreen[bool]):
    """A form in a box with Save and Cancel; Escape cancels. The first field has the focus; each field is a row
    (its label, then the widget) with its own problem line under it, shown only when there is a problem."""

    BINDINGS: ClassVar = [("escape", "cancel", "")]
    AUTO_FOCUS = "Input, Select, TextArea, Checkbox"
    """The first field, not a scrolling container, has the focus when the dialog opens."""

    @property
    def lang(self) -> Lang:
        return self.app.lang

    def field_row(self, name: str, label: str, widget: Widget) -> ComposeResult:
        """One field: `label` beside `widget` (`row-NAME`), and its problem line (`problem-NAME`) under it."""
        with Vertical(classes="form-field"):
            with Horizontal(id=f"row-{name}", classes="form-row"):
                yield Label(label, classes="form-label")
                yield widget
            yield Static("", id=f"problem-{name}", classes="form-problem")

    def field_problem(self, name: str, message: str) -> None:
        """Say what is wrong with one field under it ('' clears it); the message may quote the value as typed."""
        line = self.query_one(f"#problem-{name}", Static)
        line.update(plain(message))
        line.display = bool(message)

    def field_message(self, code: str, params: dict[str, str], label: str) -> str:
        """A problem of one field in the dialog's language, the field called by its label (截止日期, not due); a
        problem with no catalogue message of its own (`schema.invalid`) says only that the value is not valid."""
        if code == "schema.invalid":
            code = "tui.form.invalid_field"
        return translate(code, self.lang, **bounded({**params, "field": label}))

    def clear_problems(self) -> None:
        for line in self.query(".form-problem").results(Static):
            line.update("")
            line.display = False
        self.problem("")

    def buttons(self) -> ComposeResult:
        with Horizontal(classes="dialog-buttons"):
            yield Button(translate("tui.save", self.lang), variant="primary", id="save", compact=True)
            yield Button(translate("tui.cancel", self.lang), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.save()
        else:
            self.dismiss(False)

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.save()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def problem(self, message: str) -> None:
        """Say what is wrong under the form; the message may quote a value or a file name, shown as written."""
        line = self.query_one("#problem", Static)
        line.update(plain(message, lines=True))
        line.display = bool(message)

    def save(self) -> None:
        raise NotImplementedError


VALUE_CODES = ("quantity.", "review.bad_value", "review.unit_mismatch", "review.not_quantity")
"""Problems of a value by hand that concern the value itself (the rest name their field)."""


class ManualValueScreen(Dialog):
    """Enter a target's value by hand, with its as-of date, source and note."""

    FIELDS = (("value", "value"), ("as-of", "as_of"), ("source", "source"), ("note", "note"))
    """Each field's widget id and the suffix of its label and example codes."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def compose(self) -> ComposeResult:
        lang, goal = self.lang, self.progress.target.target
        examples = {"value": translate("tui.manual.example.value", lang, unit=goal.written_unit if goal else "",
                                       goal=goal.text if goal else "")}
        with Vertical(classes="dialog"):
            yield Static(plain(translate("tui.manual.title", lang, id=self.progress.target.id)), classes="panel-title")
            for name, code in self.FIELDS:
                example = examples.get(name) or translate(f"tui.manual.example.{code}", lang)
                value = self.app.as_of.isoformat() if name == "as-of" else ""
                yield from self.field_row(name, translate(f"tui.manual.field.{code}", lang),
                                          Input(value, id=name, placeholder=safe_text(example), compact=True))
            yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def _say(self, error: TrackerUserError) -> None:
        """A problem under the field it concerns: the value's own, or the source's or note's (by label)."""
        if error.code.startswith(VALUE_CODES):
            self.field_problem("value", error.message(self.lang))
            return
        field = str(error.params.get("field", ""))
        if field in ("source", "note"):
            label = translate(f"tui.manual.field.{field}", self.lang)
            self.field_problem(field, self.field_message(error.code, error.params, label))
        else:
            self.problem(error.message(self.lang))

    def save(self) -> None:
        self.clear_problems()
        written = self.query_one("#as-of", Input).value
        try:
            as_of = date.fromisoformat(written.strip())
        except ValueError:
            self.field_problem("as-of", translate("cli.bad_date", self.lang, value=written))
            return
        try:
            decision = manual_decision(self.progress.target, self.query_one("#value", Input).value, as_of, who(),
                                       self.query_one("#source", Input).value, self.query_one("#note", Input).value)
        except TrackerUserError as error:
            self._say(error)
            return
        self.app.record(decision)
        self.dismiss(True)


class LagNoteScreen(Dialog):
    """Why the target is behind (滞后原因) and what is being done (整改措施)."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def compose(self) -> ComposeResult:
        lang = self.lang
        note = self.app.snapshot.notes.get(self.progress.target.id) if self.app.snapshot else None
        with Vertical(classes="dialog"):
            yield Static(plain(translate("tui.note.title", lang, id=self.progress.target.id)), classes="panel-title")
            yield Label(translate("tui.note.cause", lang))
            yield TextArea(safe_text(note.cause, lines=True) if note else "", id="cause",
                           placeholder=translate("tui.note.example.cause", lang))
            yield Label(translate("tui.note.measures", lang))
            yield TextArea(safe_text(note.measures, lines=True) if note else "", id="measures",
                           placeholder=translate("tui.note.example.measures", lang))
            yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def save(self) -> None:
        try:
            note = lag_note(self.progress.target, self.app.as_of, self.query_one("#cause", TextArea).text.strip(),
                            self.query_one("#measures", TextArea).text.strip(), who())
        except TrackerUserError as error:
            self.problem(error.message(self.lang))
            return
        self.app.record_note(note)
        self.notify(translate("tui.note.saved", self.lang, id=self.progress.target.id))
        self.dismiss(True)


class ReportScreen(Dialog):
    """Write the quarterly report: quarter (the latest the plans cover), format (by its name), and whether an
    existing file may be replaced."""

    WRITTEN_TIMEOUT = 4
    """Seconds the "report written" toast stays: long enough to read the path, short enough not to sit over the
    dashboard it returns to (Textual's default is 5, this dialog's was 10)."""

    def compose(self) -> ComposeResult:
        from tracker.report.output import FORMATS

        lang = self.lang
        with Vertical(classes="dialog"):
            yield Static(translate("tui.report.title", lang), classes="panel-title")
            # the field names are Statics, not Labels (whose top margin would push Save off an 80×24 screen)
            yield Static(translate("tui.report.quarter", lang))
            yield Input(str(self.default_quarter()), id="quarter")
            yield Static(translate("tui.report.format", lang))
            yield Select([(translate(f"report.format.{name}", lang), name) for name in FORMATS], value=FORMATS[0],
                         allow_blank=False, id="format")
            yield Checkbox(translate("tui.report.force", lang), id="force")
            yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def default_quarter(self) -> Quarter:
        """The latest quarter the plans on screen cover, as of the app's date (the core decides which)."""
        from tracker.report.quarter import default_quarter

        snapshot, plan = self.app.snapshot, self.app.plan
        plans = [p for p in snapshot.targets_file.plans if plan in (None, p.id)] if snapshot else []
        return default_quarter(plans, self.app.as_of)

    def save(self) -> None:
        try:
            quarter = Quarter.parse(self.query_one("#quarter", Input).value)
        except TrackerUserError as error:
            self.problem(error.message(self.lang))
            return
        fmt, force = str(self.query_one("#format", Select).value), self.query_one("#force", Checkbox).value
        if taken := self._taken(quarter, fmt, force):  # said in the dialog's words, not the command line's
            self.problem(translate("tui.report.exists", self.lang, path=taken))
            return
        self.problem(translate("tui.report.writing", self.lang))
        self.write(quarter, fmt, force)

    def _taken(self, quarter: Quarter, fmt: str, force: bool) -> str | None:
        """The report's file when it exists and may not be replaced; None when it may be written (or when
        the command will say why not)."""
        from tracker.report.output import destination

        snapshot, plan = self.app.snapshot, self.app.plan
        try:
            plans = quarter.plans_of(snapshot.targets_file, plan) if snapshot else []
            destination(None, [p.id for p in plans], quarter, fmt, force)
        except TrackerUserError as error:
            return error.params.get("path") if error.code == "report.exists" else None
        return None

    @work(thread=True, exclusive=True, exit_on_error=False)
    def write(self, quarter: Quarter, fmt: str, force: bool) -> None:
        """The report written by the core in a process of its own (`tracker.child`: reading and matching the
        documents never competes with the keys); it answers in values, the file written or why not, and a
        refusal stays in the dialog."""
        from tracker.child import write_report_elsewhere

        app, ws = self.app, self.app.workspace
        as_of = min(quarter.end, app.as_of)  # a quarter still running is reported as of the app's date
        written = write_report_elsewhere(ws.targets, ws.docs, ws.url, str(quarter), fmt, self.lang, plan=app.plan,
                                         as_of=as_of, force=force)
        if written.path is not None:
            self.app.call_from_thread(self._written, translate("report.written", self.lang, path=written.path))
        else:
            self.app.call_from_thread(self.problem, written.refused or "?")

    def _written(self, message: str) -> None:
        self.notify(message, timeout=self.WRITTEN_TIMEOUT)
        self.dismiss(True)
