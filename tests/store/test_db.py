"""The engine factory: SQLite file by default, TRACKER_DATABASE_URL when set."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import Session

from tracker.config.settings import database_url
from tracker.errors import TrackerUserError
from tracker.store.db import make_engine, schema_version
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
