"""Each kind of time phrase resolved by its own small function, on its own."""

from __future__ import annotations

from datetime import date

from tracker.extract import phrases
from tracker.extract.phrases import When
from tracker.lexicon import lexicon
from tracker.model.period import parse_period

REPORT = When(year=2024, period=parse_period("2024-01..2024-10"), issued=date(2024, 11, 11))


def label(resolved: tuple) -> tuple[str | None, bool]:
    period, cumulative = resolved
    return (period.label if period else None), cumulative


def test_every_kind_in_the_lexicon_has_a_resolver_or_is_read_by_the_phrase_logic() -> None:
    read_elsewhere = {"cumulative", "per_year", "phase_total"}  # combined with the phrases before them
    kinds = {p.kind for p in lexicon().period_phrases}
    assert kinds - read_elsewhere <= set(phrases.RESOLVERS)


def test_year_range() -> None:
    assert label(phrases.year_range({"y1": "2019", "y2": "2023"}, REPORT)) == ("2019..2023", True)
    assert label(phrases.year_range({"y1": "2019", "y2": "2023"}, REPORT._replace(before="由"))) == ("2019", False)
    assert label(phrases.year_range({"y1": "2019", "y2": "2023"}, REPORT._replace(before="增加到"))) == ("2023", False)


def test_five_year_plans() -> None:
    assert label(phrases.five_year({"plan": "十二五", "span": "期间"}, REPORT)) == ("2011..2015", True)
    assert label(phrases.five_year({"plan": "十四五", "span": "以来"}, REPORT)) == ("2021-01..2024-10", True)


def test_since_year() -> None:
    assert label(phrases.since_year({"y": "2018"}, REPORT)) == ("2018-01..2024-10", True)


def test_half_and_quarter() -> None:
    assert label(phrases.half({"half": "上半年"}, REPORT)) == ("2024-H1", False)
    assert label(phrases.half({"y": "2023", "half": "下半年"}, REPORT)) == ("2023-H2", False)
    assert label(phrases.quarter({"quarter": "前三季度"}, REPORT)) == ("2024-01..2024-09", False)
    assert label(phrases.quarter({"quarter": "第二季度"}, REPORT)) == ("2024-Q2", False)


def test_months() -> None:
    assert label(phrases.to_month({"m": "10"}, REPORT)) == ("2024-01..2024-10", False)
    assert label(phrases.month({"m": "11"}, REPORT)) == ("2024-11", False)
    assert label(phrases.this_month({"d1": "20", "d2": "21"}, REPORT)) == ("2024-11-20..2024-11-21", False)
    assert label(phrases.this_month({"d1": "31"}, REPORT)) == (None, False)  # no 31 November


def test_recent_and_running_years() -> None:
    assert label(phrases.recent_years({"n": "三"}, REPORT)) == ("2022-01..2024-10", True)
    assert label(phrases.running_years({"n": "3"}, REPORT)) == ("2022-01..2024-10", False)
    assert label(phrases.recent_years({"n": "多"}, REPORT)) == (None, False)


def test_years_ahead_count_from_the_year_of_issue() -> None:
    assert label(phrases.years_ahead({"n": "3"}, REPORT)) == ("2024..2026", False)


def test_this_year_is_to_date_in_a_report_and_whole_in_a_promise() -> None:
    assert label(phrases.this_year({}, REPORT)) == ("2024-01..2024-10", False)
    assert label(phrases.this_year({}, REPORT._replace(promised=True))) == ("2024", False)


def test_year_and_last_year() -> None:
    assert label(phrases.year({"y": "2022"}, REPORT)) == ("2022", False)
    assert label(phrases.year({}, REPORT)) == ("2024", False)  # 全年
    assert label(phrases.last_year({}, REPORT)) == ("2023", False)
    assert label(phrases.last_year({}, REPORT._replace(issued=None))) == ("2023", False)


def test_a_kind_without_a_resolver_leaves_the_documents_period() -> None:
    assert phrases.resolve("no_such_kind", {}, REPORT) == (REPORT.period, False)


def test_now_runs_to_the_date_of_issue_and_news_counts_this_year_to_its_date() -> None:
    from datetime import date as day

    from tracker.extract.phrases import When, resolve
    from tracker.model.period import parse_period

    quarter = When(year=2021, period=parse_period("2021-Q1"), issued=day(2021, 4, 12), news=True)
    assert resolve("now", {}, quarter)[0].label == "2021-01-01..2021-04-12"
    assert resolve("now", {}, quarter._replace(news=False))[0].label == "2021-Q1"
    news = When(year=2022, period=parse_period("2022-01..2022-10"), issued=day(2022, 10, 21), news=True)
    assert resolve("this_year", {}, news)[0].label == "2022-01-01..2022-10-21"
    report = news._replace(news=False)
    assert resolve("this_year", {}, report)[0].label == "2022-01..2022-10"
