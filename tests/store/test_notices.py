"""The notices issued (督办通知) as a log: stored, read back through validation, a garbled row named and skipped."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session

from tracker.model.notice import Notice
from tracker.store import repo
from tracker.store.db import make_engine

NOTICE = Notice(unit="高新技术科", issued=date(2022, 7, 5), as_of=date(2022, 6, 30), reply_by=date(2022, 7, 14),
                targets=("yk22-contracts", "yk22-projects"), file="notices/督办通知-高新技术科-2022-06-30.docx",
                who="张科长", at=datetime(2022, 7, 5, 2, tzinfo=UTC))


def test_a_notice_reads_back_as_written_and_a_garbled_row_is_named(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    later = NOTICE.model_copy(update={"unit": "成果转化科", "targets": ("yk22-firms",),
                                      "at": datetime(2022, 7, 5, 3, tzinfo=UTC)})
    with Session(engine) as session:
        repo.save_notices([later, NOTICE], session=session)
        session.commit()
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:  # what another tool might leave: an id that is no id
        db.execute("INSERT INTO supervision_notice (unit, issued, as_of, reply_by, targets, file, who, at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   ("科技局", "2022-07-05", "2022-06-30", "2022-07-14", "yk22 contracts", "a.docx", "x",
                    "2022-07-06 00:00:00"))
    with Session(engine) as session:
        notices, skipped = repo.load_notices(session=session)
    assert notices == [NOTICE, later], "oldest first, every field as written"
    assert [(p.table, p.row, p.code) for p in skipped] == [("supervision_notice", 3, "schema.bad_id")]
