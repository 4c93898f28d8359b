"""Save an SVG of each screen of the terminal UI, as the app itself renders it (run on demand).

    .venv/bin/python docs/tui/screenshots.py

Runs the app headless on a copy of the bundled targets and seeds as of
2022-06-30 and writes dashboard.svg, target.svg, document.svg, review.svg,
form.svg, units.svg and help.svg next to this file; then documents.svg, with the seeds' manifest removed.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from tracker.tui.app import make_app  # noqa: E402
from tracker.workspace import Workspace  # noqa: E402

SIZE = (140, 40)


async def settle(pilot) -> None:
    for _ in range(300):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if (pilot.app.snapshot is not None and not pilot.app.snapshot.pending
                and not any(w.is_running for w in pilot.app.workers)):
            return


async def shoot(folder: Path) -> None:
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"),
                          url=f"sqlite:///{folder / '.tracker' / 'tracker.sqlite3'}")
    app = make_app(workspace, date(2022, 6, 30), "zh", watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.save_screenshot("dashboard.svg", str(HERE))
        app.screen._move_to("yk22-contracts")
        await pilot.press("enter")
        await settle(pilot)
        app.save_screenshot("target.svg", str(HERE))
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.3)
        app.save_screenshot("document.svg", str(HERE))
        await pilot.press("escape", "escape", "r")
        await settle(pilot)
        app.save_screenshot("review.svg", str(HERE))
        await pilot.press("escape", "a")
        await pilot.pause(0.3)
        app.save_screenshot("form.svg", str(HERE))
        await pilot.press("escape", "u", "down")
        await settle(pilot)
        app.save_screenshot("units.svg", str(HERE))
        await pilot.press("escape", "question_mark")
        await pilot.pause(0.3)
        app.save_screenshot("help.svg", str(HERE))


async def shoot_documents(folder: Path) -> None:
    """The documents screen on the seeds without their manifest: what tracker infers by itself."""
    (folder / "seeds" / "manifest.yaml").unlink()
    workspace = Workspace(targets=Path("targets.yaml"), docs=Path("seeds"),
                          url=f"sqlite:///{folder / '.tracker' / 'documents.sqlite3'}")
    app = make_app(workspace, date(2022, 6, 30), "zh", watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("down", "down")
        await pilot.pause(0.3)
        app.save_screenshot("documents.svg", str(HERE))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        shutil.copy(ROOT / "targets.yaml", folder / "targets.yaml")
        os.chdir(folder)
        os.environ.setdefault("TRACKER_USER", "张科长")
        asyncio.run(shoot(folder))
        asyncio.run(shoot_documents(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
