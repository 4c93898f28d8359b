"""Drafting a targets file from a plan: the machine does the typing, a person the judging (issue 16).

`commitments` reads a plan's figures (as `extract` finds them) into drafted targets with their quotes and
sections, leaving out what `not_targets` says commits to no quantity; `milestones` its numbered tasks without a figure; `plan` names the plan (id, title, region, issuer, period) from the document's metadata; `ids` gives
readable, unique ids; `yaml_out` writes the draft in the schema of docs/targets.md, checked as `tracker check`
checks a file.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import NamedTuple

from tracker.errors import Diagnostic, Severity, TrackerInternalError
from tracker.model.document import Document, DocumentKind, DocumentMeta, Manifest, Provenance, Source


class Draft(NamedTuple):
    """A plan document drafted: the targets file's text (None when the document could not be read), and the
    problems met reading it."""

    text: str | None
    targets: int
    problems: list[Diagnostic]


def draft_file(path: Path, plan_id: str | None = None, out: Path | None = None, told: Told | None = None) -> Draft:
    """The draft of one plan document (txt, html, docx, pdf) or task table (xlsx), with the manifest beside it;
    `told`: fields the person gives on the command line (region, period), over the manifest's and the text's.

    Raises:
        TrackerUserError: the document names no place or period (a manifest entry beside it gives them).
    """
    from tracker.draft.plan import draft_plan
    from tracker.draft.yaml_out import draft_yaml
    from tracker.places import resolve

    document, figures, drafted, problems = drafted_of(path, told)
    if document is None:
        return Draft(None, 0, problems)
    plan = draft_plan(document, figures, drafted, plan_id)
    if not resolve(plan.region):  # a place written as no gazetteer holds it (Hangzhou, 临安): matched by name alone
        problems.append(Diagnostic(path=str(path), code="draft.unknown_place", severity=Severity.WARNING,
                                   params={"region": plan.region}))
    base = (out or Path("targets.yaml")).parent
    text, errors = draft_yaml(plan, drafted, str(out or "-"), base, source=_relative(path, base))
    if errors:  # the draft is made to pass `tracker check`: anything it finds is tracker's mistake
        raise TrackerInternalError(f"the draft of {path} does not pass check: {errors[0].render('en')}")
    return Draft(text, len(drafted), problems)


Told = dict[str, object]
"""Metadata fields the person gives for the one file drafted (`--region`, `--period`), as a manifest entry's."""


def drafted_of(path: Path, told: Told | None = None) -> tuple[Document | None, list, list, list[Diagnostic]]:
    """The document (None when it cannot be read), its figures, its drafted targets and the problems met."""
    from tracker.config.manifest import load_manifest
    from tracker.draft.table import draft_table
    from tracker.extract.documents import read_document
    from tracker.extract.readers import shown_path

    beside, problems = load_manifest(path.parent, shown_path(path.parent))  # read once, told over it as needed
    problems = _own(problems, path)
    told = told or {}
    if path.suffix.lower() == ".xlsx":  # a spreadsheet given to draft is a plan's task table, unless its entry says
        given = beside.get(path.name)
        plan = {} if given is not None and given.kind is not None else {"kind": DocumentKind.PLAN}
        document, sheets, unread = _workbook(path, _told(beside, path, {**told, **plan}))
        return document, [], draft_table(sheets, document.meta.period) if document else [], problems + unread
    document, figures, problem = read_document(path, _told(beside, path, told))
    if document is None:
        return None, [], [], [*problems, *([problem] if problem else [])]
    if (document.meta.kind is None or document.meta.kind in _NOT_PLANS) and _inferred(document):
        document, figures = _as_plan(path, document, figures, _told(beside, path, {**told, "kind": DocumentKind.PLAN}))
    drafted = _drafted_prose(document, figures)  # nothing says what it is, or it reads as news: the person says a plan
    if not any(d.target for d in drafted) and document.meta.kind in _SUMMARIES and _guessed(document):
        # a file given to draft, guessed a summary and without a plan part (news of a meeting that set the year's
        # targets, citing the 工作报告): drafted as a plan, and said so; a text titled 工作总结 is not
        again, found = _as_plan(path, document, figures, _told(beside, path, {**told, "kind": DocumentKind.PLAN}))
        if again is not document:
            problems.append(Diagnostic(path=str(path), code="draft.read_as_plan", severity=Severity.WARNING))
            document, figures, drafted = again, found, _drafted_prose(again, found)
    return document, figures, drafted, problems


