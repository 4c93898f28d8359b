"""Where things live: the targets file, the documents folder and the database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from tracker.errors import TrackerUserError

MANIFEST_NAME = "manifest.yaml"
"""The file beside a folder's documents that gives their metadata (config.manifest reads it)."""

DEFAULT_TARGETS = Path("targets.yaml")
DEFAULT_DOCS = Path("seeds")
DEFAULT_DATABASE = Path(".tracker") / "tracker.sqlite3"
DATABASE_URL_ENV = "TRACKER_DATABASE_URL"
WAIT_ENV = "TRACKER_DB_TIMEOUT"
STATEMENT_ENV = "TRACKER_DB_STATEMENT_TIMEOUT"


def database_url(path: Path | None = None, environ: dict[str, str] | None = None) -> str:
    """The SQLAlchemy URL to use.

    TRACKER_DATABASE_URL wins (any SQLAlchemy URL, e.g. a PostgreSQL server a
    bureau shares); otherwise an SQLite file at `path`, by default
    .tracker/tracker.sqlite3 under the working folder.
    """
    env = os.environ if environ is None else environ
    if url := env.get(DATABASE_URL_ENV, "").strip():
        return url
    return f"sqlite:///{(path or DEFAULT_DATABASE).resolve()}"


class Timeouts(NamedTuple):
    """How long to wait for the database, in seconds."""

    wait: float = 10.0
    """For a connection (PostgreSQL) and for another program's lock (SQLite's busy wait, PostgreSQL's lock_timeout)."""
    statement: float = 300.0
    """For one statement on a server (PostgreSQL's statement_timeout)."""


def database_timeouts(environ: dict[str, str] | None = None) -> Timeouts:
    """The waits for the database: TRACKER_DB_TIMEOUT and TRACKER_DB_STATEMENT_TIMEOUT (seconds), else the defaults.

    Raises:
        TrackerUserError: a value that is not a positive number of seconds.
    """
    env = os.environ if environ is None else environ
    defaults = Timeouts()
    return Timeouts(_seconds(env, WAIT_ENV, defaults.wait), _seconds(env, STATEMENT_ENV, defaults.statement))


def _seconds(env: os._Environ[str] | dict[str, str], name: str, default: float) -> float:
    written = env.get(name, "").strip()
    try:
        seconds = float(written) if written else default
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise TrackerUserError("cli.bad_timeout", name=name, value=written)
    return seconds
