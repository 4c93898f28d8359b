"""Extraction time against text length, for text of clauses ending in ， and never in 。 (run on demand).

    .venv/bin/python benchmarks/linear.py [--root CHECKOUT] [CLAUSES ...]

`--root` runs another checkout's extractor (the start of issue 13, say) on the
same texts, in the same session. Prints, for each number of clauses (default 4,000 to 32,000, doubling), the
characters, CPU seconds to read and to extract, and figures. Linear time
doubles with each doubling; the quadratic look-back of e9756de tripled.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ARGS = sys.argv[1:]
ROOT = Path(ARGS[1]) if ARGS[:1] == ["--root"] else HERE
ARGS = ARGS[2:] if ROOT != HERE else ARGS
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location("makers", HERE / "tests" / "hostile" / "makers.py")
makers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(makers)

from tracker.extract.documents import load_document
from tracker.extract.engine import extract


def main() -> None:
    counts = [int(a) for a in ARGS] or [4_000, 8_000, 16_000, 32_000]
    path = Path(tempfile.mkdtemp()) / "clauses.txt"
    for count in counts:
        path.write_bytes(makers.comma_clauses(count))
        began = time.process_time()
        document = load_document(path, path.name)
        read = time.process_time()
        figures = extract(document)
        done = time.process_time()
        print(f"{count:>7} clauses {len(document.text):>9} chars  read {read - began:5.2f} s  "
              f"extract {done - read:5.2f} s  {len(figures):>7} figures")


if __name__ == "__main__":
    main()
