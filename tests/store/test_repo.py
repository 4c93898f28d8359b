"""The logs of people's records in the database: rows written by other means are skipped and named, repeats kept once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from tracker.model.decision import Action, Decision
from tracker.quantity import parse_quantity
from tracker.store import repo
from tracker.store.db import make_engine

T0 = datetime(2022, 7, 1, 8, tzinfo=UTC)


def manual(value: str | None = "5.2亿元", at: datetime = T0, **more: object) -> Decision:
    fields = {"target": "yk22-contracts", "action": Action.MANUAL, "ref": "manual:2022-06-30",
              "value": parse_quantity(value) if value else None, "as_of": date(2022, 6, 30), "who": "张科长",
              "at": at}
    return Decision(**fields | more)


def test_rows_written_by_sql_that_do_not_read_are_skipped_and_named(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with Session(engine) as session:
        repo.save_decisions([manual()], session=session)
        session.commit()
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:  # what another tool, or a hand, might leave
        db.executemany("INSERT INTO review_decision (target, action, ref, value, as_of, who, at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", [
                           ("yk22-contracts", "manual", "manual:2022-05-31", "6项", "2022-05-31", "x", "2022-06-01"),
                           ("yk22-contracts", "manual", "manual:2022-04-30", "5亿元", "2022-04-31", "x", "2022-05-01"),
                           ("yk22-contracts", "accept", "seeds/a.txt:1", None, None, "x", "not a time"),
                       ])
        db.execute("INSERT INTO lag_note (target, as_of, cause, measures, who, at) VALUES (?, ?, ?, ?, ?, ?)",
                   ("yk22-contracts", "2022-06-30", "原因\x00", "", "x", "2022-07-01"))
    with Session(engine) as session:
        decisions, skipped = repo.load_decisions(session=session)
        notes, skipped_notes = repo.load_notes(session=session)
    # 6项 reads as a decision: only its target can say it does not fit (matching.review.fitting).
    assert [d.ref for d in decisions] == ["manual:2022-05-31", "manual:2022-06-30"]
    assert [(p.row, p.code) for p in skipped] == [(3, "schema.bad_date"), (4, "schema.bad_time")]
    assert (notes, [(p.table, p.row, p.code) for p in skipped_notes]) == ([], [("lag_note", 1, "schema.control_char")])


def test_a_decision_listed_twice_is_stored_once_but_a_change_of_mind_is_kept(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    later = T0 + timedelta(hours=1)
    accept = manual(action=Action.ACCEPT, ref="seeds/a.txt:5", value=None, as_of=None)
    batch = [manual(), manual(), manual(at=later, who="李科员"),  # the same value, entered again
             accept, accept.model_copy(update={"action": Action.REJECT, "at": later}),
             accept.model_copy(update={"at": later + timedelta(hours=1)})]  # accepted, rejected, accepted again
    with Session(engine) as session:
        assert repo.save_decisions(batch, session=session) == 4
        session.commit()
        assert repo.save_decisions(batch, session=session) == 0
        decisions, _ = repo.load_decisions(session=session)
    assert [(d.ref, d.action, d.who) for d in decisions] == [
        ("manual:2022-06-30", Action.MANUAL, "张科长"), ("seeds/a.txt:5", Action.ACCEPT, "张科长"),
        ("seeds/a.txt:5", Action.REJECT, "张科长"), ("seeds/a.txt:5", Action.ACCEPT, "张科长")]
