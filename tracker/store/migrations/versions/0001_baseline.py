"""Baseline: the user tables as tracker 0.1.0 creates them (schema_version 6).

A database from that release has them already and records no revision: each
table and index is created only where missing, so it is taken as this
revision as it stands (and one from an earlier release gains the tables it
lacks). tests/store/test_migrations.py checks the result against that
release's own DDL (tests/data/store/release-0.1.0.*.sql).

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("value", sa.String(), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_review_decision_target", "review_decision", ["target"], if_not_exists=True)
    op.create_table(
        "lag_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_lag_note_target", "lag_note", ["target"], if_not_exists=True)
    op.create_table(
        "reported",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan", sa.String(), nullable=False),
        sa.Column("quarter", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("completion", sa.String(), nullable=True),
        sa.Column("actual", sa.String(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_reported_quarter", "reported", ["quarter"], if_not_exists=True)
    op.create_index("ix_reported_plan", "reported", ["plan"], if_not_exists=True)


def downgrade() -> None:
    raise NotImplementedError("the baseline holds people's records: it is never undone")
