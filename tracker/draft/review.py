"""A draft reviewed target by target: each accepted, edited or skipped by a person, and only the accepted ones
merged into targets.yaml (`merge.merge_draft`: comments kept, atomic, no id replaced).

A review is a value: `decide` and `edit` return a new one, and the draft's own text is kept as drafted until the
accepted rows are written, with their edits, by `write_accepted`. An edit is checked as `tracker check` checks the
file: the target's schema and quantity parser, then the target read back inside its plan (a due date outside the
plan's period). A row once written is in targets.yaml: the review leaves it as it is.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from ruamel.yaml.comments import CommentedMap

from tracker.config.targets import load_targets, read_targets
from tracker.config.targets_writer import FIELD_ORDER, field_problems
from tracker.config.yaml_source import dump_checked, load_for_edit, parse_yaml, read_text, round_trip
from tracker.draft.merge import merge_draft
from tracker.draft.yaml_out import owner_node
from tracker.errors import Diagnostic, Severity, TrackerUserError, has_errors
from tracker.model.plan import TargetsFile
from tracker.model.target import TargetKind


class Verdict(StrEnum):
    """What a person made of a drafted target."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    SKIPPED = "skipped"


EDITABLE = ("title", "target", "section", "owner", "due", "period")
"""The fields a person may change in the review (the id is the draft's; the quote is the plan's own words)."""
ROW_PROBLEMS = {"targets.due_outside": "due", "targets.due_outside_target": "due", "targets.period_outside": "period",
                "targets.quantity_without_target": "target", "targets.milestone_with_target": "target"}
"""Problems `tracker check` finds in a target within its plan that concern one field; others concern the row."""


class DraftRow(NamedTuple):
    """One drafted target as the review shows it."""

    id: str
    plan: str
    """The id of the plan it belongs to."""
    title: str
    target: str | None
    """The quantity as the plan writes it; None for a milestone."""
    section: str | None
    quote: str | None
    owner: str | None
    due: str | None
    """The deadline as the file writes it (2025-06-30)."""
    period: str | None = None
    """The target's own period when it is a part of the plan's (2024 in a 2023..2025 plan); None: the plan's."""
    support: tuple[str, ...] = ()
    """The units supporting the owner (配合单位), as drafted: the review edits the lead unit (`owner`) only."""
    verdict: Verdict = Verdict.PENDING
    edited: bool = False
    written: str | None = None
    """The id it was written under in targets.yaml (the drafted one, or numbered on when that was taken)."""


class DraftReview(NamedTuple):
    """A draft and what a person has decided of each of its targets so far."""

    text: str
    """The draft as drafted (a targets file); edits are applied when the accepted rows are written."""
    shown: str
    """The draft's name in messages (its file, or the plan document it was drafted from)."""
    plans: tuple[tuple[str, str], ...]
    """Each plan's id and title."""
    rows: tuple[DraftRow, ...]

    def row(self, row_id: str) -> DraftRow | None:
        return next((r for r in self.rows if r.id == row_id), None)

    def replaced(self, row: DraftRow) -> DraftReview:
        return self._replace(rows=tuple(row if r.id == row.id else r for r in self.rows))


class Tally(NamedTuple):
    """How many rows wait, are accepted (not yet written), skipped, and written."""

    pending: int
    accepted: int
    skipped: int
    written: int


def review_of(text: str, shown: str) -> tuple[DraftReview | None, list[Diagnostic]]:
    """The review of a draft's text, every target pending; None and the problems when the text does not pass
    `tracker check` (a draft written earlier and edited by hand)."""
    root, problems = parse_yaml(text, shown)
    if root is None:
        return None, problems
    targets_file, found = read_targets(root, shown, Path.cwd())
    problems += [d for d in found if d.severity is Severity.ERROR]
    if targets_file is None or has_errors(problems):
        return None, problems
    plans = tuple((str(p["id"]), str(p.get("title", ""))) for p in root["plans"])
    rows = tuple(_row(node, str(plan["id"])) for plan in root["plans"] for node in plan.get("targets") or [])
    return DraftReview(text, shown, plans, rows), problems


