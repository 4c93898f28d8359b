"""Add or edit a target: validated by the same schema and quantity parser as `tracker check`, written round-trip."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from tracker.config.targets_writer import save_target
from tracker.errors import Diagnostic, TrackerUserError
from tracker.i18n import translate
from tracker.model.target import TargetKind
from tracker.progress.status import Progress
from tracker.safe_text import safe_text
from tracker.shown import plain
from tracker.tui.screens.modals import Dialog

BASIC = ("title", "id", "target", "kind", "plan", "due")
"""The fields a target is defined by, in the form's order (the title first: it has the focus)."""
MORE = ("section", "owner", "metric", "aliases", "quote")
"""The fields a target may do without, grouped apart."""
FIELDS = BASIC + MORE
WIDE = 120
"""From this width on, the two groups of fields stand side by side."""
REQUIRED = ("title", "id")
SELECTS = ("kind", "plan")
TEXT_FIELDS = tuple(name for name in FIELDS if name not in SELECTS)
FILE_PROBLEMS = {"targets.duplicate_id": "id", "targets.quantity_without_target": "target",
                 "targets.milestone_with_target": "target", "targets.due_outside": "due",
                 "targets.due_outside_target": "due"}
"""Problems `tracker check` finds in the whole file that concern one field of the target in the form."""
FORM_WORDS = {"targets.quantity_without_target": "tui.form.need_target",
              "targets.milestone_with_target": "tui.form.milestone_target"}
"""The same problems in the form's words (a field and a choice, not a YAML key)."""


def initial_values(progress: Progress | None) -> dict[str, str]:
    """The form's fields for an existing target, or empty ones; safe to show (`safe_text`), so a control character
    in targets.yaml is replaced in the file when the target is saved from the form."""
    if progress is None:
        return {}
    target = progress.target
    values = {"id": target.id, "title": target.title, "target": target.target.text if target.target else "",
              "metric": target.metric or "", "aliases": ", ".join(target.aliases), "section": target.section or "",
              "owner": target.lead or "", "due": target.due.isoformat() if target.due else "",
              "quote": target.quote or "", "kind": target.kind.value}
    return {name: safe_text(value) for name, value in values.items()}


class TargetForm(Dialog):
    """The fields of a target in two groups (side by side from 120 columns); problems under the field they concern."""

    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (WIDE, "-wide")]

    def __init__(self, progress: Progress | None) -> None:
        super().__init__()
        self.progress = progress
        self.values = initial_values(progress)

    def on_mount(self) -> None:
        """The width class at once: a dialog pushed over a screen gets no resize of its own to set it."""
        wide = self.app.size.width >= WIDE
        self.set_class(wide, "-wide")
        self.set_class(not wide, "-narrow")

    def label(self, name: str) -> str:
        """A field's name in the app's language (its label, and how its problems call it)."""
        return translate(f"tui.form.field.{name}", self.lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        title = (translate("tui.form.edit_title", lang, id=self.progress.target.id) if self.progress
                 else translate("tui.form.add_title", lang))
        with Vertical(classes="dialog", id="target-form"):
            yield Static(plain(title), classes="panel-title")
            with VerticalScroll(id="form-body", can_focus=False), Horizontal(id="form-columns"):
                for group, heading, names in (("basic", "tui.form.basic", BASIC), ("more", "tui.form.more", MORE)):
                    with Vertical(id=f"group-{group}", classes="form-group"):
                        yield Static(translate(heading, lang), classes="form-group-title")
                        for name in names:
                            label = translate("tui.form.required", lang, label=self.label(name)) \
                                if name in REQUIRED else self.label(name)
                            yield from self.field_row(name, label, self._widget(name))
            yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def _widget(self, name: str) -> Widget:
        """An input with an example, or the choice of kind or plan."""
        lang = self.lang
        if name == "kind":
            return Select([(translate(f"kind.{k.value}", lang), k.value) for k in TargetKind], compact=True,
                          value=self.values.get("kind", TargetKind.QUANTITY.value), allow_blank=False, id="field-kind")
        if name == "plan":
            plans = [(p.id, p.id) for p in self.app.snapshot.targets_file.plans] if self.app.snapshot else []
            chosen = self.progress.plan.id if self.progress else (plans[0][1] if plans else Select.BLANK)
            return Select(plans, value=chosen, allow_blank=False, id="field-plan", compact=True,
                          disabled=self.progress is not None)
        return Input(self.values.get(name, ""), id=f"field-{name}", compact=True,
                     placeholder=translate(f"tui.form.example.{name}", lang))

    def _read(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.query_one(f"#field-{name}", Input).value for name in TEXT_FIELDS}
        kind = self.query_one("#field-kind", Select).value
        values["kind"] = kind if kind != TargetKind.QUANTITY.value else None
        return values

    def save(self) -> None:
        plan = self.query_one("#field-plan", Select).value
        self._write(str(plan), self._read(), self.progress.target.id if self.progress else None)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _write(self, plan: str, values: dict[str, Any], replacing: str | None) -> None:
        try:
            fields, whole = save_target(self.app.workspace.targets, plan, values, replacing)
        except TrackerUserError as error:
            self.app.call_from_thread(self.problem, error.message(self.lang))
            return
        self.app.call_from_thread(self._done, fields, whole, values)

    def _placed(self, whole: list[Diagnostic], values: dict[str, Any]) -> tuple[dict[str, Diagnostic], list[Diagnostic]]:
        """The whole file's problems that concern a field of this target, by field; the others."""
        placed, rest = {}, []
        for found in whole:
            name = FILE_PROBLEMS.get(found.code)
            own = str(found.params.get("id", values.get("id", ""))).strip() == str(values.get("id", "")).strip()
            if name is not None and own and name not in placed:
                placed[name] = found.model_copy(update={"code": FORM_WORDS.get(found.code, found.code)})
            else:
                rest.append(found)
        return placed, rest

    def _done(self, fields: dict[str, Diagnostic], whole: list[Diagnostic], values: dict[str, Any]) -> None:
        self.clear_problems()
        placed, rest = self._placed(whole, values)
        for name, found in {**placed, **fields}.items():
            if name in FIELDS:
                self.field_problem(name, self.field_message(found.code, found.params, self.label(name)))
            else:
                rest.append(found)
        if fields or whole:
            lines = [translate("tui.form.invalid", self.lang, count=len(fields) + len(whole))]
            lines += [d.render(self.lang) for d in rest]
            self.problem("\n".join(lines))
            return
        self.notify(translate("tui.form.saved", self.lang, path=str(self.app.workspace.targets),
                              id=str(values.get("id") or "").strip()))
        self.app.action_reload()
        self.dismiss(True)
