"""The stages run in order: documents → figures → matches → reviews → progress.

Each function here reads top to bottom, one paragraph per stage, and returns
its result with every problem it met as a value; one bad file never stops a batch.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from tracker.config.manifest import MANIFEST_NAME, load_manifest
from tracker.errors import Diagnostic, Severity, TrackerUserError
from tracker.extract.limits import Limits
from tracker.extract.readers import SUPPORTED, forget_folders, read_bytes, shown_path
from tracker.extract.version import extractor_version
from tracker.matching.match import Corpus, Scope, match, vocabulary
from tracker.matching.review import apply_decisions, fitting
from tracker.matching.usage import usage
from tracker.model.decision import Decision
from tracker.model.document import Document, Manifest
from tracker.model.figure import Figure
from tracker.model.plan import TargetsFile
from tracker.progress.report import StatusReport, report_of
from tracker.progress.rollup import rollups
from tracker.progress.status import progress_of
from tracker.safe_text import readable_path
from tracker.store import repo

Progress = Callable[[int, int, str], None]
"""Called as (done, total, path) after each file of a long run."""


_NOT_SHOWN = (".", "~$")
"""Hidden files and Office's lock files (~$报告.docx) are no one's documents: passed over without a word."""


def document_files(folder: Path) -> list[Path]:
    """The documents of a folder (not its manifest), sorted by name: every entry with a document's suffix.

    Entries that are not regular files (a folder named x.txt, a FIFO, a looping link) are listed too, so
    reading them says why they are left out instead of passing over them in silence; a FIFO is never opened.
    """
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in SUPPORTED and p.name != MANIFEST_NAME and not p.name.startswith(_NOT_SHOWN))


def left_out(folder: Path) -> list[Diagnostic]:
    """A warning for each other entry of the folder: files of a kind tracker does not read (附件.doc, 照片.jpg) and
    subfolders (whose documents are not read), so that nothing is passed over in silence."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(_NOT_SHOWN) or path.name == MANIFEST_NAME or path.suffix.lower() in SUPPORTED:
            continue
        if path.is_dir():
            code, params = "read.subfolder", {}
        else:
            code, params = "read.not_read", {"suffix": path.suffix or "(none)", "supported": " ".join(SUPPORTED)}
        found.append(Diagnostic(path=shown_path(path), code=code, params=params, severity=Severity.WARNING))
    return found


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


def _fingerprint(path: Path, data: bytes, manifest: Manifest) -> str:
    """Changes when the file, its manifest entry or the extractor changes."""
    entry = manifest.get(path.name)
    digest = hashlib.sha256(data)
    digest.update((entry.model_dump_json() if entry else "").encode())
    digest.update(extractor_version().encode())
    return digest.hexdigest()


def ingest(folder: Path, engine: Engine, progress: Progress | None = None) -> IngestReport:
    """Store a folder's documents and figures, skipping files unchanged since the last run.

    Each file is its own transaction (a run killed at any moment keeps every file it finished), committed without
    waiting for the disk (`store.db.relaxed`): what is stored here is read again from the files if ever lost.
    """
    from tracker.store.db import relaxed

    report = IngestReport()
    forget_folders()
    manifest, report.diagnostics = load_manifest(folder, shown_path(folder))
    report.diagnostics += left_out(folder)
    files, limits, folder_location = document_files(folder), Limits.from_env(), folder.resolve()
    with relaxed(engine) as session:
        known = repo.fingerprints(session=session)
        for done, path in enumerate(files, 1):
            shown, location = shown_path(path), _location(folder_location, path)
            try:
                data = read_bytes(path, limits)
            except TrackerUserError as error:
                report.diagnostics.append(Diagnostic(path=shown, code=error.code, params=error.params))
                _forget(location, known, session)
                continue
            fingerprint = _fingerprint(path, data, manifest)
            if known.get(location) == fingerprint:
                report.unchanged.append(shown)
            else:
                from tracker.extract.documents import read_document  # here: unchanged files never need it

                document, figures, problem = read_document(path, manifest, data, limits)
                if problem:
                    report.diagnostics.append(problem)
                    _forget(location, known, session)
                else:
                    repo.save_document(document, figures, location, fingerprint, session=session,
                                       stored_before=location in known)
                    report.stored.append(shown)
                    report.figures += len(figures)
                session.commit()
            if progress:
                progress(done, len(files), shown)
        present = {_location(folder_location, p) for p in files}
        here = Path(readable_path(str(folder_location)))
        gone = [loc for loc in known if Path(loc).parent == here and loc not in present]
        report.removed = [shown_path(Path(loc)) for loc in gone]
        repo.remove_documents(gone, session=session)
        session.commit()
    return report


