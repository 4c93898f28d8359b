"""The state of a status's inputs: it changes with anything the status reads, and only then."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tracker.store import freshness
from tracker.store.db import make_engine

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(("url", "file"), [
    ("sqlite:////srv/tracker/db.sqlite3", "/srv/tracker/db.sqlite3"),
    ("sqlite:///.tracker/tracker.sqlite3", ".tracker/tracker.sqlite3"),
    ("sqlite:///file:db.sqlite3?mode=ro&uri=true", None),
    ("sqlite:///db.sqlite3?timeout=5", None),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("postgresql+psycopg://tracker@db.bureau/tracker", None),
])
def test_only_a_plain_sqlite_file_is_read_without_sqlalchemy(url: str, file: str | None) -> None:
    assert freshness.sqlite_file(url) == file
    if file is None:
        assert freshness.database(url) is None
        assert freshness.stamp("files", freshness.database(url)) is None


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "targets.yaml", tmp_path / "targets.yaml")
    return tmp_path


def _inputs(folder: Path, asked: str = "None|None") -> str:
    return freshness.inputs(folder / "targets.yaml", folder / "seeds", asked)


def test_the_files_state_changes_with_every_file_a_status_reads(folder: Path) -> None:
    first = _inputs(folder)
    assert _inputs(folder) == first, "reading twice changes nothing"
    assert _inputs(folder, "2022-06-30|None") != first, "another question"
    seen = {first}

    def changed(what: str) -> None:
        now = _inputs(folder)
        assert now not in seen, what
        seen.add(now)

    with (folder / "targets.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# 备注\n")
    changed("targets.yaml edited")
    document = folder / "seeds" / "yingkou-2022-h1.txt"
    os.utime(document, ns=(document.stat().st_atime_ns, document.stat().st_mtime_ns + 1))
    changed("a document touched")
    (folder / "seeds" / "新文件.txt").write_text("全年新增高新技术企业12家。", encoding="utf-8")
    changed("a document added")
    (folder / "seeds" / "新文件.txt").rename(folder / "seeds" / "另一文件.txt")
    changed("a document renamed")
    (folder / "seeds" / "附件.doc").write_bytes(b"\xd0\xcf")
    changed("a file tracker does not read, which the status names")
    (folder / "seeds" / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    changed("the manifest rewritten")
    shutil.copy(folder / "seeds" / "另一文件.txt", folder / "seeds" / "yingkou-2022-h1.txt")
    changed("a document copied over")
    before, text = document.stat(), document.read_text(encoding="utf-8")
    document.write_text(text.replace("12", "21"), encoding="utf-8")  # the same size, then its time put back
    os.utime(document, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (document.stat().st_size, document.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    changed("a document edited in place, its size and modification time as before")


def test_the_database_state_changes_with_every_row_written_and_not_on_reading(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    url = f"sqlite:///{path}"
    assert freshness.database(url) == "absent"
    make_engine(url).dispose()
    empty = freshness.database(url)
    assert empty is not None and freshness.database(url) == empty
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO review_decision (target, action, ref, who, at) VALUES ('t', 'reject', 'r', 'w', 'x')")
    one = freshness.database(url)
    assert one not in (empty, None)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("DELETE FROM review_decision")
        db.execute("INSERT INTO review_decision (target, action, ref, who, at) VALUES ('t', 'accept', 'r', 'w', 'y')")
    assert freshness.database(url) not in (empty, one), "a row replaced by another"
    path.write_bytes(b"not a database" * 500)
    assert freshness.database(url) is None, "one that does not open: the status is computed, which says why"
