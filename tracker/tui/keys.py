"""Key bindings whose footer labels follow the app's language."""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from tracker.i18n import Lang, translate


class Key(NamedTuple):
    """A key, the action it runs, and the catalogue code of its label."""

    keys: str
    action: str
    label: str
    show: bool = True
    key_display: str | None = None


def apply_keys(node: DOMNode, keys: tuple[Key, ...], lang: Lang) -> None:
    """Give `node` exactly these bindings, labelled in `lang` (Textual keeps bindings per node)."""
    node._bindings = BindingsMap(  # noqa: SLF001 - Textual's per-node bindings; labels change with the language
        Binding(k.keys, k.action, translate(k.label, lang), show=k.show, key_display=k.key_display) for k in keys)
    if node.is_attached:
        node.refresh_bindings()
