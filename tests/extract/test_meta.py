"""Metadata inferred from the text, and overridden by the manifest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.config.manifest import load_manifest
from tracker.extract.documents import load_document
from tracker.extract.meta import infer_meta, missing_fields
from tracker.model.document import DocumentKind

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_summary_with_a_notice_header() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2021-summary.txt").read_text(encoding="utf-8"))
    assert (meta.title, meta.issuer, meta.region, meta.issued, meta.kind, meta.period.label) == (
        "2021年全市科技工作总结", "威海市科学技术局", "威海市", date(2022, 1, 29), DocumentKind.SUMMARY, "2021")


def test_half_year_summary_dated_by_its_signature() -> None:
    meta = infer_meta("x.txt", (SEEDS / "yingkou-2022-h1.txt").read_text(encoding="utf-8"))
    assert (meta.issuer, meta.region, meta.issued, meta.period.label) == (
        "营口市科学技术局", "营口市", date(2022, 7, 6), "2022-H1")


def test_plan_with_a_metadata_table() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2025-plan.txt").read_text(encoding="utf-8"))
    assert (meta.title, meta.issued, meta.kind, meta.period.label) == (
        "2025年全市科技工作要点", date(2025, 4, 14), DocumentKind.PLAN, "2025")


def test_what_cannot_be_inferred_is_named() -> None:
    meta = infer_meta("x.txt", (SEEDS / "weihai-2024-11-press.txt").read_text(encoding="utf-8"))
    assert meta.kind is DocumentKind.PRESS
    assert set(missing_fields(meta)) == {"title", "issuer", "region", "issued", "period"}


def test_a_document_without_metadata_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("新增企业35家。", encoding="utf-8")
    document = load_document(path, "note.txt")
    assert document.text == "新增企业35家。" and "period" in document.missing


def test_the_manifest_overrides_what_is_inferred() -> None:
    manifest, _ = load_manifest(SEEDS)
    document = load_document(SEEDS / "weihai-2024-11-press.txt", "seeds/weihai-2024-11-press.txt", manifest)
    assert (document.meta.region, document.meta.issued, document.meta.period.label) == (
        "威海市", date(2024, 11, 11), "2024-01..2024-10")
    assert document.missing == ()
