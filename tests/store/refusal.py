"""What a refusal of the database looks like on the command line, whatever went wrong."""

from __future__ import annotations

import pytest

from tracker.cli import main


def assert_refused(code: int | None, err: str, database: str) -> str:
    """Exit 2 and one line on stderr naming the database: no traceback, no internal error. Returns the line."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert len(lines) == 1, err
    assert database in lines[0], lines[0]
    assert "Traceback" not in err and "internal error" not in err and "内部错误" not in err
    return lines[0]


def refused(capsys: pytest.CaptureFixture[str], argv: list[str], database: str, lang: str = "en") -> str:
    """The one line a command run here says about the database it could not use."""
    capsys.readouterr()
    code = main(["--lang", lang, *argv])
    return assert_refused(code, capsys.readouterr().err, database)
