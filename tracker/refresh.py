"""Compute a snapshot in a process of its own: `python -m tracker.refresh TARGETS DOCS URL AS_OF LANG PLAN OUT`
(AS_OF `-`: as of the newest date the documents reach; PLAN `-`: any plan's).

The terminal UI runs this while it shows the last snapshot, so the work of
matching thousands of figures never competes with the keys a person types.
The result (the snapshot as screens show it, diagnostics, failure) is pickled
to OUT, atomically.
"""

from __future__ import annotations

import pickle
import sys
from datetime import date
from pathlib import Path

from tracker.config.atomic import write_atomic
from tracker.workspace import compute_snapshot


def main(argv: list[str]) -> int:
    """Compute and write the result; exit 0 even when the result is a failure the app will show."""
    targets, docs, url, as_of, lang, plan, out = argv
    snapshot, diagnostics, failure = compute_snapshot(
        Path(targets), Path(docs), url, None if as_of == "-" else date.fromisoformat(as_of),
        lang, None if plan == "-" else plan)  # type: ignore[arg-type]
    result = (snapshot.shown() if snapshot is not None else None, diagnostics, failure)
    write_atomic(Path(out), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
