"""What every full screen of the app shares: keys labelled in the app's language, the snapshot, worker errors."""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen
from textual.worker import Worker

from tracker.i18n import Lang
from tracker.tui.keys import Key, apply_keys
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

    def on_mount(self) -> None:
        apply_keys(self, self.KEYS, self.lang)
        self.prepare()
        if self.app.snapshot is not None:  # type: ignore[attr-defined]
            self.show(self.app.snapshot)  # type: ignore[attr-defined]

    def prepare(self) -> None:
        """What a screen sets up before it first shows data."""

    def show(self, snapshot: Snapshot) -> None:
        """Fill the screen from a snapshot."""

    def relabel(self) -> None:
        """Labels in the app's (new) language."""
        apply_keys(self, self.KEYS, self.lang)
