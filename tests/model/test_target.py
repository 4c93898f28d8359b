"""A plan's target as a value: its kinds, its direction, what a value by hand must be to be its, where it was read
from, and the period and due date it falls back to."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from tracker.model.period import parse_period
from tracker.model.source import SourcePos
from tracker.model.target import Comparator, Cycle, MilestoneStatus, Target, TargetKind
from tracker.quantity import parse_quantity

PLAN_PERIOD = parse_period("2025")


def quantity_target(target: str | None = "25亿元以上", **fields: object) -> Target:
    return Target(id="wh25-loans", title="科技信贷投放", target=target, **fields)


def milestone(**fields: object) -> Target:
    return Target(id="wh25-lab", title="建设省级重点实验室", kind=TargetKind.MILESTONE, **fields)


def test_a_target_is_a_quantity_unless_it_says_it_is_a_milestone() -> None:
    assert quantity_target().kind is TargetKind.QUANTITY
    assert milestone(status=MilestoneStatus.IN_PROGRESS).kind is TargetKind.MILESTONE


@pytest.mark.parametrize(("written", "comparator", "direction"), [
    pytest.param("25亿元以上", None, Comparator.AT_LEAST, id="以上-at-least"),
    pytest.param("25亿元", None, Comparator.AT_LEAST, id="bare-number-at-least"),
    pytest.param("5项左右", None, Comparator.AT_LEAST, id="approx-at-least"),
    pytest.param("3%以内", None, Comparator.AT_MOST, id="以内-at-most"),
    pytest.param("不超过3%", None, Comparator.AT_MOST, id="不超过-at-most"),
    # the comparator field overrides the words of the quantity, either way
    pytest.param("3%", Comparator.AT_MOST, Comparator.AT_MOST, id="set-at-most"),
    pytest.param("3%以内", Comparator.AT_LEAST, Comparator.AT_LEAST, id="set-overrides-以内"),
    pytest.param(None, None, Comparator.AT_LEAST, id="no-quantity"),
])
def test_direction(written: str | None, comparator: Comparator | None, direction: Comparator) -> None:
    assert quantity_target(written, comparator=comparator).direction is direction


@pytest.mark.parametrize(("target", "value", "misfit"), [
    pytest.param(quantity_target(), None, None, id="accept-or-reject-carries-no-value"),
    pytest.param(quantity_target(), "4.5亿元", None, id="same-unit"),
    pytest.param(quantity_target(), "45000万元", None, id="same-unit-other-scale"),
    pytest.param(quantity_target(), "0", None, id="zero-without-unit"),  # nothing is 0 of any unit
    pytest.param(quantity_target(), "0项", None, id="zero-of-another-unit"),
    pytest.param(quantity_target(None), "6项", None, id="no-quantity-to-compare-with"),
    pytest.param(quantity_target(), "6项", ("review.unit_mismatch", {"unit": "项", "id": "wh25-loans",
                                                                     "target_unit": "元"}), id="another-unit"),
    pytest.param(quantity_target(), "30", ("review.unit_mismatch", {"unit": "", "id": "wh25-loans",
                                                                    "target_unit": "元"}), id="no-unit"),
    pytest.param(milestone(), None, None, id="milestone-without-value"),
    pytest.param(milestone(), "1项", ("review.not_quantity", {"id": "wh25-lab"}), id="milestone-takes-no-value"),
    pytest.param(milestone(), "0", ("review.not_quantity", {"id": "wh25-lab"}), id="milestone-not-even-zero"),
])
def test_misfit_of_a_value_by_hand(target: Target, value: str | None, misfit: tuple | None) -> None:
    assert target.misfit(None if value is None else parse_quantity(value)) == misfit


def test_a_target_remembers_where_it_was_read_from_in_a_copy() -> None:
    read = quantity_target()
    where = SourcePos(path="targets.yaml", line=12, col=7)
    placed = read.at(where)
    assert (placed.source, read.source) == (where, None)
    assert placed.model_dump() == read.model_dump(), "the position is no field: never written back"


def test_a_target_is_frozen_and_refuses_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        quantity_target().title = "别的"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra_forbidden"):
        Target(id="x", title="x", unit="元")


@pytest.mark.parametrize(("metric", "expected"), [
    pytest.param(None, "科技信贷投放", id="falls-back-to-title"),
    pytest.param("科技成果转化贷款", "科技成果转化贷款", id="own-metric"),
])
def test_metric_name(metric: str | None, expected: str) -> None:
    assert quantity_target(metric=metric).metric_name == expected


@pytest.mark.parametrize(("fields", "period", "due"), [
    pytest.param({}, "2025", date(2025, 12, 31), id="plans-period-and-its-end"),
    pytest.param({"period": "2025-H1"}, "2025-H1", date(2025, 6, 30), id="own-period-and-its-end"),
    pytest.param({"due": date(2025, 10, 31)}, "2025", date(2025, 10, 31), id="own-due-date"),
    pytest.param({"period": "2025-H1", "due": date(2025, 5, 31)}, "2025-H1", date(2025, 5, 31), id="both-own"),
])
def test_effective_period_and_due_date(fields: dict, period: str, due: date) -> None:
    target = quantity_target(**fields)
    assert (target.effective_period(PLAN_PERIOD).label, target.effective_due(PLAN_PERIOD)) == (period, due)


@pytest.mark.parametrize(("cycle", "months"), [(Cycle.MONTH, 1), (Cycle.QUARTER, 3), (Cycle.HALF, 6), (Cycle.YEAR, 12)])
def test_a_cycle_is_a_number_of_months(cycle: Cycle, months: int) -> None:
    assert cycle.months == months


def test_a_profile_is_read_as_periods_and_shares() -> None:
    target = quantity_target(profile={"2025-H1": "40%", "2025-Q3": 70})
    assert {period.label: share for period, share in target.profile.items()} == {"2025-H1": Decimal("0.4"), "2025-Q3": Decimal("0.7")}
