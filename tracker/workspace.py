"""A bureau's working folder as the app and the commands use it: targets, documents, database, decisions.

Everything here calls the core (config, pipeline, store); the terminal UI
and the command line only show what it returns. Nothing is computed twice:
status comes from `pipeline.status`, decisions are the same `Decision`
records the review commands store.

The database layer (SQLAlchemy and the pipeline on it, about half a second
to import) is imported by the methods that use it, not here: the app shows
the snapshot kept from the last run without waiting for it.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tracker.config.atomic import read_kept, write_atomic
from tracker.errors import Diagnostic, RowProblem, TrackerUserError, has_errors
from tracker.extract.version import extractor_version
from tracker.i18n import Lang, quoted, translate
from tracker.model.decision import Action, Decision, manual_ref
from tracker.model.document import Document
from tracker.model.evidence import Evidence
from tracker.model.figure import Figure
from tracker.model.note import LagNote
from tracker.model.notice import Notice
from tracker.model.plan import TargetsFile
from tracker.model.reported import Reported
from tracker.model.target import Target
from tracker.progress.report import StatusReport, at_data_date, report_of
from tracker.quantity import QuantityError, parse_quantity
from tracker.report.quarter import Quarter
from tracker.snapshot import Snapshot, Unreadable, decode, encode
from tracker.store import freshness

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from tracker.config.yaml_source import M




def who() -> str:
    """The person deciding: TRACKER_USER, else the login name."""
    import getpass

    return os.environ.get("TRACKER_USER") or getpass.getuser()


def decision_for(item: Evidence, action: Action, who: str, note: str | None = None) -> Decision:
    """A person's accept or reject of one piece of evidence, now.

    Raises:
        TrackerUserError: the note holds a control character no report can hold.
    """
    return typed(Decision, target=item.target, action=action, ref=item.ref,
                 text=item.figure.quantity.text if item.figure else None,
                 note=note or None, who=who, at=datetime.now(UTC))


def manual_decision(target: Target, written: str, as_of: date, who: str,
                    source: str | None = None, note: str | None = None) -> Decision:
    """A value entered by hand for a target, checked like the plan's own target (`Target.misfit`), as an
    imported one is (`config.decisions`) and a stored one at every status (`matching.review.fitting`).

    Raises:
        TrackerUserError: the value does not read as a quantity (or is beyond a sane magnitude), its unit is not
            the target's, or the source or note holds a control character.
    """
    try:
        value = parse_quantity(written)
    except QuantityError as error:
        raise TrackerUserError("review.bad_value", TrackerUserError(error.code, **error.params),
                               value=quoted(written)) from None
    if (misfit := target.misfit(value)) is not None:
        raise TrackerUserError(misfit[0], **misfit[1])
    return typed(Decision, target=target.id, action=Action.MANUAL, ref=manual_ref(as_of), value=value, as_of=as_of,
                 source=source or None, note=note or None, who=who, at=datetime.now(UTC))


def lag_note(target: Target, as_of: date, cause: str, measures: str, who: str) -> LagNote:
    """A lag note as a person wrote it, now.

    Raises:
        TrackerUserError: the text holds a control character no report can hold.
    """
    return typed(LagNote, target=target.id, as_of=as_of, cause=cause, measures=measures, who=who,
                 at=datetime.now(UTC))


def typed(model: type[M], **fields: object) -> M:
    """A record built from what a person typed; the first problem of its fields as a TrackerUserError."""
    from tracker.config.yaml_source import validated

    record = validated(model, fields, "")
    if isinstance(record, Diagnostic):
        raise TrackerUserError(record.code, **record.params)
    return record


class Issued(NamedTuple):
    """What `Workspace.issue_notices` did: the date its figures speak for, the notices written and recorded (each
    names its file; none when no unit lags), and the problems met reading documents and stored rows."""

    as_of: date
    notices: list[Notice]
    problems: list[Diagnostic]


NOTICE_FOLDER = Path("notices")
"""Where `tracker notice` writes unless told (--out)."""
CACHE_FILE = Path(".tracker") / "snapshot.json"
"""The last snapshot, beside the default database: shown at once the next time while the fresh one is computed."""
KEPT_LIMIT = 256 << 20
"""The largest kept snapshot read (an archive of thousands of documents keeps a few MB; the seeds' is 140 KB)."""


def _kept_bytes(path: Path) -> bytes:
    """A kept snapshot's bytes (`config.atomic.read_kept`); Unreadable when it is no regular file of at most
    KEPT_LIMIT bytes."""
    if (data := read_kept(path, KEPT_LIMIT)) is None:
        raise Unreadable("snapshot.unreadable")
    return data


def notes_in_force(notes: list[LagNote]) -> dict[str, LagNote]:
    """The newest lag note of each target."""
    return {note.target: note for note in sorted(notes, key=lambda n: n.at)}


@dataclass
class Workspace:
    """The targets file, the documents folder and the database of one working folder."""

    targets: Path
    docs: Path
    url: str
    _engine: Engine | None = field(default=None, repr=False)
    _stored: str | None = field(default=None, repr=False)
    """The database's state (`store.freshness.database`) once the last status had brought the documents in."""

    @property
    def engine(self) -> Engine:
        """The database, created on first use (TrackerUserError when the URL is unusable)."""
        if self._engine is None:
            from tracker.store.db import make_engine

            self._engine = make_engine(self.url)
        return self._engine

    def _session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine)

    def _durable(self) -> AbstractContextManager[Session]:
        """A session for people's records: its commit is on the disk before it returns (`store.db.durable`)."""
        from tracker.store.db import durable

        return durable(self.engine)

    def load_targets(self) -> tuple[TargetsFile | None, list[Diagnostic]]:
        """targets.yaml and every problem in it, each at its line and column."""
        from tracker.config.targets import load_targets  # here: a status answered from the kept one reads no YAML

        return load_targets(self.targets, str(self.targets))

    def status(self, targets_file: TargetsFile, as_of: date | None, plan_id: str | None = None,
               reach: str | None = None, *, shown: bool = False) -> tuple[StatusReport, list[Diagnostic]]:
        """Bring the documents folder up to date in the database, then every target's (or one plan's) progress
        as of a date; with none given, as of the newest date the documents reach for the plan `reach` (or
        `plan_id`, or any) (`at_data_date`). `shown`: only what a status shows (`pipeline.status`)."""
        from tracker.pipeline import ingest, kept_beside, status

        if not self.docs.is_dir():
            raise TrackerUserError("ingest.not_folder", path=str(self.docs))
        ingested = ingest(self.docs, self.engine, kept=kept_beside(self.url))
        self._stored = freshness.database(self.url)
        today = date.today()
        report = status(targets_file, self.engine, self.docs, as_of or today, plan_id, shown=shown)
        if as_of is None:
            report = at_data_date(report, targets_file, today, plan_id, reach)
        return report, ingested.diagnostics

    def record(self, *decisions: Decision) -> int:
        """Store decisions at once (they apply from the next status on); how many were new."""
        from tracker.store import repo

        with self._durable() as session:
            added = repo.save_decisions(list(decisions), session=session)
            session.commit()
        return added

    def decisions(self) -> tuple[list[Decision], list[RowProblem]]:
        """Every stored decision, and the rows that no longer read as one (skipped)."""
        from tracker.store import repo

        with self._session() as session:
            return repo.load_decisions(session=session)

    def record_note(self, note: LagNote) -> None:
        """Store a lag note at once."""
        from tracker.store import repo

        with self._durable() as session:
            repo.save_note(note, session=session)
            session.commit()

    def save_document_meta(self, shown: str, values: dict[str, str]) -> tuple[dict, list]:
        """Confirm or correct one document's metadata in the folder's manifest.yaml (see config.manifest_writer)."""
        from tracker.config.manifest_writer import save_document_meta

        return save_document_meta(self.docs, Path(shown).name, values)

    def document(self, shown: str) -> tuple[Document, list[Figure]] | None:
        """A stored document of the folder and all its figures, by the path shown for it."""
        from tracker.store import repo

        with self._session() as session:
            found = repo.load_documents(session=session, folder=self.docs, keep=lambda d: d.path == shown)
        return found[0] if found else None

    def snapshot(self, as_of: date | None, plan: str | None = None) -> Snapshot | None:
        """Targets, status and notes as of a date (None: the documents' newest); None when targets.yaml has
        errors (see load_targets). With `plan`, the date the documents reach is that plan's."""
        before = self.inputs(as_of, plan)
        targets_file, diagnostics = self.load_targets()
        if targets_file is None or has_errors(diagnostics):
            return None
        return self.computed(targets_file, diagnostics, as_of, before, reach=plan)

    def computed(self, targets_file: TargetsFile, warnings: list[Diagnostic], as_of: date | None, before: str, *,
                 plan_id: str | None = None, reach: str | None = None, shown: bool = False) -> Snapshot:
        """The snapshot of a targets file already loaded (with its `warnings`): the documents brought in, the status
        (of every plan, or `plan_id`'s; dated as `status` says), the lag notes, every problem met in the order met,
        and the stamp of what it was computed from when nothing changed meanwhile (`before`: `inputs`, taken
        before targets.yaml was read); `shown`: only what it shows, no dropped match (`pipeline.status`)."""
        report, problems = self.status(targets_file, as_of, plan_id, reach, shown=shown)
        stored = self._stored
        notes, skipped = self.notes()
        report = replace(report, skipped=report.skipped + skipped)
        unchanged = self.inputs(as_of, reach or plan_id) == before and freshness.database(self.url) == stored
        return Snapshot(targets_file, report, notes, warnings + problems + report.skipped,
                        stamp=freshness.stamp(before, stored) if unchanged else None)

    def inputs(self, as_of: date | None, plan: str | None = None) -> str:
        """The state of the files a status reads, and of what is asked (`store.freshness.inputs`)."""
        return freshness.inputs(self.targets, self.docs, f"{as_of}|{plan}")

    def kept_fresh(self, as_of: date | None, plan: str | None = None, *, inputs: str | None = None) -> Snapshot | None:
        """The kept snapshot when nothing it was computed from has changed since (the same question asked, the same
        day): the answer without the database layer or a document read. None otherwise, or when it cannot be told.
        `inputs`: `self.inputs(as_of, plan)` when the caller has just taken it."""
        now = freshness.stamp(inputs or self.inputs(as_of, plan), freshness.database(self.url))
        if now is None:
            return None
        try:
            data = _kept_bytes(CACHE_FILE)
            if now.encode() not in data:  # another state: not worth reading
                return None
            kept = decode(data, self._cache_key())
        except (OSError, MemoryError, Unreadable):
            return None
        return kept if kept.stamp == now else None

    def targets_only(self, as_of: date) -> Snapshot | None:
        """The targets with no evidence, shown while the first status is computed; None when targets.yaml has errors."""
        targets_file, diagnostics = self.load_targets()
        if targets_file is None or has_errors(diagnostics):
            return None
        return Snapshot(targets_file, report_of(targets_file, {}, as_of), {}, diagnostics, pending=True)

    def _cache_key(self) -> tuple[str, ...]:
        # realpath, not resolve(): a looping link must not raise here (reading it says what is wrong)
        return os.path.realpath(self.targets), os.path.realpath(self.docs), self.url, extractor_version()

    def save_cached(self, snapshot: Snapshot) -> None:
        """Keep a snapshot for the next start (dropped matches left out: they are only for review lists)."""
        if snapshot.pending:
            return
        with suppress(TrackerUserError, OSError):
            CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(CACHE_FILE, encode(snapshot.shown(), self._cache_key()))

    def load_cached(self) -> tuple[Snapshot | None, str | None]:
        """The snapshot the last run kept for the same files and database, if any (its date may be older), and
        the catalogue code of why a kept file was not used (`snapshot.unreadable`, `snapshot.version`): one line
        for the user. None for both when there is no kept file or it is another folder's."""
        try:
            data = _kept_bytes(CACHE_FILE)
        except FileNotFoundError:
            return None, None
        except (OSError, MemoryError, Unreadable):  # a folder, a FIFO, a device, a link, too large: not ours
            return None, "snapshot.unreadable"
        try:
            return decode(data, self._cache_key()), None
        except Unreadable as error:
            return None, None if error.code == "snapshot.other_key" else error.code
        except MemoryError:
            return None, "snapshot.unreadable"

    def reported(self, plan: str, quarter: str) -> list[Reported]:
        """The lines of the newest report generated for a plan and quarter ([] when none was)."""
        from tracker.store import repo

        with self._session() as session:
            return repo.load_reported(plan, quarter, session=session)

    def record_reported(self, lines: list[Reported]) -> None:
        """Keep the lines of a report just written, for the next quarter's to compare with."""
        from tracker.store import repo

        with self._durable() as session:
            repo.save_reported(lines, session=session)
            session.commit()

    def write_report(self, targets_file: TargetsFile, quarter: Quarter, fmt: str, lang: Lang, *,
                     plan: str | None = None, as_of: date | None = None, out: Path | None = None,
                     force: bool = False) -> tuple[Path, list[Diagnostic]]:
        """The quarterly report of one plan, or of every plan the quarter falls in, written as of the quarter's
        last day (or `as_of`); what it said of each target is kept for the next quarter's report. Returns the
        file and the problems met reading the documents and the stored rows (skipped).

        Raises:
            TrackerUserError: no plan covers the quarter, the file exists (without `force`), or it would be
                written outside its folder.
        """
        from tracker.report import content, output

        plans = quarter.plans_of(targets_file, plan)
        path = output.destination(out, [p.id for p in plans], quarter, fmt, force)
        report, problems = self.status(targets_file, as_of or quarter.end, plan)
        previous = {p.id: self.reported(p.id, str(quarter.previous)) for p in plans}
        notes, skipped = self.notes()
        notices, unread = self.notices()
        written = content.build(report, plans, notes, quarter, previous, lang, supervision=targets_file.supervision,
                                notices=notices)
        output.write(written, fmt, path)
        self.record_reported(content.reported(written, report.progress))
        return path, problems + report.skipped + skipped + unread

    def issue_notices(self, targets_file: TargetsFile, as_of: date | None, lang: Lang, *, owner: str | None = None,
                      out_dir: Path = NOTICE_FOLDER, force: bool = False, today: date | None = None) -> Issued:
        """Write a supervision notice (督办通知) to each lead unit (or to `owner` alone) with targets behind, severely
        behind, missed or overdue as of a date (None: the date the documents reach), and record each one. A unit
        with nothing lagging gets none.

        Raises:
            TrackerUserError: `owner` leads no target (the known units named), a file exists (without `force`), or
                would be written outside `out_dir`; nothing is written then.
        """
        from tracker.progress.supervision import supervise
        from tracker.report import notice, output
        from tracker.store import repo

        leads = sorted({t.lead for t in targets_file.targets if t.lead})
        if owner is not None and owner not in leads:
            raise TrackerUserError("notice.unknown_unit", unit=owner,
                                   known=translate("report.list_separator", lang).join(leads))
        report, problems = self.status(targets_file, as_of)
        supervised = supervise(report, targets_file.supervision)
        lagging = {unit: items for unit, items in supervised.lagging.items() if owner in (None, unit)}
        paths = {unit: output.checked(out_dir / name, out_dir, force)  # every file checked before any is written
                 for unit, name in notice.file_names(list(lagging), report.as_of, lang).items()}
        notes, skipped = self.notes()
        today, now, person = today or date.today(), datetime.now(UTC), who()
        contents = [notice.build_notice(unit, items, supervised, notes, targets_file.supervision.reply_days,
                                        report.as_of, today, lang) for unit, items in lagging.items()]
        rendered = [(paths[content.unit], notice.render(content)) for content in contents]
        issued = [typed(Notice, unit=c.unit, issued=today, as_of=report.as_of, reply_by=c.reply_by, targets=c.targets,
                        file=str(paths[c.unit]), who=person, at=now) for c in contents]
        written: list[Path] = []
        try:  # the records and the files together: a failure (or Ctrl+C) leaves neither a file nor a record
            with self._durable() as session:
                repo.save_notices(issued, session=session)
                session.flush()
                for path, data in rendered:
                    output.write_bytes(data, path)
                    written.append(path)
                session.commit()
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return Issued(report.as_of, issued, problems + report.skipped + skipped)

    def notices(self) -> tuple[list[Notice], list[RowProblem]]:
        """Every notice issued, oldest first, and the rows that no longer read as one (skipped)."""
        from tracker.store import repo

        with self._session() as session:
            return repo.load_notices(session=session)

    def notes(self) -> tuple[dict[str, LagNote], list[RowProblem]]:
        """Each target's lag note in force, and the rows that no longer read as a note (skipped)."""
        from tracker.store import repo

        with self._session() as session:
            notes, skipped = repo.load_notes(session=session)
        return notes_in_force(notes), skipped


def compute_snapshot(targets: Path, docs: Path, url: str, as_of: date | None, lang: Lang,
                     plan: str | None = None) -> tuple[Snapshot | None, list[Diagnostic], str | None]:
    """A fresh snapshot, the diagnostics of an invalid targets.yaml, or a user-facing error message.

    A plain function of plain values: it could run in a process of its own.
    """
    workspace = Workspace(targets=targets, docs=docs, url=url)
    try:
        snapshot = workspace.snapshot(as_of, plan)
        return snapshot, [] if snapshot is not None else workspace.load_targets()[1], None
    except TrackerUserError as error:
        return None, [], error.message(lang)
