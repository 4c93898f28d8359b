"""The stages run in order: documents → figures → matches → reviews → progress.

Each function here reads top to bottom, one paragraph per stage, and returns
its result with every problem it met as a value; one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlmodel import Session

from tracker.collector import paused
from tracker.config.manifest import MANIFEST_NAME, load_manifest
from tracker.errors import Diagnostic, Severity, TrackerUserError
from tracker.extract.limits import Limits
from tracker.extract.readers import SUPPORTED, forget_folders, read_bytes_and_state, shown_path
from tracker.extract.version import extractor_version
from tracker.model.document import Document, Manifest
from tracker.model.figure import Figure
from tracker.safe_text import readable_name, readable_path
from tracker.store import repo

if TYPE_CHECKING:  # matching and progress are imported by the stages that use them: an ingest needs neither
    from tracker.model.decision import Decision
    from tracker.model.plan import TargetsFile
    from tracker.progress.report import StatusReport

Progress = Callable[[int, int, str], None]
"""Called as (done, total, path) after each file of a long run."""


_NOT_SHOWN = (".", "~$")
"""Hidden files and Office's lock files (~$报告.docx) are no one's documents: passed over without a word."""


def document_files(folder: Path) -> list[Path]:
    """The documents of a folder (not its manifest), sorted by name: every entry with a document's suffix.

    Entries that are not regular files (a folder named x.txt, a FIFO, a looping link) are listed too, so
    reading them says why they are left out instead of passing over them in silence; a FIFO is never opened.
    """
    return listed(folder)[0]


def listed(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """`document_files` of a folder, and a warning for each other entry: files of a kind tracker does not read
    (附件.doc, 照片.jpg) and subfolders (whose documents are not read), so that nothing is passed over in silence; from
    one listing of the folder (an archive's folder holds thousands)."""
    documents, others = [], []
    for path in sorted(folder.iterdir(), key=_by_name):
        name = path.name
        if name.startswith(_NOT_SHOWN) or name == MANIFEST_NAME:
            continue
        suffix = os.path.splitext(name)[1].rstrip(".")  # as `Path.suffix`: "a." has none
        if suffix.lower() in SUPPORTED:
            documents.append(path)
            continue
        if path.is_dir():
            code, params = "read.subfolder", {}
        else:
            code, params = "read.not_read", {"suffix": suffix or "(none)", "supported": " ".join(SUPPORTED)}
        others.append(Diagnostic(path=shown_path(path), code=code, params=params, severity=Severity.WARNING))
    return documents, others


def _by_name(path: Path) -> str:
    """The order of a folder's entries as paths sort (case folded where the system folds case), found from their
    names alone (comparing paths part by part takes a tenth of a second for an archive's folder)."""
    return os.path.normcase(path.name)


def extract_files(paths: list[Path]) -> tuple[list[tuple[Document, list[Figure]]], list[Diagnostic]]:
    """Read and extract each file, with the manifest beside it; failures are diagnostics, in the order met
    (`extract.documents.extracted` hands each file over as it is read)."""
    from tracker.extract.documents import extracted

    results, diagnostics = [], []
    for problems, document, figures in extracted(paths):
        diagnostics += problems
        if document is not None:
            results.append((document, figures))
    return results, diagnostics


@dataclass
class IngestReport:
    """What one ingest run did."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    figures: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _fingerprint(data: bytes, entry: str) -> str:
    """Changes when the file, its manifest entry (`_entry`) or the extractor changes."""
    digest = hashlib.sha256(data)
    digest.update(entry.encode())
    digest.update(extractor_version().encode())
    return digest.hexdigest()


def _entry(manifest: Manifest, path: Path) -> str:
    """A file's manifest entry as text ("" when it has none)."""
    entry = manifest.get(path.name)
    return entry.model_dump_json() if entry else ""


SETTLED_NS = 2_000_000_000
"""How long before it is read a file must have last changed for its state to be kept (`_file_state`). A file
changed just before may change again within the same tick of the file system's clock (a coarse one, or FAT's two
seconds) without a new time: its state is then not kept, and the next run reads it again (git's "racily clean")."""


def _file_state(facts: os.stat_result, entry: str, read_at: int | None = None) -> str | None:
    """What tells that a file is the one read before without reading it: its device, inode, size, modification
    and change times (an edit, a copy over, a `touch -d` back all change one), with its manifest entry and the
    extractor's version. (On Windows the "change time" is the creation time: an edit of the same size whose
    modification time is then put back goes unseen there, as it does for git.) With `read_at` (the clock when it
    was read, in ns): None for a file changed too shortly before (SETTLED_NS)."""
    if read_at is not None and read_at - max(facts.st_mtime_ns, facts.st_ctime_ns) < SETTLED_NS:
        return None
    known = f"{facts.st_dev}:{facts.st_ino}:{facts.st_size}:{facts.st_mtime_ns}:{facts.st_ctime_ns}\0{entry}"
    return hashlib.sha256(f"{known}\0{extractor_version()}".encode()).hexdigest()


def _unchanged_by_state(path: Path, entry: str, known: repo.Known | None, limits: Limits) -> bool:
    """The file is a regular file within the size limit, in the state recorded when it was last read (so it need
    not be read again)."""
    if known is None or known.state is None:
        return False
    try:
        facts = os.stat(path)
    except OSError:
        return False  # reading it says what is wrong
    return (stat.S_ISREG(facts.st_mode) and facts.st_size <= limits.file_bytes
            and _file_state(facts, entry) == known.state)


def kept_beside(url: str) -> Path | None:
    """Where a manifest's entries are kept between runs (`config.manifest_kept`): beside an SQLite database file;
    nowhere for a database in memory or on a server (nothing of it is written on this computer)."""
    from tracker.config.manifest_kept import KEPT_SUFFIX
    from tracker.store.freshness import sqlite_file

    path = sqlite_file(url)
    return Path(path).parent / f".{Path(path).name}{KEPT_SUFFIX}" if path else None


def ingest(folder: Path, engine: Engine, progress: Progress | None = None, *,
           kept: Path | None = None) -> IngestReport:
    """Store a folder's documents and figures, skipping files unchanged since the last run: a file in the state
    recorded when it was last read is not read again (`_file_state`), another is read and its fingerprint compared.
    `kept`: where the manifest's entries are kept between runs (`config.manifest_kept`), if anywhere.

    Files read are stored a batch at a time (`_Run.store`: a second's reading or BATCH_FIGURES figures, whichever
    comes first), each batch one transaction, committed without waiting for the disk (`store.db.relaxed`): a run
    killed at any moment keeps every batch it finished, and what is stored here is read again from the files if
    ever lost. The database is locked only while a batch is written, never while a file is read.
    """
    from tracker.store.db import relaxed

    report = IngestReport()
    forget_folders()
    manifest, report.diagnostics = load_manifest(folder, shown_path(folder), kept)
    files, others = listed(folder)
    report.diagnostics += others
    here = readable_path(str(folder.resolve()))
    locations = [_location(here, path) for path in files]
    with relaxed(engine) as session:
        run = _Run(manifest, Limits.from_env(), repo.fingerprints(session=session), session, report)
        for done, (path, location) in enumerate(zip(files, locations, strict=True), 1):
            shown, entry = shown_path(path), _entry(manifest, path)
            if _unchanged_by_state(path, entry, run.known.get(location), run.limits):
                report.unchanged.append(shown)
            else:
                run.read(path, shown, location, entry)
            if progress:
                progress(done, len(files), shown)
        run.store()
        repo.note_file_states(run.states, session=session)
        present = set(locations)
        gone = [loc for loc in run.known if os.path.dirname(loc) == here and loc not in present]
        report.removed = [shown_path(Path(loc)) for loc in gone]
        repo.remove_documents(gone, session=session)
        session.commit()
    return report


BATCH_FIGURES = 20_000
"""At most this many figures wait to be stored (`_Run.store`), as does at most a second's reading."""
BATCH_SECONDS = 1.0


@dataclass
class _Run:
    """One ingest: the folder's manifest, the limits, what was stored before, the session and the report; the
    documents read and not yet stored (`store`), and the states of files found unchanged by reading them,
    recorded at the end (`repo.note_file_states`)."""

    manifest: Manifest
    limits: Limits
    known: dict[str, repo.Known]
    session: Session
    report: IngestReport
    states: dict[str, repo.Known] = field(default_factory=dict)
    waiting: list[repo.Stored] = field(default_factory=list)
    waiting_since: float = 0.0

    def read(self, path: Path, shown: str, location: str, entry: str) -> None:
        """Read a file not known unchanged by its state: stored when its fingerprint is new (a batch at a time),
        its state noted when only that is; a file that cannot be read or extracted is said and forgotten."""
        read_at = time.time_ns()
        try:
            data, facts = read_bytes_and_state(path, self.limits)
        except TrackerUserError as error:
            self.report.diagnostics.append(Diagnostic(path=shown, code=error.code, params=error.params))
            _forget(location, self.known, self.session)
            return
        fingerprint, state = _fingerprint(data, entry), _file_state(facts, entry, read_at)
        if (before := self.known.get(location)) is not None and before.fingerprint == fingerprint:
            self.report.unchanged.append(shown)
            if state is not None and state != before.state:
                self.states[location] = repo.Known(fingerprint, state)
            return
        from tracker.extract.documents import read_document  # here: unchanged files never need it

        document, figures, problem = read_document(path, self.manifest, data, self.limits)
        if problem:
            self.report.diagnostics.append(problem)
            _forget(location, self.known, self.session)
            return
        if not self.waiting:
            self.waiting_since = time.monotonic()
        self.waiting.append(repo.Stored(document, figures, location, fingerprint, location in self.known, state))
        self.report.stored.append(shown)
        self.report.figures += len(figures)
        if (sum(len(item.figures) for item in self.waiting) >= BATCH_FIGURES
                or time.monotonic() - self.waiting_since >= BATCH_SECONDS):
            self.store()

    def store(self) -> None:
        """Store the documents read and not yet stored, in one transaction."""
        if self.waiting:
            repo.save_documents(self.waiting, session=self.session)
            self.session.commit()
            self.waiting = []


def _location(folder: str, path: Path) -> str:
    """Where a file is kept in the database: its folder's real path (as text: `readable_path`) and its name as text
    (a database stores text: a folder or a file named in GBK is read as GB18030)."""
    return os.path.join(folder, readable_name(path.name))


def _forget(location: str, known: dict[str, repo.Known], session: Session) -> None:
    """A file said to be left out leaves nothing behind: what an earlier run stored of it no longer counts."""
    if location in known:
        repo.remove_documents([location], session=session)
        session.commit()


@paused(settle=True)  # matching makes hundreds of thousands of objects that live to the end
def status(targets_file: TargetsFile, engine: Engine, folder: Path, as_of: date,
           plan_id: str | None = None, *, reread: bool = False, shown: bool = False) -> StatusReport:
    """Targets against the stored figures of a folder's documents, under people's decisions, as of a date; with
    `shown`, what a status shows only: a dropped match is kept for a target a stored decision names (a person may
    have accepted it), for no other (`tracker review list --all` lists them).

    Stored rows of a document that no longer read (changed by another tool) are forgotten by the loading; the
    folder is then ingested again, which reads those files afresh, and the status computed on the whole.
    """
    from tracker.matching.match import Corpus, Scope, match, vocabulary
    from tracker.matching.review import apply_decisions, fitting
    from tracker.matching.usage import usage
    from tracker.progress.report import report_of

    with Session(engine) as session:
        # Only what some target can take: its region's documents, figures of its years and baselines.
        scope = Scope.of(targets_file)
        listed, documents = repo.load_folder(session=session, folder=folder, keep=scope.holds,
                                             between=(scope.start, scope.end), units=scope.units) if scope else \
            (repo.list_documents(session=session, folder=folder), [])
        decisions, unreadable = repo.load_decisions(session=session)
        forgotten = session.info.get(repo.FORGOTTEN)
    if forgotten and not reread:
        ingest(folder, engine)
        return status(targets_file, engine, folder, as_of, plan_id, reread=True, shown=shown)

    found = match(targets_file, Corpus(documents, vocabulary(targets_file)),
                  {d.target for d in decisions} if shown else None)
    decisions, misfits = fitting(decisions, targets_file)
    found, unapplied = apply_decisions(found, decisions, targets_file)

    report = report_of(targets_file, found, as_of, plan_id, unapplied)
    report.documents = usage(listed, scope.regions if scope else frozenset(), found,
                             (scope.start, scope.end) if scope else None)
    report.skipped = unreadable + misfits
    return report


def with_decisions(report: StatusReport, targets_file: TargetsFile, decisions: list[Decision]) -> StatusReport:
    """The report after more decisions, recomputing only the targets they touch.

    The same as computing the status again with those decisions stored: a
    decision changes its own target's evidence and nothing else.
    """
    from tracker.matching.review import apply_decisions
    from tracker.progress.rollup import rollups
    from tracker.progress.status import progress_of

    found, unapplied = apply_decisions(report.evidence, decisions, targets_file)
    touched = {d.target for d in decisions}
    items = [progress_of(p.target, p.plan, found.get(p.target.id, []), report.as_of, targets_file.bands_for(p.plan))
             if p.target.id in touched else p for p in report.progress]
    return replace(report, progress=items, rollups=rollups(items), evidence=found,
                   unapplied=report.unapplied + unapplied)
