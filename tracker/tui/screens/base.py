"""What every full screen of the app shares: keys labelled in the app's language, the snapshot, worker errors."""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen
from textual.worker import Worker

from tracker.i18n import Lang
from tracker.tui.keys import Key, apply_keys, footer_keys
from tracker.workspace import Snapshot


class ReportsWorkerErrors:
    """A screen whose workers' failures reach the app (Textual does not bubble worker events)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.worker_changed(event)  # type: ignore[attr-defined]


class TrackerScreen(ReportsWorkerErrors, Screen):
    """A screen with its own keys that shows the app's snapshot.

    On mount: keys, then `prepare()`, then `show()` with the snapshot when
    there is one; the app calls `show()` again with every new snapshot and
    `relabel()` when the language changes.
    """

    KEYS: ClassVar[tuple[Key, ...]] = ()

    @property
    def lang(self) -> Lang:
        return self.app.lang  # type: ignore[attr-defined]

    _footer: tuple[str, ...] = ()

    def on_mount(self) -> None:
        self._apply_keys()
        self.prepare()
        if self.app.snapshot is not None:  # type: ignore[attr-defined]
            self.show(self.app.snapshot)  # type: ignore[attr-defined]

    def prepare(self) -> None:
        """What a screen sets up before it first shows data."""

    def show(self, snapshot: Snapshot) -> None:
        """Fill the screen from a snapshot."""

    def relabel(self) -> None:
        """Labels in the app's (new) language."""
        self._apply_keys()

    def _apply_keys(self) -> None:
        width = self.app.size.width
        self._footer = footer_keys(self.KEYS, width)
        apply_keys(self, self.KEYS, self.lang, width)

    def on_resize(self) -> None:  # Textual calls a subclass's handler as well as this one
        self.keys_fit()

    def keys_fit(self) -> None:
        """After a resize: the footer's keys for the new width (the keys themselves work at any width)."""
        if footer_keys(self.KEYS, self.app.size.width) != self._footer:
            self._apply_keys()
