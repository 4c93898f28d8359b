"""The cycle collector paused while a status is computed or written, and left as it was found."""

from __future__ import annotations

import gc

import pytest

from tracker.collector import paused


def test_paused_meanwhile_and_resumed_as_it_was() -> None:
    states = []
    with paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())
    gc.disable()
    try:
        with paused():
            pass
        states.append(gc.isenabled())
    finally:
        gc.enable()
    assert states == [False, True, False]


def test_as_the_status_uses_it_settled_after_even_on_an_error_and_nothing_left_frozen() -> None:
    seen: list[bool] = []

    @paused(settle=True)
    def compute(fail: bool = False) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("a bug")

    compute()
    with pytest.raises(RuntimeError):
        compute(fail=True)
    assert seen == [False, False] and gc.isenabled() and gc.get_freeze_count() == 0  # nothing left frozen
    gc.disable()
    try:
        compute()
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
