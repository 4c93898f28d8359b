"""What a status run returns: every target's progress as of a date, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.model.decision import Decision
from tracker.model.evidence import Evidence
from tracker.progress.rollup import Rollup
from tracker.progress.status import Progress


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
