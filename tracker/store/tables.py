"""The database tables. Only this module defines `table=True` classes (named *Row)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 8


class MetaRow(SQLModel, table=True):
    """Key-value facts about the database itself, such as its schema version."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str


class DocumentRow(SQLModel, table=True):
    """A source document as ingested: where it is, what it is, and the text figures point into."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    location: str = Field(index=True, unique=True)
    """The file's absolute path: one row per file, whatever folder ingest was run from."""
    path: str = Field(index=True)
    """Path as shown to users (relative to the working folder where possible)."""
    sha256: str
    """Hash of the file's bytes."""
    fingerprint: str
    """Hash of the bytes, the manifest entry and the extractor version: unchanged means skip."""
    file_state: str | None = None
    """Hash of the file's state when read (device, inode, size, modification and change times), its manifest entry
    and the extractor version: the same state means the file need not be read again to know it is unchanged. None
    when the file had changed too shortly before it was read for its state to be trusted (`pipeline.SETTLED_NS`)."""
    format: str
    encoding: str | None = None
    title: str | None = None
    issuer: str | None = None
    region: str | None = None
    issued: date | None = None
    kind: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_label: str | None = None
    missing: str = ""
    """Metadata fields that could not be inferred, comma-separated."""
    provenance: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    """Per metadata field, given/inferred/unknown with its evidence, as JSON."""
    ingested_at: datetime = Field(index=True)
    """When the row was written; indexed so the newest is found at once (`store.freshness`)."""
    figures_from: date | None = None
    figures_to: date | None = None
    """The first and the last day its figures' periods reach: a status looks at no figure of a document that lies
    wholly outside its days (`repo.load_folder`). None when none of its figures has a period, or when not known (a
    row a tracker of the version before wrote while this one ran): its figures are then looked at."""
    text: str = Field(sa_column=Column(Text, nullable=False))
    """The text figures point into; the last column, so a query of the others never reads through it."""


class FigureRow(SQLModel, table=True):
    """One figure of a document; values are kept as exact decimal text."""

    __tablename__ = "figure"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    start: int
    end: int
    text: str
    value: str
    upper: str | None = None
    unit: str
    written_unit: str
    dimension: str
    qualifier: str
    subject: str
    modality: str
    period_start: date | None = None
    period_end: date | None = None
    period_label: str | None = None
    cumulative: bool = False
    subset: bool = False
    in_plan: bool = False
    clause_start: int
    clause_end: int
    sentence_start: int
    sentence_end: int


class DecisionRow(SQLModel, table=True):
    """A person's review decision. Never derived, never dropped: the log of who decided what, when."""

    __tablename__ = "review_decision"

    id: int | None = Field(default=None, primary_key=True)
    target: str = Field(index=True)
    action: str
    ref: str
    text: str | None = None
    value: str | None = None
    """A value by hand, as the person wrote it (4.5亿元)."""
    as_of: date | None = None
    source: str | None = None
    note: str | None = None
    who: str
    at: datetime


class NoteRow(SQLModel, table=True):
    """A lag note (滞后原因, 整改措施). Never derived, never dropped: people's words."""

    __tablename__ = "lag_note"

    id: int | None = Field(default=None, primary_key=True)
    target: str = Field(index=True)
    as_of: date
    cause: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    measures: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    who: str
    at: datetime


class ReportedRow(SQLModel, table=True):
    """A target's line in a generated quarterly report. Never derived, never dropped: what was sent upward."""

    __tablename__ = "reported"

    id: int | None = Field(default=None, primary_key=True)
    plan: str = Field(index=True)
    quarter: str = Field(index=True)
    target: str
    as_of: date
    status: str
    completion: str | None = None
    """A decimal as text, exact."""
    actual: str | None = None
    at: datetime


class NoticeRow(SQLModel, table=True):
    """A supervision notice issued (督办通知). Never derived, never dropped: what was sent to a unit."""

    __tablename__ = "supervision_notice"

    id: int | None = Field(default=None, primary_key=True)
    unit: str = Field(index=True)
    issued: date
    as_of: date
    reply_by: date
    targets: str = Field(sa_column=Column(Text, nullable=False))
    """The target ids, comma-separated (ids never hold a comma)."""
    file: str = Field(sa_column=Column(Text, nullable=False))
    who: str
    at: datetime
