"""Hostile destinations for what tracker writes: one line, exit 2, the destination untouched."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import makers
from tests.hostile.cases import Case, check
from tests.hostile.conftest import each, outcomes_of

COMMANDS = {
    "export": ("out.yaml", ("review", "export", "out.yaml")),
    "report": ("reports/out.md", ("report", "--quarter", "2025Q4", "--format", "md", "--out", "reports/out.md",
                                  "--force")),
}


def _make(relative: str, make: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        make(folder / relative)

    return setup


CASES = [Case(f"{command}-{name}", _make(relative, make), argv=argv, names=(relative,))
         for command, (relative, argv) in COMMANDS.items() for name, make in makers.NOT_REGULAR.items()
         if (command, name) != ("report", "folder")]  # `report --out FOLDER` writes into the folder, as documented


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    base = tmp_path_factory.mktemp("writes")
    return outcomes_of(CASES, base), base


@each(CASES)
def test_a_hostile_destination_is_refused_and_left_as_it_was(case: Case, run: tuple[dict, Path]) -> None:
    outcomes, base = run
    check(case, outcomes[case.name])
    relative = COMMANDS[case.name.split("-", 1)[0]][0]
    path = base / case.name / relative
    kind = case.name.split("-", 1)[1]
    if kind == "fifo":
        assert stat.S_ISFIFO(path.lstat().st_mode)
    elif kind == "folder":
        assert path.is_dir() and not any(path.iterdir())
    else:
        assert path.is_symlink()
    assert stat.S_ISCHR(os.stat("/dev/zero").st_mode)
