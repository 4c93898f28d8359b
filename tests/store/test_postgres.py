"""A bureau's shared PostgreSQL database through TRACKER_DATABASE_URL: ingest, review, status.

A throw-away cluster is started with the machine's own PostgreSQL (initdb,
pg_ctl) on a Unix socket in a temporary folder; the test is skipped where
there is no PostgreSQL or no psycopg (the `postgres` extra).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.cli import main

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
