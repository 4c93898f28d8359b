"""Auto-accepted matches against the hand-checked gold (tests/data/matching/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from tests.matching.gold import measure
from tracker.matching.match import region_key
from tracker.model.evidence import Role
from tracker.model.figure import Modality

SEEDS = (ROOT / "targets.yaml", [ROOT / "seeds"], DATA / "matching" / "gold.yaml")


@pytest.fixture(scope="module")
def seeds():
    return measure(*SEEDS)


def test_seed_precision_and_recall_of_auto_accepted_matches(seeds) -> None:
    assert seeds.precision >= 0.97, seeds.false_positives
    assert seeds.recall >= 0.95, seeds.misses


def test_no_auto_match_crosses_regions(seeds) -> None:
    assert seeds.auto
    for item in seeds.auto:
        assert region_key(seeds.regions[item.document]) == region_key(seeds.plans[item.target])


def test_no_plan_sentence_and_no_cumulative_figure_is_ever_accepted(seeds) -> None:
    for item in seeds.auto:
        assert item.figure is not None
        assert not item.figure.cumulative and not item.figure.subset
        assert item.figure.modality is not Modality.PLANNED
        assert "plan" not in Path(item.document).name


def test_weihai_2024_figures_are_baselines_for_2025_not_progress(seeds) -> None:
    for item in seeds.auto:
        if item.target.startswith("wh25"):
            assert item.role is Role.BASELINE
