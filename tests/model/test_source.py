"""A position in a user's file, shown the way editors jump to it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tracker.model.source import SourcePos


def test_shown_as_path_line_col() -> None:
    assert str(SourcePos(path="targets.yaml", line=12, col=7)) == "targets.yaml:12:7"


def test_a_position_is_a_frozen_value() -> None:
    where = SourcePos(path="seeds/manifest.yaml", line=3, col=1)
    assert where == SourcePos(path="seeds/manifest.yaml", line=3, col=1)
    assert len({where, SourcePos(path="seeds/manifest.yaml", line=3, col=1)}) == 1
    with pytest.raises(ValidationError):
        where.line = 4  # type: ignore[misc]
