"""Every command that opens the database, on a database that is locked, read-only, damaged or full:
one line naming it and what to do, exit 2."""

from __future__ import annotations

import os
import pwd
import resource
import shutil
import signal
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tracker.cli
import tracker.extract.documents  # imported before a child drops its rights (it reads no library then)
import tracker.extract.engine
from tests.hostile.runner import Run, run_one
from tests.store.refusal import assert_refused, refused
from tracker.cli import main
from tracker.config.decisions import dump_decisions
from tracker.model.decision import Action, Decision
from tracker.store import db
from tracker.store.db import make_engine

COMMANDS = {
    "ingest": ["ingest"],
    "status": ["status"],
    "status-json": ["status", "--json"],
    "documents": ["documents"],
    "review-list": ["review", "list"],
    "review-accept": ["review", "accept", "yk22-contracts", "seeds/yingkou-2022-h1.txt:100"],
    "review-set": ["review", "set", "yk22-contracts", "5.2亿元", "--as-of", "2022-06-30"],
    "review-import": ["review", "import", "decisions.yaml"],
    "review-export": ["review", "export", "exported.yaml"],
    "report": ["report", "--quarter", "2022Q2", "--plan", "yk22"],
}


@pytest.fixture
def decisions(project: Path) -> Path:
    """A decisions file to import."""
    decision = Decision(target="yk22-contracts", action=Action.REJECT, ref="seeds/yingkou-2022-h1.txt:100",
                        who="王处长", at=datetime(2025, 7, 1, tzinfo=UTC))
    (project / "decisions.yaml").write_text(dump_decisions([decision]), encoding="utf-8")
    return project


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_file_that_is_no_database(decisions: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    path = decisions / "notes.txt"
    path.write_text("不是数据库\n" * 500, encoding="utf-8")
    line = refused(capsys, [*command, "--db", str(path)], str(path))
    assert "not a database" in line
    assert path.read_text(encoding="utf-8") == "不是数据库\n" * 500
    assert not (decisions / "exported.yaml").exists()


READING = {"review-export"}
"""Commands that only read the database: with its write-ahead log, another program writing never holds them up."""


@pytest.mark.parametrize("command", [c for k, c in COMMANDS.items() if k not in READING],
                         ids=[k for k in COMMANDS if k not in READING])
def test_a_locked_database(decisions: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                           command: list[str]) -> None:
    path = decisions / "db.sqlite3"
    make_engine(f"sqlite:///{path}").dispose()
    monkeypatch.setenv("TRACKER_DB_TIMEOUT", "0.1")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        line = refused(capsys, [*command, "--db", str(path)], str(path), "zh")
    finally:
        holder.close()
    assert "正被其他程序占用" in line


@pytest.mark.parametrize("command", [COMMANDS[k] for k in sorted(READING)], ids=sorted(READING))
def test_a_command_that_only_reads_is_not_held_up_by_a_writer(
        decisions: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: list[str]) -> None:
    path = decisions / "db.sqlite3"
    make_engine(f"sqlite:///{path}").dispose()
    monkeypatch.setenv("TRACKER_DB_TIMEOUT", "0.1")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # in WAL mode: the write lock; readers go on reading the last commit
    holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'by another program')")
    try:
        assert main([*command, "--db", str(path)]) == 0, capsys.readouterr().err
    finally:
        holder.close()


def test_a_damaged_database_in_chinese(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / ".tracker" / "tracker.sqlite3"
    path.parent.mkdir()
    path.write_bytes(os.urandom(8192))
    assert "不是数据库或已损坏" in refused(capsys, ["status", "--json"], str(path), "zh")


@pytest.mark.parametrize("command", [COMMANDS["ingest"], COMMANDS["review-set"]], ids=["ingest", "review-set"])
def test_a_database_opened_read_only(project: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    path = project / "db.sqlite3"
    make_engine(f"sqlite:///{path}").dispose()
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///file:{path}?mode=ro&uri=true")
    assert "read-only" in refused(capsys, command, str(path))
    capsys.readouterr()
    assert main(["review", "export", "exported.yaml"]) == 0, "reading is fine"


@pytest.fixture
def unprivileged() -> Iterator[Callable[[], None]]:
    """What a child runs to lose root's right to write anything (nothing, when not root)."""
    if os.geteuid() != 0:
        yield lambda: None
        return
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root with no user 'nobody' to drop to")

    def drop() -> None:
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    yield drop


@pytest.mark.parametrize(("file_mode", "folder_mode"), [(0o444, 0o777), (0o666, 0o555), (0o444, 0o555)],
                         ids=["file", "folder", "both"])
def test_a_read_only_file_or_folder(root: Path, unprivileged: Callable[[], None], monkeypatch: pytest.MonkeyPatch,
                                    file_mode: int, folder_mode: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="tracker-ro-"))
    try:
        shutil.copytree(root / "seeds", folder / "seeds")
        path = folder / "db.sqlite3"
        make_engine(f"sqlite:///{path}").dispose()
        path.chmod(file_mode)
        folder.chmod(folder_mode)
        real_main = tracker.cli.main

        def as_a_user(argv: list[str]) -> int:
            unprivileged()
            return real_main(argv)

        monkeypatch.setattr(tracker.cli, "main", as_a_user)
        outcome = run_one(Run(["--lang", "en", "ingest", "--db", str(path)], folder, timeout=10))
        assert "read-only" in assert_refused(outcome.code, outcome.err, str(path))
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_full_database(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pragmas = db._sqlite_pragmas

    def small(connection: object, record: object) -> None:
        pragmas(connection, record)
        connection.execute("PRAGMA max_page_count=40")  # type: ignore[attr-defined]

    monkeypatch.setattr(db, "_sqlite_pragmas", small)
    path = project / ".tracker" / "tracker.sqlite3"
    assert "is full" in refused(capsys, ["ingest"], str(path))


def test_a_disk_that_takes_no_more(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file size limit (ulimit -f) stops the writes for real: SQLite reports an I/O error."""
    real_main = tracker.cli.main

    def limited(argv: list[str]) -> int:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        return real_main(argv)

    monkeypatch.setattr(tracker.cli, "main", limited)
    outcome = run_one(Run(["--lang", "en", "ingest"], project, timeout=10))
    path = project / ".tracker" / "tracker.sqlite3"
    assert "disk I/O error" in assert_refused(outcome.code, outcome.err, str(path))
