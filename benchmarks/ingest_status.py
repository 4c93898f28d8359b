"""Ingest against extraction, and a status with nothing changed against Python's start (run on demand).

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/ingest_status.py [--docs 250] [--repeat 5]

Issue 18's targets, each a ratio of two commands timed as processes in turn, in one run:
- `tracker ingest` of `--docs` documents (the scale benchmark's archive: seed reports moved to other cities and
  years, with their manifest) into a new database, against `tracker extract --json` of the same files: what
  storing adds to reading (target <= 1.2x);
- `tracker status --json` on the seeds with nothing changed since the last run (the kept snapshot answers),
  against `python -c pass`: the whole command against the interpreter's start (target <= 12x); and the same
  command with `--fresh` (everything computed again, the database read), for scale.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from scale import ROOT, build_documents
from supervision_speed import costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tracker = [sys.executable, "-m", "tracker"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRACKER_")}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "docs").mkdir()
        build_documents(work / "docs", args.docs, 10)
        files = sorted(str(p) for p in (work / "docs").glob("*.txt"))
        size = sum(Path(f).stat().st_size for f in files)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        shutil.copy(ROOT / "targets.yaml", work / "targets.yaml")
        status = [*tracker, "status", "--json"]
        costs(status, work, env)  # computed once and kept
        print(f"{len(files)} documents, {size / 1e6:.1f} MB; seeds status kept in {work / '.tracker'}")
        print("each: seconds on the clock / of CPU; ratios of each")
        runs: dict[str, list[tuple[float, float]]] = {"extract": [], "ingest": [], "floor": [], "kept": []}
        for run in range(1, args.repeat + 1):
            database = work / f"ingest-{run}.sqlite3"
            extract = costs([*tracker, "extract", "--json", *files], work, env)
            ingest = costs([*tracker, "ingest", str(work / "docs"), "--db", str(database)], work, env)
            floor = costs([sys.executable, "-c", "pass"], work, env)
            kept = costs(status, work, env)
            fresh = costs([*status, "--fresh"], work, env)
            print(f"run {run}: extract --json {_pair(extract)}, ingest {_pair(ingest)} ({_ratio(ingest, extract)}) | "
                  f"python -c pass {_pair(floor)}, status kept {_pair(kept)} ({_ratio(kept, floor)}), "
                  f"status --fresh {_pair(fresh)} ({_ratio(fresh, floor)})")
            for name, cost in (("extract", extract), ("ingest", ingest), ("floor", floor), ("kept", kept)):
                runs[name].append(cost)
        best = {name: (min(c[0] for c in costs_), min(c[1] for c in costs_)) for name, costs_ in runs.items()}
        print(f"best of {args.repeat} (the least each command took: a shared machine only ever adds): "
              f"ingest {_ratio(best['ingest'], best['extract'])} extract --json, "
              f"status kept {_ratio(best['kept'], best['floor'])} python -c pass")
    return 0


def _pair(cost: tuple[float, float]) -> str:
    return f"{cost[0]:.3f}/{cost[1]:.3f} s"


def _ratio(cost: tuple[float, float], base: tuple[float, float]) -> str:
    return f"{cost[0] / base[0]:.2f}x/{cost[1] / max(base[1], 1e-3):.2f}x"


if __name__ == "__main__":
    raise SystemExit(main())
