"""Seconds from a process's start to the app's first full frame, as a person typing `tracker` waits for it.

    python benchmarks/tui_start.py STARTED TARGETS DOCS URL AS_OF

STARTED is the parent's `time.time()` just before it started this process, so
the interpreter's start and every import are counted. The app is driven
headless (Textual's test driver) at 160×45 and stops at its first full frame:
the dashboard holding every target's row with its status. On a first start
(nothing kept from before) the targets are listed first, with their status
to follow; the time to that frame is printed too.
"""

import sys
import time

STARTED = float(sys.argv[1])

import asyncio
from datetime import date
from pathlib import Path

import tracker.cli  # noqa: F401 - what the `tracker` command imports before it opens the app
from tracker.tui.app import make_app
from tracker.workspace import Workspace


async def first_frames(targets: str, docs: str, url: str, as_of: str) -> tuple[float, float]:
    """Seconds to the first frame with the targets listed, and to the first full frame (with their status)."""
    app = make_app(Workspace(targets=Path(targets), docs=Path(docs), url=url), date.fromisoformat(as_of), "zh",
                   watch=False)
    listed = None
    async with app.run_test(size=(160, 45)) as pilot:
        while app.snapshot is None or app.snapshot.pending or not app.screen.shown:
            if listed is None and app.snapshot is not None and app.screen.shown:
                await pilot.pause()
                listed = time.time() - STARTED
            await pilot.pause(0.01)
        await pilot.pause()
        full = time.time() - STARTED
        return (listed or full), full


if __name__ == "__main__":
    print("{:.3f} {:.3f}".format(*asyncio.run(first_frames(*sys.argv[2:6]))))
