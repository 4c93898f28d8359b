"""Add or edit a target: validated by the same schema and quantity parser as `tracker check`, written round-trip."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from tracker.config.targets_writer import save_target
from tracker.console import plain
from tracker.errors import Diagnostic, TrackerUserError
from tracker.i18n import translate
from tracker.model.target import TargetKind
from tracker.progress.status import Progress
from tracker.safe_text import safe_text
from tracker.tui.screens.modals import Dialog

TEXT_FIELDS = ("id", "title", "target", "metric", "aliases", "section", "owner", "due", "quote")
LABELS = {"id": "col.id", "title": "col.title", "target": "col.target", "metric": "tui.form.metric",
          "aliases": "tui.form.aliases", "section": "tui.detail.section", "owner": "tui.detail.owner",
          "due": "tui.detail.due", "quote": "tui.detail.quote", "kind": "col.kind", "plan": "tui.filter.plan"}


def initial_values(progress: Progress | None) -> dict[str, str]:
    """The form's fields for an existing target, or empty ones; safe to show (`safe_text`), so a control character
    in targets.yaml is replaced in the file when the target is saved from the form."""
    if progress is None:
        return {}
    target = progress.target
    values = {"id": target.id, "title": target.title, "target": target.target.text if target.target else "",
              "metric": target.metric or "", "aliases": ", ".join(target.aliases), "section": target.section or "",
              "owner": target.owner or "", "due": target.due.isoformat() if target.due else "",
              "quote": target.quote or "", "kind": target.kind.value}
    return {name: safe_text(value) for name, value in values.items()}


class TargetForm(Dialog):
    """The fields of a target; problems are shown next to the field they concern."""

    def __init__(self, progress: Progress | None) -> None:
        super().__init__()
        self.progress = progress
        self.values = initial_values(progress)

    def compose(self) -> ComposeResult:
        lang = self.lang
        plans = [(p.id, p.id) for p in self.app.snapshot.targets_file.plans] if self.app.snapshot else []
        title = (translate("tui.form.edit_title", lang, id=self.progress.target.id) if self.progress
                 else translate("tui.form.add_title", lang))
        with Vertical(classes="dialog"):
            yield Static(plain(title), classes="panel-title")
            with VerticalScroll():
                yield Label(translate(LABELS["plan"], lang))
                yield Select(plans, value=self.progress.plan.id if self.progress else (plans[0][1] if plans else
                             Select.BLANK), allow_blank=False, id="plan", disabled=self.progress is not None)
                yield Label(translate(LABELS["kind"], lang))
                yield Select([(translate(f"kind.{k.value}", lang), k.value) for k in TargetKind],
                             value=self.values.get("kind", TargetKind.QUANTITY.value), allow_blank=False, id="kind")
                for name in TEXT_FIELDS:
                    yield Label(translate(LABELS[name], lang))
                    yield Input(self.values.get(name, ""), id=f"field-{name}")
                    yield Static("", id=f"problem-{name}", classes="problem")
                yield Static("", id="problem", classes="problem")
            yield from self.buttons()

    def _read(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.query_one(f"#field-{name}", Input).value for name in TEXT_FIELDS}
        kind = self.query_one("#kind", Select).value
        values["kind"] = kind if kind != TargetKind.QUANTITY.value else None
        return values

    def save(self) -> None:
        plan = self.query_one("#plan", Select).value
        self._write(str(plan), self._read(), self.progress.target.id if self.progress else None)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _write(self, plan: str, values: dict[str, Any], replacing: str | None) -> None:
        try:
            fields, whole = save_target(self.app.workspace.targets, plan, values, replacing)
        except TrackerUserError as error:
            self.app.call_from_thread(self.problem, error.message(self.lang))
            return
        self.app.call_from_thread(self._done, fields, whole, str(values.get("id") or ""))

    def _done(self, fields: dict[str, Diagnostic], whole: list[Diagnostic], target_id: str) -> None:
        lang = self.lang
        for name in TEXT_FIELDS:
            problem = fields.get(name)
            self.query_one(f"#problem-{name}", Static).update(
                plain(translate(problem.code, lang, **problem.params)) if problem else "")
        if fields or whole:
            lines = [translate("tui.form.invalid", lang, count=len(fields) + len(whole))]
            lines += [d.render(lang) for d in whole]
            self.problem("\n".join(lines))
            return
        self.notify(translate("tui.form.saved", lang, path=str(self.app.workspace.targets), id=target_id))
        self.app.action_reload()
        self.dismiss(True)
