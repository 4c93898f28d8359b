"""Every broken variant in tests/data/targets/ reports the diagnostics its header expects.

Each data file starts with ``# expect: LINE:COL code`` lines: exactly those
diagnostics (errors), at exactly those places, must come out of the loader
(0:0 for a problem of the whole file).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.config.targets import load_targets
from tracker.errors import Severity

CASES = sorted((Path(__file__).parent.parent / "data" / "targets").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+):(\d+) (\S+)$", re.MULTILINE)


def expected(path: Path) -> list[tuple[int, int, str]]:
    return sorted((int(line), int(col), code) for line, col, code in EXPECT.findall(path.read_text()))


def test_there_are_enough_broken_variants() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_broken_variant_is_reported_at_its_line_and_column(path: Path) -> None:
    _, diagnostics = load_targets(path)
    found = sorted((d.line or 0, d.col or 0, d.code) for d in diagnostics if d.severity is Severity.ERROR)
    assert expected(path), f"{path.name} declares no expectation"
    assert found == expected(path)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_message_renders_in_both_languages(path: Path) -> None:
    _, diagnostics = load_targets(path, shown=path.name)
    for diagnostic in diagnostics:
        for lang in ("zh", "en"):
            text = diagnostic.render(lang)
            where = f":{diagnostic.line}:{diagnostic.col}" if diagnostic.line else ""
            assert text.startswith(f"{path.name}{where}: ")
            assert "{" not in text and "\n" not in text
