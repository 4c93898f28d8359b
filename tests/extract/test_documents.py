"""Loading one document file (tracker/extract/documents.py): its text as read, its metadata inferred from the
normalized text, then overridden by its manifest entry, with where each field came from.

The files are given as bytes, as the pipeline gives them after reading once; what inference finds in a text
is tested in test_meta.py and tests/extract/meta/.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

import tracker.extract.documents as documents
import tracker.extract.engine as engine
from tracker.errors import TrackerUserError
from tracker.extract.documents import extracted, load_document, read_document
from tracker.extract.engine import extract
from tracker.extract.limits import Limits
from tracker.model.document import DocumentKind, DocumentMeta, Manifest, Source

TRADITIONAL = "荊州市科技局2024年上半年工作總結\n全市新增企業9家。\n\n荊州市科學技術局\n2024年7月6日\n"
GBK = TRADITIONAL.encode("gb18030")
FILE = Path("/nowhere/a.txt")  # never opened: the bytes are given


def test_the_text_is_kept_as_read_and_its_metadata_read_from_it_normalized() -> None:
    document = load_document(FILE, "docs/a.txt", data=GBK)
    assert (document.path, document.format, document.encoding) == ("docs/a.txt", "txt", "gb18030")
    assert document.sha256 == hashlib.sha256(GBK).hexdigest()
    assert document.text == TRADITIONAL  # offsets of figures point into the text as written
    meta = document.meta
    assert (meta.file, meta.title, meta.issuer, meta.region) == ("a.txt", "荆州市科技局2024年上半年工作总结",
                                                                 "荆州市科学技术局", "荆州市")
    assert (meta.issued, meta.kind, meta.period.label) == (date(2024, 7, 6), DocumentKind.SUMMARY, "2024-H1")
    assert document.missing == ()
    assert {p.source for p in document.provenance.values()} == {Source.INFERRED}
    assert document.provenance["issued"].evidence == "落款日期 2024-07-06"


def test_the_manifest_entry_of_the_file_overrides_the_fields_it_gives() -> None:
    manifest = Manifest(documents=(DocumentMeta(file="a.txt", region="荆州市沙市区", kind=DocumentKind.PRESS),
                                   DocumentMeta(file="b.txt", issued=date(2020, 1, 1))))
    document = load_document(FILE, "docs/a.txt", manifest, data=GBK)
    assert (document.meta.region, document.meta.kind) == ("荆州市沙市区", DocumentKind.PRESS)
    assert document.meta.issued == date(2024, 7, 6)  # b.txt's entry is not this file's
    sources = {name: p.source for name, p in document.provenance.items()}
    assert sources == {"title": Source.INFERRED, "issuer": Source.INFERRED, "region": Source.GIVEN,
                       "issued": Source.INFERRED, "kind": Source.GIVEN, "period": Source.INFERRED}
    assert document.provenance["region"].evidence == "manifest.yaml"


def test_what_neither_the_text_nor_the_manifest_gives_is_missing_and_unknown() -> None:
    data = "全市新增企业9家。".encode()
    bare = load_document(FILE, "a.txt", data=data)
    assert bare.missing == ("title", "issuer", "region", "issued", "period")
    assert bare.provenance["region"].source is Source.UNKNOWN
    given = load_document(FILE, "a.txt", Manifest(documents=(DocumentMeta(file="a.txt", period="2024"),)), data=data)
    assert "period" not in given.missing and given.meta.period.label == "2024"


def test_a_file_name_in_another_encoding_is_read_as_text() -> None:
    name = os.fsdecode("报告.txt".encode("gbk"))  # unpacked from a zip made on a Chinese Windows
    document = load_document(Path("/nowhere") / name, "报告.txt", data="全市新增企业9家。".encode())
    assert document.meta.file == "报告.txt"


@pytest.mark.parametrize(("path", "data", "limits", "code"), [
    pytest.param(FILE, b" \n", None, "file.empty", id="an empty file"),
    pytest.param(Path("/nowhere/a.xyz"), b"abc", None, "read.unsupported", id="a type no reader reads"),
    pytest.param(FILE, "全市新增企业9家。".encode() * 10, Limits(text_chars=20), "read.too_long",
                 id="a text over the limits given"),
    pytest.param(Path("/nowhere/missing.txt"), None, None, "file.not_found", id="a file that is not there"),
])
def test_a_file_that_cannot_be_read_is_the_users_error(path: Path, data: bytes | None, limits: Limits | None,
                                                      code: str) -> None:
    with pytest.raises(TrackerUserError) as error:
        load_document(path, "a", data=data, limits=limits)
    assert error.value.code == code


def test_a_text_is_normalized_once_for_its_metadata_and_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def counted(text: str) -> str:
        calls.append(text)
        return normalize(text)

    normalize = documents.normalize
    monkeypatch.setattr(documents, "normalize", counted)
    monkeypatch.setattr(engine, "normalize", counted)
    document, figures, problem = read_document(FILE, data=GBK)
    assert calls == [TRADITIONAL] and problem is None
    assert figures == extract(document)  # what the extractor finds normalizing for itself
    assert [f.quantity.text for f in figures] == ["9家"] and document.meta.file == "a.txt"


def test_a_file_that_cannot_be_read_is_one_line_naming_it(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"\n")
    document, figures, problem = read_document(tmp_path / "empty.txt")
    assert (document, figures, problem.path, problem.code) == (None, [], str(tmp_path / "empty.txt"), "file.empty")


def test_each_file_is_read_only_when_the_one_before_it_is_handed_over(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: a.txt\n    kind: nonsense\n", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(GBK)
    run = extracted([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    problems, first, figures = next(run)
    assert [(p.path, p.line) for p in problems] == [(f"{tmp_path}/manifest.yaml", 3)]  # the folder's, once
    assert first.path == str(tmp_path / "a.txt") and [f.quantity.text for f in figures] == ["9家"]
    (tmp_path / "b.txt").write_text("全市新增企业12家。", encoding="utf-8")  # written after a.txt was handed over
    problems, second, figures = next(run)
    assert problems == [] and [f.quantity.text for f in figures] == ["12家"]
    problems, third, figures = next(run)
    assert (third, figures, [p.code for p in problems]) == (None, [], ["file.not_found"])
