"""The problems of a file, each at its line and column, in the app's language."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tracker.errors import Diagnostic
from tracker.i18n import translate
from tracker.shown import plain


class ErrorsScreen(ModalScreen[None]):
    """Shown when targets.yaml does not load; Escape closes it and the last good state stays."""

    BINDINGS: ClassVar = [("escape", "close", "")]

    def __init__(self, path: str, diagnostics: list[Diagnostic]) -> None:
        super().__init__()
        self.path, self.diagnostics = path, diagnostics

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(classes="dialog"):
            yield Static(plain(translate("tui.errors.title", lang, path=self.path)), classes="panel-title")
            with VerticalScroll():
                yield Static("\n".join(d.render(lang) for d in self.diagnostics), id="errors", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
