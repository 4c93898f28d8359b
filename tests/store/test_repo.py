"""Storing documents, decisions and notes: races between processes, text every backend can hold, rows written by other
means skipped and named, repeats kept once."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import func
from sqlmodel import Session, select, update

from tests.hostile.runner import Run, _warm, run_all
from tracker.model.decision import Action, Decision
from tracker.model.document import Document, DocumentMeta
from tracker.model.note import LagNote
from tracker.quantity import parse_quantity
from tracker.store import repo
from tracker.store.db import make_engine
from tracker.store.tables import DocumentRow, FigureRow


@pytest.fixture
def side_by_side(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ingests that both read what is stored before either stores anything: every file is new to both."""
    _warm()  # the cases' warm-up computes a status in this process: done before the barrier is in the way
    barrier = multiprocessing.get_context("fork").Barrier(2, timeout=20)
    read = repo.fingerprints

    def then_wait(*, session: Session) -> dict[str, repo.Known]:
        known = read(session=session)
        barrier.wait()
        return known

    monkeypatch.setattr(repo, "fingerprints", then_wait)
    yield


def ingest_twice_at_once(folder: Path, env: dict[str, str]) -> None:
    """Two processes ingesting one folder at the same time both succeed."""
    outcomes = run_all({name: Run(["--lang", "en", "ingest"], folder, env) for name in "ab"}, parallel=2)
    for outcome in outcomes.values():
        assert outcome.code == 0, outcome.err
        assert "5 stored" in outcome.out, outcome.out


def stored(url: str) -> tuple[int, int, int]:
    """Documents, distinct files, figures."""
    with Session(make_engine(url)) as session:
        return (session.exec(select(func.count()).select_from(DocumentRow)).one(),
                session.exec(select(func.count(DocumentRow.location.distinct()))).one(),
                session.exec(select(func.count()).select_from(FigureRow)).one())


def test_two_ingests_of_a_new_folder_at_once(project: Path, side_by_side: None) -> None:
    ingest_twice_at_once(project, {})
    assert stored(f"sqlite:///{project / '.tracker' / 'tracker.sqlite3'}") == (5, 5, 500)


@pytest.mark.parametrize("returning", [True, False], ids=["returning", "row-count"])
def test_a_file_stored_by_another_process_meanwhile_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 returning: bool) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    engine.dialect.insert_returning = returning
    document = Document(path="a.txt", text="全年完成投资12亿元。", format="txt", sha256="0", meta=DocumentMeta(file="a.txt"))
    insert, others = repo._inserted, []

    def another_stores_it_first(values: dict, connection: object) -> int | None:
        if not others:  # once: after this process found no row for the file, before its insert
            others.append(values["location"])
            with Session(engine) as other:
                repo.save_document(document, [], "/docs/a.txt", "theirs", session=other, stored_before=False)
                other.commit()
        return insert(values, connection)  # type: ignore[arg-type]

    monkeypatch.setattr(repo, "_inserted", another_stores_it_first)
    with Session(engine) as session:  # a file this process never stored: no removal before its insert
        repo.save_document(document, [], "/docs/a.txt", "ours", session=session, stored_before=False)
        session.commit()
    assert others == ["/docs/a.txt"], "the other process stored it in between"
    with Session(engine) as session:
        assert repo.fingerprints(session=session) == {"/docs/a.txt": repo.Known("ours")}


def store_nul_bytes(url: str) -> None:
    """Text with NUL (which PostgreSQL's text cannot hold) is refused where people enter it; should a value holding
    one reach the store all the same (built without validation, as another tool might), it is stored with U+FFFD in
    its place, on every backend."""
    engine = make_engine(url)
    at = datetime(2025, 7, 1, tzinfo=UTC)
    fields = {"target": "t1", "as_of": date(2025, 6, 30), "cause": "资金\x00未到位", "measures": "\x00", "who": "王\x00",
              "at": at}
    with pytest.raises(ValidationError):
        LagNote(**fields)
    note = LagNote.model_construct(**fields)
    decision = Decision.model_construct(target="t1", action=Action.REJECT, ref="a.txt:1", note="重\x00复", who="王",
                                        at=at, value=None, as_of=None, source=None, text=None)
    with Session(engine) as session:
        repo.save_note(note, session=session)
        assert repo.save_decisions([decision], session=session) == 1
        session.commit()
    with Session(engine) as session:
        assert repo.save_decisions([decision], session=session) == 0, "the same decision is known"
        notes, skipped = repo.load_notes(session=session)
        assert skipped == [] and (notes[-1].cause, notes[-1].measures, notes[-1].who) == ("资金\ufffd未到位", "\ufffd", "王\ufffd")
        assert repo.load_decisions(session=session)[0][-1].note == "重\ufffd复"


