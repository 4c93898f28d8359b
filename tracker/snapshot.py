"""The snapshot: everything the app shows, computed by the core in one go, and its JSON form.

JSON is the only form a snapshot takes outside the process that computed it: the file kept for the next
start (.tracker/snapshot.json) and the answer of the process that computes a fresh one (`tracker.child`).
Reading it back validates data and runs no code, whoever wrote the file.

The form, version `FORMAT`, is one object:

    format       FORMAT; a file of another version is not used
    key          a digest of what the snapshot was computed from (targets, documents, database, extractor): the
                 database's URL, password included, is never written; None in an answer
    targets_file the targets file as validated, with `folder` and each target's place in targets.yaml beside it
    report       the StatusReport, each progress naming its plan and target by id, its evidence by its place in its
                 target's evidence (each piece written once), and its other fields by name; a matched piece of
                 evidence without what its target and figure already say (`_Matched`), any other in full
    notes, diagnostics, pending
    stamp        the state of the inputs it was computed from (`store.freshness`), None when unknown or when they
                 changed while it was computed: a kept snapshot whose stamp is the state now is served as it is

Quantities, periods and shares inside come in the structured form pydantic writes; the readers of
`model.fields` take it back only under the `OWN` context, never from a user's file. Whoever wrote the file, every
number read back is finite and within `BOUND` (`_sane`): a value no screen can show makes the file unreadable,
never the app fail.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from hashlib import sha256
from typing import Annotated, Any, NamedTuple

from pydantic import BaseModel, Discriminator, Tag, TypeAdapter, ValidationError

from tracker.collector import paused
from tracker.errors import Diagnostic, RowProblem, Severity
from tracker.matching.usage import DocumentUse
from tracker.model.decision import Decision
from tracker.model.evidence import Evidence, Reason, Review, Role, figure_ref
from tracker.model.fields import OWN
from tracker.model.figure import Figure
from tracker.model.note import LagNote
from tracker.model.plan import TargetsFile
from tracker.model.source import SourcePos
from tracker.progress.report import StatusReport
from tracker.progress.rollup import Rollup
from tracker.progress.status import Progress
from tracker.quantity import LARGEST

FORMAT = 7
"""The version of the JSON form; change it with the form (tests/test_snapshot.py pins the form's schema to it). A
kept file of another version is not used."""

BOUND = LARGEST
"""The largest magnitude of any number in a snapshot: `quantity.MAX_MAGNITUDE`'s largest (1000万亿元)."""


class Snapshot(NamedTuple):
    """Everything the app shows, computed by the core in one go."""

    targets_file: TargetsFile
    report: StatusReport
    notes: dict[str, LagNote]
    diagnostics: list[Diagnostic]
    """Warnings of targets.yaml, problems of the documents and stored rows skipped, shown but not blocking."""
    pending: bool = False
    """Only the targets, with no document read yet (the first start in a folder): the status follows."""
    stamp: str | None = None
    """The state of the inputs it was computed from (`store.freshness.stamp`); None when unknown, or when they
    changed while it was computed."""

    def unreadable(self) -> list[Diagnostic]:
        """What kept a file of the documents folder out of the status: documents that could not be read, files of
        kinds tracker does not read, subfolders, and the manifest's errors (targets.yaml's warnings are not these)."""
        return [d for d in self.diagnostics if not isinstance(d, RowProblem)
                and (d.severity is Severity.ERROR or d.code.startswith("read."))]

    def skipped_rows(self) -> list[Diagnostic]:
        """The stored decisions and notes that no longer read, left out of the status."""
        return [d for d in self.diagnostics if isinstance(d, RowProblem)]

    def shown(self) -> Snapshot:
        """The snapshot without dropped matches: what a screen can show, a fraction of the size to pass on."""
        report = self.report
        kept = {target: [e for e in items if e.review is not Review.DROPPED] for target, items in report.evidence.items()}
        return self._replace(report=replace(report, evidence=kept))


class Unreadable(Exception):
    """JSON that is not a snapshot of this version; `code` says why in the message catalogue."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _problem_kind(value: Any) -> str:
    row = isinstance(value, RowProblem) or (isinstance(value, dict) and "table" in value)
    return "row" if row else "file"


Problem = Annotated[Annotated[Diagnostic, Tag("file")] | Annotated[RowProblem, Tag("row")], Discriminator(_problem_kind)]
"""A diagnostic of a file or a skipped stored row, told apart in JSON by the row's `table`."""
PROBLEMS = TypeAdapter(list[Problem])


class _Matched(NamedTuple):
    """A piece of evidence as written when it is its figure's: its target (the list's), reference, value, unit,
    period, document and place are its figure's and are not written again (a third of a status's kept file)."""

    role: Role
    review: Review
    confidence: Decimal
    as_of: date
    quote: str
    figure: Figure
    reasons: tuple[Reason, ...] = ()
    who: str | None = None
    note: str | None = None


def _piece_kind(value: Any) -> str:
    """Which form a piece of evidence takes: as written, a list of `_Matched`'s length is one; any other is whole."""
    matched = isinstance(value, _Matched) or (isinstance(value, list) and len(value) == len(_Matched._fields))
    return "matched" if matched else "full"


_Piece = Annotated[Annotated[_Matched, Tag("matched")] | Annotated[Evidence, Tag("full")], Discriminator(_piece_kind)]


class _Report(BaseModel):
    as_of: date
    dated: str
    progress: list[dict[str, Any]]
    """Each Progress by its fields' names, its target and plan by id."""
    rollups: list[Rollup]
    evidence: dict[str, list[_Piece]]
    unapplied: list[Decision]
    documents: list[DocumentUse]
    skipped: list[RowProblem]


class _Form(BaseModel):
    format: int
    key: str | None
    targets_file: dict[str, Any]
    folder: str | None
    sources: dict[str, SourcePos]
    report: _Report
    notes: dict[str, LagNote]
    diagnostics: list[Problem]
    pending: bool
    stamp: str | None


_PROGRESS = TypeAdapter(Progress)
_EVIDENCE = TypeAdapter(Evidence)
_OUTLINE = TypeAdapter(dict[str, Any])


def encode(snapshot: Snapshot, key: tuple[str, ...] | None = None) -> bytes:
    """The snapshot as UTF-8 JSON, with the key it was computed from."""
    with paused():
        return _encoded(snapshot, key)


def _encoded(snapshot: Snapshot, key: tuple[str, ...] | None) -> bytes:
    targets_file, report = snapshot.targets_file, snapshot.report
    # Built without validation: every value is already of its field's type (what validating them again would
    # give, at a third of the time for thousands of documents); the serializer writes the same JSON.
    form = _Form.model_construct(
        format=FORMAT, key=digest(key) if key is not None else None,
        targets_file=targets_file.model_dump(mode="json"), folder=targets_file.folder,
        sources={t.id: t.source for p in targets_file.plans for t in p.targets if t.source is not None},
        report=_Report.model_construct(
            as_of=report.as_of, dated=report.dated,
            progress=[_progress_out(p, report.evidence.get(p.target.id, [])) for p in report.progress],
            rollups=report.rollups,
            evidence={target: [_written(target, e) for e in items] for target, items in report.evidence.items()},
            unapplied=report.unapplied,
            documents=report.documents, skipped=report.skipped),
        notes=snapshot.notes, diagnostics=snapshot.diagnostics, pending=snapshot.pending, stamp=snapshot.stamp)
    return form.__pydantic_serializer__.to_json(form)


def decode(data: bytes | str, key: tuple[str, ...] | None = None) -> Snapshot:
    """The snapshot `encode` wrote.

    Raises:
        Unreadable: not JSON or not a snapshot (`snapshot.unreadable`), of another version (`snapshot.version`),
            or computed from other files than `key` names (`snapshot.other_key`).
    """
    try:
        outline = _OUTLINE.validate_json(data)
    except ValidationError:
        raise Unreadable("snapshot.unreadable") from None
    if outline.get("format") != FORMAT:
        raise Unreadable("snapshot.version")
    if not _sane(outline):
        raise Unreadable("snapshot.unreadable")
    try:
        form = _Form.model_validate(outline, context=OWN)
        targets_file = _targets_file(form)
        report = _report(form.report, targets_file)
    except (ValidationError, KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        raise Unreadable("snapshot.unreadable") from None
    if key is not None and form.key != digest(key):
        raise Unreadable("snapshot.other_key")
    return Snapshot(targets_file, report, form.notes, form.diagnostics, form.pending, form.stamp)


def digest(key: tuple[str, ...]) -> str:
    """What a snapshot was computed from, as a digest: the key may hold a database URL with its password."""
    return sha256("\0".join(key).encode("utf-8", "surrogatepass")).hexdigest()


_DIGITS = r"\d+(?:_\d+)*"
"""Digits as a decimal reads them: in any script, underscores between them."""
_NUMBER = re.compile(rf"\s*[+-]?(?:(?:{_DIGITS}(?:\.(?:{_DIGITS})?)?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
                     rf"|inf(?:inity)?|s?nan(?:{_DIGITS})?)\s*", re.IGNORECASE)
"""A string that may read as a number (pydantic writes decimals as strings, and reads them as `Decimal` does, spaces
around them and all): only these are bounded."""


def _sane(data: object) -> bool:
    """Every number of the JSON data finite and within `BOUND` (what the display can format), a count or an offset
    too; walked as parsed, before any model is built from it."""
    stack, seen = [data], set()  # a status says the same words again and again: each looked at once
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is str:
            if value not in seen:
                if len(seen) < _SEEN:
                    seen.add(value)
                if _NUMBER.fullmatch(value) and not _reads_bounded(value):
                    return False
        elif kind is dict:
            stack.extend(value.values())
        elif kind is list:
            stack.extend(value)
        elif (kind is int and not -BOUND < value < BOUND) or (kind is float and not _bounded(Decimal(value))):
            return False
    return True


_SEEN = 65536
"""The distinct strings `_sane` remembers at most: a status repeats a few thousand; a crafted file of millions must
not cost their memory twice."""


def _reads_bounded(text: str) -> bool:
    """A string `_NUMBER` matches read as a number within BOUND; False for one no decimal reads (İnf, ſnan: letters
    the pattern's case folding takes for i and s), which no file tracker wrote holds."""
    try:
        return _bounded(Decimal(text))
    except InvalidOperation:
        return False


def _bounded(number: Decimal) -> bool:
    """Finite, below BOUND and not vanishingly small, judged by the exponent: arithmetic on 1e999999999 or
    1e-999999999 would raise."""
    return number.is_finite() and (number.is_zero() or -4 * BOUND.adjusted() < number.adjusted() < BOUND.adjusted())


def _written(target: str, evidence: Evidence) -> _Matched | Evidence:
    """A piece of evidence as written: without what its target and figure say when it is its figure's, exactly
    (the amount as written too: 4.0 is not 4), in full otherwise (a value by hand, a report built by hand)."""
    figure = evidence.figure
    if figure is None:
        return evidence
    quantity, value = figure.quantity, evidence.value
    if (evidence.target != target or evidence.document != figure.document or evidence.start != quantity.start
            or evidence.end != quantity.end or evidence.unit != quantity.unit
            or not (value is quantity.value or value.as_tuple() == quantity.value.as_tuple())
            or not (evidence.period is figure.period or evidence.period == figure.period)
            or evidence.ref != figure_ref(figure.document, quantity.start)):
        return evidence
    return _made(_Matched, (evidence.role, evidence.review, evidence.confidence, evidence.as_of, evidence.quote,
                            figure, evidence.reasons, evidence.who, evidence.note))


def _evidence(target: str, piece: _Matched | Evidence) -> Evidence:
    """The piece of evidence `_written` wrote."""
    if isinstance(piece, Evidence):
        return piece
    figure = piece.figure
    return _made(Evidence, (target, figure_ref(figure.document, figure.start), piece.role, piece.review,
                            piece.confidence, figure.quantity.value, figure.quantity.unit, piece.as_of, figure.period,
                            figure.document, piece.quote, figure.start, figure.end, figure, piece.reasons, piece.who,
                            piece.note))


_made = tuple.__new__
"""A named tuple made from its fields in order (each already of its type)."""


_LISTED_ONCE = ("actual", "conflicts", "evidence")
"""A progress's fields of evidence, written as places in its target's `report.evidence` list (each piece of evidence
is written once: a status of 5,000 documents lists 120,000), or, for one that list does not hold, in full."""


def _progress_out(progress: Progress, listed: list[Evidence]) -> dict[str, Any]:
    """One progress as JSON data, its target and plan by id (the targets file holds them once), its evidence by its
    place in `listed` (its target's evidence), every other field by name."""
    data = _PROGRESS.dump_python(progress._replace(target=None, plan=None, actual=None, conflicts=(), evidence=()),
                                 mode="json", warnings=False)
    named = dict(zip(Progress._fields, data, strict=True))
    place = {id(item): at for at, item in enumerate(listed)}

    def out(item: Evidence) -> int | list[Any]:
        at = place.get(id(item))
        return at if at is not None else _EVIDENCE.dump_python(item, mode="json", warnings=False)

    named["actual"] = None if progress.actual is None else out(progress.actual)
    named["conflicts"], named["evidence"] = [out(e) for e in progress.conflicts], [out(e) for e in progress.evidence]
    return {**named, "target": progress.target.id, "plan": progress.plan.id}


def _progress_in(item: dict[str, Any], listed: list[Evidence], target: Any, plan: Any) -> Progress:
    """The progress `_progress_out` wrote, its evidence taken from `listed` by place (validated once, there)."""

    def back(value: Any) -> Evidence:
        if isinstance(value, int) and not isinstance(value, bool):
            if not 0 <= value < len(listed):
                raise ValueError("no such evidence")
            return listed[value]
        return _EVIDENCE.validate_python(value, context=OWN)

    actual, conflicts, evidence = (item[name] for name in _LISTED_ONCE)  # each written, if only as null
    progress = _PROGRESS.validate_python({**item, "target": target, "plan": plan, "actual": None, "conflicts": (),
                                          "evidence": ()}, context=OWN)
    return progress._replace(actual=None if actual is None else back(actual),
                             conflicts=tuple(map(back, conflicts)), evidence=tuple(map(back, evidence)))


def _targets_file(form: _Form) -> TargetsFile:
    targets_file = TargetsFile.model_validate(form.targets_file, context=OWN)
    plans = tuple(plan.model_copy(update={"targets": tuple(t.at(form.sources[t.id]) if t.id in form.sources else t
                                                           for t in plan.targets)})
                  for plan in targets_file.plans)
    return targets_file.model_copy(update={"plans": plans, "folder": form.folder})


def _report(form: _Report, targets_file: TargetsFile) -> StatusReport:
    plans = {plan.id: plan for plan in targets_file.plans}
    targets = {(plan.id, t.id): t for plan in targets_file.plans for t in plan.targets}
    evidence = {target: [_evidence(target, piece) for piece in pieces] for target, pieces in form.evidence.items()}
    progress = [_progress_in(item, evidence.get(item["target"], []), targets[item["plan"], item["target"]],
                             plans[item["plan"]])
                for item in form.progress]
    return StatusReport(as_of=form.as_of, progress=progress, rollups=form.rollups, evidence=evidence,
                        unapplied=form.unapplied, documents=form.documents, skipped=form.skipped, dated=form.dated)
