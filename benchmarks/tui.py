"""The terminal UI headless: time to the first full frame, and how fast a search keystroke answers.

    .venv/bin/python benchmarks/tui.py [--docs 1000] [--targets 1000] [--repeat 3]

The app is driven by Textual's Pilot at 160×45, once on the seeds and once on
the scale benchmark's archive (benchmarks/scale.py builds it; its documents
are ingested first and not timed).

"First full frame" is the dashboard holding every target's row with its
status. It is timed from a process's start (benchmarks/tui_start.py: the
interpreter, every import, the app), as a person typing `tracker` waits:
cold (nothing kept from before, the status computed) and warm (the app shows
the snapshot the previous run kept, and computes the fresh one behind it). It
is also timed in-process, from creating the app. Beside it, a bare Textual
app (header, one line, footer) is timed from its process's start to its first
frame, the same way: the floor any Textual app here stands on.

Keys are pressed once the fresh snapshot has arrived (the steady state; while
the first seconds' computation runs in its own process, the app also
re-renders when it lands). A keystroke is the time from a key press entering the app to the screen
update that shows the filtered rows (the search box's change handled, the
rows refilled, the frame written out), read off the app's own output call so
Pilot's waiting is not counted; "refill" is the part spent choosing the rows.
The query is typed one character at a time, from broad (one letter matches
most rows, the worst case) to narrow. A filter choice is the Enter that picks
a status in the status filter's open list, timed the same way.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import archive_arguments, build_documents, build_targets
from tracker.pipeline import ingest
from tracker.store.db import make_engine
from tracker.tui.app import make_app
from tracker.workspace import CACHE_FILE, Workspace

SIZE = (160, 45)


async def until(condition: Callable[[], object], pause: Callable[[float], Awaitable[object]] | None = None,
                seconds: float = 5.0) -> None:
    """Wait for a condition, checking every millisecond; a benchmark that waits forever says so instead."""
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the app did not answer within {seconds:.0f} s")
        await (pause or asyncio.sleep)(0.001)


Run = tuple[float, list[float], list[float], list[float]]
"""Seconds to the first full frame; per search keystroke, with the screen update and the refill alone; per filter
choice."""


async def measure(targets: Path, docs: Path, url: str, as_of: date, query: str) -> Run:
    """One run of the app: first frame, search keystrokes, filter choices."""
    start = time.perf_counter()
    app = make_app(Workspace(targets=targets, docs=docs, url=url), as_of, "zh", watch=False)
    async with app.run_test(size=SIZE) as pilot:
        while app.snapshot is None or app.snapshot.pending or not app.screen.shown:  # kept or fresh status
            await pilot.pause(0.01)
        await pilot.pause()
        first = time.perf_counter() - start
        await until(lambda: app.fresh, seconds=300)  # the fresh snapshot in: typing is timed in the steady state
        await pilot.pause(0.2)
        screen, keystrokes, refills, painted, filters = app.screen, [], [], [], []
        refill, display, finished = screen.refill, app._display, []  # timing Textual's output

        def timed_refill(*args: object) -> None:  # the dashboard refills with its kept rows on Esc
            began = time.perf_counter()
            refill(*args)
            finished.append(time.perf_counter())
            refills.append(finished[-1] - began)

        def timed_display(*args: object) -> None:
            display(*args)
            painted.append(time.perf_counter())

        screen.refill, app._display = timed_refill, timed_display
        await pilot.press("slash")
        for character in query:
            pressed = time.perf_counter()
            await pilot.press(character)
            await until(lambda: painted and painted[-1] >= finished[-1], pause=asyncio.sleep)  # rows on screen
            keystrokes.append(next(t for t in painted if t > finished[-1]) - pressed)
        await pilot.press("escape")  # the search cleared; now a status chosen in the filter, by keys
        select = screen.query_one("#filter-status")
        select.focus()
        for _ in range(2):
            await pilot.pause(0.1)
            await pilot.press("enter")  # the list of statuses opens
            await until(lambda: select.expanded)
            await pilot.press("down")  # the next status highlighted
            await pilot.pause(0.1)
            before, count, pressed = select.value, len(finished), time.perf_counter()
            await pilot.press("enter")
            await until(lambda count=count: len(finished) > count and painted[-1] >= finished[-1], pause=asyncio.sleep)
            assert select.value != before, "the choice changed the filter"
            filters.append(next(t for t in painted if t > finished[-1]) - pressed)
    return first, keystrokes, refills, filters


def from_start(*args: object) -> tuple[float, float]:
    """Seconds from starting a Python process to its first frame listing the targets and to its first full
    frame (benchmarks/tui_start.py)."""
    started = time.time()
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "tui_start.py"), str(started),
                           *(str(a) for a in args[:3]), str(args[3])],
                          capture_output=True, text=True, check=True)
    listed, full = done.stdout.split()
    return float(listed), float(full)


HELLO = """
import sys, time, asyncio
from textual.app import App
from textual.widgets import Footer, Header, Static
class Hello(App):
    def compose(self):
        yield Header(); yield Static("你好"); yield Footer()
