"""The console script's entry: a lexicon a bureau names is checked before anything built from it is imported.

The parser and the extraction rules are compiled from the lexicon when they are
first needed, so a broken lexicon (a bureau's own TRACKER_LEXICON copy) must be
reported here, as one line with its FILE:LINE:COL and exit 2, before
`tracker.cli` is imported. The bundled lexicon is checked by the tests and not
read again here: a command that needs none of it (`tracker status` answered
from the kept snapshot) never reads it. Should it be broken all the same, the
first module built from it says so in the same one line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Check the bureau's lexicon, if one is named, then run the command line."""
    from tracker.errors import TrackerUserError
    from tracker.i18n import default_lang
    from tracker.lexicon import ENV, lexicon

    try:
        if os.environ.get(ENV):
            lexicon()
        from tracker.cli import main as run
    except TrackerUserError as error:
        print(f"tracker: {error.message(default_lang())}", file=sys.stderr)
        return 2
    return run(argv)
