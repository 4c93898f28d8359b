"""The user tables' migrations: a database of tracker 0.1.0 opens at HEAD with every record intact.

The old databases are built from that release's own DDL (tests/data/store/)
and its records written into the release's columns. A later revision, written
here into a temporary folder, proves that a change of shape such as the next
releases will make (a column retyped, which SQLite does by copying the table;
a column and a table added) keeps every decision, note and reported line.
SQLite files and a throw-away PostgreSQL server (its databases in Asia/Shanghai
time, as a bureau's would be) both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, Table, create_engine, insert, inspect
from sqlmodel import Session, SQLModel

from tests.store.refusal import refused
from tests.store.test_postgres import postgres_url  # noqa: F401 - a fixture
from tests.store.together import at_once
from tracker.errors import TrackerUserError
from tracker.model.decision import Decision, manual_ref
from tracker.model.note import LagNote
from tracker.model.reported import Reported
from tracker.store import repo
from tracker.store.convert import decision_row, note_row, reported_row
from tracker.store.db import make_engine, schema_version
from tracker.store.migrations import (
    HEAD,
    REVISIONS,
    USER_TABLES,
    VERSION_TABLE,
    Revisions,
    alembic_config,
    is_user_table,
    recorded,
    run_revisions,
)
from tracker.store.tables import SCHEMA_VERSION

RELEASE = Path(__file__).resolve().parent.parent / "data" / "store"
"""release-0.1.0*.sql: the DDL tracker 0.1.0 ran on a new database."""
AT = datetime(2025, 7, 1, 9, 30, 0, 123456, tzinfo=UTC)


def _decision(minutes: int, **fields: object) -> Decision:
    return Decision.model_validate({"target": "yk22-contracts", "who": "王处长", "at": AT + timedelta(minutes=minutes)}
                                   | fields)


DECISIONS = [
    _decision(0, action="accept", ref="seeds/yingkou-2022-h1.txt:1204", text="4.0亿元"),
    _decision(1, action="reject", ref="seeds/yingkou-2022-h1.txt:388", text="183个", target="yk22-projects",
              who="李科长"),
    _decision(2, action="manual", ref=manual_ref(date(2022, 6, 30)), value="4.5亿元", as_of=date(2022, 6, 30),
              source="市统计局快报", note="含新签未登记合同；\n第二行"),
    _decision(3, action="manual", ref=manual_ref(date(2022, 9, 30)), value="200余项", as_of=date(2022, 9, 30),
              target="yk22-projects"),  # a value by hand with neither source nor note
    _decision(4, action="reject", ref="seeds/yingkou-2022-h1.txt:1204", text="4.0亿元"),  # the accept, undone
]
NOTES = [
    LagNote(target="yk22-contracts", as_of=date(2022, 6, 30), cause="受疫情影响，部分企业合同登记延后",
            measures="逐户走访、指导企业及时登记", who="王处长", at=AT + timedelta(minutes=5)),
    LagNote(target="yk22-projects", as_of=date(2022, 6, 30), cause="", measures="下半年集中申报",
            who="李科长", at=AT + timedelta(minutes=6)),
]


def _reported(quarter: str, minutes: int, completion: str | None, actual: str | None) -> Reported:
    return Reported(plan="yk22", quarter=quarter, target="yk22-contracts", as_of=date(2022, 6, 30), status="behind",
                    completion=None if completion is None else Decimal(completion),
                    actual=None if actual is None else Decimal(actual), at=AT + timedelta(minutes=minutes))


REPORTED = [
    _reported("2022Q2", 7, "0.3539823008849557522123893805", "400000000"),
    _reported("2022Q2", 8, "0.41", "450000000"),  # generated again: the newest is the one compared with
    _reported("2022Q1", 9, None, None),
]
INTACT = ((DECISIONS, []), (NOTES, []), REPORTED[1:2], REPORTED[2:])
"""What `_records` reads when nothing was lost: every decision and note, each quarter's newest report."""


def _records(engine: Engine) -> tuple:
    """Every record people made, read back as the app reads them."""
    with Session(engine) as session:
        return (repo.load_decisions(session=session), repo.load_notes(session=session),
                repo.load_reported("yk22", "2022Q2", session=session),
                repo.load_reported("yk22", "2022Q1", session=session))


# ── databases: SQLite files, or one PostgreSQL database emptied for each use ──
ZONE = "Asia/Shanghai"


@pytest.fixture(scope="module")
def postgres_database(postgres_url: str) -> str:
    """One database on the throw-away server, in a bureau's time zone (UTC would hide a zone mistake)."""
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE DATABASE migrations")
        connection.exec_driver_sql(f"ALTER DATABASE migrations SET timezone TO '{ZONE}'")
    engine.dispose()
    return postgres_url.replace("/postgres?", "/migrations?")


