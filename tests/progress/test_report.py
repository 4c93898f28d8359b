"""The date the documents reach (`data_date`) and a report moved to it (`at_data_date`) when no date is asked for."""

from __future__ import annotations

from datetime import date

from tests.progress.test_status import _evidence
from tracker.model.evidence import Review, Role
from tracker.model.plan import TargetsFile
from tracker.progress.report import at_data_date, data_date, report_of

TODAY = date(2022, 11, 15)


def _file() -> TargetsFile:
    return TargetsFile.model_validate({"version": 1, "plans": [
        {"id": "a", "title": "甲", "region": "营口市", "period": "2022",
         "targets": [{"id": "t", "title": "技术合同成交额", "target": "11.3亿元"}]},
        {"id": "b", "title": "乙", "region": "营口市", "period": "2022",
         "targets": [{"id": "u", "title": "新增企业", "target": "100家"}]}]})


def _report(evidence: list, as_of: date = TODAY):
    return report_of(_file(), {"t": evidence}, as_of)


def test_the_newest_counted_figure_not_after_today() -> None:
    counted = [_evidence("400000000", date(2022, 6, 30)), _evidence("500000000", date(2022, 9, 30))]
    ignored = [_evidence("600000000", date(2022, 10, 31), review=Review.PENDING),
               _evidence("700000000", date(2022, 10, 31), role=Role.BASELINE),
               _evidence("800000000", date(2022, 12, 31))]  # after today
    assert data_date(_report(counted + ignored), TODAY) == date(2022, 9, 30)
    assert data_date(_report([]), TODAY) is None


def test_a_plans_date_is_its_own_figures() -> None:
    report = _report([_evidence("400000000", date(2022, 6, 30))])
    assert data_date(report, TODAY, "a") == date(2022, 6, 30) and data_date(report, TODAY, "b") is None


def test_a_report_moves_to_the_documents_date_and_says_so() -> None:
    moved = at_data_date(_report([_evidence("400000000", date(2022, 6, 30))]), _file(), TODAY)
    assert moved.as_of == date(2022, 6, 30) and moved.dated == "data"
    assert next(p for p in moved.progress if p.target.id == "t").expected < 0.5  # the pace of 30 June, not November
    stays = at_data_date(_report([_evidence("400000000", date(2022, 6, 30))]), _file(), TODAY, reach="b")
    assert stays.as_of == TODAY and stays.dated == "today"  # plan b has no figure of its own