def _location(folder: Path, path: Path) -> str:
    """Where a file is kept in the database: its folder's real path and its name as text (a database stores text:
    a folder or a file named in GBK is read as GB18030)."""
    return readable_path(str(folder / path.name))


def _forget(location: str, known: dict[str, str], session: Session) -> None:
    """A file said to be left out leaves nothing behind: what an earlier run stored of it no longer counts."""
    if location in known:
        repo.remove_documents([location], session=session)
        session.commit()


def _without_cycle_collection(compute: Callable[..., StatusReport]) -> Callable[..., StatusReport]:
    """`compute` run with Python's cycle collector paused: matching makes hundreds of thousands of objects that
    live to the end, and each full collection walks all of them again (at 5,000 documents a third of the time);
    what it makes holds no cycles worth collecting sooner. After, every object is moved to the oldest generation
    unwalked (frozen and thawed at once: none stays frozen), so the first young collections do not walk all that
    the computation made; collection resumes if it was on."""
    @functools.wraps(compute)
    def paused(*args, **kwargs) -> StatusReport:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return compute(*args, **kwargs)
        finally:
            gc.freeze()
            gc.unfreeze()
            if was_on:
                gc.enable()

    return paused


@_without_cycle_collection
def status(targets_file: TargetsFile, engine: Engine, folder: Path, as_of: date,
           plan_id: str | None = None, *, reread: bool = False) -> StatusReport:
    """Targets against the stored figures of a folder's documents, under people's decisions, as of a date.

    Stored rows of a document that no longer read (changed by another tool) are forgotten by the loading; the
    folder is then ingested again, which reads those files afresh, and the status computed on the whole.
    """
    with Session(engine) as session:
        # Only what some target can take: its region's documents, figures of its years and baselines.
        scope = Scope.of(targets_file)
        listed, documents = repo.load_folder(session=session, folder=folder, keep=scope.holds,
                                             between=(scope.start, scope.end)) if scope else \
            (repo.list_documents(session=session, folder=folder), [])
        decisions, unreadable = repo.load_decisions(session=session)
        forgotten = session.info.get(repo.FORGOTTEN)
    if forgotten and not reread:
        ingest(folder, engine)
        return status(targets_file, engine, folder, as_of, plan_id, reread=True)

    found = match(targets_file, Corpus(documents, vocabulary(targets_file)))
    decisions, misfits = fitting(decisions, targets_file)
    found, unapplied = apply_decisions(found, decisions, targets_file)

    report = report_of(targets_file, found, as_of, plan_id, unapplied)
    report.documents = usage(listed, scope.regions if scope else frozenset(), found)
    report.skipped = unreadable + misfits
    return report


def with_decisions(report: StatusReport, targets_file: TargetsFile, decisions: list[Decision]) -> StatusReport:
    """The report after more decisions, recomputing only the targets they touch.

    The same as computing the status again with those decisions stored: a
    decision changes its own target's evidence and nothing else.
    """
    found, unapplied = apply_decisions(report.evidence, decisions, targets_file)
    touched = {d.target for d in decisions}
    items = [progress_of(p.target, p.plan, found.get(p.target.id, []), report.as_of, targets_file.bands_for(p.plan))
             if p.target.id in touched else p for p in report.progress]
    return replace(report, progress=items, rollups=rollups(items), evidence=found,
                   unapplied=report.unapplied + unapplied)
