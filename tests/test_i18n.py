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


def test_a_code_missing_from_the_catalogue_is_a_bug_named_by_the_catalogue() -> None:
    import pytest

    with pytest.raises(tracker.i18n.UnknownMessage, match="no message 'no.such.code'"):
        tracker.i18n.translate("no.such.code", "zh")


def test_the_catalogue_imports_nothing_of_trackers() -> None:
    """errors imports i18n; i18n imports neither errors nor any other module of tracker (no cycle)."""
    tree = ast.parse(Path(tracker.i18n.__file__).read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + [
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m and m.startswith("tracker")]
