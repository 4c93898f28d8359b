"""A copy of the bundled targets.yaml and seeds/, ingested once for the tests that only read status from it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent

Run = Callable[..., str]


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder with the bundled files and its database filled (`tracker ingest`), shared read-only."""
    folder = tmp_path_factory.mktemp("seeded")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
    assert main(["ingest", str(folder / "seeds"), "--db", str(folder / "tracker.sqlite3")]) == 0
    return folder


@pytest.fixture
def run(seeded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """A command on the seeded folder, run from inside it (`tracker status` keeps its snapshot there): what it
    printed."""
    monkeypatch.chdir(seeded)

    def ran(*args: str, targets: str = "targets.yaml") -> str:
        capsys.readouterr()
        assert main([*args, "--targets", str(seeded / targets), "--docs", str(seeded / "seeds"),
                     "--db", str(seeded / "tracker.sqlite3")]) == 0
        return capsys.readouterr().out

    return ran
