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
    PRESS = "press"


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


class Manifest(BaseModel):
    """A folder's manifest.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    documents: tuple[DocumentMeta, ...] = ()

    def get(self, file: str) -> DocumentMeta | None:
        """The entry for `file`, if the manifest has one."""
        return next((d for d in self.documents if d.file == file), None)
