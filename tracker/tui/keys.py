"""Key bindings whose footer labels follow the app's language."""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.screen import Screen

from tracker.i18n import Lang, translate


class Key(NamedTuple):
    """A key, the action it runs, and the catalogue code of its label."""

    keys: str
    action: str
    label: str
    show: bool | int = True
    """Whether the footer shows it; a number: only on screens at least that many cells wide (every key is in
    the help and the command palette whatever the width)."""
    key_display: str | None = None

    def shown(self, width: int) -> bool:
        return self.show if isinstance(self.show, bool) else width >= self.show


FOCUS_KEYS = (
    Key("tab", "app.focus_next", "tui.key.focus_next", show=False),
    Key("shift+tab", "app.focus_previous", "tui.key.focus_previous", show=False),
)
"""Textual's own keys of every screen that `apply_keys` keeps (its Ctrl+C, which copies, gives way to quitting)."""


def footer_keys(keys: tuple[Key, ...], width: int) -> tuple[str, ...]:
    """The actions the footer shows at a width."""
    return tuple(k.action for k in keys if k.shown(width))


def apply_keys(node: DOMNode, keys: tuple[Key, ...], lang: Lang, width: int = 0) -> None:
    """Give `node` exactly these bindings, labelled in `lang`, shown as fits `width` (Textual keeps bindings
    per node)."""
    kept = FOCUS_KEYS if isinstance(node, Screen) else ()
    node._bindings = BindingsMap(  # Textual's per-node bindings; labels change with the language
        Binding(k.keys, k.action, translate(k.label, lang), show=k.shown(width), key_display=k.key_display)
        for k in (*kept, *keys))
    if node.is_attached:
        node.refresh_bindings()
