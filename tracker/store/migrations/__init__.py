"""The user tables' migrations, run with Alembic when a database is opened.

User tables hold what people decided, wrote and sent (review decisions with
the values they entered, lag notes, reported lines, notices issued): they are never dropped,
and change shape only through a revision in versions/. The derived tables
(documents, figures) stay outside: `db` rebuilds them when SCHEMA_VERSION
changes. See docs/migrations.md for adding a revision.

Alembic is imported only when a database needs an upgrade: opening one at
HEAD reads its revision with one plain query.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, inspect, text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import tracker.store.tables  # noqa: F401 - defines the user tables on SQLModel.metadata
from tracker.errors import TrackerUserError

if TYPE_CHECKING:
    from alembic.config import Config

USER_TABLES = frozenset({"review_decision", "lag_note", "reported", "supervision_notice"})
"""Tables of people's records, under migrations; every other table is derived or bookkeeping."""
VERSION_TABLE = "tracker_alembic_version"
"""Where Alembic records the user tables' revision; not its default name (alembic_version), so another
application's migrations in a shared database are never taken for tracker's."""
HEAD = "0003"
"""The newest revision in versions/ (tests/store/test_migrations.py checks they agree)."""
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Revisions:
    """The revisions a database is brought to: the newest, and the folders holding them all."""

    head: str = HEAD
    folders: tuple[Path, ...] = (HERE / "versions",)


REVISIONS = Revisions()
"""This release's revisions."""


def is_user_table(item: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any) -> bool:
    """Autogenerate's filter (`include_object`): the user tables and what belongs to them, nothing derived."""
    table = name if type_ == "table" else getattr(getattr(item, "table", None), "name", None)
    return table in USER_TABLES


def recorded(connection: Connection, tables: Collection[str]) -> str | None:
    """The revision the database records (`tables`: the names it has); None before its first migration."""
    if VERSION_TABLE not in tables:
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def alembic_config(revisions: Revisions, connection: Connection | None = None) -> Config:
    """Alembic's configuration, built here: no alembic.ini is read."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations",
                           os.pathsep.join(str(f).replace("%", "%%") for f in revisions.folders))
    config.attributes["connection"] = connection
    return config


def refuse_unknown(revision: str, shown: str, revisions: Revisions) -> None:
    """Refuse a database whose revision none of ours is: a newer tracker wrote it.

    Raises:
        TrackerUserError: store.newer_schema, naming the database and its revision.
    """
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(alembic_config(revisions)).walk_revisions()}
    if revision not in known:
        raise TrackerUserError("store.newer_schema", db=shown, revision=revision)


def upgrade(connection: Connection, shown: str, revisions: Revisions) -> None:
    """Bring the user tables to `revisions.head` in the caller's transaction, which holds the schema lock.

    New user tables are made from tables.py, which is HEAD (a test checks that
    the revisions give the same), and stamped so: no Alembic for a new
    database. A database from before migrations (user tables but no revision)
    is taken as the baseline, 0001, whose tables are created only where missing.

    Raises:
        TrackerUserError: store.newer_schema when a newer tracker wrote the database.
    """
    tables = set(inspect(connection).get_table_names())
    current = recorded(connection, tables)
    if current == revisions.head:
        return  # up to date (or another process upgraded it while this one waited for the lock)
    if current is None and not USER_TABLES & tables:
        SQLModel.metadata.create_all(connection, tables=[SQLModel.metadata.tables[name] for name in USER_TABLES])
        _stamp(connection)
        if revisions.head == HEAD:
            return
    elif current is not None:
        refuse_unknown(current, shown, revisions)
    run_revisions(connection, revisions)


def _stamp(connection: Connection) -> None:
    """Record HEAD in a version table made as Alembic makes it."""
    version = Table(VERSION_TABLE, MetaData(), Column("version_num", String(32), nullable=False),
                    PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"))
    version.create(connection)
    connection.execute(version.insert().values(version_num=HEAD))


def run_revisions(connection: Connection, revisions: Revisions) -> None:
    """Run the revisions from the database's recorded one (none: from the first) to `revisions.head`."""
    from alembic import command

    command.upgrade(alembic_config(revisions, connection), revisions.head)