def load_review(path: Path, base: Path | None = None) -> tuple[DraftReview | None, list[Diagnostic]]:
    """The review of a draft written earlier (`tracker draft --out FILE`), its plans' `source` rebased from the
    draft's folder onto `base`, the folder of the targets file it will be merged into."""
    text, problems = read_text(path, str(path))
    if text is None:
        return None, problems
    return review_of(_rebased(text, path.parent, base) if base is not None else text, str(path))


def _rebased(text: str, folder: Path, base: Path) -> str:
    """The draft with each plan's `source` (relative to the draft's folder) made relative to `base`; the text as it
    is when it names none or cannot be read (review_of then says why, with its line and column)."""
    yaml = round_trip()
    root, _ = load_for_edit(yaml, text, "draft")
    plans = root.get("plans") if root is not None else None
    sourced = [p for p in plans if isinstance(p, dict) and isinstance(p.get("source"), str)] \
        if isinstance(plans, list) else []
    if not sourced:
        return text
    for plan in sourced:
        plan["source"] = Path(os.path.relpath((folder / plan["source"]).resolve(), base.resolve())).as_posix()
    buffer = io.StringIO()
    yaml.dump(root, buffer)
    return buffer.getvalue()


def _row(node: Mapping[str, Any], plan: str) -> DraftRow:
    def text(name: str) -> str | None:
        value = node.get(name)
        return None if value is None else str(value)

    owner = node.get("owner")
    lead, support = (owner.get("lead"), tuple(owner.get("support") or ())) if isinstance(owner, Mapping) \
        else (owner, ())
    return DraftRow(id=str(node["id"]), plan=plan, title=str(node["title"]), target=text("target"),
                    section=text("section"), quote=text("quote"), owner=None if lead is None else str(lead),
                    due=text("due"), period=text("period"), support=tuple(str(s) for s in support))


def tally(review: DraftReview) -> Tally:
    rows = review.rows
    return Tally(pending=sum(r.verdict is Verdict.PENDING for r in rows),
                 accepted=sum(r.verdict is Verdict.ACCEPTED and r.written is None for r in rows),
                 skipped=sum(r.verdict is Verdict.SKIPPED for r in rows),
                 written=sum(r.written is not None for r in rows))


def unwritten(review: DraftReview) -> list[DraftRow]:
    """The accepted rows not yet in targets.yaml: what leaving the review would drop."""
    return [r for r in review.rows if r.verdict is Verdict.ACCEPTED and r.written is None]


def already_there(review: DraftReview, targets_file: TargetsFile) -> dict[str, str]:
    """By row id, a target of targets.yaml that states the same commitment (same plan, same goal as written, and
    the quote of one within the other's: a hand-made quote is often a part of the drafted clause); rows already
    written are left out. For a person to skip what is there already; nothing is decided by it."""
    found: dict[str, str] = {}
    for row in review.rows:
        plan = targets_file.plan(row.plan)
        if row.written is not None or plan is None or not row.quote:
            continue
        for target in plan.targets:
            goal = target.target.text if target.target is not None else None
            if goal == row.target and target.quote and (target.quote in row.quote or row.quote in target.quote):
                found[row.id] = target.id
                break
    return found


def decide(review: DraftReview, row_id: str, verdict: Verdict) -> DraftReview:
    """The review with one row accepted, skipped or pending again; a written row (or an unknown id) stays as it is."""
    row = review.row(row_id)
    if row is None or row.written is not None:
        return review
    return review.replaced(row._replace(verdict=verdict))


