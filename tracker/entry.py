"""The console script's entry: the lexicon is checked before anything built from it is imported.

The parser and the extraction rules are compiled from the lexicon when their
modules load, so a broken lexicon (a bureau's own TRACKER_LEXICON copy) must be
reported here, as one line with its FILE:LINE:COL and exit 2, before
`tracker.cli` is imported.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Check the lexicon, then run the command line."""
    from tracker.errors import TrackerUserError
    from tracker.i18n import default_lang
    from tracker.lexicon import lexicon

    try:
        lexicon()
    except TrackerUserError as error:
        print(f"tracker: {error.message(default_lang())}", file=sys.stderr)
        return 2
    from tracker.cli import main as run

    return run(argv)
