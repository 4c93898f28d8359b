"""Reading and writing documents and figures. Every function takes a keyword-only session."""

from __future__ import annotations

import importlib
import os
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    Insert,
    Select,
    String,
    Table,
    and_,
    bindparam,
    false,
    func,
    insert,
    or_,
    type_coerce,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection, RowMapping
from sqlmodel import Session, col, delete, select

from tracker.errors import RowProblem, TrackerInternalError
from tracker.model.decision import Decision
from tracker.model.document import Document
from tracker.model.figure import PROMISED, Figure
from tracker.model.note import LagNote
from tracker.model.notice import Notice
from tracker.model.reported import Reported
from tracker.safe_text import readable_path
from tracker.store.convert import (
    FIGURE_COLUMNS,
    FIGURE_INSERTED,
    decision_from_row,
    decision_row,
    document_from_row,
    document_values,
    figure_from_values,
    figure_values,
    note_from_row,
    note_row,
    notice_from_row,
    notice_row,
    reported_from_row,
    reported_row,
)
from tracker.store.tables import (
    DecisionRow,
    DocumentRow,
    FigureRow,
    NoteRow,
    NoticeRow,
    ReportedRow,
)


class Known(NamedTuple):
    """What is stored of a file: its fingerprint and its state when read (`DocumentRow.file_state`)."""

    fingerprint: str
    state: str | None = None


def fingerprints(*, session: Session) -> dict[str, Known]:
    """Each stored document's location (absolute path), fingerprint and file state."""
    rows = session.exec(select(DocumentRow.location, DocumentRow.fingerprint, DocumentRow.file_state)).all()
    return {location: Known(fingerprint, state) for location, fingerprint, state in rows}


def note_file_states(states: dict[str, Known], *, session: Session) -> None:
    """Record the state of files found unchanged by reading them (`states`: location -> the fingerprint they were
    found to have, and their state), so the next run knows them unchanged without reading: one statement for all.
    A row another process has stored meanwhile (another fingerprint) is left as it is."""
    if states:
        session.connection().execute(_SET_STATE, [{"at": at, "was": known.fingerprint, "state": known.state}
                                                  for at, known in states.items()])


_INSERTS = {"sqlite": "sqlalchemy.dialects.sqlite", "postgresql": "sqlalchemy.dialects.postgresql"}
"""The dialects whose INSERT can do nothing when another process has just stored the same row (elsewhere that clash
stays an error), imported when used: PostgreSQL's, with its drivers' modules, takes a tenth of a second to import,
which an SQLite user need not pay."""
_DOCUMENTS, _FIGURES = DocumentRow.__table__, FigureRow.__table__
_INSERT_FIGURES = insert(_FIGURES)
_SET_STATE = (update(_DOCUMENTS).where(_DOCUMENTS.c.location == bindparam("at"),
                                       _DOCUMENTS.c.fingerprint == bindparam("was"))
              .values(file_state=bindparam("state")))
_QUOTE = sqlite.dialect().identifier_preparer.quote
_SQLITE_INSERT_FIGURES = (f"INSERT INTO {_QUOTE(_FIGURES.name)} ({', '.join(_QUOTE(c) for c in FIGURE_INSERTED)})"
                          f" VALUES ({', '.join('?' for _ in FIGURE_INSERTED)})")
"""The figures' INSERT as SQLite's driver takes it: rows of plain values, no type processing row by row (a third
of the time Core's executemany takes, which an archive's 100,000 figures feel)."""


class Stored(NamedTuple):
    """A document read to be stored (`save_documents`): its figures, where its file is, its fingerprint and file
    state, and whether a row for the file may be there already (False spares looking)."""

    document: Document
    figures: list[Figure]
    location: str
    fingerprint: str
    stored_before: bool = True
    file_state: str | None = None


def save_document(document: Document, figures: list[Figure], location: str, fingerprint: str,
                  *, session: Session, stored_before: bool = True, file_state: str | None = None) -> int:
    """Store one document and its figures (`save_documents`); its row's id."""
    return save_documents([Stored(document, figures, location, fingerprint, stored_before, file_state)],
                          session=session)[0]


