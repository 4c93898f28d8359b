"""A figure read out of a document: where its characters are, and which modalities are still ahead."""

from __future__ import annotations

import pytest

from tracker.model.figure import PROMISED, Figure, Modality
from tracker.model.period import parse_period
from tracker.quantity import scan

TEXT = "上半年，全市科技成果转化贷款投放4.5亿元，预计全年可突破10亿元。"


def figure(number: int = 0, modality: Modality = Modality.ACHIEVED) -> Figure:
    quantity = scan(TEXT)[number]
    return Figure(document="seeds/wh25.txt", quantity=quantity, subject="科技成果转化贷款", modality=modality,
                  period=parse_period("2025-H1"), clause=(4, 22), sentence=(0, len(TEXT)))


def test_a_figure_points_at_the_characters_it_came_from() -> None:
    found = figure(0)
    assert TEXT[found.start:found.end] == "4.5亿元" == found.quantity.text
    later = figure(1)
    assert TEXT[later.start:later.end] == later.quantity.text and later.start > found.end


def test_a_figure_is_neither_cumulative_nor_a_subset_nor_in_a_plan_unless_read_so() -> None:
    found = figure()
    assert (found.cumulative, found.subset, found.in_plan) == (False, False, False)
    assert found._replace(in_plan=True).in_plan and not found.in_plan, "a figure is immutable; a copy changes"


@pytest.mark.parametrize(("modality", "promised"), [
    pytest.param(Modality.ACHIEVED, False, id="achieved-is-done"),
    pytest.param(Modality.PROPOSED, False, id="proposed-is-a-step-not-a-promise"),  # 推荐申报, 储备
    pytest.param(Modality.PLANNED, True, id="planned"),
    pytest.param(Modality.FORECAST, True, id="forecast"),  # 预计全年可…, 有望突破…
])
def test_which_modalities_are_still_ahead(modality: Modality, promised: bool) -> None:
    assert (modality in PROMISED) is promised
