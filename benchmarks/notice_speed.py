"""`tracker notice` on 1,000 targets: seconds from the command starting to every notice written and recorded.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/notice_speed.py [--targets 1000] [--repeat 3]

The targets are the seeds' yk22 plan (营口, 2022) copied until there are
`--targets` of them, each copy's lead units rotated through the seeds' units,
so that the copies of its lagging targets (技术合同成交额, 农民科技培训人次) fall
to every unit: about sixty lagging targets, one notice per unit. The documents
are the seeds, ingested first, untimed. Each run is a process of its own, as a
person runs it (Python's start, the imports, the status, the supervision, the
Word files and the records all counted), beside a bare `python -c pass` in the
same run as the machine's yardstick, and `tracker status --json` for the same
day: what the notices add to the status they are computed from.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.supervision_speed import timed


def build_targets(path: Path, count: int) -> int:
    """yk22 copied until there are `count` targets, each copy's leads rotated; returns the number of units."""
    yaml = YAML()
    data = yaml.load(ROOT / "targets.yaml")
    seed = next(p for p in data["plans"] if p["id"] == "yk22")
    units = sorted({_lead(t) for p in data["plans"] for t in p["targets"] if _lead(t)})
    plans, total, copy = [], 0, 0
    while total < count:
        targets = []
        for n, target in enumerate(seed["targets"][: count - total]):
            moved = dict(target, id=f"{target['id']}-{copy}")
            moved["owner"] = units[(n + copy) % len(units)]
            targets.append(moved)
        plans.append({**{k: v for k, v in seed.items() if k not in ("source", "targets")}, "id": f"yk22-{copy}",
                      "targets": targets})
        total += len(targets)
        copy += 1
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump({"version": 1, "supervision": dict(data["supervision"]), "plans": plans}, handle)
    return len(units)


def _lead(target: dict) -> str | None:
    owner = target.get("owner")
    return owner.get("lead") if isinstance(owner, dict) else owner


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        units = build_targets(work / "targets.yaml", args.targets)
        env = {**os.environ, "TRACKER_DATABASE_URL": f"sqlite:///{work / 'tracker.db'}", "TRACKER_USER": "bench"}
        tracker = [sys.executable, "-m", "tracker"]
        timed([*tracker, "status", "--json", "--as-of", "2022-06-30"], work, env)  # ingest the seeds, untimed
        command = [*tracker, "notice", "--as-of", "2022-06-30", "--out", "notices", "--force"]
        status = [*tracker, "status", "--json", "--fresh", "--as-of", "2022-06-30"]
        print(f"{args.targets} targets, {units} units")
        for _ in range(args.repeat):
            base = timed([sys.executable, "-c", "pass"], work, env)
            notice, plain = timed(command, work, env), timed(status, work, env)
            written = len(list((work / "notices").glob("*.docx")))
            print(f"python -c pass {base:.2f} s | tracker notice {notice:.2f} s ({notice / base:.0f}x), "
                  f"{written} notices | tracker status --json {plain:.2f} s ({plain / base:.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
