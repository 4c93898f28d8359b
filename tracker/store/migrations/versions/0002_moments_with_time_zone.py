"""The moments people decided, wrote and reported (`at`) keep their time zone on PostgreSQL.

tracker 0.1.0 installed with SQLModel 0.0.44 or older created these columns
as `timestamp without time zone`. PostgreSQL stored each moment (given in
UTC) as the wall time of the server's time zone, and tracker read it back as
if it were UTC: on a server set to Asia/Shanghai every decision read 8 hours
late, so a decisions file imported again no longer matched what was stored.
The column becomes `timestamp with time zone`, each value read in the time
zone it was written in (the server's, which tracker never changes). Columns
that already have a time zone (SQLModel 0.0.45 and later) and SQLite, which
keeps the UTC text as written, are left as they are.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("review_decision", "lag_note", "reported")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    columns = sa.inspect(op.get_bind())
    for table in TABLES:
        at = next(c for c in columns.get_columns(table) if c["name"] == "at")
        if not getattr(at["type"], "timezone", False):
            op.alter_column(table, "at", type_=sa.DateTime(timezone=True), existing_type=sa.DateTime(),
                            existing_nullable=False, postgresql_using="at AT TIME ZONE current_setting('TimeZone')")


def downgrade() -> None:
    raise NotImplementedError("tracker never moves a database back")
