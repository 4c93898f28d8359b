"""`progress.supervision`: a status report seen by the supervision loop, on the seeds with owners added."""

from __future__ import annotations

from datetime import date

from tests.progress.test_status import _evidence
from tracker.model.plan import Bands, Plan, Supervision, TargetsFile
from tracker.model.target import Target
from tracker.progress.deadline import DeadlineState
from tracker.progress.report import report_of
from tracker.progress.status import Status
from tracker.progress.supervision import supervise


def test_each_unit_answers_for_its_lagging_and_overdue_targets() -> None:
    behind = Target(id="t", title="技术合同成交额", target="11.3亿元", owner={"lead": "成果科", "support": ["高新科"]})
    overdue = Target(id="m", title="编制规划", kind="milestone", status="in_progress", owner="规划科",
                     due=date(2022, 5, 31))
    fine = Target(id="f", title="新增企业", target="10家", owner="高新科")
    plan = Plan(id="yk22", title="计划", region="营口市", period="2022", targets=(behind, overdue, fine))
    targets_file = TargetsFile(version=1, plans=(plan,), bands=Bands())
    evidence = {"t": [_evidence("400000000", date(2022, 6, 30))]}
    report = report_of(targets_file, evidence, date(2022, 6, 30))
    seen = supervise(report, Supervision(due_soon=30))
    assert {unit: [p.target.id for p in items] for unit, items in seen.lagging.items()} == {
        "成果科": ["t"], "规划科": ["m"]}
    assert seen.deadlines["m"].state is DeadlineState.OVERDUE and seen.deadlines["f"].state is DeadlineState.OK
    assert seen.deadline_counts == {"成果科": {DeadlineState.OK: 1}, "规划科": {DeadlineState.OVERDUE: 1},
                                    "高新科": {DeadlineState.OK: 1}}
    assert report.progress[1].status is Status.MISSED
    assert seen.forecasts["t"].value is not None and seen.forecasts["f"].reason == "forecast.no_data"
    assert [(r.owner, r.quantities, r.milestones) for r in report.rollups if r.level.value == "owner"] == [
        ("成果科", 1, 0), ("规划科", 0, 1), ("高新科", 1, 0)]


def test_nothing_is_pressed_for_want_of_news_nor_long_after_its_deadline() -> None:
    from tracker.progress.deadline import deadline_of
    from tracker.progress.supervision import lags

    done_badly = Target(id="t", title="技术合同成交额", target="11.3亿元", owner="成果科")
    unknown = Target(id="u", title="新增企业", target="10家", owner="高新科")
    plan = Plan(id="yk22", title="计划", region="营口市", period="2022", targets=(done_badly, unknown))
    targets_file = TargetsFile(version=1, plans=(plan,), bands=Bands())
    evidence = {"t": [_evidence("400000000", date(2022, 6, 30))]}
    for as_of, pressed in ((date(2023, 1, 15), {"t"}), (date(2023, 3, 31), {"t"}), (date(2023, 4, 1), set())):
        report = report_of(targets_file, evidence, as_of)
        seen = supervise(report, Supervision(overdue_for=90))
        assert set(seen.pressed) == pressed, as_of  # 90 days after 2022-12-31 it is history
        assert seen.deadlines["u"].state is DeadlineState.OVERDUE and "u" not in seen.pressed  # no figure: no news
    late = report_of(targets_file, evidence, date(2023, 1, 15)).progress[0]
    assert lags(late, deadline_of(late, 30), overdue_for=14) is False
