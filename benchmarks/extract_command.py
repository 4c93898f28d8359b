"""`tracker extract` as whole commands: its table, its `--json`, and JioNLP's money extractor (run on demand).

    .venv/bin/python benchmarks/extract_command.py [--files 240] [--big 250] [--repeat 3] [--baseline DIR]

Two corpora are written to a temporary folder: `--files` seed-sized files (the bundled seeds/ copied in turn) and
`--big` files of about 80 KB each (the five seeds joined: 250 of them are the issue's 20.8 MB). Each command runs as
a process of its own, the three (or, with `--baseline`, six) alternated in one loop, `--repeat` times:

- `tracker extract --json FILES` and `tracker extract FILES` (the table), stdout to /dev/null;
- a three-line script running `jionlp.ner.extract_money` on each file's text, as JioNLP's users would;
- with `--baseline DIR`, the same two tracker commands on another checkout (a worktree of the code before a change).

Each run prints its wall seconds, its CPU seconds (user + system: steadier than wall time on a shared machine) and
its peak resident memory (the child's rusage, from `os.wait4`), with the ratios the issue sets targets on: table /
json (<= 1.5), json / JioNLP (<= 0.5), and --json's peak on the big corpus (<= 150 MB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent

JIONLP = """import sys, jionlp
for path in sys.argv[1:]:
    print(len(jionlp.ner.extract_money(open(path, encoding="utf-8").read())))
"""
"""The peer as a whole command: JioNLP's money extractor on each file's text, one count a line."""


def seeds() -> list[str]:
    """The bundled seeds' texts, in name order."""
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def write_corpus(folder: Path, texts: list[str], count: int) -> list[str]:
    """`count` files in `folder`, the texts in turn; their paths."""
    folder.mkdir()
    paths = []
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        path.write_text(texts[number % len(texts)], encoding="utf-8")
        paths.append(str(path))
    return paths


class Run(NamedTuple):
    """One command's run: wall seconds, CPU seconds (user + system) and peak resident megabytes."""

    wall: float
    cpu: float
    mb: float


def timed(command: list[str], env: dict[str, str], cwd: Path) -> Run:
    """One command's run as its own process, its output thrown away."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command[:4])} … exited {code}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


NO_CACHE = ("PYTHONDONTWRITEBYTECODE",)
"""Unset for the commands: a user's install reads its compiled modules (__pycache__) as JioNLP's does (compiling
tracker's sources each time costs about 0.1 s of CPU a process)."""


def commands(trees: dict[str, Path], files: list[str]) -> dict[str, tuple[list[str], dict[str, str], Path]]:
    """Each command measured, by name, with the environment and folder that pick its checkout (`python -m` puts
    the working folder first on the path: each tracker command runs from its own checkout)."""
    found = {}
    for name, tree in trees.items():
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_") and k not in NO_CACHE}
        env["PYTHONPATH"] = str(tree)
        found[f"{name} --json"] = ([sys.executable, "-m", "tracker", "extract", "--json", *files], env, tree)
        found[f"{name} table"] = ([sys.executable, "-m", "tracker", "extract", *files], env, tree)
    found["jionlp"] = ([sys.executable, "-c", JIONLP, *files], {k: v for k, v in os.environ.items()
                                                                  if k not in NO_CACHE}, ROOT)
    return found


def measure(label: str, trees: dict[str, Path], files: list[str], repeat: int) -> None:
    """Every command `repeat` times, alternated; each run's times, peaks and ratios printed."""
    measured = commands(trees, files)
    for how in measured.values():  # compiled modules written, files in the page cache
        timed(how[0][:-len(files)] + files[:2], *how[1:])
    print(f"\n{label}: {len(files)} files, {sum(Path(f).stat().st_size for f in files) / 1e6:.1f} MB", flush=True)
    for run in range(1, repeat + 1):
        results = {name: timed(*how) for name, how in measured.items()}
        print(f"run {run}: " + " | ".join(f"{name} {r.wall:.2f} s ({r.cpu:.2f} s CPU) {r.mb:.0f} MB"
                                          for name, r in results.items()))
        peer = results["jionlp"]
        for name in trees:
            json, table = results[f"{name} --json"], results[f"{name} table"]
            print(f"  {name}: table/json {table.wall / json.wall:.2f} (CPU {table.cpu / json.cpu:.2f}), "
                  f"json/jionlp {json.wall / peer.wall:.2f} (CPU {json.cpu / peer.cpu:.2f}), "
                  f"--json peak {json.mb:.0f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=240, help="seed-sized files")
    parser.add_argument("--big", type=int, default=250, help="files of the five seeds joined (~80 KB)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout to time beside this one")
    args = parser.parse_args()
    trees = {"this": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    texts = seeds()
    with tempfile.TemporaryDirectory() as tmp:
        small = write_corpus(Path(tmp) / "small", texts, args.files)
        big = write_corpus(Path(tmp) / "big", ["\n".join(texts)], args.big)
        if args.files:
            measure("seed-sized", trees, small, args.repeat)
        if args.big:
            measure("~80 KB each", trees, big, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
