"""The terminal UI headless: time to the first full frame, and how fast a search keystroke answers.

    .venv/bin/python benchmarks/tui.py [--docs 1000] [--targets 1000] [--repeat 3]

The app is driven by Textual's Pilot at 160×45, once on the seeds and once on
the scale benchmark's archive (benchmarks/scale.py builds it; its documents
are ingested first and not timed). "First full frame" is the time from
creating the app to the dashboard holding every target's row with its
status: cold (the first run, status computed) and warm (later runs, where the
app shows the snapshot the previous run kept while it computes the fresh one); a keystroke is the time from a key press entering the app to the
table holding the filtered rows (the search box's change handled, the rows
refilled), read off the refill itself, so Pilot's own waiting is not counted.
The query is typed one character at a time, from broad (one letter matches
most rows, the worst case) to narrow.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import archive_arguments, build_documents, build_targets  # noqa: E402
from tracker.pipeline import ingest  # noqa: E402
from tracker.store.db import make_engine  # noqa: E402
from tracker.tui.app import make_app  # noqa: E402
from tracker.workspace import CACHE_FILE, Workspace  # noqa: E402

SIZE = (160, 45)


async def measure(targets: Path, docs: Path, url: str, as_of: date, query: str) -> tuple[float, list[float], list[float]]:
    """Seconds to the first full frame; seconds per keystroke, with and without the screen update."""
    start = time.perf_counter()
    app = make_app(Workspace(targets=targets, docs=docs, url=url), as_of, "zh", watch=False)
    async with app.run_test(size=SIZE) as pilot:
        while app.snapshot is None or not app.screen.shown:  # the kept snapshot or the fresh one
            await pilot.pause(0.01)
        await pilot.pause()
        first = time.perf_counter() - start
        screen, keystrokes, refills = app.screen, [], []
        refill, finished = screen.refill, []

        def timed_refill() -> None:
            began = time.perf_counter()
            refill()
            finished.append(time.perf_counter())
            refills.append(finished[-1] - began)

        screen.refill = timed_refill
        await pilot.press("slash")
        for character in query:
            pressed = time.perf_counter()
            await pilot.press(character)
            keystrokes.append(finished[-1] - pressed)
    return first, keystrokes, refills


def runs_of(repeat: int, *args: object) -> list[tuple[float, list[float], list[float]]]:
    """The first run cold (no snapshot kept from before), the others warm (the app shows the last one at once)."""
    CACHE_FILE.unlink(missing_ok=True)
    return [asyncio.run(measure(*args)) for _ in range(repeat)]  # type: ignore[arg-type]


def report(label: str, runs: list[tuple[float, list[float], list[float]]]) -> None:
    firsts = [f"{first:.2f}" + (" cold" if number == 0 else "") for number, (first, _, _) in enumerate(runs)]
    keys = [k * 1000 for _, ks, _ in runs for k in ks]
    refills = [r * 1000 for _, _, rs in runs for r in rs]
    print(f"{label}: first full frame {', '.join(firsts)} s; keystroke to refilled table median "
          f"{statistics.median(keys):.0f} ms (max {max(keys):.0f}), of which the refill {statistics.median(refills):.0f} ms")


def main() -> int:
    args = archive_arguments(__doc__.splitlines()[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds_url = f"sqlite:///{work / 'seeds.db'}"
        ingest(ROOT / "seeds", make_engine(seeds_url))
        os.chdir(work)  # the kept snapshot lives in the working folder's .tracker/
        runs = runs_of(args.repeat, ROOT / "targets.yaml", ROOT / "seeds", seeds_url, date(2022, 6, 30), "y技术")
        report("seeds", runs)
        (work / "docs").mkdir()
        build_documents(work / "docs", args.docs, args.regions)
        build_targets(work / "targets.yaml", args.targets, args.regions)
        big_url = f"sqlite:///{work / 'big.db'}"
        ingest(work / "docs", make_engine(big_url))
        runs = runs_of(args.repeat, work / "targets.yaml", work / "docs", big_url, date(2025, 6, 30), "w技术")
        report(f"{args.docs:,} documents x {args.targets:,} targets", runs)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TRACKER_USER", "benchmark")
    raise SystemExit(main())
