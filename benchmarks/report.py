"""Quarterly reports: seconds from `tracker report` starting to the file written, for each format.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python benchmarks/report.py [--docs 1000] [--targets 1000] [--repeat 3]

Once on the seeds (yk22, 2022Q2) and once on the scale benchmark's archive
(benchmarks/scale.py builds it) with every plan moved into 2025, so the
2025Q2 report holds all the targets. Documents are ingested first, untimed; each
run is a process of its own, as a person runs it, so Python's start, the
imports, the status for the quarter's end and the writing are all counted.
Beside each run, a bare `python -c "import sqlmodel"` is timed as the
machine's yardstick (benchmarks/scale.py explains why).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import archive_arguments, build_documents, build_targets, floor, run

FORMATS = ("docx", "xlsx", "md", "html")


def all_in(path: Path, year: str) -> None:
    """Every plan of a targets file moved into one year."""
    yaml = YAML()
    data = yaml.load(path)
    for plan in data["plans"]:
        plan["period"] = year
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def measure(label: str, work: Path, quarter: str, repeat: int, env: dict[str, str], *extra: str) -> None:
    run("ingest", *extra[:2], env=env)  # untimed: the documents are in the database already
    for fmt in FORMATS:
        times = [run("report", "--quarter", quarter, "--format", fmt, "--out", str(work / "out"), "--force",
                     *extra, env=env) for _ in range(repeat)]
        yardstick = floor(env)
        print(f"{label} {fmt}: {', '.join(f'{t:.2f}' for t in times)} s (median {statistics.median(times):.2f}; "
              f"import sqlmodel {yardstick:.2f} s)")


def main() -> int:
    args = archive_arguments(__doc__.splitlines()[0]).parse_args()
    env = os.environ | {"TRACKER_USER": "benchmark"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds-folder"
        seeds.mkdir()
        (seeds / "seeds").symlink_to(ROOT / "seeds")
        (seeds / "targets.yaml").write_bytes((ROOT / "targets.yaml").read_bytes())
        (seeds / "out").mkdir()
        os.chdir(seeds)
        measure("seeds", seeds, "2022Q2", args.repeat, env, "--docs", "seeds", "--plan", "yk22")
        big = Path(tmp) / "archive"
        (big / "docs").mkdir(parents=True)
        (big / "out").mkdir()
        build_documents(big / "docs", args.docs, args.regions)
        build_targets(big / "targets.yaml", args.targets, args.regions)
        all_in(big / "targets.yaml", "2025")
        os.chdir(big)
        measure(f"{args.docs:,} documents x {args.targets:,} targets", big, "2025Q2", args.repeat, env,
                "--docs", "docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
