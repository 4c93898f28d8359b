"""`tracker status` at scale: 1,000 documents and 1,000 targets, beside the seeds (run on demand).

    .venv/bin/python benchmarks/scale.py [--docs 1000] [--targets 1000] [--regions 10] [--repeat 3]
    .venv/bin/python benchmarks/scale.py --layout window [--docs 1000] [--times 5] [--repeat 3] [--kept]

The corpus is built from the four seed reports: each copy is moved to one of
`--regions` invented cities (its city name replaced in the text and the
manifest) and back by whole years (every 20xx年 in the text, the issue date
and the period shifted), so one city holds many years of reports, as a
bureau's own archive does. The targets are the seed plans copied to the same
cities and years until there are `--targets` of them.

The documents are ingested once (timed, but not part of the target); then
`tracker status --json` runs as a separate process, as a person runs it,
`--repeat` times over the big folder and over the seeds, each beside a bare
`python -c "import sqlmodel"`: the floor every command that reads the
database pays, and the yardstick of how fast the shared machine is at that
moment.

With `--layout window` three archives are built and timed against each
other instead (issue 18: per-document costs that do not grow): `--docs`
reports all inside the targets' windows; the same reports plus
(`--times` - 1) × `--docs` reports moved so far back that they lie outside
every target's window (the same output but for the list of documents);
and `--times` × `--docs` reports all inside the windows. Each is ingested
once (not timed); then `tracker status --json` runs over each in turn,
`--repeat` times, and the two larger are given as ratios to the first, on
the clock and in CPU (the command's own and its system's: on a machine others
share, the clock counts their work too). With `--kept`, each archive's status is then timed once more with
nothing changed (the snapshot the run before kept answers), against its last fresh run.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SEED_CITIES = ("威海", "营口")
CITIES = ("临川", "鹤州", "澜江", "青屿", "石门", "云岭", "海阳", "北原", "东津", "南浦", "西泠", "金沙")
YEAR = re.compile(r"(20[0-3]\d)(?=\s*年|\s*[-—–]\s*20)")


def shift_years(text: str, back: int) -> str:
    """Every 20xx year in the text moved back by `back` years."""
    return YEAR.sub(lambda m: str(int(m.group(1)) - back), text)


def moved(text: str, city: str, back: int) -> str:
    for seed_city in SEED_CITIES:
        text = text.replace(seed_city, city)
    return shift_years(text, back)


LABEL_YEAR = re.compile(r"20[0-3]\d")


def _back(value: object, back: int) -> object:
    """A date or a period label (2021, 2022-H1, 2024-01..2024-10) moved back by `back` years."""
    if isinstance(value, date):
        return value.replace(year=value.year - back)
    return LABEL_YEAR.sub(lambda m: str(int(m.group()) - back), str(value)) if value is not None else None


Shift = Callable[[int, int], int]
"""How many years back report `number` (of `per_year` a year: one of each seed in each city) is moved."""


def spread(number: int, per_year: int) -> int:
    """Reports spread over the years, as a bureau's archive: 25 years back at 1,000 reports and 10 cities."""
    return number // per_year


INSIDE_YEARS = 5
"""A seed report moved back 0-4 years stays inside the windows of the targets (2017-2025: the 2022 plans' baselines
from 2017, the 2025 plans' period); `build_targets` puts both plans in every city."""
OUTSIDE_BACK = 12
"""A seed report moved back 12 years or more ends before any target's baseline window begins (2016 at the
earliest, for a 2021 plan)."""


