"""`tracker extract` as whole commands: its table, its `--json`, and JioNLP's money extractor (run on demand).

    .venv/bin/python benchmarks/extract_command.py [--files 240] [--big 250] [--repeat 3] [--baseline DIR] [--phases]

Two corpora are written to a temporary folder: `--files` seed-sized files (the bundled seeds/ copied in turn) and
`--big` files of about 80 KB each (the five seeds joined: 250 of them are the issue's 20.8 MB). Each command runs as
a process of its own, the three (or, with `--baseline`, six) alternated in one loop, `--repeat` times:

- `tracker extract --json FILES` and `tracker extract FILES` (the table), stdout to /dev/null;
- a three-line script running `jionlp.ner.extract_money` on each file's text, as JioNLP's users would;
- with `--baseline DIR`, the same two tracker commands on another checkout (a worktree of the code before a change).

Each run prints its wall seconds, its CPU seconds (user + system: steadier than wall time on a shared machine) and
its peak resident memory (the child's rusage, from `os.wait4`), with the ratios the issue sets targets on: table /
json (<= 1.5), json / JioNLP (<= 0.5), and --json's peak on the big corpus (<= 150 MB). With `--phases`, instead,
where a `--json` command's CPU goes (imports, reading, normalizing, metadata, extraction, JSON), per checkout.
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

PHASES = """import sys, time
started = time.process_time()
from pathlib import Path
import tracker.cli.commands
from tracker.cli.jsonout import figure_json, json_text
from tracker.extract.documents import document_of
from tracker.extract.engine import extract
from tracker.extract.readers import read_file
from tracker.quantity import normalize
imported = time.process_time()
paths = [Path(p) for p in sys.argv[1:]]
raws = [read_file(p, None, None) for p in paths]
read = time.process_time()
normalized = [normalize(r.text) for r in raws]
normalizing = time.process_time()
documents = [document_of(p, str(p), r.text, r.format, r.sha256, None, r.encoding, n)
             for p, r, n in zip(paths, raws, normalized)]
inferred = time.process_time()
figures = [extract(d, n) for d, n in zip(documents, normalized)]
extracted = time.process_time()
texts = [json_text(figure_json(f, d), None) for d, found in zip(documents, figures) for f in found]
written = time.process_time()
print(f"CPU s: imports {imported - started:.3f}, reading {read - imported:.3f}, normalizing {normalizing - read:.3f}, "
      f"metadata {inferred - normalizing:.3f}, extraction {extracted - inferred:.3f}, JSON {written - extracted:.3f} "
      f"({len(texts):,} figures)")
"""
"""The command's stages timed one after another in a process of its own (`--phases`): what `tracker extract --json`
does with the same files, each stage over all of them (first use of the patterns included, as in the command)."""


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
    parser.add_argument("--phases", action="store_true", help="the CPU time of each stage instead, on the seed-sized files")
    args = parser.parse_args()
    trees = {"this": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    texts = seeds()
    with tempfile.TemporaryDirectory() as tmp:
        small = write_corpus(Path(tmp) / "small", texts, args.files)
        if args.phases:
            for run in range(1, args.repeat + 1):
                for name, (command, env, tree) in commands(trees, small).items():
                    if name.endswith("--json"):
                        result = subprocess.run([command[0], "-c", PHASES, *small], env=env, cwd=tree, check=True,
                                                capture_output=True, text=True)
                        print(f"run {run}, {name.removesuffix(' --json')}: {result.stdout.strip()}", flush=True)
            return 0
        big = write_corpus(Path(tmp) / "big", ["\n".join(texts)], args.big)
        if args.files:
            measure("seed-sized", trees, small, args.repeat)
        if args.big:
            measure("~80 KB each", trees, big, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
