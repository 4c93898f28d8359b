"""Auto-accepted matches against the hand-checked gold (tests/data/matching/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from tests.matching.gold import measure
from tracker.model.evidence import Role
from tracker.model.figure import Modality
from tracker.places import region_key

SEEDS = (ROOT / "targets.yaml", [ROOT / "seeds"], DATA / "matching" / "gold.yaml")
HELD_OUT = (DATA / "matching" / "unseen" / "targets.yaml", [DATA / "unseen", DATA / "unseen2"],
            DATA / "matching" / "unseen" / "gold.yaml")

# The targets on the seeds (measured 1.0 and 1.0, docs/matching.md); on the held-out set, floors
# just under the measured 1.0 and 0.939, so a change that loses ground there fails too.
SEED_FLOOR = (0.97, 0.95)
HELD_OUT_FLOOR = (0.95, 0.93)


@pytest.fixture(scope="module")
def seeds():
    return measure(*SEEDS)


def test_seed_precision_and_recall_of_auto_accepted_matches(seeds) -> None:
    assert seeds.precision >= SEED_FLOOR[0], seeds.false_positives
    assert seeds.recall >= SEED_FLOOR[1], seeds.misses


def test_held_out_precision_and_recall_of_auto_accepted_matches() -> None:
    held_out = measure(*HELD_OUT)
    assert held_out.precision >= HELD_OUT_FLOOR[0], held_out.false_positives
    assert held_out.recall >= HELD_OUT_FLOOR[1], held_out.misses
    for item in held_out.auto:
        assert region_key(held_out.regions[item.document]) == region_key(held_out.plans[item.target])


def test_no_auto_match_crosses_regions(seeds) -> None:
    assert seeds.auto
    for item in seeds.auto:
        assert region_key(seeds.regions[item.document]) == region_key(seeds.plans[item.target])


def test_no_plan_sentence_and_no_cumulative_figure_is_ever_accepted(seeds) -> None:
    for item in seeds.auto:
        assert item.figure is not None
        assert not item.figure.cumulative and not item.figure.subset
        assert item.figure.modality is not Modality.PLANNED and not item.figure.in_plan
        assert "plan" not in Path(item.document).name


def test_weihai_2024_figures_are_baselines_for_2025_not_progress(seeds) -> None:
    for item in seeds.auto:
        if item.target.startswith("wh25"):
            assert item.role is Role.BASELINE
