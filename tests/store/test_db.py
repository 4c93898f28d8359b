"""The engine factory: SQLite file by default, TRACKER_DATABASE_URL when set; what a user must mend, one line."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, inspect
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from tests.store.together import at_once
from tracker.config.settings import Timeouts, database_timeouts, database_url
from tracker.errors import TrackerUserError
from tracker.model.note import LagNote
from tracker.store import db, repo
from tracker.store.db import _connect_args, make_engine, schema_version, shown_database
from tracker.store.tables import SCHEMA_VERSION, MetaRow


def test_default_is_an_sqlite_file_under_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = database_url()
    assert url == f"sqlite:///{tmp_path / '.tracker' / 'tracker.sqlite3'}"
    make_engine(url)
    assert (tmp_path / ".tracker" / "tracker.sqlite3").is_file()


def test_path_is_configurable(tmp_path: Path) -> None:
    assert database_url(tmp_path / "x.db", environ={}) == f"sqlite:///{tmp_path / 'x.db'}"


def test_environment_url_wins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    assert database_url(tmp_path / "x.db", environ={"TRACKER_DATABASE_URL": url}) == url


def test_tables_are_created_on_first_use(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'db.sqlite3'}")
    assert {"meta", "document", "figure"} <= set(inspect(engine).get_table_names())
    assert schema_version(engine) == SCHEMA_VERSION


def test_opening_twice_keeps_one_version_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    make_engine(url)
    assert schema_version(make_engine(url)) == SCHEMA_VERSION


def test_in_memory_database_for_tests() -> None:
    assert schema_version(make_engine("sqlite://")) == SCHEMA_VERSION


@pytest.mark.parametrize(("url", "code"), [
    ("nonsense", "cli.database_url"),
    ("postgresql+nosuchdriver://u@localhost/db", "cli.database_url"),
    ("sqlite:////proc/no-such-folder/db.sqlite3", "store.connect_failed"),
])
def test_bad_url_is_a_user_error(url: str, code: str) -> None:
    with pytest.raises(TrackerUserError) as caught:
        make_engine(url)
    assert caught.value.code == code
    assert "\n" not in caught.value.message("en")


def test_an_older_schema_rebuilds_derived_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    engine = make_engine(url)
    with Session(engine) as session:
        session.merge(MetaRow(key="schema_version", value="1"))
        session.merge(MetaRow(key="kept", value="yes"))
        session.commit()
    engine = make_engine(url)
    assert schema_version(engine) == SCHEMA_VERSION
    with Session(engine) as session:
        assert session.get(MetaRow, "kept").value == "yes"


# ── what a user can fix, named in one line ──────────────────────────────
QUICK = Timeouts(wait=0.2, statement=1)


def _new_database(path: Path) -> Path:
    make_engine(f"sqlite:///{path}").dispose()
    return path


def _refused(url: str, code: str, timeouts: Timeouts = QUICK) -> str:
    with pytest.raises(TrackerUserError) as caught:
        make_engine(url, timeouts)
    assert caught.value.code == code
    message = caught.value.message("en")
    assert "\n" not in message
    return message


def test_a_locked_database_is_waited_for_then_named(tmp_path: Path) -> None:
    """Opening a database another program is writing to reads its last commit at once (the write-ahead log); a
    first run, which must create the tables, waits for the writer, then names the database."""
    path = _new_database(tmp_path / "db.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    make_engine(f"sqlite:///{path}", QUICK).dispose()  # up to date: nothing to write, no wait
    holder.execute("DROP TABLE lag_note")  # within the writer's transaction: the reader sees the tables all there
    make_engine(f"sqlite:///{path}", QUICK).dispose()
    holder.execute("COMMIT")
    holder.execute("BEGIN EXCLUSIVE")
    began = time.monotonic()
    message = _refused(f"sqlite:///{path}", "store.locked")  # a table missing: it must write, and waits
    assert time.monotonic() - began >= QUICK.wait
    assert str(path) in message and "TRACKER_DB_TIMEOUT" in message
    holder.execute("ROLLBACK")
    holder.close()
    make_engine(f"sqlite:///{path}", QUICK)  # free again


def _truncated(path: Path) -> bytes:
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        session.add_all(MetaRow(key=str(n), value="x" * 2000) for n in range(50))
        session.commit()
    engine.dispose()
    return path.read_bytes()[:40000]


@pytest.mark.parametrize("content", [
    lambda _: random.Random(13).randbytes(5000),
    lambda _: "这不是数据库。\n".encode() * 300,
    _truncated,
], ids=["random-bytes", "text", "truncated"])
def test_a_damaged_file_or_not_a_database_is_named(tmp_path: Path, content: Callable[[Path], bytes]) -> None:
    path = tmp_path / "db.sqlite3"
    data = content(tmp_path / "whole.sqlite3")
    path.write_bytes(data)
    assert str(path) in _refused(f"sqlite:///{path}", "store.corrupt")
    assert path.read_bytes() == data, "a damaged file is left as it was"


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    (tmp_path / "db.sqlite3").touch()
    assert schema_version(make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")) == SCHEMA_VERSION


def test_a_read_only_database_is_read_and_refuses_writes_by_name(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    engine = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true", QUICK)
    with Session(engine) as session:
        assert repo.load_notes(session=session) == ([], [])
        repo.save_note(LagNote(target="t", as_of=date(2025, 6, 30), cause="c", who="w", at=datetime.now(UTC)),
                       session=session)
        with pytest.raises(TrackerUserError) as caught:
            session.commit()
    assert caught.value.code == "store.readonly" and str(path) in caught.value.message("en")
    assert not (tmp_path / "file:").exists()


def test_a_full_database_is_named(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}", QUICK)
    event.listen(engine, "connect", lambda connection, _: connection.execute("PRAGMA max_page_count=16"))
    engine.dispose()  # new connections, with the limit
    with Session(engine) as session, pytest.raises(TrackerUserError) as caught:
        session.add_all(MetaRow(key=str(n), value="x" * 2000) for n in range(100))
        session.commit()
    assert caught.value.code == "store.full" and str(tmp_path / "db.sqlite3") in caught.value.message("en")


def test_first_runs_at_once_create_the_tables_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert at_once(_first_run, [(url,)] * 4) == [SCHEMA_VERSION] * 4
    with Session(make_engine(url)) as session:
        assert len(session.exec(select(MetaRow)).all()) == 1


def _first_run(url: str) -> int:
    return schema_version(make_engine(url))


def test_waits_come_from_the_environment() -> None:
    assert database_timeouts({}) == Timeouts()
    assert database_timeouts({"TRACKER_DB_TIMEOUT": "1.5", "TRACKER_DB_STATEMENT_TIMEOUT": "60"}) == Timeouts(1.5, 60)
    for wrong in ("soon", "0", "-3", "nan", "inf"):
        with pytest.raises(TrackerUserError) as caught:
            database_timeouts({"TRACKER_DB_TIMEOUT": wrong})
        assert caught.value.code == "cli.bad_timeout"


def test_a_server_database_is_named_without_its_password() -> None:
    url = "postgresql+psycopg://tracker:s3cret@db.example:5432/plans?password=s3cret&sslmode=require"
    shown = shown_database(make_url(url))
    assert "s3cret" not in shown
    assert shown == "postgresql+psycopg://tracker:***@db.example:5432/plans?sslmode=require"
    assert shown_database(make_url("sqlite:///file:/srv/t.db?mode=ro&uri=true")) == "/srv/t.db"


def test_the_drivers_wait_as_long_as_asked_unless_the_url_says_otherwise() -> None:
    pg = make_url("postgresql+psycopg://u@h/db")
    keepalive = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                 "tcp_user_timeout": 30000}
    assert _connect_args(pg, Timeouts(2.5, 30)) == {
        "connect_timeout": 3, "options": "-c lock_timeout=2500 -c statement_timeout=30000", **keepalive}
    own = make_url("postgresql+psycopg://u@h/db?connect_timeout=30&options=-c%20statement_timeout%3D0")
    assert _connect_args(own, Timeouts(2.5, 30)) == {
        "options": "-c lock_timeout=2500 -c statement_timeout=30000 -c statement_timeout=0", **keepalive}
    assert _connect_args(make_url("sqlite:///x.db"), Timeouts(4, 30)) == {"timeout": 4}
    assert _connect_args(make_url("sqlite:///x.db?timeout=9"), Timeouts(4, 30)) == {}


def test_sqlite_keeps_a_write_ahead_log_and_syncs_only_peoples_records(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with db.relaxed(engine) as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    with db.durable(engine) as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with db.relaxed(engine) as session:  # the same pooled connection, relaxed again
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 1
    engine.dispose()
