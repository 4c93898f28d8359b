"""The engine factory: SQLite by default, any SQLAlchemy URL on request.

No engine is created at import time; callers make one and pass it on.

Every database error a user can do something about (a lock held too long, a
read-only or damaged file, a full disk, a server that refuses or does not
answer) becomes one `TrackerUserError` naming the database, here and only
here: `user_error` is each engine's `handle_error` hook, so it covers every
session and statement, whoever opened them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import event, insert, inspect, text, update
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session, SQLModel, create_engine, select

from tracker.config.settings import Timeouts, database_timeouts
from tracker.errors import TrackerUserError
from tracker.store import migrations
from tracker.store.tables import SCHEMA_VERSION, MetaRow

SQLITE_PROBLEMS = {5: "store.locked", 6: "store.locked", 8: "store.readonly", 10: "store.io", 11: "store.corrupt",
                   13: "store.full", 14: "store.connect_failed", 26: "store.corrupt"}
"""SQLite's primary result codes (BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB) that are not bugs."""
SQLSTATE_PROBLEMS = {"57014": "store.statement_timeout", "55P03": "store.locked", "40P01": "store.locked",
                     "53100": "store.full", "25006": "store.readonly", "57P01": "store.unreachable",
                     "57P02": "store.unreachable", "57P03": "store.unreachable"}
"""PostgreSQL's error codes that are not bugs: statement or lock timeout, deadlock, disk full, a read-only server,
a shutdown. Class 08 (connection exceptions) and a failed connection (no code) read as unreachable too; any other
operational error as a database that cannot be opened, with the server's reason."""
SCHEMA_LOCK = int.from_bytes(b"tracker", "big")
"""The PostgreSQL advisory lock held while tables are created or migrated, so two first runs do not both do it."""


def shown_database(url: URL) -> str:
    """The database as messages name it: an SQLite file's path, else the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return (url.database or ":memory:").removeprefix("file:")
    return unquote(url.difference_update_query(["password"]).render_as_string(hide_password=True))


def _problem(context: ExceptionContext) -> str | None:
    """The catalogue code of a database error that is the user's to fix (None: a bug of tracker's)."""
    error = context.original_exception
    if (code := getattr(error, "sqlite_errorcode", None)) is not None:
        return SQLITE_PROBLEMS.get(code & 0xFF)
    if type(error).__name__ == "ConnectionTimeout":  # psycopg's connect_timeout
        return "store.timeout"
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None) or ""
    if state in SQLSTATE_PROBLEMS:
        return SQLSTATE_PROBLEMS[state]
    if not isinstance(context.sqlalchemy_exception, OperationalError):
        return None
    if context.dialect.name == "postgresql" and (not state or state.startswith("08")):
        return "store.unreachable"
    return "store.connect_failed"


def user_error(context: ExceptionContext, shown: str, timeouts: Timeouts) -> TrackerUserError | None:
    """The `handle_error` hook: the line to show for an error the user can fix, raised instead of the driver's."""
    code = _problem(context)
    if code is None:
        return None
    seconds = {"store.statement_timeout": timeouts.statement,
               "store.timeout": _connect_seconds(timeouts.wait)}.get(code, timeouts.wait)
    lines = str(context.original_exception).strip().splitlines() or [type(context.original_exception).__name__]
    return TrackerUserError(code, db=shown, seconds=f"{seconds:g}", reason=lines[0].strip())


def _connect_seconds(wait: float) -> int:
    """libpq's connect_timeout: whole seconds, at least 2 (a smaller one is taken as 2)."""
    return max(2, math.ceil(wait))


def _milliseconds(seconds: float) -> int:
    return max(1, round(seconds * 1000))  # 0 would mean no limit


