"""Progress arithmetic: expectation, months left, completion, gap, status bands, stale and conflicts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.model.evidence import Evidence, Review, Role
from tracker.model.period import parse_period
from tracker.model.plan import Bands, Plan
from tracker.model.target import Target
from tracker.progress.status import Status, elapsed_share, months_between, progress_of

YEAR = parse_period("2022")


def _plan(*targets: Target) -> Plan:
    return Plan(id="p", title="plan", region="营口市", period="2022", targets=targets)


def _evidence(value: str, as_of: date, *, review: Review = Review.AUTO, role: Role = Role.PROGRESS,
              document: str = "a.txt", start: int = 0) -> Evidence:
    return Evidence(target="t", ref=f"{document}:{start}", role=role, review=review, confidence=Decimal("0.9"),
                    value=Decimal(value), unit="元", as_of=as_of, period=None, document=document, quote="q",
                    start=start, end=start + 1)


def _progress(target: str, evidence: list[Evidence], as_of: date, **fields: object):
    goal = Target(id="t", title="技术合同成交额", target=target, **fields)
    return progress_of(goal, _plan(goal), evidence, as_of, Bands())


def test_expected_is_the_share_of_days_elapsed() -> None:
    assert elapsed_share(YEAR, date(2022, 6, 30)).quantize(Decimal("0.001")) == Decimal("0.496")
    assert elapsed_share(YEAR, date(2021, 12, 31)) == 0
    assert elapsed_share(YEAR, date(2023, 1, 1)) == 1


def test_a_profile_replaces_the_straight_line() -> None:
    profile = {parse_period("2022-H1"): Decimal("0.2"), parse_period("2022-Q3"): Decimal("0.5")}
    assert elapsed_share(YEAR, date(2022, 6, 30), profile) == Decimal("0.2")
    assert elapsed_share(YEAR, date(2022, 9, 30), profile) == Decimal("0.5")
    assert Decimal("0.2") < elapsed_share(YEAR, date(2022, 8, 15), profile) < Decimal("0.5")


def test_months_left_count_calendar_months() -> None:
    assert months_between(date(2022, 6, 30), date(2022, 12, 31)) == 6
    assert months_between(date(2022, 6, 15), date(2022, 12, 31)) == 6.5
    assert months_between(date(2023, 1, 5), date(2022, 12, 31)) == 0


def test_yingkou_contracts_are_behind_at_mid_year() -> None:
    progress = _progress("11.3亿元", [_evidence("400000000", date(2022, 6, 30))], date(2022, 6, 30))
    assert progress.completion.quantize(Decimal("0.001")) == Decimal("0.354")
    assert progress.status is Status.BEHIND
    assert progress.gap == Decimal(730000000)
    assert progress.run_rate.quantize(Decimal(1)) == Decimal(121666667)


@pytest.mark.parametrize(("value", "status"), [
    ("450000000", Status.ON_TRACK),       # 39.8% vs 49.6%: 9.8 points below
    ("300000000", Status.BEHIND),         # 26.5%: 23.1 points below
    ("200000000", Status.SEVERELY_BEHIND),  # 17.7%: 31.9 points below
    ("1130000000", Status.DONE),
])
def test_status_bands_by_points_below_expectation(value: str, status: Status) -> None:
    assert _progress("11.3亿元", [_evidence(value, date(2022, 6, 30))], date(2022, 6, 30)).status is status


def test_bands_come_from_the_targets_file() -> None:
    goal = Target(id="t", title="x", target="11.3亿元")
    wide = Bands(on_track=Decimal(40), behind=Decimal(60))
    progress = progress_of(goal, _plan(goal), [_evidence("200000000", date(2022, 6, 30))], date(2022, 6, 30), wide)
    assert progress.status is Status.ON_TRACK


def test_a_period_over_without_the_target_is_missed_and_no_figure_is_no_data() -> None:
    assert _progress("11.3亿元", [_evidence("900000000", date(2022, 12, 31))], date(2023, 3, 1)).status is Status.MISSED
    assert _progress("11.3亿元", [], date(2022, 6, 30)).status is Status.NO_DATA


def test_at_most_targets_read_the_other_way() -> None:
    within = _progress("5亿元以内", [_evidence("400000000", date(2022, 6, 30))], date(2022, 6, 30))
    assert within.completion >= 1 and within.gap == 0 and within.status is Status.ON_TRACK  # not over yet: no done
    kept = _progress("5亿元以内", [_evidence("400000000", date(2022, 12, 31))], date(2022, 12, 31))
    assert kept.status is Status.DONE  # kept within the ceiling to the period's end
    over = _progress("5亿元以内", [_evidence("600000000", date(2022, 6, 30))], date(2022, 6, 30))
    assert over.completion < 1 and over.gap == Decimal(100000000)


def test_latest_figure_wins_and_figures_after_the_as_of_date_are_unknown() -> None:
    evidence = [_evidence("100000000", date(2022, 3, 31)), _evidence("400000000", date(2022, 6, 30), start=5)]
    assert _progress("11.3亿元", evidence, date(2022, 6, 30)).actual.value == Decimal(400000000)
    assert _progress("11.3亿元", evidence, date(2022, 5, 1)).actual.value == Decimal(100000000)


def test_a_person_s_value_wins_over_the_machine_s_for_the_same_date() -> None:
    evidence = [_evidence("400000000", date(2022, 6, 30)),
                _evidence("420000000", date(2022, 6, 30), review=Review.MANUAL, document="人工")]
    assert _progress("11.3亿元", evidence, date(2022, 6, 30)).actual.value == Decimal(420000000)


def test_two_sources_disagreeing_for_one_date_are_shown_as_a_conflict() -> None:
    evidence = [_evidence("400000000", date(2022, 6, 30)), _evidence("450000000", date(2022, 6, 30), document="b.txt")]
    progress = _progress("11.3亿元", evidence, date(2022, 6, 30))
    assert len(progress.conflicts) == 1


def test_pending_baseline_and_rejected_evidence_never_become_the_actual() -> None:
    evidence = [_evidence("400000000", date(2022, 6, 30), review=Review.PENDING),
                _evidence("500000000", date(2021, 12, 31), role=Role.BASELINE),
                _evidence("600000000", date(2022, 6, 30), review=Review.REJECTED, start=9)]
    progress = _progress("11.3亿元", evidence, date(2022, 6, 30))
    assert progress.actual is None and progress.status is Status.NO_DATA
    assert sorted(e.review for e in progress.evidence) == [Review.AUTO, Review.PENDING]  # rejected is not listed


def test_an_old_figure_is_stale() -> None:
    old = _progress("11.3亿元", [_evidence("400000000", date(2022, 3, 31))], date(2022, 9, 30))
    assert old.stale
    assert not _progress("11.3亿元", [_evidence("400000000", date(2022, 3, 31))], date(2022, 4, 30)).stale


def test_milestones_report_their_own_status() -> None:
    done = Target(id="t", title="x", kind="milestone", status="done")
    late = Target(id="t", title="x", kind="milestone", status="in_progress", due="2022-06-30")
    assert progress_of(done, _plan(done), [], date(2022, 6, 30), Bands()).status is Status.DONE
    assert progress_of(late, _plan(late), [], date(2022, 7, 1), Bands()).status is Status.MISSED
    assert progress_of(late, _plan(late), [], date(2022, 6, 1), Bands()).status is Status.IN_PROGRESS


def test_an_unrecorded_milestone_is_no_data_even_past_its_due_date() -> None:
    """Nobody said it was not done: red 未完成 would claim what is not known."""
    unknown = Target(id="t", title="x", kind="milestone", due="2022-06-30")
    undone = Target(id="t", title="x", kind="milestone", status="not_started", due="2022-06-30")
    assert progress_of(unknown, _plan(unknown), [], date(2023, 1, 1), Bands()).status is Status.NO_DATA
    assert progress_of(undone, _plan(undone), [], date(2023, 1, 1), Bands()).status is Status.MISSED