def test_nul_bytes_in_notes(tmp_path: Path) -> None:
    store_nul_bytes(f"sqlite:///{tmp_path / 'db.sqlite3'}")


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


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Session]:
    """A folder of two reports (a figure of 2024, one of 2010) and a subfolder holding a third, all ingested."""
    from tracker.pipeline import ingest

    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text("2024年，全市新增高新技术企业56家。", encoding="utf-8")
    (docs / "b.txt").write_text("2010年，全市新增高新技术企业30家。", encoding="utf-8")
    (docs / "sub" / "c.txt").write_text("2024年，全市新增高新技术企业56家。", encoding="utf-8")
    engine = make_engine("sqlite://")
    ingest(docs, engine)
    ingest(docs / "sub", engine)
    with Session(engine) as session:
        yield docs, session


def test_a_window_loads_only_the_documents_with_a_figure_in_it_and_only_their_texts(archive) -> None:
    docs, session = archive
    window = repo.load_documents(session=session, folder=docs, between=(date(2024, 1, 1), date(2024, 12, 31)))
    assert [(d.path, d.text, [f.quantity.value for f in figures]) for d, figures in window] == [
        ("docs/a.txt", "2024年，全市新增高新技术企业56家。", [56])]
    everything = repo.load_documents(session=session, folder=docs)
    assert [(d.path, d.text[:5], len(figures)) for d, figures in everything] == [
        ("docs/a.txt", "2024年", 1), ("docs/b.txt", "2010年", 1)]  # not the subfolder's c.txt
    assert repo.load_documents(session=session, folder=docs, keep=lambda d: d.path == "docs/b.txt",
                               between=(date(2024, 1, 1), date(2024, 12, 31))) == []