def _emptied(url: str) -> str:
    """The PostgreSQL database at `url` with nothing in it (faster than a new database each time)."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return url


def _maker(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Gives an empty database of one kind; on PostgreSQL the one before is emptied, so use it first."""
    if kind == "sqlite":
        files = iter(range(100))
        return lambda: f"sqlite:///{tmp_path / f'tracker{next(files)}.sqlite3'}"
    server = request.getfixturevalue("postgres_database")
    return lambda: _emptied(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    return _maker(request.param, request, tmp_path)


def _release(url: str, ddl_file: str) -> str:
    """The database at `url` as tracker 0.1.0 left it: its tables, its schema version, people's records."""
    engine = create_engine(url)
    ddl = "\n".join(line for line in (RELEASE / ddl_file).read_text().splitlines() if not line.startswith("--"))
    with engine.begin() as connection:
        for statement in filter(str.strip, ddl.split(";\n")):
            connection.exec_driver_sql(statement)
        tables = MetaData()
        for name, rows in (("review_decision", map(decision_row, DECISIONS)), ("lag_note", map(note_row, NOTES)),
                           ("reported", map(reported_row, REPORTED))):
            table = Table(name, tables, autoload_with=connection)  # the release's columns, whatever tables.py says
            connection.execute(insert(table), [row.model_dump(include=set(table.c.keys()) - {"id"}) for row in rows])
    engine.dispose()
    return url


def _release_of(empty: Callable[[], str]) -> str:
    """A database of tracker 0.1.0 of the kind `empty` gives, as that release made it with today's SQLModel."""
    url = empty()
    return _release(url, f"release-0.1.0.{url.split(':')[0].split('+')[0]}.sql")


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return recorded(connection, inspect(connection).get_table_names())


def _shape(engine: Engine) -> dict:
    """The user tables as the database has them: columns (type with its time zone, null, default), indexes, key."""
    found = inspect(engine)
    shape = {name: ([(c["name"], repr(c["type"]), c["nullable"], c["default"]) for c in found.get_columns(name)],
                    sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in found.get_indexes(name)),
                    found.get_pk_constraint(name)["constrained_columns"])
             for name in sorted(USER_TABLES & set(found.get_table_names()))}  # 0001 has no notices
    engine.dispose()
    return shape


# ── a database of this release opens at HEAD with nothing lost ──────────
@pytest.mark.parametrize(("kind", "ddl_file", "late"), [
    ("sqlite", "release-0.1.0.sqlite.sql", 0),
    ("postgresql", "release-0.1.0.postgresql.sql", 0),
    # revision 0002: with SQLModel 0.0.44 `at` had no time zone, and the release read every moment 8 h late
    ("postgresql", "release-0.1.0-sqlmodel-0.0.44.postgresql.sql", 8),
], ids=["sqlite", "postgresql", "postgresql-sqlmodel-0.0.44"])
def test_a_release_database_upgrades_with_every_record_intact(
        kind: str, ddl_file: str, late: int, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    new = _maker(kind, request, tmp_path)
    url = _release(new(), ddl_file)
    with Session(create_engine(url)) as session:
        before, _ = repo.load_decisions(session=session)
    assert [d.at - timedelta(hours=late) for d in before] == [d.at for d in DECISIONS]

    engine = make_engine(url)
    assert _revision(engine) == HEAD
    assert _records(engine) == INTACT
    assert schema_version(engine) == SCHEMA_VERSION, "the derived tables (version 6 then) rebuilt at this version"
    assert _shape(engine) == _shape(make_engine(new())), "upgraded, it is what a new database is"


def _by_revisions(url: str, head: str) -> Engine:
    """The database at `url` made by running the revisions from the first to `head`, as Alembic alone would."""
    engine = create_engine(url)
    with engine.begin() as connection:
        run_revisions(connection, Revisions(head=head))
    return engine


def test_the_baseline_is_the_release_s_user_tables_exactly(empty: Callable[[], str]) -> None:
    baseline = _shape(_by_revisions(empty(), "0001"))
    assert baseline == _shape(create_engine(_release_of(empty)))


def test_a_new_database_is_what_the_revisions_make_and_what_tables_py_says(empty: Callable[[], str]) -> None:
    engine = _by_revisions(empty(), HEAD)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": is_user_table,
                                                               "version_table": VERSION_TABLE})
        assert compare_metadata(context, SQLModel.metadata) == [], "tables.py changed: add a revision"
    by_revisions = _shape(engine)
    new = make_engine(empty())  # made from tables.py, stamped HEAD, without Alembic
    assert (_revision(new), _shape(new)) == (HEAD, by_revisions)


