"""The engine factory: SQLite by default, any SQLAlchemy URL on request.

No engine is created at import time; callers make one and pass it on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import Session, SQLModel, create_engine, select

from tracker.errors import TrackerUserError
from tracker.store.tables import SCHEMA_VERSION, MetaRow


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url` with every table created (first use creates them).

    An SQLite file's folder is created when missing.

    Raises:
        TrackerUserError: when the URL cannot be read or its driver is missing.
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
    except OSError as error:
        raise TrackerUserError("store.connect_failed", url=url, reason=str(error.strerror or error)) from None
    except ModuleNotFoundError as error:
        raise TrackerUserError("store.driver_missing", driver=str(error.name)) from None
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise TrackerUserError("cli.database_url", reason=str(error)) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        SQLModel.metadata.create_all(engine)
        _stamp_version(engine)
    except OperationalError as error:
        raise TrackerUserError("store.connect_failed", url=parsed.render_as_string(hide_password=True),
                               reason=str(error.orig).strip().splitlines()[0]) from None
    return engine


DERIVED_TABLES = ("figure", "document")
"""Tables rebuilt from the documents themselves; safe to drop when their shape changes."""


def _stamp_version(engine: Engine) -> None:
    """Record the schema version; rebuild derived tables written by an older version."""
    with Session(engine) as session:
        row = session.exec(select(MetaRow).where(MetaRow.key == "schema_version")).first()
        if row is not None and int(row.value) == SCHEMA_VERSION:
            return
        if row is not None:
            tables = [SQLModel.metadata.tables[name] for name in DERIVED_TABLES]
            SQLModel.metadata.drop_all(engine, tables=tables)
            SQLModel.metadata.create_all(engine, tables=tables)
        session.merge(MetaRow(key="schema_version", value=str(SCHEMA_VERSION)))
        session.commit()


def schema_version(engine: Engine) -> int:
    """The schema version recorded in the database."""
    with Session(engine) as session:
        row = session.exec(select(MetaRow).where(MetaRow.key == "schema_version")).one()
        return int(row.value)
