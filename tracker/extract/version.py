"""The extractor's version: a digest of its code, so stored figures are re-read when it changes.

A module of its own so that checking a folder for changed files does not
import (and compile the patterns of) the extraction engine.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import tracker
from tracker.lexicon import digest as lexicon_digest


@cache
def extractor_version() -> str:
    """Changes whenever the extraction code does, so stored figures are re-read."""
    digest = hashlib.sha256(tracker.__version__.encode())
    package = Path(tracker.__file__).parent
    for path in sorted([package / "quantity.py", *(package / "extract").glob("*.py"), *(package / "model").glob("*.py"),
                        *(package / "lexicon").glob("*.py")]):
        digest.update(path.read_bytes())
    digest.update(lexicon_digest().encode())  # the lexicon in force, bundled or a bureau's own
    return digest.hexdigest()[:16]
