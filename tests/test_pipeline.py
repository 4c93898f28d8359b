"""Batches: one bad file never stops the rest; ingest skips what has not changed."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlmodel import Session

from tracker import pipeline
from tracker.pipeline import extract_files, ingest
from tracker.store import repo
from tracker.store.db import make_engine

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("yingkou-2022-h1.txt", "weihai-2024-11-press.txt", "manifest.yaml"):
        shutil.copy(SEEDS / name, docs / name)
    (docs / "manifest.yaml").write_text(
        "\n".join(line for line in (SEEDS / "manifest.yaml").read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    return docs


def test_extract_goes_on_past_a_bad_file(folder: Path) -> None:
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    results, diagnostics = extract_files([folder / "broken.pdf", folder / "yingkou-2022-h1.txt"])
    assert [d.path for d, _ in results] == ["docs/yingkou-2022-h1.txt"]
    assert [(d.path, d.code) for d in diagnostics if d.code.startswith("read.")] == [("docs/broken.pdf", "read.broken")]


def test_ingest_stores_then_skips_unchanged_then_rereads_changed(folder: Path) -> None:
    engine = make_engine("sqlite://")
    (folder / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    first = ingest(folder, engine)
    assert sorted(first.stored) == ["docs/weihai-2024-11-press.txt", "docs/yingkou-2022-h1.txt"]
    assert first.figures > 150
    second = ingest(folder, engine)
    assert second.stored == [] and len(second.unchanged) == 2
    (folder / "yingkou-2022-h1.txt").write_text("上半年新增企业35家。", encoding="utf-8")
    third = ingest(folder, engine)
    assert third.stored == ["docs/yingkou-2022-h1.txt"] and third.figures == 1


@pytest.mark.parametrize(("batch_figures", "kept"), [(1, 1), (10**9, 0)], ids=["batches-of-one", "one-batch"])
def test_an_ingest_stopped_midway_keeps_every_batch_it_finished_and_no_other(
        folder: Path, monkeypatch: pytest.MonkeyPatch, batch_figures: int, kept: int) -> None:
    """Files read are stored a batch at a time: stopped while reading the second file (Ctrl-C), the first is
    kept when it was a batch of its own, not when it was still waiting; nothing is half stored."""
    engine = make_engine("sqlite://")
    (folder / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "BATCH_FIGURES", batch_figures)
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 10.0**9)  # however slow the machine
    real, calls = pipeline.read_bytes_and_state, []

    def stopped_at_the_second(path: Path, limits: object) -> tuple[bytes, os.stat_result]:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_bytes_and_state", stopped_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        ingest(folder, engine)
    with Session(engine) as session:
        stored = repo.list_documents(session=session, folder=folder)
    assert [(d.path, count > 100) for d, count in stored] == [("docs/weihai-2024-11-press.txt", True)][:kept]


def test_documents_stored_in_one_batch_each_keep_their_own_figures(folder: Path) -> None:
    """One transaction for several files: each row has its own figures, as when stored one by one."""
    (folder / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    batched, alone = make_engine("sqlite://"), make_engine("sqlite://")
    ingest(folder, batched)
    for path in sorted(folder.glob("*.txt")):  # each in a folder of its own
        (other := folder.parent / f"alone-{path.stem}").mkdir()
        shutil.copy(path, other / path.name)
        ingest(other, alone)
    with Session(batched) as one, Session(alone) as two:
        mine = [(d.path.rsplit("/", 1)[1], n) for d, n in repo.list_documents(session=one, folder=folder)]
        theirs = sorted((d.path.rsplit("/", 1)[1], n) for d, n in repo.list_documents(session=two))
    assert mine == theirs and len(mine) == 2 and all(n > 50 for _, n in mine)


def test_two_files_read_as_one_location_in_one_batch_replace_each_other_as_in_two_runs(tmp_path: Path) -> None:
    """Names neither UTF-8 nor GB18030 reads (a\\xff.txt, a\\xfe.txt) are one location (`_location`): read in one
    batch, the later replaces the earlier, figures and all, as it would in separate runs; nothing crashes."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, count in ((b"a\xfe.txt", 51), (b"a\xff.txt", 50), (b"b.txt", 52)):
        (folder / os.fsdecode(name)).write_text(f"2024年上半年工作总结\n2024年上半年，全市新增高新技术企业{count}家。\n",
                                                encoding="utf-8")
    engine = make_engine("sqlite://")
    assert len(ingest(folder, engine).stored) == 3
    with Session(engine) as session:
        stored = repo.load_documents(session=session, folder=folder)
    assert sorted(str(f.quantity.value) for _, figures in stored for f in figures) == ["50", "52"]
    assert all(len(figures) == 1 and str(figures[0].quantity.value) in d.text for d, figures in stored)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files ingest opens and reads, in turn."""
    seen: list[str] = []
    real = pipeline.read_bytes_and_state

    def counted(path: Path, limits: object) -> tuple[bytes, os.stat_result]:
        seen.append(path.name)
        return real(path, limits)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_bytes_and_state", counted)
    return seen


def settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest's clock a minute ahead: the files the test has just written count as changed long enough before
    being read for their state to be kept."""
    monkeypatch.setattr(pipeline, "time", SimpleNamespace(time_ns=lambda: time.time_ns() + 60 * 10**9,
                                                          monotonic=time.monotonic))


