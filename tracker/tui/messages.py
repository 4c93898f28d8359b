"""Messages the app's workers post: what happened, in the past tense."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from textual.message import Message

from tracker.errors import Diagnostic
from tracker.model.note import LagNote
from tracker.model.plan import TargetsFile
from tracker.pipeline import StatusReport


class Snapshot(NamedTuple):
    """Everything the screens show, computed by the core in one go."""

    targets_file: TargetsFile
    report: StatusReport
    notes: dict[str, LagNote]
    diagnostics: list[Diagnostic]
    """Warnings of targets.yaml and problems of the documents, shown but not blocking."""


@dataclass
class StatusLoaded(Message):
    """Targets and documents were read and every target's progress computed."""

    snapshot: Snapshot


@dataclass
class TargetsInvalid(Message):
    """targets.yaml has errors; the last good state stays on screen."""

    diagnostics: list[Diagnostic]


@dataclass
class LoadFailed(Message):
    """Reading or computing failed with a user-facing message (a bad folder, an unreachable database)."""

    message: str
