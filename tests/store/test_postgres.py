"""A bureau's shared PostgreSQL database through TRACKER_DATABASE_URL: ingest, review, status.

A throw-away cluster is started with the machine's own PostgreSQL (initdb,
pg_ctl) on a Unix socket in a temporary folder; the test is skipped where
there is no PostgreSQL or no psycopg (the `postgres` extra).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session, select

from tests.hostile.runner import Run, _warm, run_all
from tests.store.refusal import refused
from tests.store.test_repo import ingest_twice_at_once, side_by_side, store_nul_bytes, stored  # noqa: F401 - a fixture
from tracker.cli import main
from tracker.config.settings import Timeouts
from tracker.errors import TrackerUserError
from tracker.store import db, repo
from tracker.store.db import make_engine
from tracker.store.tables import SCHEMA_VERSION, MetaRow

ROOT = Path(__file__).resolve().parent.parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_owner() -> list[str]:
    """PostgreSQL will not run as root: run its tools as the postgres user then."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None or subprocess.run(["id", "postgres"], capture_output=True).returncode:
        pytest.skip("running as root with no postgres user to start PostgreSQL as")
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    pytest.importorskip("psycopg")
    if shutil.which("initdb") is None or shutil.which("pg_ctl") is None:
        pytest.skip("PostgreSQL is not installed")
    owner = _as_owner()
    folder = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    folder.chmod(0o777)
    data, port = folder / "data", _free_port()
    subprocess.run([*owner, "initdb", "-D", str(data), "-A", "trust", "-U", "tracker", "--no-sync"],
                   check=True, capture_output=True)
    subprocess.run([*owner, "pg_ctl", "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                    f"-k {folder} -p {port} -c listen_addresses=''", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://tracker@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*owner, "pg_ctl", "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _status(capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["status", "--json", "--plan", "yk22", "--as-of", "2022-06-30"]) == 0
    return {t["id"]: t for t in json.loads(capsys.readouterr().out)["targets"]}


def test_review_decisions_live_in_postgres_and_survive_reingesting(
        postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRACKER_DATABASE_URL", postgres_url)
    monkeypatch.setenv("TRACKER_USER", "王处长")

    assert main(["review", "set", "yk22-contracts", "5.2亿元", "--as-of", "2022-06-30", "--source", "统计"]) == 0
    capsys.readouterr()
    assert main(["review", "list", "--plan", "yk22", "--json", "--as-of", "2022-06-30"]) == 0
    pending = json.loads(capsys.readouterr().out)
    assert pending
    assert main(["review", "reject", pending[0]["target"], pending[0]["ref"], "--as-of", "2022-06-30"]) == 0

    path = tmp_path / "seeds" / "yingkou-2022-h1.txt"
    path.write_text("（转载）\n" + path.read_text(encoding="utf-8"), encoding="utf-8")  # edited: ingested again
    report = _status(capsys)
    assert report["yk22-contracts"]["actual"]["value"] == 520000000
    assert report["yk22-contracts"]["actual"]["review"] == "manual"
    assert pending[0]["quote"] not in [e["quote"] for e in report[pending[0]["target"]]["evidence"]]
    assert not (tmp_path / ".tracker").exists(), "the URL, not a local file, holds the data"


_NAMES = itertools.count(1)


@pytest.fixture
def fresh_url(postgres_url: str) -> str:
    """A new, empty database on the server."""
    name = f"fresh{next(_NAMES)}"
    engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return postgres_url.replace("/postgres?", f"/{name}?")


def test_a_server_that_refuses(project: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("psycopg")
    port = _free_port()  # nothing listens there
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"postgresql+psycopg://tracker:s3cret@127.0.0.1:{port}/plans")
    line = refused(capsys, ["ingest"], f"postgresql+psycopg://tracker:***@127.0.0.1:{port}/plans")
    assert "Connection refused" in line and "s3cret" not in line


def test_a_server_that_never_answers(project: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The kernel completes the TCP handshake for a listening socket; no one ever reads or writes on it."""
    pytest.importorskip("psycopg")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        monkeypatch.setenv("TRACKER_DATABASE_URL", f"postgresql+psycopg://tracker:s3cret@127.0.0.1:{port}/plans")
        monkeypatch.setenv("TRACKER_DB_TIMEOUT", "1")
        began = time.monotonic()
        line = refused(capsys, ["status", "--json"], f"postgresql+psycopg://tracker:***@127.0.0.1:{port}/plans")
    assert time.monotonic() - began < 5
    assert "did not answer within 2 s" in line  # libpq waits at least 2 s


@pytest.fixture
def locked_documents(fresh_url: str) -> Iterator[str]:
    """Another session holds the documents table (as a long migration would) until the test ends."""
    make_engine(fresh_url).dispose()
    holder = create_engine(fresh_url)
    with holder.connect() as connection:
        connection.execute(text("LOCK TABLE document IN ACCESS EXCLUSIVE MODE"))
        yield fresh_url
        connection.rollback()
    holder.dispose()


def test_a_table_locked_too_long(project: Path, locked_documents: str, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", locked_documents)
    monkeypatch.setenv("TRACKER_DB_TIMEOUT", "0.5")
    assert "is busy" in refused(capsys, ["review", "list"], locked_documents)


def test_a_statement_that_takes_too_long(project: Path, locked_documents: str, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", locked_documents)
    monkeypatch.setenv("TRACKER_DB_STATEMENT_TIMEOUT", "0.5")  # shorter than the wait for the lock
    assert "longer than 0.5 s" in refused(capsys, ["ingest"], locked_documents)
    with pytest.raises(TrackerUserError) as caught, Session(make_engine(locked_documents, Timeouts(5, 0.2))) as session:
        session.exec(text("SELECT pg_sleep(3)"))
    assert caught.value.code == "store.statement_timeout"


def test_two_ingests_of_a_new_folder_at_once_on_postgres(project: Path, fresh_url: str, side_by_side: None) -> None:
    ingest_twice_at_once(project, {"TRACKER_DATABASE_URL": fresh_url})  # the tables are new to both too
    assert stored(fresh_url) == (5, 5, 500)


def test_first_runs_at_once_create_the_tables_once(project: Path, fresh_url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _warm()  # the cases' warm-up computes a status in this process: done before the barrier is in the way
    barrier = multiprocessing.get_context("fork").Barrier(4, timeout=20)
    create = db.make_engine

    def together(url: str) -> object:
        barrier.wait()
        return create(url)

    monkeypatch.setattr(db, "make_engine", together)
    runs = {str(n): Run(["review", "export", f"out{n}.yaml"], project, {"TRACKER_DATABASE_URL": fresh_url})
            for n in range(4)}
    for outcome in run_all(runs, parallel=4).values():
        assert outcome.code == 0, outcome.err
    with Session(create(fresh_url)) as session:
        assert [row.value for row in session.exec(select(MetaRow)).all()] == [str(SCHEMA_VERSION)]


def test_nul_bytes_in_notes_on_postgres(fresh_url: str) -> None:
    store_nul_bytes(fresh_url)


def test_nul_bytes_in_imported_decisions(project: Path, fresh_url: str, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", fresh_url)
    (project / "decisions.yaml").write_text(
        'version: 1\ndecisions:\n- {target: yk22-contracts, action: reject, ref: "seeds/yingkou-2022-h1.txt:100", '
        'note: "见\\0附件", who: 王处长, at: "2025-07-01T00:00:00Z"}\n', encoding="utf-8")
    assert main(["review", "import", "decisions.yaml"]) == 2  # refused at its line, before the database sees it
    err = capsys.readouterr().err
    assert err.startswith("decisions.yaml:3:") and len(err.splitlines()) == 1
    assert main(["review", "export", "out.yaml"]) == 0
    assert "附件" not in (project / "out.yaml").read_text(encoding="utf-8")


def test_ingest_commits_relaxed_and_peoples_records_synced_on_postgres(fresh_url: str) -> None:
    """The derived tables' transactions do not wait for the server's disk (a server crash may take back the last
    files ingested, read again next run); people's records keep the server's synced commits."""
    engine = make_engine(fresh_url)
    with db.relaxed(engine) as session:
        assert session.connection().exec_driver_sql("SHOW synchronous_commit").scalar() == "off"
        session.commit()
        assert session.connection().exec_driver_sql("SHOW synchronous_commit").scalar() == "off", "each transaction"
    with db.durable(engine) as session:
        assert session.connection().exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
    engine.dispose()


def test_file_states_recorded_by_an_ingest_that_found_the_files_unchanged_on_postgres(
        project: Path, fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds, just changed, are stored without a state; read again once settled, their states are recorded by
    one UPDATE for all (`repo.note_file_states`); the next ingest reads none of them."""
    from types import SimpleNamespace

    from tracker import pipeline

    engine = make_engine(fresh_url)
    # every file just changed
    monkeypatch.setattr(pipeline, "time", SimpleNamespace(time_ns=lambda: 0, monotonic=time.monotonic))
    assert len(pipeline.ingest(project / "seeds", engine).stored) == 5
    monkeypatch.setattr(pipeline, "time", SimpleNamespace(time_ns=lambda: time.time_ns() + 60 * 10**9,
                                                          monotonic=time.monotonic))
    assert len(pipeline.ingest(project / "seeds", engine).unchanged) == 5
    with Session(engine) as session:
        assert None not in {known.state for known in repo.fingerprints(session=session).values()}
    monkeypatch.setattr(pipeline, "read_bytes_and_state", None)  # reading a file would now fail
    assert len(pipeline.ingest(project / "seeds", engine).unchanged) == 5
    engine.dispose()
