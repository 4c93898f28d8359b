"""A review decision as a value: what its fields accept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from tracker.model.decision import Action, Decision


def test_a_reference_may_name_a_file_with_a_control_character_but_never_nul() -> None:
    at = datetime(2025, 7, 1, tzinfo=UTC)
    assert Decision(target="t1", action=Action.REJECT, ref="seeds/press\x07x.txt:4143", who="王", at=at).ref.endswith(":4143")
    with pytest.raises(ValidationError):
        Decision(target="t1", action=Action.REJECT, ref="seeds/a\x00.txt:1", who="王", at=at)
