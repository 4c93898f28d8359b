"""What every screen of the app shares."""

from __future__ import annotations

from textual.worker import Worker


class ReportsWorkerErrors:
    """A screen whose workers' failures reach the app (Textual does not bubble worker events)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.worker_changed(event)  # type: ignore[attr-defined]