def inside(number: int, per_year: int) -> int:
    """Every report inside the targets' windows."""
    return (number // per_year) % INSIDE_YEARS


def outside_after(first: int) -> Shift:
    """The first `first` reports inside the windows, the others outside every window."""
    return lambda number, per_year: (inside(number, per_year) if number < first
                                     else OUTSIDE_BACK + (number // per_year) % 20)


def build_documents(folder: Path, count: int, regions: int, shift: Shift = spread) -> None:
    """`count` reports in `folder`, with their manifest; `shift` says how far back each one is moved."""
    yaml = YAML(typ="safe")
    seeds = [entry for entry in yaml.load(ROOT / "seeds" / "manifest.yaml")["documents"] if entry["kind"] != "plan"]
    documents = []
    for number in range(count):
        entry = seeds[number % len(seeds)]
        city = CITIES[(number // len(seeds)) % regions]
        back = shift(number, len(seeds) * regions)
        name = f"{number:04d}-{entry['file']}"
        text = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        (folder / name).write_text(moved(text, city, back), encoding="utf-8")
        copy = {**entry, "file": name, "region": moved(entry["region"], city, 0),
                "issuer": moved(entry["issuer"], city, 0), "period": _back(entry["period"], back)}
        if entry.get("issued"):
            copy["issued"] = _back(entry["issued"], back)
        documents.append(copy)
    with (folder / "manifest.yaml").open("w", encoding="utf-8") as handle:
        YAML().dump({"documents": documents}, handle)


def build_targets(path: Path, count: int, regions: int) -> None:
    """The seed plans copied to the invented cities and years until there are `count` targets."""
    seed = YAML(typ="safe").load(ROOT / "targets.yaml")
    plans, total, copy = [], 0, 0
    while total < count:
        city, back = CITIES[copy % regions], copy // regions
        for plan in seed["plans"]:
            targets = [{**t, "id": f"{t['id']}-{copy}", **({"due": _back(t["due"], back)} if "due" in t else {})}
                       for t in plan["targets"]][: count - total]
            if not targets:
                break
            plans.append({**{k: v for k, v in plan.items() if k != "source"},
                          "id": f"{plan['id']}-{copy}", "region": moved(plan["region"], city, 0),
                          "issuer": moved(plan["issuer"], city, 0), "period": _back(plan["period"], back),
                          "title": moved(plan["title"], city, back), "targets": targets})
            total += len(targets)
        copy += 1
    with path.open("w", encoding="utf-8") as handle:
        YAML().dump({"version": 1, "plans": plans}, handle)


def run(*args: str, env: dict[str, str], module: str = "tracker") -> float:
    """Seconds one command takes, as its own process."""
    return timed(*args, env=env, module=module)[0]


def timed(*args: str, env: dict[str, str], module: str = "tracker") -> tuple[float, float]:
    """Seconds one command takes as its own process, on the clock and of CPU (its own and its system's: on a
    machine others share, the clock counts their work too)."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, "-m", module, *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def floor(env: dict[str, str]) -> float:
    """Seconds Python takes to start and import sqlmodel, which every command that reads the database must."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlmodel"], check=True, env=env)
    return time.perf_counter() - start


def archive_arguments(description: str) -> argparse.ArgumentParser:
    """The options both benchmarks take: the size of the archive and how many runs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--regions", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    return parser


ARCHIVES = ("inside", "outside", "inside_all")
"""The window layout's archives: `--docs` reports inside the windows; the same plus reports outside every
window; `--times` as many reports, all inside."""


def build_window(work: Path, count: int, times: int, regions: int) -> dict[str, Path]:
    """The three archives of the window layout, each in its own folder of `work`, with the shared targets."""
    shifts = {"inside": (count, inside), "outside": (count * times, outside_after(count)),
              "inside_all": (count * times, inside)}
    for name, (documents, shift) in shifts.items():
        (work / name).mkdir()
        build_documents(work / name, documents, regions, shift)
    return {name: work / name for name in ARCHIVES}


def status_args(docs: Path, targets: Path, fresh: bool = True) -> tuple[str, ...]:
    """`tracker status --json` over a folder, as of the date every archive is timed at (`--fresh` unless not
    `fresh`: then the snapshot kept by the run before answers, nothing having changed)."""
    return ("status", "--json", *(("--fresh",) if fresh else ()), "--docs", str(docs), "--targets", str(targets),
            "--as-of", "2025-06-30")


def database(work: Path, name: str) -> dict[str, str]:
    """The environment that keeps an archive in its own database."""
    return {**os.environ, "TRACKER_DATABASE_URL": f"sqlite:///{work / (name + '.db')}"}


def window_main(work: Path, args: argparse.Namespace) -> None:
    """Time status over the window layout's three archives in turn, as ratios to the first."""
    kept = all((work / name).is_dir() for name in ARCHIVES)  # a folder kept by an earlier run: timed again as is
    folders = {name: work / name for name in ARCHIVES} if kept else build_window(work, args.docs, args.times,
                                                                                  args.regions)
    build_targets(work / "targets.yaml", args.targets, args.regions)
    big = args.docs * args.times
    print(f"{args.docs:,} reports inside the windows | {args.docs:,} inside + {big - args.docs:,} outside | "
          f"{big:,} inside; {args.targets:,} targets, {args.regions} cities")
    for name, folder in folders.items():
        print(f"ingest {name} (once): {run('ingest', str(folder), env=database(work, name)):.1f} s")
    for turn in range(args.repeat):
        order = ARCHIVES[turn % 3:] + ARCHIVES[:turn % 3]  # each archive first in turn
        measured = {name: timed(*status_args(folders[name], work / "targets.yaml"), env=database(work, name))
                    for name in order}
        for what, at in (("status", 0), ("  CPU", 1)):
            seconds = {name: both[at] for name, both in measured.items()}
            first = seconds["inside"]
            print(f"{what}: {args.docs:,} inside {first:.2f} s | +{big - args.docs:,} outside "
                  f"{seconds['outside']:.2f} s ({seconds['outside'] / first:.2f}x) | {big:,} inside "
                  f"{seconds['inside_all']:.2f} s ({seconds['inside_all'] / first:.2f}x)")
    if args.kept:
        kept_main(work, folders, measured)


def kept_main(work: Path, folders: dict[str, Path], fresh: dict[str, tuple[float, float]]) -> None:
    """Each archive's status with nothing changed (the snapshot the run before kept answers) against its last fresh
    run: the kept answer is meant to be the quicker."""
    for name, folder in folders.items():
        args = status_args(folder, work / "targets.yaml", fresh=False)
        timed(*args, env=database(work, name))  # computes and keeps (the cwd's .tracker holds one snapshot)
        wall, cpu = timed(*args, env=database(work, name))
        print(f"kept {name}: {wall:.2f} s, CPU {cpu:.2f} s ({cpu / fresh[name][1]:.2f}x the fresh run's CPU)")


def main() -> int:
    parser = archive_arguments(__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it, for profiling; with "
                        "--layout window, a folder kept before is timed again as it is")
    parser.add_argument("--layout", choices=("spread", "window"), default="spread",
                        help="spread: one archive over 25 years; window: three archives timed against each other")
    parser.add_argument("--times", type=int, default=5, help="window layout: how many times --docs the larger are")
    parser.add_argument("--kept", action="store_true", help="window layout: time each archive's status with nothing "
                        "changed too (the kept snapshot answers) against its fresh run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(exist_ok=True)
        if args.layout == "window":
            window_main(work, args)
            return 0
        (work / "docs").mkdir()
        build_documents(work / "docs", args.docs, args.regions)
        build_targets(work / "targets.yaml", args.targets, args.regions)
        env = {**os.environ, "TRACKER_DATABASE_URL": f"sqlite:///{work / 'big.db'}"}
        seeds_env = {**os.environ, "TRACKER_DATABASE_URL": f"sqlite:///{work / 'seeds.db'}"}
        big = ("status", "--json", "--fresh", "--docs", str(work / "docs"), "--targets", str(work / "targets.yaml"),
               "--as-of", "2025-06-30")
        small = ("status", "--json", "--fresh", "--docs", str(ROOT / "seeds"), "--targets", str(ROOT / "targets.yaml"),
                 "--as-of", "2025-06-30")
        chars = sum(p.stat().st_size for p in (work / "docs").glob("*.txt"))
        print(f"corpus: {args.docs} documents ({chars / 1e6:.1f} MB), {args.targets} targets, {args.regions} cities")
        print(f"ingest (once): {run('ingest', str(work / 'docs'), env=env):.1f} s")
        run(*small, env=seeds_env)  # ingest the seeds
        for _ in range(args.repeat):
            base, seeds_time, big_time = floor(env), run(*small, env=seeds_env), run(*big, env=env)
            print(f"import sqlmodel {base:.2f} s | status: seeds {seeds_time:.2f} s ({seeds_time / base:.2f}x), "
                  f"{args.docs:,} docs x {args.targets:,} targets {big_time:.2f} s ({big_time / base:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
