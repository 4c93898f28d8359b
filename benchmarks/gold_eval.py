"""Compare extraction with the gold files and list every disagreement (run on demand).

    .venv/bin/python benchmarks/gold_eval.py [--show] [seeds|unseen|unseen2]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.gold import SETS, evaluate, load_gold

if __name__ == "__main__":
    show = "--show" in sys.argv
    chosen = [a.lstrip("-") for a in sys.argv[1:] if a.lstrip("-") in SETS] or ["seeds"]
    for name in chosen:
        gold, docs = SETS[name]
        print(f"== {name}")
        print(evaluate(load_gold(gold), show=show, docs=docs).summary())
