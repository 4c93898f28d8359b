"""Pure conversions between domain values and table rows.

People's records (decisions, lag notes) are read back through the same
validation as when they were written; a row that no longer passes it (written
by other means, or by an older tracker) becomes a `RowProblem`, not an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tracker.config.yaml_source import M, validated
from tracker.errors import Diagnostic, RowProblem
from tracker.model.decision import Decision
from tracker.model.document import Document, DocumentKind, DocumentMeta, Provenance
from tracker.model.figure import Figure, Modality
from tracker.model.note import LagNote
from tracker.model.notice import Notice
from tracker.model.period import Period
from tracker.model.reported import Reported
from tracker.quantity import LARGEST, Dimension, Qualifier, Quantity
from tracker.store.tables import (
    DecisionRow,
    NoteRow,
    NoticeRow,
    ReportedRow,
)


def _same(value: date) -> date:
    return value


def _storable(values: dict) -> dict:
    """Values every backend stores alike: NUL, which PostgreSQL's text cannot hold, becomes U+FFFD.

    One character for one, so offsets into a document's text stay right.
    """
    return {key: _no_nul(value) if isinstance(value, str) else value for key, value in values.items()}


@lru_cache(maxsize=4096)
def _period(start, end, label) -> Period | None:  # three nullable columns
    """The period of three columns; figures of one document mostly share a few, so they are made once."""
    if start is None and end is None:
        return None
    start, end = _day(start), _day(end)
    return Period(start=start, end=end, label=label or f"{start}..{end}")


def _day(value: object) -> date:
    """A stored day: a date from the database's driver, or the ISO text SQLite's own cursor gives; anything else
    (a number written by SQL, which a date field would read as seconds since 1970) does not read."""
    if type(value) is date:
        return value
    if type(value) is str:
        return date.fromisoformat(value)
    raise TypeError(f"not a stored day: {value!r}")


def document_values(document: Document, location: str, fingerprint: str, now: datetime,
                    file_state: str | None = None, figures: Iterable[Figure] = ()) -> dict[str, object]:
    """The values of a document's row, as the columns take them (`repo.save_document` inserts them as they are),
    with the days its `figures` span."""
    meta, period = document.meta, document.meta.period
    periods = [f.period for f in figures if f.period is not None]
    return _storable({
        "location": location, "path": document.path, "sha256": document.sha256, "fingerprint": fingerprint,
        "file_state": file_state,
        "format": document.format, "encoding": document.encoding, "text": document.text,
        "title": meta.title, "issuer": meta.issuer, "region": meta.region, "issued": meta.issued,
        "kind": meta.kind.value if meta.kind else None,
        "period_start": period.start if period else None, "period_end": period.end if period else None,
        "period_label": period.label if period else None,
        "missing": ",".join(document.missing), "ingested_at": now,
        "figures_from": min(p.start for p in periods) if periods else None,
        "figures_to": max(p.end for p in periods) if periods else None,
        "provenance": json.dumps({name: p.model_dump(mode="json") for name, p in document.provenance.items()},
                                 ensure_ascii=False),
    })


def document_from_row(row: Any, text: str | None = None) -> Document:
    """The document a row stores (a `DocumentRow`, or a result row of its columns); with `text`, that text instead
    of the row's (a document listed or matched need not read its text)."""
    meta = DocumentMeta(
        file=row.path.rsplit("/", 1)[-1], title=row.title, issuer=row.issuer, region=row.region,
        issued=None if row.issued is None else _day(row.issued), kind=DocumentKind(row.kind) if row.kind else None,
        period=_period(row.period_start, row.period_end, row.period_label),
    )
    return Document(path=row.path, text=row.text if text is None else text, format=row.format,
                    encoding=row.encoding, sha256=row.sha256, meta=meta,
                    missing=tuple(filter(None, row.missing.split(","))), provenance=_provenance(row.provenance))


@lru_cache(maxsize=4096)
def _provenance(stored: str) -> dict[str, Provenance]:
    """A document's provenance from its JSON; documents described alike by one manifest share it, so it is read
    once (the dict is never changed: a `Document` validates it into its own)."""
    return {name: Provenance.model_validate(p) for name, p in json.loads(stored).items()}


FIGURE_INSERTED = ("document_id", "start", "end", "text", "value", "upper", "unit", "written_unit", "dimension",
                   "qualifier", "subject", "modality", "period_start", "period_end", "period_label", "cumulative",
                   "subset", "in_plan", "clause_start", "clause_end", "sentence_start", "sentence_end")
"""The columns of `figure_values`, in its order."""


def figure_values(figure: Figure, document_id: int, day: Callable[[date], object] = _same) -> tuple:
    """The values of a figure's row in FIGURE_INSERTED's order, as the columns take them: a document's figures are
    inserted in one statement (`repo.save_document`), without an ORM object or a dict each (thousands per
    document). `day` writes a date as the driver takes it (SQLite's driver: ISO text, as SQLAlchemy stores it)."""
    q, period = figure.quantity, figure.period
    # `_value_` (the enum's documented sunder attribute) rather than `.value`, a Python-level descriptor in 3.11
    return (document_id, q.start, q.end, _no_nul(q.text), str(q.value), str(q.upper) if q.upper is not None else None,
            q.unit, q.written_unit, q.dimension._value_, q.qualifier._value_, _no_nul(figure.subject),
            figure.modality._value_, day(period.start) if period else None, day(period.end) if period else None,
            period.label if period else None, figure.cumulative, figure.subset, figure.in_plan,
            figure.clause[0], figure.clause[1], figure.sentence[0], figure.sentence[1])


