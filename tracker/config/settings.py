"""Where things live: the targets file, the documents folder and the database."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_TARGETS = Path("targets.yaml")
DEFAULT_DOCS = Path("seeds")
DEFAULT_DATABASE = Path(".tracker") / "tracker.sqlite3"
DATABASE_URL_ENV = "TRACKER_DATABASE_URL"


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