def test_a_document_wholly_outside_the_days_is_passed_over_by_the_days_its_figures_span(
        archive, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, session = archive
    spans = session.exec(select(DocumentRow.path, DocumentRow.figures_from, DocumentRow.figures_to)).all()
    assert sorted(spans) == [("docs/a.txt", date(2024, 1, 1), date(2024, 12, 31)),
                             ("docs/b.txt", date(2010, 1, 1), date(2010, 12, 31)),
                             ("docs/sub/c.txt", date(2024, 1, 1), date(2024, 12, 31))]
    monkeypatch.setattr(repo, "_IDS", 1)  # the folder's documents chosen in SQL, as for an archive
    window = (date(2024, 1, 1), date(2024, 12, 31))
    assert [d.path for d, _ in repo.load_documents(session=session, folder=docs, between=window)] == ["docs/a.txt"]
    session.exec(update(DocumentRow).where(DocumentRow.path == "docs/a.txt").values(figures_to=date(2023, 12, 31)))
    assert repo.load_documents(session=session, folder=docs, between=window) == []  # its figures not looked at
    assert [d.path for d, _ in repo.load_documents(session=session, folder=docs)] == ["docs/a.txt", "docs/b.txt"]
    session.exec(update(DocumentRow).where(DocumentRow.path == "docs/a.txt").values(figures_from=None))
    assert [d.path for d, _ in repo.load_documents(session=session, folder=docs, between=window)] == [
        "docs/a.txt"]  # a span not known (a row an older tracker wrote): its figures are looked at


@pytest.mark.parametrize(("column", "value"), [("issued", 0), ("period_start", 0), ("period_end", 20241231)])
def test_a_number_written_by_sql_into_a_documents_day_is_no_day_and_the_document_is_read_again(
        archive, column: str, value: int) -> None:
    docs, session = archive
    session.connection().exec_driver_sql(f"UPDATE document SET {column} = ? WHERE path = 'docs/a.txt'", (value,))
    assert [d.path for d, _ in repo.list_documents(session=session, folder=docs)] == ["docs/b.txt"]
    assert [Path(p).name for p in session.info[repo.FORGOTTEN]] == ["a.txt"]  # not a day of 1970


def test_documents_are_listed_without_their_texts_with_their_figures_counted(archive) -> None:
    docs, session = archive
    listed = repo.list_documents(session=session, folder=docs)
    assert [(d.path, d.text, d.meta.file, count) for d, count in listed] == [
        ("docs/a.txt", "", "a.txt", 1), ("docs/b.txt", "", "b.txt", 1)]
    assert [d.path for d, _ in repo.list_documents(session=session, folder=docs / "sub")] == ["docs/sub/c.txt"]


def test_a_folder_read_once_for_status_lists_and_loads_as_the_two_readers_do(archive) -> None:
    docs, session = archive
    window = (date(2024, 1, 1), date(2024, 12, 31))
    listed, loaded = repo.load_folder(session=session, folder=docs, keep=lambda d: True, between=window)
    assert listed == repo.list_documents(session=session, folder=docs)
    assert loaded == repo.load_documents(session=session, folder=docs, between=window)
    assert [d.path for d, _ in loaded] == ["docs/a.txt"] and len(listed) == 2


def test_status_loads_only_the_figures_that_can_be_a_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.pipeline import ingest

    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("2024年上半年工作总结\n2024年上半年，全市新增高新技术企业56家，预计全年新增80家。"
                                "“十四五”以来累计新增高新技术企业300家，其中新增省级企业5家。\n二、下半年工作打算\n"
                                "全市新增研发平台6个。", encoding="utf-8")
    engine = make_engine("sqlite://")
    ingest(docs, engine)
    window = (date(2020, 1, 1), date(2025, 12, 31))
    with Session(engine) as session:
        (_, every), = repo.load_documents(session=session, folder=docs, between=window)
        listed, ((_, results),) = repo.load_folder(session=session, folder=docs, keep=lambda d: True, between=window)
    # a forecast, a total since 2021, its part, a plan part's promise: read and counted, never loaded for status
    assert [(f.quantity.text, f.modality.value, f.cumulative, f.subset, f.in_plan) for f in every] == [
        ("56家", "achieved", False, False, False), ("80家", "forecast", False, False, False),
        ("300家", "achieved", True, False, False), ("5家", "achieved", True, True, False),
        ("6个", "planned", False, False, True)]
    assert results == every[:1] and [count for _, count in listed] == [5]


def test_status_loads_only_the_units_some_target_takes(archive) -> None:
    docs, session = archive
    window = (date(2000, 1, 1), date(2030, 12, 31))
    kept = repo.load_folder(session=session, folder=docs, keep=lambda d: True, between=window,
                            units={"count": frozenset({"家", "户"})})[1]
    assert [(d.path, [f.quantity.text for f in figures]) for d, figures in kept] == [
        ("docs/a.txt", ["56家"]), ("docs/b.txt", ["30家"])]
    for units in ({"count": frozenset({"个"})}, {"money": None}, {}):
        listed, loaded = repo.load_folder(session=session, folder=docs, keep=lambda d: True, between=window,
                                          units=units)
        assert loaded == [] and [count for _, count in listed] == [1, 1]  # listed with their figures all the same
    assert repo.load_folder(session=session, folder=docs, keep=lambda d: True, between=window,
                            units={"count": None})[1] == kept


def test_a_damaged_page_met_while_the_figures_are_read_is_named_as_any_query_names_it(project: Path) -> None:
    """Figures are read from SQLite's own cursor (fast); a page of them found damaged there is said as damage
    (`store.corrupt`, the database named), not an internal error."""
    from tracker.errors import TrackerUserError
    from tracker.pipeline import ingest

    path = project / "damaged.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    ingest(project / "seeds", engine)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        leaves = [page for (page,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'figure' AND pagetype = 'leaf' ORDER BY pageno")]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as file:  # one leaf in the middle: the first rows read well, then the damage
        file.seek((leaves[len(leaves) // 2] - 1) * size + 8)
        file.write(b"\xff" * 200)
    with Session(make_engine(f"sqlite:///{path}")) as session, pytest.raises(TrackerUserError) as caught:
        repo.load_documents(session=session, folder=project / "seeds")
    assert caught.value.code == "store.corrupt" and str(path) in caught.value.message("en")


def test_what_status_leaves_in_the_database_is_nothing_matching_would_take(project: Path) -> None:
    """`repo.RESULTS` (in SQL) and `Corpus` (in Python) say one rule twice, what can be a result: over the seeds,
    every figure matching makes a candidate of is loaded for status, and the SQL leaves some out."""
    from tracker.matching.match import Corpus
    from tracker.pipeline import ingest

    engine = make_engine("sqlite://")
    ingest(project / "seeds", engine)
    window = (date(2000, 1, 1), date(2030, 12, 31))
    with Session(engine) as session:
        every = repo.load_documents(session=session, folder=project / "seeds", between=window)
        _, results = repo.load_folder(session=session, folder=project / "seeds", keep=lambda d: True, between=window)
    loaded = {(f.document, f.start) for _, figures in results for f in figures}
    taken = {(c.figure.document, c.figure.start) for c in Corpus(every).candidates}
    assert taken and taken <= loaded < {(f.document, f.start) for _, figures in every for f in figures}
