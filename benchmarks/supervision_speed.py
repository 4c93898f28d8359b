"""`tracker digest` on 1,000 targets, beside `tracker status --json` and a bare `python -c pass` (run on demand).

    .venv/bin/python benchmarks/supervision_speed.py [--targets 1000] [--plans 4] [--repeat 5]

The targets file is made up: `--plans` plans of one year, each of another city, sharing their measures (so the
cities are ranked on each), a fifth of the targets milestones, the rest quantities in 亿元, 项, 家 and 人次, with
lead units, weights and some deadlines inside the year. The evidence is the bundled seeds/ (ingested once,
untimed) and, for three quantity targets in five, a value entered by hand as a stored decision (as
`tracker review set` stores it). Each command runs as its own process, as a person runs it, from the work folder,
`--repeat` times; the median is reported with its ratio to `python -c pass` and to `tracker status --json` in the
same run. The issue's bound: `tracker digest` under 3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.config.settings import database_url
from tracker.config.targets import load_targets
from tracker.workspace import Workspace, manual_decision

CITIES = ("营口市", "威海市", "大连市", "鞍山市", "烟台市", "丹东市")
UNITS = ("亿元", "项", "家", "人次")
OWNERS = ("高新技术科", "成果转化科", "人才科", "平台建设科", "科技金融科", "对外合作科", "农村科技科", "发展规划科")
AS_OF = date(2025, 6, 30)


def _target(plan: int, number: int) -> dict:
    """The `number`th target of a plan: its measure shared with the other plans', every fifth a milestone."""
    target: dict = {"id": f"p{plan}-t{number:04d}", "owner": OWNERS[number % len(OWNERS)]}
    if number % 5 == 4:
        return target | {"title": f"推进第{number}项重点任务", "kind": "milestone",
                         "status": ("done", "in_progress", "not_started")[number % 3]}
    goal = 10 + (number * 7) % 90
    target |= {"title": f"第{number}项指标完成量", "metric": f"指标{number}", "target": f"{goal}{UNITS[number % 4]}",
               "weight": 1 + number % 3}
    if number % 7 == 0:
        target["due"] = f"2025-{7 + number % 6:02d}-15"
    return target


def build_targets(path: Path, count: int, plans: int) -> None:
    """`count` targets over `plans` plans of 2025, one city each."""
    each = -(-count // plans)
    written = [{"id": f"p{n}", "title": f"{CITIES[n]}2025年科技工作要点", "region": CITIES[n], "period": "2025",
                "weight": 1 + n % 2, "targets": [_target(n, k) for k in range(min(each, count - n * each))]}
               for n in range(plans)]
    with path.open("w", encoding="utf-8") as handle:
        YAML().dump({"version": 1, "supervision": {"due_soon": 30}, "plans": written}, handle)


def store_values(work: Path) -> int:
    """A value by hand for three quantity targets in five, half-way or so to its goal, as of AS_OF."""
    workspace = Workspace(targets=work / "targets.yaml", docs=ROOT / "seeds", url=database_url(work / "bench.db"))
    targets_file, problems = load_targets(work / "targets.yaml", "targets.yaml")
    if targets_file is None:
        raise SystemExit("\n".join(str(p) for p in problems))
    decisions = []
    for number, target in enumerate(t for t in targets_file.targets if t.target is not None):
        if number % 5 < 3:
            goal = target.target
            share = Decimal(20 + number * 13 % 70) / 100
            amount = goal.value / 100_000_000 * share if goal.unit == "元" else round(goal.value * share)
            value = f"{amount:.2f}{goal.written_unit}" if goal.unit == "元" else f"{amount}{goal.written_unit}"
            decisions.append(manual_decision(target, value, AS_OF, "基准测试"))
    return workspace.record(*decisions)


def timed(command: list[str], work: Path, env: dict[str, str]) -> float:
    """Seconds one command takes, as its own process, from the work folder."""
    return costs(command, work, env)[0]


def costs(command: list[str], work: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds one command takes as its own process, from the work folder: on the clock, and of CPU (user and
    system: what the process itself spent, which a busy shared machine disturbs far less than the clock)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--plans", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        build_targets(work / "targets.yaml", args.targets, args.plans)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_DATABASE_URL": f"sqlite:///{work / 'bench.db'}"}
        files = ["--targets", str(work / "targets.yaml"), "--docs", str(ROOT / "seeds"), "--as-of", AS_OF.isoformat()]
        tracker = [sys.executable, "-m", "tracker"]
        timed([*tracker, "ingest", str(ROOT / "seeds")], work, env)
        print(f"{args.targets:,} targets in {args.plans} plans; {store_values(work)} values stored by hand")
        text = subprocess.run([*tracker, "digest", *files], check=True, cwd=work, env=env, capture_output=True,
                              text=True).stdout  # also warms the file cache
        paragraphs = text.strip().split("\n\n")
        print(f"digest: {len(paragraphs)} plans, the longest {max(map(len, paragraphs))} characters; the first:")
        print(paragraphs[0])
        runs: dict[str, list[float]] = {"pass": [], "digest": [], "status": []}
        for _ in range(args.repeat):
            runs["pass"].append(timed([sys.executable, "-c", "pass"], work, env))
            runs["digest"].append(timed([*tracker, "digest", *files], work, env))
            runs["status"].append(timed([*tracker, "status", "--json", "--fresh", *files], work, env))
        median = {name: statistics.median(times) for name, times in runs.items()}
        print(f"python -c pass {median['pass']:.3f} s | tracker digest {median['digest']:.2f} s "
              f"({median['digest'] / median['pass']:.0f}x pass, {median['digest'] / median['status']:.2f}x status) | "
              f"tracker status --json {median['status']:.2f} s ({median['status'] / median['pass']:.0f}x pass)")
        print(f"digest runs: {', '.join(f'{t:.2f}' for t in runs['digest'])} s; bound 3 s: "
              f"{'met' if max(runs['digest']) < 3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
