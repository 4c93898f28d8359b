"""Compare extraction with the gold files and list every disagreement (run on demand).

    .venv/bin/python benchmarks/gold_eval.py [--show] [--unseen]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.gold import SEEDS, UNSEEN, evaluate, load_gold  # noqa: E402

if __name__ == "__main__":
    show = "--show" in sys.argv
    if "--unseen" in sys.argv:
        report = evaluate(load_gold(UNSEEN / "gold"), show=show, docs=UNSEEN)
    else:
        report = evaluate(load_gold(), show=show, docs=SEEDS)
    print(report.summary())
