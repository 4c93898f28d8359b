"""Readable ids for drafted plans and targets: the initials of their Chinese names in pinyin (高新技术企业 → gxjsqy).

Chinese readers know such initials (they are how people abbreviate names in file names and URLs); ids must be
ASCII slugs (docs/targets.md), unique in the file.
"""

from __future__ import annotations

import re

INITIALS = 10
"""At most this many initials in a target's id: enough to tell targets apart, short enough to type."""


def initials(words: str, most: int = INITIALS) -> str:
    """The pinyin initials of the Chinese characters in `words`, and its ASCII letters and digits, lower case."""
    from pypinyin import Style, lazy_pinyin  # its phrase dictionaries take 0.3 s to load: only when drafting

    letters = "".join(lazy_pinyin(words, style=Style.FIRST_LETTER, errors=lambda rest: list(rest)))
    return re.sub(r"[^a-z0-9]", "", letters.lower())[:most]


def unique_ids(prefix: str, names: list[str], taken: set[str] = frozenset()) -> list[str]:
    """One id per name, `prefix-initials`, numbered on from -2 when two would be the same or one is taken."""
    ids: list[str] = []
    used = set(taken)
    for name in names:
        base = f"{prefix}-{initials(name) or 't'}"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids.append(candidate)
    return ids