async def main():
    async with Hello().run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        print(time.time() - float(sys.argv[1]))
asyncio.run(main())
"""
"""A bare Textual app (header, one line, footer): the floor a first frame from process start stands on."""


def textual_floor() -> float:
    """Seconds from starting a Python process to a bare Textual app's first frame, the same way measured."""
    started = time.time()
    done = subprocess.run([sys.executable, "-c", HELLO, str(started)], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def runs_of(repeat: int, *args: object) -> tuple[list[tuple[float, float]], list[Run], list[float]]:
    """From a process's start: once cold (no snapshot kept from before), then warm; and in-process runs, warm."""
    CACHE_FILE.unlink(missing_ok=True)
    started = [from_start(*args[:4])]
    if not CACHE_FILE.exists():  # the cold run may stop before it keeps its snapshot: keep one, untimed
        workspace = Workspace(targets=args[0], docs=args[1], url=args[2])  # type: ignore[arg-type]
        workspace.save_cached(workspace.snapshot(args[3]))  # type: ignore[arg-type]
    runs = [asyncio.run(measure(*args)) for _ in range(repeat)]  # type: ignore[arg-type]
    started += [from_start(*args[:4]) for _ in range(repeat)]
    return started, runs, [textual_floor() for _ in range(repeat)]


def report(label: str, started: list[tuple[float, float]], runs: list[Run], floors: list[float]) -> None:
    firsts = ", ".join(f"{run[0]:.2f}" for run in runs)
    keys = [k * 1000 for run in runs for k in run[1]]
    refills = [r * 1000 for run in runs for r in run[2]]
    filters = [f * 1000 for run in runs for f in run[3]]
    (listed, cold), warm = started[0], [full for _, full in started[1:]]
    print(f"{label}: from process start to the first full frame {cold:.2f} cold (targets listed at {listed:.2f}), "
          f"{', '.join(f'{s:.2f}' for s in warm)} warm (a bare Textual app: {', '.join(f'{f:.2f}' for f in floors)}); "
          f"in-process, warm {firsts} s; "
          f"keystroke to painted rows median {statistics.median(keys):.0f} ms (max {max(keys):.0f}), "
          f"of which the refill {statistics.median(refills):.0f} ms; filter choice to painted rows median "
          f"{statistics.median(filters):.0f} ms (max {max(filters):.0f})")


def main() -> int:
    args = archive_arguments(__doc__.splitlines()[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds_url = f"sqlite:///{work / 'seeds.db'}"
        ingest(ROOT / "seeds", make_engine(seeds_url))
        os.chdir(work)  # the kept snapshot lives in the working folder's .tracker/
        report("seeds", *runs_of(args.repeat, ROOT / "targets.yaml", ROOT / "seeds", seeds_url, date(2022, 6, 30),
                                 "y技术"))
        (work / "docs").mkdir()
        build_documents(work / "docs", args.docs, args.regions)
        build_targets(work / "targets.yaml", args.targets, args.regions)
        big_url = f"sqlite:///{work / 'big.db'}"
        ingest(work / "docs", make_engine(big_url))
        report(f"{args.docs:,} documents x {args.targets:,} targets",
               *runs_of(args.repeat, work / "targets.yaml", work / "docs", big_url, date(2025, 6, 30), "w技术"))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TRACKER_USER", "benchmark")
    raise SystemExit(main())