def _drafted_prose(document: Document, figures: list) -> list:
    """The drafted targets of a document's text: its task tables row by row, its prose's commitments, its tasks."""
    from tracker.draft.commitments import commitments_and_restatements
    from tracker.draft.milestones import milestones
    from tracker.draft.table import draft_text_table, text_tables

    tables = text_tables(document.text)  # a task table inside the text: its rows drafted as a workbook's
    rows = [item for table in tables for item in draft_text_table(table, document.meta.period)]
    prose = [f for f in figures if not any(a <= f.start < b for a, b in (t.span for t in tables))]
    numeric, restated = commitments_and_restatements(document, prose)
    tasks = milestones(document, numeric + restated + rows)
    return sorted(numeric + tasks + rows, key=lambda d: d.start)


_SUMMARIES = (DocumentKind.SUMMARY, DocumentKind.MIXED)


def _inferred(document: Document) -> bool:
    """The document's kind was inferred, not given by its manifest entry."""
    return document.provenance.get("kind", _UNKNOWN).source is not Source.GIVEN


def _guessed(document: Document) -> bool:
    """The document's kind is a weak guess (no title names it)."""
    found = document.provenance.get("kind", _UNKNOWN)
    return found.source is not Source.GIVEN and found.weak


def _own(problems: list[Diagnostic], path: Path) -> list[Diagnostic]:
    """The problems that concern the drafted file: another document the manifest lists and the folder lacks is
    `tracker check`'s business, not the draft's."""
    return [p for p in problems if not (p.code == "manifest.file_missing" and p.params.get("file") != path.name)]


_NOT_PLANS = (DocumentKind.PRESS, DocumentKind.TABLE)
"""Kinds a file given to `tracker draft` is read past: a plan reported as news (市科技局今年将…) is a plan to draft.
A summary is not: its plan part (下一步工作) is what is drafted."""
_UNKNOWN = Provenance(source=Source.UNKNOWN)


def _as_plan(path: Path, document: Document, figures: list, as_plan: Manifest) -> tuple[Document, list]:
    """The file read again with the manifest that says it is a plan; as it was when it cannot be."""
    from tracker.extract.documents import read_document

    again, found, problem = read_document(path, as_plan)
    return (again, found) if again is not None and problem is None else (document, figures)


def _told(manifest: Manifest, path: Path, told: Told) -> Manifest:
    """The manifest beside the file, with the fields the person gives (or drafting implies) put over its entry."""
    if not told:
        return manifest
    entry = manifest.get(path.name) or DocumentMeta(file=path.name)
    return Manifest(documents=(entry.model_copy(update=told),))


def _workbook(path: Path, manifest: Manifest) -> tuple[Document | None, dict[str, list[list[str]]], list[Diagnostic]]:
    """A task table's sheets, and the table as a document (its cells' text, for the plan's title, place and
    period) with its manifest entry; None and the one problem when the file cannot be read."""
    import hashlib

    from tracker.draft.table import sheet_rows
    from tracker.extract.documents import document_of

    try:
        data = path.read_bytes()
        sheets = sheet_rows(io.BytesIO(data))  # the bytes hashed are the bytes read: the file is read once
    except Exception as error:  # openpyxl's failure on a damaged or foreign file, shown as one line
        return None, {}, [Diagnostic(path=str(path), code="read.broken", params={"kind": "XLSX", "reason": str(error)[:200]})]
    text = "\n".join(" ".join(c for c in row if c) for rows in sheets.values() for row in rows)
    document = document_of(path, str(path), text, "xlsx", hashlib.sha256(data).hexdigest(), manifest)
    return document, sheets, []


def _relative(path: Path, base: Path) -> str:
    """The plan document as the targets file's `source` names it: relative to the file's folder."""
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
