"""Textual's footer, recomposed only when the keys it shows change.

Every focus change re-announces the screen's bindings, and the stock footer
rebuilds all its key widgets each time: six times before the dashboard's
first frame. The keys shown rarely change (a language switch, a modal), so
the footer compares before it rebuilds.
"""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """The footer of every screen."""

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def _keys(self) -> tuple[tuple[str, str, bool], ...]:
        return tuple((binding.key, binding.description, enabled)
                     for _, binding, enabled, _ in self.screen.active_bindings.values() if binding.show)

    async def recompose(self) -> None:
        if not self.is_attached:  # its screen was closed before this (deferred) recompose came round
            return
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await super().recompose()