def test_head_names_the_newest_revision_and_the_line_is_unbroken() -> None:
    scripts = ScriptDirectory.from_config(alembic_config(REVISIONS))
    assert scripts.get_heads() == [HEAD]
    line = list(reversed(list(scripts.walk_revisions())))
    assert [s.revision for s in line] == [f"{n:04d}" for n in range(1, int(HEAD) + 1)]
    assert [s.down_revision for s in line] == [None, *(s.revision for s in line[:-1])]
    assert all(Path(s.path).name.startswith(f"{s.revision}_") for s in line)


# ── a later revision, as the next releases will write them ──────────────
LATER = f"{int(HEAD) + 1:04d}"
LATER_REVISION = f'''
"""A later release's change: a column retyped (SQLite copies the table), a column and a table added."""
import sqlalchemy as sa
from alembic import op

revision = "{LATER}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("review_decision") as batch:
        batch.alter_column("note", type_=sa.Text(), existing_type=sa.String(), existing_nullable=True)
    with op.batch_alter_table("lag_note") as batch:
        batch.add_column(sa.Column("probe_unit", sa.String(), nullable=True))
    op.create_table("probe_notice", sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("unit", sa.String(), nullable=False))


def downgrade():
    raise NotImplementedError
'''


@pytest.fixture
def later(tmp_path: Path) -> Revisions:
    """This release's revisions and one more, in a folder of its own."""
    folder = tmp_path / "versions"
    folder.mkdir()
    (folder / f"{LATER}_probe.py").write_text(LATER_REVISION, encoding="utf-8")
    return Revisions(head=LATER, folders=(*REVISIONS.folders, folder))


def test_a_later_revision_keeps_every_record_and_this_release_then_refuses_the_database(
        empty: Callable[[], str], later: Revisions) -> None:
    url = _release_of(empty)
    engine = make_engine(url, revisions=later)
    assert _revision(engine) == LATER
    assert _records(engine) == INTACT
    columns = inspect(engine)
    assert {c["name"]: str(c["type"]) for c in columns.get_columns("review_decision")}["note"] == "TEXT"
    assert "probe_unit" in {c["name"] for c in columns.get_columns("lag_note")}
    assert "ix_review_decision_target" in {i["name"] for i in columns.get_indexes("review_decision")}
    with Session(engine) as session:  # the copied table still numbers new rows
        new = _decision(10, action="accept", ref="seeds/dalian-2023.txt:77", text="12项", who="赵科员")
        assert repo.save_decisions([new], session=session) == 1
        session.commit()
    engine.dispose()

    with pytest.raises(TrackerUserError) as caught:
        make_engine(url)
    assert caught.value.code == "store.newer_schema"
    assert LATER in caught.value.message("zh") and "\n" not in caught.value.message("zh")
    assert _records(make_engine(url, revisions=later))[0] == ([*DECISIONS, new], []), "the refusal changed nothing"


def test_the_command_line_refuses_a_newer_database_in_one_line(
        project: Path, later: Revisions, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / "newer.sqlite3"
    make_engine(f"sqlite:///{path}", revisions=later).dispose()
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{path}")
    assert LATER in refused(capsys, ["review", "list"], str(path), lang="zh")


def test_another_application_s_migrations_in_the_same_database_are_left_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    with create_engine(url).begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0007')")
    engine = make_engine(url)
    assert _revision(engine) == HEAD
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [("0007",)]


def _open(url: str, later: Revisions) -> str | None:
    return _revision(make_engine(url, revisions=later))


def test_first_opens_at_once_migrate_once(empty: Callable[[], str], later: Revisions) -> None:
    url = _release_of(empty)
    assert at_once(_open, [(url, later)] * 4) == [LATER] * 4  # a second run of the revision would fail
    assert _records(make_engine(url, revisions=later)) == INTACT


# ── 0003: the notices issued ────────────────────────────────────────────
def test_a_database_before_notices_gains_their_table_and_keeps_every_record(empty: Callable[[], str]) -> None:
    from tests.store.test_notices import NOTICE

    url = _release_of(empty)
    with create_engine(url).begin() as connection:
        run_revisions(connection, Revisions(head="0002"))  # as the release before notices left it
    assert "supervision_notice" not in inspect(create_engine(url)).get_table_names()
    engine = make_engine(url)
    assert (_revision(engine), _records(engine)) == ("0003", INTACT)
    with Session(engine) as session:
        repo.save_notices([NOTICE], session=session)
        session.commit()
    with Session(engine) as session:
        assert repo.load_notices(session=session) == ([NOTICE], [])