def test_a_file_in_the_state_it_was_read_in_is_not_read_again(folder: Path, reads: list[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    settle(monkeypatch)
    engine = make_engine("sqlite://")
    assert len(ingest(folder, engine).stored) == 2 and len(reads) == 2
    again = ingest(folder, engine)
    assert again.stored == [] and len(again.unchanged) == 2 and len(reads) == 2, "nothing read the second time"
    manifest = folder / "manifest.yaml"  # its manifest entry is part of the state
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('period: "2022-H1"', 'period: "2022"'),
                        encoding="utf-8")
    assert ingest(folder, engine).stored == ["docs/yingkou-2022-h1.txt"] and reads[2:] == ["yingkou-2022-h1.txt"]


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_read(folder: Path, reads: list[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    settle(monkeypatch)
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    path = folder / "yingkou-2022-h1.txt"
    before, text = path.stat(), path.read_text(encoding="utf-8")
    edited = text.replace("35", "53", 1)
    assert edited != text and len(edited.encode()) == before.st_size
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # its time put back, as a copy tool may
    assert path.stat().st_mtime_ns == before.st_mtime_ns and path.stat().st_size == before.st_size
    assert ingest(folder, engine).stored == ["docs/yingkou-2022-h1.txt"], "its change time told it apart"


def test_a_file_changed_just_before_it_was_read_is_read_again_until_it_has_settled(
        folder: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine("sqlite://")
    monkeypatch.setattr(pipeline, "time", SimpleNamespace(time_ns=lambda: 0, monotonic=time.monotonic))  # every file changed just now
    ingest(folder, engine)  # might change again within the clock's tick unseen
    with Session(engine) as session:
        assert {known.state for known in repo.fingerprints(session=session).values()} == {None}
    again = ingest(folder, engine)
    assert again.stored == [] and len(again.unchanged) == 2 and len(reads) == 4, "read again, found unchanged"
    with Session(engine) as session:
        assert {known.state for known in repo.fingerprints(session=session).values()} == {None}
    settle(monkeypatch)
    ingest(folder, engine)  # read again, now settled: the state is recorded
    with Session(engine) as session:
        assert None not in {known.state for known in repo.fingerprints(session=session).values()}
    assert len(reads) == 6
    assert len(ingest(folder, engine).unchanged) == 2 and len(reads) == 6, "not read once its state is known"


def test_ingest_forgets_removed_files_and_reports_unreadable_ones(folder: Path) -> None:
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    (folder / "weihai-2024-11-press.txt").unlink()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 nothing")
    report = ingest(folder, engine)
    assert report.removed == ["docs/weihai-2024-11-press.txt"]
    assert [d.code for d in report.diagnostics if d.path == "docs/scan.pdf"] == ["read.broken"]
    with Session(engine) as session:
        assert [d.path for d, _ in repo.load_documents(session=session)] == ["docs/yingkou-2022-h1.txt"]


def test_stored_figures_come_back_equal(folder: Path) -> None:
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    results, _ = extract_files([folder / "yingkou-2022-h1.txt"])
    with Session(engine) as session:
        stored = {d.path: f for d, f in repo.load_documents(session=session)}
    assert stored["docs/yingkou-2022-h1.txt"] == results[0][1]


def test_a_manifest_change_rereads_the_document(folder: Path) -> None:
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    manifest = folder / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('period: "2022-H1"', 'period: "2022"'),
                        encoding="utf-8")
    assert ingest(folder, engine).stored == ["docs/yingkou-2022-h1.txt"]


def test_the_same_folder_reached_two_ways_is_stored_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    monkeypatch.chdir(folder)
    again = ingest(Path("."), engine)
    assert again.stored == [] and len(again.unchanged) == 2
    with Session(engine) as session:
        assert len(repo.load_documents(session=session)) == 2


def test_a_decision_applied_to_a_report_equals_the_status_computed_with_it_stored(tmp_path) -> None:
    from datetime import UTC, date, datetime

    from sqlmodel import Session

    from tracker.config.targets import load_targets
    from tracker.model.decision import Action, Decision
    from tracker.model.evidence import Review
    from tracker.pipeline import ingest, status, with_decisions
    from tracker.store import repo
    from tracker.store.db import make_engine

    root = Path(__file__).resolve().parent.parent
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    ingest(root / "seeds", engine)
    targets_file, _ = load_targets(root / "targets.yaml")
    as_of = date(2022, 6, 30)
    before = status(targets_file, engine, root / "seeds", as_of)
    pending = next(e for items in before.evidence.values() for e in items if e.review is Review.PENDING)
    auto = next(e for items in before.evidence.values() for e in items
                if e.review is Review.AUTO and e.target != pending.target)
    decisions = [Decision(target=pending.target, action=Action.ACCEPT, ref=pending.ref, who="t", at=datetime.now(UTC)),
                 Decision(target=auto.target, action=Action.REJECT, ref=auto.ref, who="t", at=datetime.now(UTC))]
    applied = with_decisions(before, targets_file, decisions)
    with Session(engine) as session:
        repo.save_decisions(decisions, session=session)
        session.commit()
    stored = status(targets_file, engine, root / "seeds", as_of)
    assert applied.progress == stored.progress
    assert applied.rollups == stored.rollups
    assert {t: [(e.ref, e.review) for e in items] for t, items in applied.evidence.items()} == \
           {t: [(e.ref, e.review) for e in items] for t, items in stored.evidence.items()}
    assert applied.progress != before.progress


def test_a_file_that_disappears_mid_run_is_one_line_and_the_rest_is_stored(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.pipeline as pipeline

    files, others = pipeline.listed(folder)
    monkeypatch.setattr(pipeline, "listed", lambda _: ([folder / "gone.txt", *files], others))  # listed, then deleted
    report = ingest(folder, make_engine("sqlite://"))
    assert [(d.path, d.code) for d in report.diagnostics if d.path != "docs/manifest.yaml"] == [
        ("docs/gone.txt", "file.not_found")]
    assert sorted(report.stored) == ["docs/weihai-2024-11-press.txt", "docs/yingkou-2022-h1.txt"]


def test_a_bug_met_on_one_text_leaves_that_file_out_and_reads_the_others(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.extract.engine as engine

    real = engine.extract

    def extract(document, *normalized):  # the extractor failing on one document only
        if "yingkou" in document.path:
            raise KeyError(10000000)
        return real(document, *normalized)

    monkeypatch.setattr(engine, "extract", extract)
    results, diagnostics = extract_files([folder / "yingkou-2022-h1.txt", folder / "weihai-2024-11-press.txt"])
    assert [d.path for d, _ in results] == ["docs/weihai-2024-11-press.txt"]
    assert [(d.path, d.code, d.params["reason"]) for d in diagnostics if d.path != "docs/manifest.yaml"] == [
        ("docs/yingkou-2022-h1.txt", "extract.failed", "KeyError(10000000)")]


def test_entries_that_are_no_regular_file_are_named_not_skipped(folder: Path) -> None:
    import os

    os.mkfifo(folder / "pipe.txt")
    (folder / "folder.pdf").mkdir()
    os.symlink("nowhere.txt", folder / "dangling.txt")
    report = ingest(folder, make_engine("sqlite://"))
    assert sorted((d.path, d.code) for d in report.diagnostics if d.path != "docs/manifest.yaml") == [
        ("docs/dangling.txt", "read.link_broken"), ("docs/folder.pdf", "read.is_folder"), ("docs/pipe.txt", "read.is_fifo")]
    assert len(report.stored) == 2


def test_a_file_that_became_unreadable_no_longer_counts(folder: Path) -> None:
    import os

    engine = make_engine("sqlite://")
    ingest(folder, engine)
    (folder / "yingkou-2022-h1.txt").write_bytes(bytes(range(256)) * 20)  # overwritten with binary
    os.remove(folder / "weihai-2024-11-press.txt")
    os.mkfifo(folder / "weihai-2024-11-press.txt")  # replaced by a pipe
    report = ingest(folder, engine)
    assert sorted(d.code for d in report.diagnostics if d.path != "docs/manifest.yaml") == ["read.binary", "read.is_fifo"]
    with Session(engine) as session:
        assert repo.load_documents(session=session) == []  # their earlier figures are gone with them


def test_a_folder_named_in_gbk_is_stored_read_and_forgotten_by_its_readable_name(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / os.fsdecode("材料".encode("gbk"))  # as a zip from a Chinese Windows unpacks it
    docs.mkdir()
    shutil.copy(SEEDS / "weihai-2024-11-press.txt", docs / "weihai-2024-11-press.txt")
    engine = make_engine("sqlite://")
    first = ingest(docs, engine)
    assert len(first.stored) == 1 and first.diagnostics == []
    with Session(engine) as session:
        (document, figures), = repo.load_documents(session=session, folder=docs)
        assert figures and "\udcb2" not in document.path
    assert ingest(docs, engine).unchanged == first.stored  # found again under the same readable location
    (docs / "weihai-2024-11-press.txt").unlink()
    assert len(ingest(docs, engine).removed) == 1
    with Session(engine) as session:
        assert repo.load_documents(session=session, folder=docs) == []


def test_a_manifest_is_kept_beside_an_sqlite_file_and_nowhere_for_a_server(tmp_path: Path) -> None:
    assert pipeline.kept_beside(f"sqlite:///{tmp_path / 'db' / 'tracker.sqlite3'}") == (
        tmp_path / "db" / ".tracker.sqlite3-manifests")
    assert pipeline.kept_beside("sqlite://") is None
    assert pipeline.kept_beside("postgresql+psycopg://u:p@host/db") is None


def test_an_ingest_keeps_the_manifest_read_and_reads_it_back(folder: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    engine, kept = make_engine("sqlite://"), tmp_path / "kept"
    first = ingest(folder, engine, kept=kept)
    assert len(list(kept.iterdir())) == 1
    monkeypatch.setattr("tracker.config.manifest.parse_yaml", None)  # parsing it again would fail
    again = ingest(folder, engine, kept=kept)
    assert again.diagnostics == first.diagnostics and len(again.unchanged) == 2


def test_a_file_beyond_a_lowered_size_limit_is_left_out_though_its_state_is_known(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settle(monkeypatch)
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    monkeypatch.setenv("TRACKER_MAX_FILE_MB", "0.001")
    report = ingest(folder, engine)
    assert report.unchanged == [] and {d.code for d in report.diagnostics if d.path != "docs/manifest.yaml"} == {
        "read.too_large"}


def test_a_state_is_not_recorded_on_a_row_another_ingest_has_stored_meanwhile(folder: Path) -> None:
    """Ingest A finds a file unchanged and would record its state; ingest B stores the file anew meanwhile (another
    manifest entry, another fingerprint): A's state must not land on B's row."""
    engine = make_engine("sqlite://")
    ingest(folder, engine)
    with Session(engine) as session:
        (location, before), *_ = repo.fingerprints(session=session).items()
        session.connection().execute(repo._DOCUMENTS.update().where(repo._DOCUMENTS.c.location == location)
                                     .values(fingerprint="stored by another ingest"))
        repo.note_file_states({location: repo.Known(before.fingerprint, "state A found")}, session=session)
        session.commit()
        assert repo.fingerprints(session=session)[location] == repo.Known("stored by another ingest", None)
