"""Messages the app's workers post: what happened, in the past tense."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tracker.errors import Diagnostic
from tracker.workspace import Snapshot


@dataclass
class StatusLoaded(Message):
    """Targets and documents were read and every target's progress computed (or the last such, kept)."""

    snapshot: Snapshot
    cached: bool = False
    """The snapshot saved by the previous run, shown while the fresh one is computed."""


@dataclass
class TargetsInvalid(Message):
    """targets.yaml has errors; the last good state stays on screen."""

    diagnostics: list[Diagnostic]


@dataclass
class LoadFailed(Message):
    """Reading or computing failed with a user-facing message (a bad folder, an unreachable database)."""

    message: str
