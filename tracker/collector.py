"""Python's cycle collector paused while a status is computed or written out."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(*, settle: bool = False) -> Iterator[None]:
    """The cycle collector paused meanwhile, resumed after if it was on (a decorator too).

    A status of thousands of documents holds millions of objects that live to its end, and writing it makes as many
    again: each full collection would walk them all (at 5,000 documents a third of the matching's time; encoding
    the snapshot 7.5 s of CPU with it, 2.5 without). What is made meanwhile holds no cycles worth collecting
    sooner. With `settle`, everything is first moved to the oldest generation unwalked (frozen and thawed at once:
    none stays frozen), so the first young collections after do not walk all that was made.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if settle:
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
