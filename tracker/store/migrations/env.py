"""Alembic's environment: the user tables' revisions run on the connection tracker hands over.

Run by `alembic.command` (see `tracker.store.migrations`), never by the
`alembic` command line: there is no alembic.ini and no offline (SQL script) mode.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

import tracker.store.tables  # noqa: F401 - defines the tables on SQLModel.metadata
from tracker.errors import TrackerInternalError
from tracker.store.migrations import VERSION_TABLE, is_user_table


def render_item(type_: str, item: Any, _autogen_context: Any) -> str | bool:
    """Write SQLModel's string type as plain `sa.String()`, so revisions do not import SQLModel's internals."""
    if type_ == "type" and isinstance(item, AutoString):
        return "sa.String()"
    return False


def run() -> None:
    connection = context.config.attributes.get("connection")
    if context.is_offline_mode() or connection is None:
        raise TrackerInternalError("the user tables' migrations run on a connection tracker gives them")
    context.configure(connection=connection, target_metadata=SQLModel.metadata, version_table=VERSION_TABLE,
                      include_object=is_user_table, render_item=render_item,
                      render_as_batch=True,  # SQLite alters a table by copying it: revisions say so in batch blocks
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()