def save_documents(batch: list[Stored], *, session: Session) -> list[int]:
    """Store documents and their figures, replacing what was stored for the same files: a statement of SQLAlchemy
    Core per document row, then its figures in one (no ORM object, no statement per figure); the rows' ids in the
    batch's order. Each document is stored whole before the next, so two files read as one location (names only
    readable_name can read, `pipeline._location`) replace each other as in separate runs.

    Another process may store the same file meanwhile (two ingests of one folder at once): its row, once
    committed, is replaced too, never a clash.
    """
    connection, now = session.connection(), datetime.now(UTC)
    idents = []
    for item in batch:
        idents.append(ident := _stored_row(connection, item, now))
        _insert_figures(connection, item.figures, ident)
    return idents


def _stored_row(connection: Connection, item: Stored, now: datetime) -> int:
    """Insert a document's row, the file's old row (and figures) forgotten first; its id."""
    values = document_values(item.document, item.location, item.fingerprint, now, item.file_state, item.figures)
    for attempt in range(3):
        if item.stored_before or attempt:
            _remove(connection, [item.location])
        if (ident := _inserted(values, connection)) is not None:
            return ident
        # the other process's row came first (the insert waited for its transaction): replace it
    raise TrackerInternalError(f"{item.location} could not be stored: other processes kept storing it")


def _insert_figures(connection: Connection, figures: list[Figure], document_id: int) -> None:
    """A document's figures in one statement."""
    if not figures:
        return
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(_SQLITE_INSERT_FIGURES, [figure_values(f, document_id, date.isoformat)
                                                             for f in figures])
    else:
        connection.execute(_INSERT_FIGURES, [dict(zip(FIGURE_INSERTED, figure_values(f, document_id), strict=True))
                                             for f in figures])


def _inserted(values: dict[str, object], connection: Connection) -> int | None:
    """The id of the document row inserted; None when another process's row for the same file came first."""
    statement = _document_insert(connection.dialect.name, connection.dialect.insert_returning)
    if connection.dialect.insert_returning:
        return connection.execute(statement, values).scalar()
    if connection.execute(statement, values).rowcount < 1:  # SQLite before 3.35 has no RETURNING; its row count is right
        return None
    return connection.execute(select(_DOCUMENTS.c.id).where(_DOCUMENTS.c.location == values["location"])).scalar_one()


@cache
def _document_insert(dialect: str, returning: bool) -> Insert:
    """A document row's INSERT, built once: one that does nothing when the file's row is there, where the database
    can say so, returning the new row's id where it can."""
    statement = (importlib.import_module(_INSERTS[dialect]).insert(_DOCUMENTS).on_conflict_do_nothing(
        index_elements=["location"]) if dialect in _INSERTS else insert(_DOCUMENTS))
    return statement.returning(_DOCUMENTS.c.id) if returning else statement


def remove_documents(locations: list[str], *, session: Session) -> None:
    """Forget documents (and their figures) by location, a batch of locations to a statement."""
    _remove(session.connection(), locations)


def _remove(connection: Connection, locations: list[str]) -> None:
    for at in range(0, len(locations), _IDS):
        chosen = select(_DOCUMENTS.c.id).where(_DOCUMENTS.c.location.in_(locations[at:at + _IDS]))
        connection.execute(delete(_FIGURES).where(_FIGURES.c.document_id.in_(chosen)))
        connection.execute(delete(_DOCUMENTS).where(_DOCUMENTS.c.location.in_(locations[at:at + _IDS])))


def _in_folder(query, where: str | None):  # any select over documents
    """The query narrowed in the database to the documents under the folder stored as `where` (`_location_of`;
    its subfolders are left to the caller)."""
    if where is None:
        return query
    return query.where(col(DocumentRow.location).startswith(where + os.sep, autoescape=True))


def _location_of(folder: Path | None) -> str | None:
    """A folder as the locations of its documents spell it (`pipeline._location`: a GBK name read as GB18030),
    resolved once per query."""
    return None if folder is None else readable_path(str(folder.resolve()))


def _directly_in(location: str, where: str | None) -> bool:
    """Whether a document stored at `location` lies in the folder stored as `where` itself, not in a subfolder
    (True without one)."""
    return where is None or os.path.dirname(location) == where


_LISTED = tuple(c for c in DocumentRow.__table__.c
                if c.name not in ("text", "fingerprint", "file_state", "ingested_at", "figures_from", "figures_to"))
"""A document row's columns that make its `Document`, but its text, which only a document shown or matched needs."""
_Listed = namedtuple("_Listed", [c.name for c in _LISTED])  # type: ignore[misc]  # fields from the table


