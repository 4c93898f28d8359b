"""The keys of every screen, from Markdown shipped inside the package."""

from __future__ import annotations

from importlib.resources import files
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from tracker.i18n import translate


class HelpScreen(ModalScreen[None]):
    """`?` anywhere; Escape closes."""

    BINDINGS: ClassVar = [("escape", "close", ""), ("question_mark", "close", "")]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        text = files("tracker.tui.help").joinpath(f"keys.{lang}.md").read_text(encoding="utf-8")
        with Vertical(classes="dialog"):
            yield Static(translate("tui.help.title", lang), classes="panel-title")
            with VerticalScroll():
                yield Markdown(text)

    def action_close(self) -> None:
        self.dismiss(None)
