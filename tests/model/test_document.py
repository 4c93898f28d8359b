"""What is known of a document before its figures are read: a manifest entry's fields, which of the fields matching
depends on are weak, and a manifest's entry for a file (first entry wins, however many entries there are)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from tracker.model.document import Document, DocumentKind, DocumentMeta, Manifest, Provenance, Source

GIVEN = Provenance(source=Source.GIVEN)
INFERRED = Provenance(source=Source.INFERRED, evidence="区域取自署名“临沂市科学技术局”")
GUESSED = Provenance(source=Source.INFERRED, evidence="正文中的“临沂”", weak=True)
UNKNOWN = Provenance(source=Source.UNKNOWN)


def test_only_the_file_is_required_and_every_field_is_read() -> None:
    assert DocumentMeta(file="a.txt").model_dump(exclude_none=True) == {"file": "a.txt"}
    meta = DocumentMeta.model_validate({"file": "临沂.txt", "title": "2024年工作总结", "issuer": "临沂市科学技术局",
                                        "region": "临沂市", "issued": "2025-01-10", "kind": "summary", "period": "2024"})
    assert (meta.issued, meta.kind, meta.period.label) == (date(2025, 1, 10), DocumentKind.SUMMARY, "2024")


@pytest.mark.parametrize(("fields", "code"), [
    pytest.param({"file": "a.txt", "kind": "report"}, "enum", id="unknown-kind"),
    pytest.param({"file": "a.txt", "period": "上半年"}, "period.bad", id="period-as-words"),
    pytest.param({"file": "a.txt", "author": "王"}, "extra_forbidden", id="unknown-field"),
    pytest.param({"file": "  "}, "string_too_short", id="blank-file"),
    pytest.param({"title": "x"}, "missing", id="no-file"),
])
def test_a_manifest_entry_refuses(fields: dict, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        DocumentMeta.model_validate(fields)
    assert caught.value.errors()[0]["type"] == code


def document(**provenance: Provenance) -> Document:
    return Document(path="seeds/a.txt", text="", format="txt", sha256="0" * 64, meta=DocumentMeta(file="a.txt"),
                    provenance=provenance)


@pytest.mark.parametrize(("provenance", "weak"), [
    pytest.param({}, (), id="nothing-recorded"),
    pytest.param({"region": GIVEN, "kind": INFERRED, "period": GIVEN}, (), id="given-or-inferred"),
    pytest.param({"region": GUESSED, "kind": GIVEN, "period": UNKNOWN}, ("region", "period"), id="guessed-or-unknown"),
    # only region, kind and period decide which targets a figure may count for
    pytest.param({"title": UNKNOWN, "issuer": GUESSED, "issued": UNKNOWN}, (), id="other-fields-do-not-count"),
    pytest.param({"period": GUESSED, "kind": UNKNOWN, "region": UNKNOWN}, ("region", "kind", "period"),
                 id="always-in-the-same-order"),
])
def test_weak_fields(provenance: dict[str, Provenance], weak: tuple[str, ...]) -> None:
    assert document(**provenance).weak_fields() == weak


@pytest.mark.parametrize("entries", [pytest.param(3, id="few-entries-scanned"), pytest.param(12, id="many-indexed")])
def test_a_manifests_entry_for_a_file(entries: int) -> None:
    listed = [DocumentMeta(file=f"{n}.txt", title=f"第{n}份") for n in range(entries)]
    twice = DocumentMeta(file="1.txt", title="重复的条目")
    manifest = Manifest(documents=(*listed, twice))
    assert manifest.get("2.txt") == listed[2]
    assert manifest.get("1.txt") == listed[1], "the first entry for a file wins"
    assert manifest.get("missing.txt") is None
    assert manifest == Manifest(documents=(*listed, twice)), "the index kept for many entries is no field"
    assert manifest.model_dump().keys() == {"documents"}
