"""Why a document gives no figure to any target, and which of those need a person's look."""

from __future__ import annotations

from datetime import date

from tracker.matching.usage import unused, usage
from tracker.model.document import Document, DocumentKind, DocumentMeta
from tracker.model.evidence import Evidence
from tracker.places import region_key

REGIONS = frozenset({region_key("北京市朝阳区")})


def _document(name: str, **meta: object) -> Document:
    return Document(path=name, text="", format="txt", sha256="0" * 64, meta=DocumentMeta(file=name, **meta))


def _reasons(*documents: Document, figures: int = 3) -> dict[str, str | None]:
    evidence: dict[str, list[Evidence]] = {}
    return {u.path: u.reason for u in usage([(d, figures) for d in documents], REGIONS, evidence)}


def test_each_reason_names_what_to_fix() -> None:
    reasons = _reasons(
        _document("plan.txt", kind=DocumentKind.PLAN, region="北京市朝阳区", period="2024"),
        _document("nowhere.txt", kind=DocumentKind.SUMMARY, period="2024"),
        _document("city.txt", kind=DocumentKind.SUMMARY, region="北京市", period="2024"),
        _document("namesake.txt", kind=DocumentKind.SUMMARY, region="朝阳区", period="2024"),
        _document("undated.txt", kind=DocumentKind.SUMMARY, region="北京市朝阳区"),
        _document("ours.txt", kind=DocumentKind.SUMMARY, region="北京市朝阳区", period="2024"),
    )
    assert reasons == {"plan.txt": "usage.plan", "nowhere.txt": "usage.no_region", "city.txt": "usage.other_region",
                       "namesake.txt": "usage.ambiguous_region", "undated.txt": "usage.no_period",
                       "ours.txt": "usage.no_match"}
    assert _reasons(_document("empty.txt"), figures=0) == {"empty.txt": "usage.no_figures"}


def test_a_document_of_a_period_outside_every_targets_window_says_so() -> None:
    documents = [(_document("old.txt", kind=DocumentKind.SUMMARY, region="北京市朝阳区", period="2015"), 3),
                 (_document("later.txt", kind=DocumentKind.SUMMARY, region="北京市朝阳区", period="2031-H1"), 3),
                 (_document("edge.txt", kind=DocumentKind.SUMMARY, region="北京市朝阳区", period="2019..2020"), 3)]
    window = (date(2020, 1, 1), date(2025, 12, 31))
    assert {u.path: u.reason for u in usage(documents, REGIONS, {}, window)} == {
        "old.txt": "usage.other_period", "later.txt": "usage.other_period", "edge.txt": "usage.no_match"}


def test_a_plan_is_read_as_targets_and_never_listed_as_unused() -> None:
    plan = _document("plan.txt", kind=DocumentKind.PLAN, region="北京市朝阳区", period="2024")
    summary = _document("city.txt", kind=DocumentKind.SUMMARY, region="北京市", period="2024")
    uses = usage([(plan, 5), (summary, 5)], REGIONS, {})
    assert [u.path for u in unused(uses)] == ["city.txt"]