def _stored(where: str | None, *, session: Session) -> dict[int, tuple[str, Document]] | None:
    """The documents directly in a folder by row id, with their locations, by path, each without its text (`text`
    is empty); None when the driver cannot read a row (the folder is then forgotten, to be read again)."""
    query = _in_folder(select(*_LISTED), where).order_by(DocumentRow.__table__.c.path)
    try:  # from SQLite's own cursor, dates as text: a `Document` validates them (an archive lists thousands)
        rows = list(map(_Listed._make, _rows(session.connection(), query)))
    except _UNREADABLE:  # a column the driver itself cannot convert: forget the folder's documents, read again
        _rebuild_folder(where, session=session)
        return None
    documents, broken = {}, []
    for row in rows:
        if not _directly_in(row.location, where):
            continue  # a document of a subfolder
        try:
            documents[row.id] = row.location, document_from_row(row, text="")
        except _UNREADABLE:
            broken.append(row.location)
    _rebuild(broken, session=session)
    return documents


def load_documents(*, session: Session, folder: Path | None = None,
                   keep: Callable[[Document], bool] | None = None,
                   between: tuple[date, date] | None = None) -> list[tuple[Document, list[Figure]]]:
    """Every stored document (of one folder, when given) with its figures in text order.

    `keep` chooses documents; `between` keeps only figures whose period
    overlaps those days (a figure with no period then is left out too), and
    only the documents that have such a figure. Only the texts of the
    documents returned are read.
    """
    where = _location_of(folder)
    stored = _stored(where, session=session)
    return [] if stored is None else _loaded(stored, where, keep, between, session=session)


def load_folder(*, session: Session, folder: Path, keep: Callable[[Document], bool], between: tuple[date, date],
                units: Units | None = None) -> tuple[list[tuple[Document, int]], list[tuple[Document, list[Figure]]]]:
    """What status reads of a folder, its rows read once: `list_documents`, and `load_documents` of the figures that
    can be a result (`RESULTS`: no figure of a plan, a forecast, a total over years or a part of another figure ever
    counts for a target, so none leaves the database), of the `units` given (by dimension; None: any unit of it)."""
    where = _location_of(folder)
    stored = _stored(where, session=session)
    if stored is None:
        return [], []
    loaded = _loaded(stored, where, keep, between, session=session, results=True, units=units)
    gone = set(session.info.get(FORGOTTEN, ()))  # a document whose figures no longer read is listed no more
    return _listed({i: located for i, located in stored.items() if located[0] not in gone}, where,
                   session=session), loaded


def _loaded(stored: dict[int, tuple[str, Document]], where: str | None, keep: Callable[[Document], bool] | None,
            between: tuple[date, date] | None, *, session: Session, results: bool = False,
            units: Units | None = None) -> list[tuple[Document, list[Figure]]]:
    """The kept documents of `stored` with their figures and texts (see `load_documents`); with `results`, only the
    figures that can be a result (`RESULTS`), of the `units` given."""
    chosen = {ident: located for ident, located in stored.items() if keep is None or keep(located[1])}
    figures = _figures(chosen, where, between, session=session, results=results, units=units)
    wanted = [ident for ident in chosen if ident in figures and (between is None or figures[ident])]
    texts = _texts(wanted, session=session)
    return [(chosen[ident][1].model_copy(update={"text": texts[ident]}), figures[ident]) for ident in wanted]


def _figures(chosen: dict[int, tuple[str, Document]], where: str | None, between: tuple[date, date] | None,
             *, session: Session, results: bool = False, units: Units | None = None) -> dict[int, list[Figure]]:
    """The figures of the chosen documents (of the folder stored as `where`) in text order, those of the days
    `between` only when given, those that can be a result only with `results`; a document one of whose figures
    does not read is forgotten and left out."""
    table = FigureRow.__table__
    # Plain tuples, not ORM objects: a large archive holds hundreds of thousands of figures.
    query = select(table.c.document_id, *(table.c[name] for name in FIGURE_COLUMNS))
    if len(chosen) <= _IDS:  # a few documents (one shown): by their ids
        query = query.where(table.c.document_id.in_(list(chosen)))
    elif where is not None or between is not None:
        documents = _in_folder(select(DocumentRow.id), where)
        if between is not None:  # a document whose figures all lie outside those days: none of them is looked at
            documents = documents.where(or_(col(DocumentRow.figures_from).is_(None), and_(
                DocumentRow.figures_to >= between[0], DocumentRow.figures_from <= between[1])))  # None: not known
        query = query.where(table.c.document_id.in_(documents))
    if between is not None:
        query = query.where(table.c.period_end >= between[0], table.c.period_start <= between[1])
    if results:
        query = query.where(*RESULTS)
    if units is not None:
        query = query.where(or_(false(), *(table.c.dimension == dimension if held is None else
                                           and_(table.c.dimension == dimension, table.c.unit.in_(sorted(held)))
                                           for dimension, held in sorted(units.items()))))
    figures: dict[int, list[Figure]] = {ident: [] for ident in chosen}
    broken = []
    for row in _rows(session.connection(), query.order_by(table.c.document_id, table.c.start)):
        if (found := figures.get(row[0])) is not None:
            try:
                found.append(figure_from_values(row[1:], chosen[row[0]][1].path))
            except _UNREADABLE:
                broken.append(chosen[row[0]][0])
                del figures[row[0]]
    _rebuild(broken, session=session)
    return figures


