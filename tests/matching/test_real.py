"""Matching on the real-document set: a plan's figure is never progress, and no target is done from its own text."""

from __future__ import annotations

import pytest

from tests.matching.real import REAL, measure

HELDOUT = REAL.parent / "heldout"
SETS = [REAL, HELDOUT, *(REAL.parent / name for name in ("fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh9", "fresh10"))]


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
@pytest.mark.parametrize("with_manifest", [True, False], ids=["manifest", "no-manifest"])
def test_no_plan_figure_is_progress_and_no_target_is_done_from_its_own_plan(with_manifest: bool, folder) -> None:
    result = measure(with_manifest, folder)
    assert result.plan_figures_counted == []
    assert result.own_plan_done == []
    assert result.precision == 1.0, result.false_positives


def test_the_expected_progress_is_found_with_the_manifest() -> None:
    result = measure(True)
    assert result.recall == 1.0, result.misses
