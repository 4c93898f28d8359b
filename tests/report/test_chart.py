"""The completion-against-expectation chart's geometry: one bar per section with data, widths capped at 100%, the
mark where the time-elapsed share stands."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.report.chart import BAR_WIDTH, ROW_HEIGHT, Bar, bars
from tracker.report.content import PlanReport, Section


def part(*sections: tuple[str, str | None, str | None]) -> PlanReport:
    """A plan's report with only the sections' titles, completion and expected share the chart reads."""
    return PlanReport("yk22", "营口市2022年科技工作要点", (), (), None, None, (), tuple(
        Section(title, n, (), None if done is None else Decimal(done), None if due is None else Decimal(due), "")
        for n, (title, done, due) in enumerate(sections, 1)), (), (), (), ())


@pytest.mark.parametrize(("share", "pixels"), [
    pytest.param("0", 0, id="nothing-done"),
    pytest.param("0.5", BAR_WIDTH // 2, id="half"),
    pytest.param("0.3333", int(Decimal("0.3333") * BAR_WIDTH), id="rounded-down"),
    pytest.param("1", BAR_WIDTH, id="all"),
    pytest.param("1.8", BAR_WIDTH, id="over-100-capped"),
])
def test_a_bar_is_as_wide_as_its_completion_up_to_100_percent(share: str, pixels: int) -> None:
    (bar,) = bars(part(("科技创新", share, "0.5")))
    assert (bar.width, bar.completion) == (pixels, Decimal(share)), "the bar is capped, its number is not"


def test_one_bar_per_section_with_data_top_to_bottom() -> None:
    found = bars(part(("企业培育", "0.4", "0.5"), ("人才引进", None, "0.5"), ("成果转化", "0.9", None)))
    assert found == [
        Bar("企业培育", 0, Decimal("0.4"), int(Decimal("0.4") * BAR_WIDTH), Decimal("0.5"), BAR_WIDTH // 2),
        Bar("成果转化", ROW_HEIGHT, Decimal("0.9"), int(Decimal("0.9") * BAR_WIDTH), None, None),
    ], "a section with no data takes no row; one with no expectation has no mark"


def test_a_plan_with_no_data_has_no_bar() -> None:
    assert bars(part(("企业培育", None, "0.5"))) == []
