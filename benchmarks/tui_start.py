"""Seconds from a process's start to the app's first full frame, as a person typing `tracker` waits for it.

    python benchmarks/tui_start.py STARTED TARGETS DOCS URL AS_OF

STARTED is the parent's `time.time()` just before it started this process, so
the interpreter's start and every import are counted. The app is driven
headless (Textual's test driver) at 160×45 and stops at its first full frame:
the dashboard holding every target's row with its status.
"""

import sys
import time

STARTED = float(sys.argv[1])

import asyncio  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import tracker.cli  # noqa: E402, F401 - what the `tracker` command imports before it opens the app
from tracker.tui.app import make_app  # noqa: E402
from tracker.workspace import Workspace  # noqa: E402


async def first_frame(targets: str, docs: str, url: str, as_of: str) -> float:
    app = make_app(Workspace(targets=Path(targets), docs=Path(docs), url=url), date.fromisoformat(as_of), "zh",
                   watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        while app.snapshot is None or not app.screen.shown:
            await pilot.pause(0.01)
        await pilot.pause()
        return time.time() - STARTED


if __name__ == "__main__":
    print(f"{asyncio.run(first_frame(*sys.argv[2:6])):.3f}")
