"""Amounts as people write them: in a scale (亿元), as the document wrote them, percentages and points."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.progress.test_status import _evidence
from tracker.display import amount_text, as_written, evidence_amount, percent_text, points_text, scale_of
from tracker.model.figure import Figure, Modality
from tracker.quantity import parse_quantity, scan


def _found(text: str) -> Figure:
    quantity = scan(text)[0]
    return Figure(document="a.txt", quantity=quantity, subject="", modality=Modality.ACHIEVED, period=None,
                  clause=(0, len(text)), sentence=(0, len(text)))


def test_amounts_in_a_scale_and_without_one() -> None:
    assert amount_text(Decimal("895000000"), "元", "亿") == "8.95亿元"
    assert amount_text(Decimal("400000000"), "元", "亿") == "4亿元"  # no trailing zeros
    assert amount_text(Decimal("183"), "个") == "183个"
    assert scale_of(parse_quantity("25亿元以上")) == "亿"


def test_a_candidate_as_its_document_wrote_it_qualifier_and_all() -> None:
    goal = parse_quantity("100项以上")
    for written in ("10多项", "200余项"):
        item = _evidence(str(scan(written)[0].value), date(2022, 6, 30))._replace(unit="项", figure=_found(written))
        assert as_written(item, goal) == written
        assert evidence_amount(item, goal) == amount_text(item.value, "项")  # the number alone
    by_hand = _evidence("520000000", date(2022, 6, 30))  # no figure: a value entered by hand, in the plan's scale
    assert as_written(by_hand, parse_quantity("11.3亿元")) == "5.2亿元"


def test_percentages_and_points() -> None:
    assert percent_text(Decimal("0.354")) == "35.4%" and percent_text(None) == ""
    assert points_text(Decimal("-14.2")) == "14.2"


def test_the_forecast_and_the_deadline_read_aloud_in_both_languages() -> None:
    from datetime import date

    from tests.progress.test_status import _evidence, _progress
    from tracker.display import deadline_sentence, forecast_sentence
    from tracker.progress.deadline import deadline_of
    from tracker.progress.forecast import forecast_of

    progress = _progress("11.3亿元", [_evidence("400000000", date(2022, 6, 30))], date(2022, 6, 30))
    forecast = forecast_of(progress)
    assert forecast_sentence(progress, forecast, "zh") == (
        "按当前进度预计到期完成8.07亿元（71.4%，按期初以来的进度线性推算），缺口3.23亿元")
    assert forecast_sentence(progress, forecast, "en").startswith("at the current pace 8.07亿元 by the deadline")
    assert deadline_sentence(deadline_of(progress, 30), "zh") == "截止2022-12-31，还有184天"
    empty = _progress("11.3亿元", [], date(2022, 6, 30))
    assert forecast_sentence(empty, forecast_of(empty), "zh") == "暂无数据，无法预计"


def test_a_ranking_read_aloud() -> None:
    from decimal import Decimal

    from tracker.display import ranking_sentence
    from tracker.progress.score import Ranked, Ranking

    ranking = Ranking("技术合同成交额", "元", "2022", (Ranked(1, "大连市", "dl22", "a", Decimal("0.8")),
                                                  Ranked(None, "营口市", "yk22", "b", None)))
    assert ranking_sentence(ranking, "zh") == "技术合同成交额（2022）各地区排名：1. 大连市 80%、营口市 暂无数据。"


def test_statuses_are_counted_in_their_own_order() -> None:
    from tracker.display import status_counts
    from tracker.progress.status import Status

    counts = {Status.NO_DATA: 27, Status.BEHIND: 2, Status.DONE: 1, Status.ON_TRACK: 4}
    assert status_counts(counts, "zh") == "已完成 1，正常推进 4，滞后 2，暂无数据 27"
