"""What a status run returns: every target's progress as of a date, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from tracker.errors import RowProblem
from tracker.model.decision import Decision
from tracker.model.evidence import Evidence, Role
from tracker.model.plan import TargetsFile
from tracker.progress.rollup import Rollup, rollups
from tracker.progress.status import Progress, progress_of


@dataclass
class StatusReport:
    """Every target's progress as of a date, the roll-ups, and what the reviews could not apply."""

    as_of: date
    progress: list[Progress]
    rollups: list[Rollup]
    evidence: dict[str, list[Evidence]]
    """Each target's evidence, dropped and rejected included (for review)."""
    unapplied: list[Decision] = field(default_factory=list)
    """Stored decisions whose figure is not among the documents (kept; they apply when it returns)."""
    documents: list = field(default_factory=list)
    """Each document of the folder and how many of its figures are used (`matching.usage.DocumentUse`)."""
    skipped: list[RowProblem] = field(default_factory=list)
    """Stored decisions left out: rows that no longer read, values by hand that do not fit their target."""
    dated: str = "given"
    """How `as_of` was chosen: "given" (asked for), "data" (the newest figure counted, no date being asked for)
    or "today" (no date asked for and no figure counted yet)."""


def report_of(targets_file: TargetsFile, evidence: dict[str, list[Evidence]], as_of: date,
              plan_id: str | None = None, unapplied: list[Decision] | None = None) -> StatusReport:
    """Every target's (or one plan's) progress from its evidence, as of a date."""
    plans = [p for p in targets_file.plans if plan_id in (None, p.id)]
    items = [progress_of(t, p, evidence.get(t.id, []), as_of, targets_file.bands_for(p))
             for p in plans for t in p.targets]
    return StatusReport(as_of=as_of, progress=items, rollups=rollups(items), evidence=evidence,
                        unapplied=unapplied or [])


def data_date(report: StatusReport, today: date, plan_id: str | None = None) -> date | None:
    """The newest date a counted figure (of one plan's targets, or any) speaks for, not after today: how far the
    documents reach."""
    targets = {p.target.id for p in report.progress if plan_id in (None, p.plan.id)}
    return max((e.as_of for target, items in report.evidence.items() if target in targets for e in items
                if e.role is Role.PROGRESS and e.review.counts and e.as_of <= today), default=None)


def at_data_date(report: StatusReport, targets_file: TargetsFile, today: date,
                 plan_id: str | None = None, reach: str | None = None) -> StatusReport:
    """A report computed as of today moved to the date its documents reach (for the plan `reach`, or any), when
    no date was asked for.

    Progress as of today on documents that end months earlier would show every target behind its pace
    for want of news, not for want of work; as of the documents' own date the pace is a fair measure.
    One plan's date is never another's: a plan with no figure of its own stays at today.
    """
    latest = data_date(report, today, reach or plan_id)
    if latest is None:
        return replace(report, dated="today")
    moved = report_of(targets_file, report.evidence, latest, plan_id, report.unapplied)
    return replace(moved, documents=report.documents, skipped=report.skipped, dated="data")
