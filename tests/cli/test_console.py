"""How wide the command line prints: the terminal's own width, else COLUMNS, else the terminal messages go to, else a
fixed width; never as wide as the longest cell."""

from __future__ import annotations

import io
import os
import sys

import pytest

from tracker.cli.console import PIPED, output_width, wrap_cells


class Stream(io.StringIO):
    """A stream that is (or is not) a terminal of some width."""

    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal

    def fileno(self) -> int:
        return 2


@pytest.mark.parametrize(("stdout", "stderr", "columns", "width"), [
    (True, True, "", None),          # a terminal: Rich asks it
    (False, False, "", PIPED),       # into a file from a script: a fixed width
    (False, False, "132", 132),      # COLUMNS says
    (False, False, "7", PIPED),      # … unless it is no sane width
    (False, True, "", 80),           # `tracker status | less`: the terminal's width, where messages still go
])
def test_the_width_of_what_is_printed(monkeypatch: pytest.MonkeyPatch, stdout: bool, stderr: bool, columns: str,
                                      width: int | None) -> None:
    monkeypatch.setattr(sys, "stdout", Stream(stdout))
    monkeypatch.setattr(sys, "stderr", Stream(stderr))
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((80, 24)))
    assert output_width() == width


def test_chinese_wraps_between_characters_and_english_between_words() -> None:
    assert wrap_cells("材料文件夹（默认 seeds）", 10) == ["材料文件夹", "（默认", "seeds）"]
    assert wrap_cells("SQLite file (default: x)", 11) == ["SQLite file", "(default:", "x)"]