Units = dict[str, frozenset[str] | None]
"""Units by dimension (its stored value), None for any unit of it (`matching.units.units_meeting`)."""
_FIGURE = FigureRow.__table__.c
RESULTS = (_FIGURE.modality.not_in([m.value for m in PROMISED]), _FIGURE.in_plan.is_(False),
           _FIGURE.cumulative.is_(False), _FIGURE.subset.is_(False))
"""The figures that can be a result: none that is promised (planned, forecast), stands in a plan (part), totals
several years or is part of the figure before it (`matching.match.Corpus.add` takes no other)."""


def _rows(connection: Connection, query: Select) -> Iterator[tuple]:
    """A query's rows as plain tuples. SQLite's straight from its driver's cursor, dates as the ISO text they are
    stored as (a `Period` reads it so; SQLAlchemy's result rows cost a microsecond and more a row, which an
    archive's half a million figures feel); another database's through SQLAlchemy. Should the driver fail (a
    damaged file, a lock held too long), the rest is asked of SQLAlchemy, whose error hook says what is wrong as it
    does for every other query (`store.db.user_error`)."""
    if connection.dialect.name != "sqlite":
        yield from connection.execute(query)
        return
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.params
    given = 0
    try:
        cursor = connection.connection.driver_connection.cursor()
        cursor.execute(str(compiled), [_driver_value(values[name]) for name in compiled.positiontup or ()])
        while batch := cursor.fetchmany(_FETCHED):
            yield from batch
            given += len(batch)
    except sqlite3.Error:
        yield from islice(connection.execute(query), given, None)


_FETCHED = 4096
"""Rows taken from the driver's cursor at a time."""


