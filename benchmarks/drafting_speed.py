"""How long `tracker draft` takes on a 10-page plan (issue 16: under 2 s), run on demand.

    .venv/bin/python benchmarks/drafting_speed.py [--pages N] [--runs N]

A page of an official document (GB/T 9704: 22 lines of 28 characters) holds about 600 characters; the plan is the
bundled 威海 2025 plan (5,220 characters, its manifest entry beside it) repeated: the text is longer, not
different. Timed: the whole command in a new process (`python -m tracker draft
PLAN --out FILE`, imports included), and beside it `python -c pass` and `python -m tracker --help`, all in one run, the
median of `--runs`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = 600
MANIFEST = """documents:
  - file: weihai-2025-plan.txt
    title: 2025年全市科技工作要点
    issuer: 威海市科学技术局
    region: 威海市
    kind: plan
    period: "2025"
"""


def _timed(argv: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, cwd=cwd, check=True, capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(pages: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "seeds").mkdir()
        (work / "seeds" / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
        text = (ROOT / "seeds" / "weihai-2025-plan.txt").read_text(encoding="utf-8")
        copies = -(-pages * PAGE // len(text))
        (work / "seeds" / "weihai-2025-plan.txt").write_text("\n".join([text] * copies), encoding="utf-8")
        size = len(text) * copies
        draft = [sys.executable, "-m", "tracker", "draft", "seeds/weihai-2025-plan.txt", "--out", "d.yaml", "--force"]
        bare = _timed([sys.executable, "-c", "pass"], work, runs)
        helped = _timed([sys.executable, "-m", "tracker", "--help"], work, runs)
        drafted = _timed(draft, work, runs)
        targets = (work / "d.yaml").read_text(encoding="utf-8").count("\n      - id: ")
    print(f"{pages} pages ({size} characters, {targets} drafted): tracker draft {drafted:.2f} s; "
          f"python -c pass {bare:.2f} s; tracker --help {helped:.2f} s (median of {runs})")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(int(args[args.index("--pages") + 1]) if "--pages" in args else 10,
         int(args[args.index("--runs") + 1]) if "--runs" in args else 5)
