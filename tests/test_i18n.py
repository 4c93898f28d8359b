"""The message catalogue: one entry per code (a second one would silently replace the first)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import tracker.i18n


def test_no_code_is_written_twice() -> None:
    tree = ast.parse(Path(tracker.i18n.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            codes = Counter(key.value for key in node.keys if isinstance(key, ast.Constant))
            assert [code for code, times in codes.items() if times > 1] == []
