"""What is known about a source document before its figures are read."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from tracker.model.fields import PeriodText, Text


class DocumentKind(StrEnum):
    """A plan sets targets; a summary or a press text reports results."""

    PLAN = "plan"
    SUMMARY = "summary"
    MIXED = "mixed"
    """A summary with a plan part (2024年工作总结及2025年工作计划): results, then targets."""
    PRESS = "press"
    TABLE = "table"
    """A table of tasks and their completion (| 工作任务 | 完成情况 |)."""


class Source(StrEnum):
    """Where a metadata field came from."""

    GIVEN = "given"
    """Stated in manifest.yaml."""
    INFERRED = "inferred"
    """Read from the text, with the evidence."""
    UNKNOWN = "unknown"


class Provenance(BaseModel):
    """Where one metadata field came from and how sure that is."""

    model_config = ConfigDict(frozen=True)

    source: Source
    evidence: str | None = None
    """What it was read from: 区域取自署名“临沂市科学技术局”."""
    weak: bool = False
    """A guess from the body rather than the title, issuer, signature or a labelled date."""


META_FIELDS = ("title", "issuer", "region", "issued", "kind", "period")


class DocumentMeta(BaseModel):
    """One entry of a folder's manifest.yaml; every field but `file` is optional."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: Text
    """File name relative to the manifest's folder."""
    title: Text | None = None
    issuer: Text | None = None
    """The issuing body, e.g. 威海市科学技术局."""
    region: Text | None = None
    """The city or district the document reports on."""
    issued: date | None = None
    """Date of issue (成文日期 or 发布时间)."""
    kind: DocumentKind | None = None
    period: PeriodText | None = None
    """The time the document reports on, in the same forms as a plan's period."""


class Document(BaseModel):
    """A document's text as read from its file, with its metadata."""

    model_config = ConfigDict(frozen=True)

    path: str
    """As shown to users (relative to the working folder where possible)."""
    text: str
    """The text figures point into; for HTML, DOCX and PDF the text extracted from the file."""
    format: str
    """txt, html, docx or pdf."""
    encoding: str | None = None
    """The text encoding detected for txt and html files."""
    sha256: str
    """Hash of the file's bytes, to skip unchanged files."""
    meta: DocumentMeta
    """Inferred from the text, then overridden by the manifest."""
    missing: tuple[str, ...] = ()
    """Metadata fields neither inferred nor given by the manifest."""
    provenance: dict[str, Provenance] = {}
    """Per metadata field: given, inferred (with its evidence) or unknown."""

    def weak_fields(self) -> tuple[str, ...]:
        """The fields matching depends on (region, kind, period) that are unknown or only weakly inferred."""
        return tuple(name for name in ("region", "kind", "period")
                     if (p := self.provenance.get(name)) is not None and (p.source is Source.UNKNOWN or p.weak))


class Manifest(BaseModel):
    """A folder's manifest.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    documents: tuple[DocumentMeta, ...] = ()

    def get(self, file: str) -> DocumentMeta | None:
        """The entry for `file`, if the manifest has one."""
        if len(self.documents) < 8:
            return next((d for d in self.documents if d.file == file), None)
        return self._by_file().get(file)

    def _by_file(self) -> dict[str, DocumentMeta]:
        if (index := self.__dict__.get("_index")) is None:
            index = {}
            for entry in self.documents:
                index.setdefault(entry.file, entry)
            object.__setattr__(self, "_index", index)  # a cache on a frozen model; not a field
        return index
