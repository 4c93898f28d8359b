"""The documents a report speaks of: the name each is given, the dates as a report writes them, and why a plan has
no figure, case by case (tests/report/test_no_data.py shows the same sentences inside whole reports)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.matching.usage import DocumentUse
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.plan import Plan
from tracker.report.documents import long_date, names, short_date, why_empty

WH25 = Plan(id="wh25", title="2025年科技工作要点", region="威海市", period="2025")
AS_OF = date(2025, 6, 30)


def use(path: str, **meta: object) -> DocumentUse:
    document = Document(path=path, text="", format="txt", sha256="0" * 64, meta=DocumentMeta(file=path, **meta))
    return DocumentUse(document, figures=0, used=0, reason=None)


@pytest.mark.parametrize(("meta", "zh", "en"), [
    pytest.param({"title": "2025年上半年工作总结", "issued": date(2025, 7, 8)}, "《2025年上半年工作总结》",
                 "2025年上半年工作总结", id="by-its-title"),
    pytest.param({"issued": date(2025, 7, 8)}, "2025年7月8日的材料", "the document of 2025-07-08",
                 id="else-by-the-day-issued"),
    pytest.param({}, "威海上半年", "威海上半年", id="else-by-its-file-name-alone"),
])
def test_the_name_a_report_gives_a_document(meta: dict, zh: str, en: str) -> None:
    found = use("seeds/2025/威海上半年.txt", **meta)
    assert (names([found], "zh"), names([found], "en")) == ({found.path: zh}, {found.path: en})


@pytest.mark.parametrize(("day", "zh", "en"), [
    pytest.param(date(2022, 6, 30), "2022年6月30日", "2022-06-30", id="no-leading-zeros-in-chinese"),
    pytest.param(date(2025, 12, 1), "2025年12月1日", "2025-12-01", id="two-digit-month"),
])
def test_long_date(day: date, zh: str, en: str) -> None:
    assert (long_date(day, "zh"), long_date(day, "en")) == (zh, en)


@pytest.mark.parametrize(("day", "year", "lang", "shown"), [
    pytest.param(date(2022, 6, 30), 2022, "zh", "6月30日", id="within-the-reports-year"),
    pytest.param(date(2021, 12, 31), 2022, "zh", "2021年12月31日", id="another-year-in-full"),
    pytest.param(date(2022, 6, 30), 2022, "en", "2022-06-30", id="english-always-in-full"),
])
def test_short_date(day: date, year: int, lang: str, shown: str) -> None:
    assert short_date(day, year, lang) == shown


SUMMARY = use("h1.txt", title="上半年工作总结", region="威海市", kind=DocumentKind.SUMMARY, period="2025-H1")
NO_DOCUMENT = "原因：尚未收到反映威海市2025年1月1日至2025年6月30日期间工作情况的总结、报表等材料。"


@pytest.mark.parametrize(("uses", "said"), [
    pytest.param([SUMMARY], "原因：涉及2025年1月1日至2025年6月30日期间的材料有1份（《上半年工作总结》），"
                 "但其中没有截至2025年6月30日、与目标任务对应的数据。", id="a-document-covers-the-time"),
    pytest.param([SUMMARY, use("q1.txt", issued=date(2025, 4, 3), region="威海", period="2025-Q1")],
                 "原因：涉及2025年1月1日至2025年6月30日期间的材料有2份（《上半年工作总结》、2025年4月3日的材料），"
                 "但其中没有截至2025年6月30日、与目标任务对应的数据。", id="威海-is-威海市-and-titles-listed"),
    pytest.param([], NO_DOCUMENT, id="no-document-at-all"),
    pytest.param([use("rc.txt", title="荣成", region="荣成市", period="2025-H1")], NO_DOCUMENT,
                 id="a-county-of-the-city-is-another-place"),
    pytest.param([use("p.txt", title="计划", region="威海市", kind=DocumentKind.PLAN, period="2025")], NO_DOCUMENT,
                 id="a-plan-reports-nothing"),
    pytest.param([use("u.txt", title="无期间", region="威海市")], NO_DOCUMENT, id="a-document-of-no-known-time"),
    pytest.param([use("h2.txt", title="下半年", region="威海市", period="2025-H2")], NO_DOCUMENT,
                 id="a-document-after-the-day"),
    pytest.param([use("y23.txt", title="2023年总结", region="威海市", period="2023"),
                  use("y24.txt", title="2024年总结", region="威海市", period="2024")],
                 NO_DOCUMENT + "最近的材料为《2024年总结》，数据截至2024年12月31日。", id="the-latest-earlier-one-named"),
])
def test_why_a_plan_has_no_figure(uses: list[DocumentUse], said: str) -> None:
    assert why_empty(WH25, uses, AS_OF, "zh") == said


def test_a_plan_not_begun_says_so_whatever_the_documents() -> None:
    assert why_empty(WH25, [SUMMARY], date(2024, 12, 31), "en") == (
        "Why: the plan runs from 2025-01-01; on 2024-12-31 it had not begun.")