def _connect_args(url: URL, timeouts: Timeouts) -> dict[str, Any]:
    """The driver's waits, where the URL does not set its own (options it gives come after, so they win)."""
    if url.get_backend_name() == "sqlite":
        wanted: dict[str, Any] = {"timeout": timeouts.wait}
    elif url.get_backend_name() == "postgresql" and url.get_driver_name() in ("psycopg", "psycopg2"):
        ours = (f"-c lock_timeout={_milliseconds(timeouts.wait)}"
                f" -c statement_timeout={_milliseconds(timeouts.statement)}")
        wanted = {"connect_timeout": _connect_seconds(timeouts.wait),
                  "options": f"{ours} {url.query.get('options', '')}".strip(),
                  # a server or network that dies mid-session: the kernel gives up on it instead of waiting forever
                  "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                  "tcp_user_timeout": _milliseconds(timeouts.statement)}
    else:
        return {}
    return {key: value for key, value in wanted.items() if key == "options" or key not in url.query}


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """Every SQLite connection: foreign keys enforced; the write-ahead log (readers never wait for the writer, and
    a commit is an append instead of a journal written, synced and deleted); commits not synced one by one.

    With `synchronous=NORMAL` a commit survives the process being killed at any moment; a power cut may take back
    the last commits, never corrupt the file. That is right for the derived tables (documents, figures: read
    again from their files); people's records are written through `durable`, whose commits are synced."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # kept in the file: set once, a no-op after
    cursor.execute(_RELAXED)
    cursor.close()


_RELAXED, _FULL = "PRAGMA synchronous=NORMAL", "PRAGMA synchronous=FULL"


def _relaxed_again(connection: Any, _record: Any, _proxy: Any = None) -> None:
    """A pooled connection goes back to relaxed commits when it is handed out again (after a `durable` session)."""
    cursor = connection.cursor()
    cursor.execute(_RELAXED)
    cursor.close()


@contextmanager
def durable(engine: Engine) -> Iterator[Session]:
    """A session whose commit is on the disk before it returns: for what people enter (review decisions, lag notes,
    notices issued, reported lines), which nothing can rebuild.

    On SQLite its connection syncs the write-ahead log at the commit (`synchronous=FULL`); on PostgreSQL every
    commit is synced already (`synchronous_commit` is left at the server's setting, on by default)."""
    with Session(engine) as session:
        if engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql(_FULL)  # before any statement: outside SQLite's transaction
        yield session


@contextmanager
def relaxed(engine: Engine) -> Iterator[Session]:
    """A session for the derived tables (documents and figures, read again from their files if lost): its commits
    need not wait for the disk. SQLite's connections are relaxed already; on PostgreSQL each transaction says so
    (`SET LOCAL synchronous_commit TO OFF`: a crash of the server may lose the last commits, never corrupt)."""
    with Session(engine) as session:
        if engine.dialect.name == "postgresql":
            event.listen(session, "after_begin", _relax_transaction)
        yield session


def _relax_transaction(_session: Session, _transaction: Any, connection: Connection) -> None:
    connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")


def make_engine(url: str, timeouts: Timeouts | None = None, *,
                revisions: migrations.Revisions = migrations.REVISIONS) -> Engine:
    """An engine for `url` with every table created (first use creates them) and the user tables upgraded.

    An SQLite file's folder is created when missing. `timeouts` default to
    TRACKER_DB_TIMEOUT and TRACKER_DB_STATEMENT_TIMEOUT (see config.settings).
    `revisions` are the user tables' migrations (tests give others).

    Raises:
        TrackerUserError: when the URL cannot be read or its driver is missing, when a newer tracker
            wrote the database (store.newer_schema), and for any error of the database the user can fix
            (see `user_error`), now or later on this engine.
    """
    timeouts = timeouts or database_timeouts()
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise TrackerUserError("cli.database_url", reason=str(error)) from None
    shown = shown_database(parsed)
    try:
        if parsed.get_backend_name() == "sqlite" and shown != ":memory:":
            Path(shown).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args=_connect_args(parsed, timeouts))
    except OSError as error:
        raise TrackerUserError("store.connect_failed", db=shown, reason=str(error.strerror or error)) from None
    except ModuleNotFoundError as error:
        raise TrackerUserError("store.driver_missing", driver=str(error.name)) from None
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise TrackerUserError("cli.database_url", reason=str(error)) from None
    event.listen(engine, "handle_error", partial(user_error, shown=shown, timeouts=timeouts))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkout", _relaxed_again)
    _create_tables(engine, shown, revisions)
    return engine


DERIVED_TABLES = ("figure", "document")
"""Tables rebuilt from the documents themselves; safe to drop when their shape changes."""


def _create_tables(engine: Engine, shown: str, revisions: migrations.Revisions) -> None:
    """Create the missing tables, bring the user tables to their newest revision and stamp the version, one
    process at a time; no lock, no Alembic when all is there."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = migrations.recorded(connection, tables)
        if revision == revisions.head and _up_to_date(connection, tables):
            return
    if revision not in (None, revisions.head):
        migrations.refuse_unknown(revision, shown, revisions)  # before any lock: a read-only copy is named too
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        elif connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, taken now rather than at the first CREATE
        migrations.upgrade(connection, shown, revisions)
        SQLModel.metadata.create_all(connection, tables=[table for name, table in SQLModel.metadata.tables.items()
                                                         if name not in migrations.USER_TABLES])
        _stamp_version(connection)


def _version(connection: Connection) -> int | None:
    """The recorded version; -1 for a value that is no version (the derived tables are then rebuilt)."""
    value = connection.execute(select(MetaRow.value).where(MetaRow.key == "schema_version")).scalar()
    if value is None:
        return None
    return int(value) if str(value).strip().isdigit() and len(str(value)) < 10 else -1


def _up_to_date(connection: Connection, tables: set[str]) -> bool:
    """Every table is there (`tables`: those the database has) and the version is this one's."""
    return set(SQLModel.metadata.tables) <= tables and _version(connection) == SCHEMA_VERSION


def _stamp_version(connection: Connection) -> None:
    """Record the schema version; rebuild derived tables written by an older version."""
    version = _version(connection)
    if version == SCHEMA_VERSION:
        return
    if version is None:
        connection.execute(insert(MetaRow).values(key="schema_version", value=str(SCHEMA_VERSION)))
        return
    tables = [SQLModel.metadata.tables[name] for name in DERIVED_TABLES]
    SQLModel.metadata.drop_all(connection, tables=tables)
    SQLModel.metadata.create_all(connection, tables=tables)
    connection.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=str(SCHEMA_VERSION)))


def schema_version(engine: Engine) -> int:
    """The schema version recorded in the database."""
    with Session(engine) as session:
        row = session.exec(select(MetaRow).where(MetaRow.key == "schema_version")).one()
        return int(row.value)
