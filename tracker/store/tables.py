"""The database tables. Only this module defines `table=True` classes (named *Row)."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1


class MetaRow(SQLModel, table=True):
    """Key-value facts about the database itself, such as its schema version."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str


class DocumentRow(SQLModel, table=True):
    """A source document as ingested: its content hash and metadata."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True, unique=True)
    """Path relative to the working folder, as shown to users."""
    sha256: str
    title: str | None = None
    issuer: str | None = None
    region: str | None = None
    issued: date | None = None
    kind: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_label: str | None = None
    ingested_at: datetime
