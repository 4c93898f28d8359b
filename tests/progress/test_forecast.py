"""`progress.forecast`: the value at the deadline at the pace seen so far, each method and each refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.progress.test_status import _evidence, _progress
from tracker.model.evidence import Role
from tracker.progress.forecast import Method, forecast_of

MID = date(2022, 6, 30)


def test_a_flow_goes_on_at_its_pace_since_the_period_began() -> None:
    forecast = forecast_of(_progress("11.3亿元", [_evidence("400000000", MID)], MID))
    assert forecast.method is Method.LINEAR_FROM_PERIOD_START and forecast.due == date(2022, 12, 31)
    assert round(forecast.value / Decimal(100_000_000), 2) == Decimal("8.07")  # the example
    assert round(forecast.completion, 2) == Decimal("0.71") and round(forecast.gap / Decimal(100_000_000), 2) == Decimal("3.23")


def test_a_seasonal_measure_follows_last_years_profile() -> None:
    evidence = [_evidence("400000000", MID), _evidence("200000000", date(2021, 6, 30), role=Role.BASELINE, start=5),
                _evidence("1000000000", date(2021, 12, 31), role=Role.BASELINE, start=9)]
    forecast = forecast_of(_progress("11.3亿元", evidence, MID))
    assert forecast.method is Method.LAST_YEAR_PROFILE and forecast.value == Decimal(2_000_000_000)
    assert forecast.completion > 1


def test_a_level_moves_from_where_it_stood_when_the_period_began() -> None:
    evidence = [_evidence("450", MID), _evidence("400", date(2021, 12, 31), role=Role.BASELINE, start=5)]
    forecast = forecast_of(_progress("500家", evidence, MID, quote="高新技术企业总数达到500家"))
    assert forecast.method is Method.LINEAR_FROM_BASELINE
    assert round(forecast.value, 2) == round(400 + Decimal(50) * 365 / 181, 2)  # 50 more in 181 days: 101 in 365


def test_no_forecast_without_what_it_needs() -> None:
    assert forecast_of(_progress("11.3亿元", [], MID)).reason == "forecast.no_data"
    level = _progress("500家", [_evidence("450", MID)], MID, quote="高新技术企业总数达到500家")
    assert forecast_of(level).reason == "forecast.no_start"  # a level with no starting point is not projected
    assert forecast_of(_progress("2.5%", [_evidence("2.1", MID)], MID)).reason == "forecast.rate"
    milestone = forecast_of(_milestone())
    assert milestone.reason == "forecast.milestone" and milestone.value is None


def test_after_the_deadline_the_last_figure_is_the_result() -> None:
    forecast = forecast_of(_progress("11.3亿元", [_evidence("1200000000", date(2022, 12, 31))], date(2023, 1, 15)))
    assert forecast.method is Method.FINAL and forecast.value == Decimal(1_200_000_000)
    stale = forecast_of(_progress("11.3亿元", [_evidence("400000000", MID)], date(2023, 1, 15)))
    assert stale.method is Method.LINEAR_FROM_PERIOD_START  # a mid-year figure is no final result


def test_a_target_kept_below_a_ceiling_is_complete_when_the_forecast_stays_under_it() -> None:
    forecast = forecast_of(_progress("不超过10亿元", [_evidence("400000000", MID)], MID))
    assert forecast.method is Method.LINEAR_FROM_PERIOD_START and forecast.completion > 1


def _milestone():
    from tracker.model.plan import Bands, Plan
    from tracker.model.target import Target
    from tracker.progress.status import progress_of

    task = Target(id="t", title="编制规划", kind="milestone")
    return progress_of(task, Plan(id="p", title="plan", region="营口市", period="2022", targets=(task,)), [], MID,
                       Bands())


def test_a_flow_written_with_reach_is_still_a_flow() -> None:
    evidence = [_evidence("400000000", MID), _evidence("1000000000", date(2021, 12, 31), role=Role.BASELINE, start=5)]
    forecast = forecast_of(_progress("11.3亿元", evidence, MID, quote="全市技术合同成交额达到11.3亿元"))
    assert forecast.method is Method.LINEAR_FROM_PERIOD_START and forecast.value > 0  # not a level from last year's


def test_a_level_never_projects_below_zero() -> None:
    evidence = [_evidence("100", MID), _evidence("400", date(2021, 12, 31), role=Role.BASELINE, start=5)]
    forecast = forecast_of(_progress("500家", evidence, MID, quote="高新技术企业总数达到500家"))
    assert forecast.method is Method.LINEAR_FROM_BASELINE and forecast.value == 0


def test_a_targets_own_stages_lead_its_forecast() -> None:
    from tracker.model.period import parse_period

    progress = _progress("11.3亿元", [_evidence("400000000", MID)], MID,
                         profile={parse_period("2022-H1"): "30%", parse_period("2022-H2"): "100%"})
    forecast = forecast_of(progress)
    assert forecast.method is Method.PROFILE and round(forecast.completion, 3) == round(
        Decimal(4) / Decimal("0.3") / Decimal("11.3"), 3)
