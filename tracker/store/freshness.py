"""The state of everything a status is computed from, read cheaply and without the database layer.

A kept snapshot carries the stamp of the state it was computed from (`Snapshot.stamp`); when the stamp of the
state now is the same, nothing the status reads has changed and the kept snapshot is the answer
(`Workspace.kept_fresh`): `tracker status` then needs neither SQLAlchemy nor SQLModel, nor reads a document.

The stamp covers, besides the snapshot's key (the paths, the database URL, the extractor's version):
- what was asked (the date, or none, and the plan whose date the documents reach) and today's date;
- the targets file, and each entry of the documents folder (manifest.yaml, subfolders and files tracker does not
  read included), by name, size, modification and change times, device and inode: an edit (even of the same size,
  its modification time put back), a copy over, a rename, a new or removed file all change it;
- the database: for each table, how many rows, the largest id, the sum of ids (but for the figures, written and
  removed only with their document's row) and the newest time stored (every table tracker writes is appended to
  or rebuilt, never updated in place, but for a document's `file_state`, which no status reads); the schema version;
- tracker's own code (each module's size and modification time) and the TRACKER_ settings that change a status.

It is None when the state cannot be told this way (a database other than an SQLite file, one that does not open):
the status is then computed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from urllib.parse import quote

import tracker

_TABLES = {"document": "ingested_at", "figure": None, "review_decision": "at", "lag_note": "at", "reported": "at",
           "supervision_notice": "at"}
"""Each table a status reads, with its column of times (None: the figures go with their document's: written and
removed only with its row, whose id and time change, so their sum of ids is not taken: it alone would scan an
archive's hundreds of thousands of rows)."""
_NOT_STATUS = ("TRACKER_LANG", "TRACKER_USER", "TRACKER_DEBUG")
"""Settings that change how a status is shown or who is asking, not what it is."""


def inputs(targets: Path, docs: Path, asked: str) -> str:
    """The files' part of the state, and what was asked: taken before anything is read."""
    return "\0".join((asked, date.today().isoformat(), _settings(), _entry(targets), *_folder(docs), _code()))


def stamp(files: str, stored: str | None) -> str | None:
    """The stamp of a state: the files' part (`inputs`) and the database's (`database`); None when the latter is."""
    if stored is None:
        return None
    return hashlib.sha256(f"{files}\0{stored}".encode("utf-8", "surrogateescape")).hexdigest()


def _settings() -> str:
    return "\n".join(f"{k}={v}" for k, v in sorted(os.environ.items())
                     if k.startswith("TRACKER_") and k not in _NOT_STATUS)


def _entry(path: Path | str) -> str:
    """A file by its name, size, modification and change times, device and inode (what it points to, for a link);
    its absence too. The change time catches an edit of the same size whose modification time was put back."""
    try:
        facts = os.stat(path)
    except OSError as error:
        return f"{path}:{type(error).__name__}"
    times = f"{facts.st_mtime_ns}:{facts.st_ctime_ns}"
    return f"{path}:{facts.st_mode}:{facts.st_size}:{times}:{facts.st_dev}:{facts.st_ino}"


def _folder(docs: Path) -> list[str]:
    """Every entry of the documents folder (hidden ones too: the folder is read as a whole)."""
    try:
        names = sorted(os.listdir(docs))
    except OSError as error:
        return [f"{docs}:{type(error).__name__}"]
    return [os.path.realpath(docs), *(_entry(os.path.join(docs, name)) for name in names)]


def _code() -> str:
    """tracker's modules by size and modification time: an upgrade computes the status again."""
    package = Path(tracker.__file__).parent
    return "\n".join(_entry(path) for path in sorted(package.rglob("*.py")))


def sqlite_file(url: str) -> str | None:
    """The file of an SQLite URL as SQLAlchemy reads it (sqlite:///relative, sqlite:////absolute); None for any other
    URL, an in-memory database, or one with options (read through SQLAlchemy only)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix):]
    return path if path and path != ":memory:" and not path.startswith("file:") else None


def database(url: str) -> str | None:
    """What the database holds, in a few numbers per table, read in one transaction; "absent" before its first
    use; None when it is no SQLite file or does not open."""
    path = sqlite_file(url)
    if path is None:
        return None
    if not os.path.exists(path):
        return "absent"
    try:
        with closing(sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True, timeout=1)) as db:
            return _tables(db)
    except sqlite3.Error:
        return None


def _tables(db: sqlite3.Connection) -> str:
    db.execute("BEGIN")  # one read transaction: the numbers of one moment
    present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    parts = [repr(db.execute("SELECT key, value FROM meta ORDER BY key").fetchall()) if "meta" in present else "-"]
    for table, at in _TABLES.items():
        if table not in present:
            parts.append(f"{table}:-")
            continue
        # one aggregate a query: each then reads an index alone (together they scan the table)
        aggregates = ("count(*)", "max(id)", *(("total(id)", f"max({at})") if at else ()))
        parts.append(f"{table}:{tuple(db.execute(f'SELECT {a} FROM {table}').fetchone()[0] for a in aggregates)}")
    return "\n".join(parts)