def edit(review: DraftReview, row_id: str, values: Mapping[str, str | None]) -> tuple[DraftReview, dict[str, Diagnostic]]:
    """The review with one row's fields changed (those of EDITABLE given in `values`; empty is none, and an empty
    target makes the row a milestone), or the review unchanged and each problem by the field it concerns ('' for
    the row as a whole). Its decision is kept. A written row (or an unknown id) is not changed.
    """
    row = review.row(row_id)
    if row is None or row.written is not None:
        return review, {}
    changes = {name: _cleaned(values[name]) for name in EDITABLE if name in values}
    changed = row._replace(**changes, edited=True)
    problems = field_problems(_fields(changed))
    if not problems:
        problems = _in_plan(review, changed)
    if problems:
        return review, problems
    return review.replaced(changed), {}


def _cleaned(value: str | None) -> str | None:
    return (value or "").strip() or None


def _fields(row: DraftRow) -> dict[str, Any]:
    """The row as a target of targets.yaml, fields in the file's order."""
    owner = owner_node(row.owner, row.support)
    fields = {"id": row.id, "title": row.title or "", "kind": None if row.target else TargetKind.MILESTONE.value,
              "target": row.target, "section": row.section, "owner": owner, "due": row.due, "period": row.period,
              "quote": row.quote}
    return {name: fields[name] for name in FIELD_ORDER if fields.get(name) is not None}


def _in_plan(review: DraftReview, row: DraftRow) -> dict[str, Diagnostic]:
    """What `tracker check` finds when the draft holds the changed row, by field ('' for the row)."""
    yaml = round_trip()
    root = _applied(yaml, review.replaced(row))
    _, found = dump_checked(yaml, root, review.shown, lambda parsed, shown: read_targets(parsed, shown, Path.cwd()))
    problems: dict[str, Diagnostic] = {}
    for problem in found:
        if problem.severity is Severity.ERROR:
            problems.setdefault(ROW_PROBLEMS.get(problem.code, ""), problem)
    return problems


def _applied(yaml: Any, review: DraftReview) -> CommentedMap:
    """The draft's tree with every edited row's fields in place of the drafted ones."""
    root = yaml.load(review.text)
    edited = {r.id: r for r in review.rows if r.edited}
    for plan in root["plans"]:
        for node in plan.get("targets") or []:
            row = edited.get(str(node["id"]))
            if row is not None:
                fields = _fields(row)
                for name in [key for key in node if key not in fields]:
                    del node[name]
                for position, name in enumerate(fields):
                    if name in node:
                        node[name] = fields[name]
                    else:
                        node.insert(position, name, fields[name])
    return root


def edited_text(review: DraftReview) -> str:
    """The draft with the edits made in the review: what `write_accepted` merges."""
    yaml = round_trip()
    buffer = io.StringIO()
    yaml.dump(_applied(yaml, review), buffer)
    return buffer.getvalue()


def write_accepted(review: DraftReview, targets: Path) -> tuple[dict[str, str], list[Diagnostic]]:
    """Merge the accepted rows not yet written, with their edits, into targets.yaml.

    Returns, by row id, the id each was written under, and the problems; nothing is written when there is any
    (targets.yaml unreadable or invalid, as it may have been edited meanwhile, or the file cannot be written).
    """
    accepted = unwritten(review)
    if not accepted:
        return {}, []
    _, problems = load_targets(targets, str(targets))
    if has_errors(problems):
        return {}, [d for d in problems if d.severity is Severity.ERROR]
    try:
        ids, problems = merge_draft(targets, edited_text(review), {r.id for r in accepted})
    except TrackerUserError as error:  # the file could not be written: said in one line, the review kept
        return {}, [Diagnostic(path=str(targets), code=error.code, params={k: str(v) for k, v in error.params.items()})]
    if problems:
        return {}, problems
    return {row.id: written for row, written in zip(accepted, ids, strict=True)}, []


def mark_written(review: DraftReview, written: Mapping[str, str]) -> DraftReview:
    """The review with these rows (by row id) written under these ids; decisions made meanwhile are kept."""
    return review._replace(rows=tuple(r._replace(written=written[r.id]) if r.id in written else r
                                      for r in review.rows))