def _no_nul(text: str) -> str:
    """`_storable` for one string: NUL becomes U+FFFD, one character for one."""
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


FIGURE_COLUMNS = ("value", "upper", "unit", "written_unit", "dimension", "qualifier", "text", "start", "end",
                  "subject", "modality", "period_start", "period_end", "period_label", "cumulative", "subset",
                  "in_plan", "clause_start", "clause_end", "sentence_start", "sentence_end")
"""The columns `figure_from_values` reads, in its order."""
_DIMENSIONS = {d.value: d for d in Dimension}
_QUALIFIERS = {q.value: q for q in Qualifier}
_MODALITIES = {m.value: m for m in Modality}


def figure_from_values(values: tuple, document: str) -> Figure:
    """The figure stored in a row's FIGURE_COLUMNS values (plain tuples: archives hold hundreds of thousands)."""
    (value, upper, unit, written_unit, dimension, qualifier, text, start, end, subject, modality,
     period_start, period_end, period_label, cumulative, subset, in_plan,
     clause_start, clause_end, sentence_start, sentence_end) = values
    if not type(start) is type(end) is type(clause_start) is type(clause_end) is type(sentence_start) \
            is type(sentence_end) is int:
        raise TypeError("stored offsets are not whole numbers")  # changed by SQL: the document is read again
    # Both named tuples made from their fields in order, as their own constructors would (without a Python call
    # each); the same amounts share one Decimal.
    amount = _DECIMALS.get(value)
    if amount is None:
        amount = _decimal(value)
    quantity = _made(Quantity, (amount, unit, written_unit, _DIMENSIONS[dimension], text,
                                None if upper is None else _decimal(upper), _QUALIFIERS[qualifier], start, end))
    return _made(Figure, (document, quantity, subject, _MODALITIES[modality],
                          _period(period_start, period_end, period_label), (clause_start, clause_end),
                          (sentence_start, sentence_end), bool(cumulative), bool(subset), bool(in_plan)))


_made = tuple.__new__
_DECIMALS: dict[str, Decimal] = {}
"""Amounts as stored, read: an archive states the same amounts again and again."""


def _decimal(stored: str) -> Decimal:
    """An amount as stored, read; one no figure tracker reads can have (infinite, beyond every dimension's
    largest, changed by SQL) does not read."""
    found = Decimal(stored)
    if not found.is_finite() or abs(found) > LARGEST:
        raise ValueError(f"not a stored amount: {stored!r}")
    _DECIMALS[stored] = found
    if len(_DECIMALS) > 65536:
        _DECIMALS.clear()
    return found


def decision_row(decision: Decision) -> DecisionRow:
    """The row for a review decision."""
    return DecisionRow.model_validate(_storable({
        "target": decision.target, "action": decision.action.value, "ref": decision.ref, "text": decision.text,
        "value": decision.value.text if decision.value else None, "as_of": decision.as_of,
        "source": decision.source, "note": decision.note, "who": decision.who, "at": decision.at,
    }))


def checked(model: type[M], table: str, values: Mapping[str, Any]) -> M | RowProblem:
    """The record a row's values store (its model's fields), or the first thing wrong with them."""
    record = validated(model, {name: values.get(name) for name in model.model_fields}, table)
    if isinstance(record, Diagnostic):
        return RowProblem.of(table, values.get("id"), values.get("target"), record.code, record.params)
    return record


def decision_from_row(values: Mapping[str, Any]) -> Decision | RowProblem:
    """The decision a row stores (its columns by name), or what is wrong with the row."""
    return checked(Decision, DecisionRow.__tablename__, values)


def note_row(note: LagNote) -> NoteRow:
    """The row for a lag note."""
    return NoteRow.model_validate(_storable(note.model_dump()))


def note_from_row(values: Mapping[str, Any]) -> LagNote | RowProblem:
    """The lag note a row stores (its columns by name), or what is wrong with the row."""
    return checked(LagNote, NoteRow.__tablename__, values)


def reported_row(line: Reported) -> ReportedRow:
    """The row for a report line; decimals kept exact as text."""
    values = line.model_dump()
    for name in ("completion", "actual"):
        values[name] = None if values[name] is None else str(values[name])
    return ReportedRow.model_validate(_storable(values))


def reported_from_row(row: ReportedRow) -> Reported:
    """The report line a row stores."""
    return Reported.model_validate(row.model_dump(exclude={"id"}))


def notice_row(notice: Notice) -> NoticeRow:
    """The row for a notice issued; its target ids comma-separated (an id never holds a comma)."""
    values = notice.model_dump()
    values["targets"] = ",".join(notice.targets)
    return NoticeRow.model_validate(_storable(values))


def notice_from_row(values: Mapping[str, Any]) -> Notice | RowProblem:
    """The notice a row stores (its columns by name), or what is wrong with the row."""
    ids = values.get("targets")
    split = tuple(filter(None, ids.split(","))) if isinstance(ids, str) else ids
    return checked(Notice, NoticeRow.__tablename__, {**values, "targets": split})