def _driver_value(value: object) -> object:
    """A bound value as SQLAlchemy stores it in SQLite (a date as its ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


_IDS = 500
"""Ids bound in one statement at most (old SQLite builds take 999 parameters)."""


def _texts(ids: list[int], *, session: Session) -> dict[int, str]:
    """The texts of some documents by row id, read in batches."""
    table = DocumentRow.__table__
    found: dict[int, str] = {}
    for at in range(0, len(ids), _IDS):
        query = select(table.c.id, table.c.text).where(table.c.id.in_(ids[at:at + _IDS]))
        found.update(session.connection().execute(query).all())
    return found


_UNREADABLE = (ValueError, TypeError, KeyError, ArithmeticError, AttributeError)
"""What converting a derived row that something other than tracker changed can raise (pydantic's errors included)."""


def _rebuild_folder(where: str | None, *, session: Session) -> None:
    session.rollback()
    locations = session.exec(_in_folder(select(DocumentRow.location), where)).all()
    _rebuild(list(locations), session=session)


FORGOTTEN = "tracker.forgotten"
"""The session's note of documents forgotten while loading (`session.info`), so the caller reads them again."""


def _rebuild(locations: list[str], *, session: Session) -> None:
    """Forget documents whose stored rows no longer read: derived data, read again from their files."""
    if locations:
        remove_documents(locations, session=session)
        session.commit()
        session.info.setdefault(FORGOTTEN, []).extend(locations)


def list_documents(*, session: Session, folder: Path | None = None) -> list[tuple[Document, int]]:
    """Every stored document (of one folder, when given) without its text, with its number of figures."""
    where = _location_of(folder)
    stored = _stored(where, session=session)
    return [] if stored is None else _listed(stored, where, session=session)


def _listed(stored: dict[int, tuple[str, Document]], where: str | None, *,
            session: Session) -> list[tuple[Document, int]]:
    """The documents of `stored`, each with its number of figures."""
    column = FigureRow.__table__.c.document_id
    query = select(column, func.count()).group_by(column)
    if where is not None:
        query = query.where(column.in_(_in_folder(select(DocumentRow.id), where)))
    counts = dict(session.connection().execute(query).all())
    return [(document, counts.get(ident, 0)) for ident, (_, document) in stored.items()]


T = TypeVar("T")


def _as_stored(table: Table, *, session: Session) -> list[RowMapping]:
    """Every row of a log table, oldest first, each value as the driver gives it (dates and times as text in
    SQLite): a row holding something that does not read fails its own conversion, not the query."""
    columns = [type_coerce(c, String).label(c.name) for c in table.c]
    return list(session.connection().execute(select(*columns).order_by(table.c.at, table.c.id)).mappings())


def _split(converted: Iterable[T | RowProblem]) -> tuple[list[T], list[RowProblem]]:
    """The records that read, and the problems of the rows that did not."""
    records: list[Any] = []
    problems: list[RowProblem] = []
    for item in converted:
        (problems if isinstance(item, RowProblem) else records).append(item)
    return records, problems


def _repeats(decision: Decision, previous: Decision | None) -> bool:
    """The same decision as the one before it for its target and ref, made again (who and when aside)."""
    return previous is not None and (decision.model_dump(exclude={"who", "at"})
                                     == previous.model_dump(exclude={"who", "at"}))


def save_decisions(decisions: list[Decision], *, session: Session) -> int:
    """Append decisions to the log, skipping any already stored (same target, ref, action and time) and any that
    repeats the decision before it in `decisions` for its target and ref (a decision listed twice in an imported
    file is stored once). Returns how many were stored."""
    stored, _ = load_decisions(session=session)
    known = {(d.target, d.ref, d.action, d.at) for d in stored}
    new: list[Decision] = []
    previous: dict[tuple[str, str], Decision] = {}
    for decision in sorted(decisions, key=lambda d: d.at):
        key = (decision.target, decision.ref)
        if (*key, decision.action, decision.at) not in known and not _repeats(decision, previous.get(key)):
            new.append(decision)
        previous[key] = decision
    session.add_all(decision_row(d) for d in new)
    return len(new)


def load_decisions(*, session: Session) -> tuple[list[Decision], list[RowProblem]]:
    """Every stored decision, oldest first, and what is wrong with each row that no longer reads as one."""
    return _split(decision_from_row(values) for values in _as_stored(DecisionRow.__table__, session=session))


def save_note(note: LagNote, *, session: Session) -> None:
    """Append a lag note to the log."""
    session.add(note_row(note))


def load_notes(*, session: Session) -> tuple[list[LagNote], list[RowProblem]]:
    """Every stored lag note, oldest first, and what is wrong with each row that no longer reads as one."""
    return _split(note_from_row(values) for values in _as_stored(NoteRow.__table__, session=session))


def save_notices(notices: list[Notice], *, session: Session) -> None:
    """Append the notices just issued to the log."""
    session.add_all([notice_row(notice) for notice in notices])


def load_notices(*, session: Session) -> tuple[list[Notice], list[RowProblem]]:
    """Every notice issued, oldest first, and what is wrong with each row that no longer reads as one."""
    return _split(notice_from_row(values) for values in _as_stored(NoticeRow.__table__, session=session))


def save_reported(lines: list[Reported], *, session: Session) -> None:
    """Append the lines of one generated report to the log."""
    session.add_all([reported_row(line) for line in lines])


def load_reported(plan: str, quarter: str, *, session: Session) -> list[Reported]:
    """The lines of the newest report generated for a plan and quarter; [] when there was none."""
    newest = session.exec(select(ReportedRow.at).where(ReportedRow.plan == plan, ReportedRow.quarter == quarter)
                          .order_by(ReportedRow.at.desc()).limit(1)).first()  # type: ignore[union-attr]
    if newest is None:
        return []
    rows = session.exec(select(ReportedRow).where(ReportedRow.plan == plan, ReportedRow.quarter == quarter,
                                                  ReportedRow.at == newest).order_by(ReportedRow.id)).all()
    found = []
    for row in rows:
        try:
            found.append(reported_from_row(row))
        except _UNREADABLE:
            continue  # a line another tool garbled: the comparison goes without it
    return found
