"""A working folder with the bundled targets and seeds, and an app on it at a fixed date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tracker.tui.app import TrackerApp, make_app
from tracker.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent.parent
AS_OF = date(2022, 6, 30)
SIZE = (140, 40)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """targets.yaml and seeds/ in a folder of their own, which is the working folder."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRACKER_USER", "张科长")
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    return tmp_path


def app_on(folder: Path, *, lang: str = "zh", plan: str | None = None, watch: bool = False) -> TrackerApp:
    """The app on a working folder, as `tracker --as-of 2022-06-30` opens it there."""
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"),
                          url=f"sqlite:///{folder / '.tracker' / 'tracker.sqlite3'}")
    return make_app(workspace, AS_OF, lang, plan, watch)


async def settled(pilot: Pilot) -> None:
    """Wait until every worker is done and the screen has caught up."""
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if pilot.app.snapshot is not None and not any(w.is_running for w in pilot.app.workers):
            break
    await pilot.pause()
