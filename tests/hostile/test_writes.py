"""Hostile destinations for what tracker writes: one line, exit 2, the destination untouched."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.cases import Case, check
from tests.hostile.conftest import outcomes_of

DESTINATIONS: dict[str, Callable[[Path], None]] = {
    "fifo": lambda path: os.mkfifo(path),
    "folder": lambda path: path.mkdir(),
    "device-link": lambda path: os.symlink("/dev/null", path),
    "link-loop": lambda path: (os.symlink(path.name + ".b", path), os.symlink(path.name, path.with_name(path.name + ".b"))),
    "link-into-nowhere": lambda path: os.symlink("missing-folder/file", path),
}


def _destination(name: str, make: Callable[[Path], None]) -> Callable[[Path], None]:
    return lambda folder: make(folder / name)


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
         for command, (relative, argv) in COMMANDS.items() for name, make in DESTINATIONS.items()
         if (command, name) != ("report", "folder")]  # `report --out FOLDER` writes into the folder, as documented


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    base = tmp_path_factory.mktemp("writes")
    return outcomes_of(CASES, base), base


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
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
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
