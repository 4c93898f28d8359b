"""Where something was read from: a file and a 1-based line and column."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SourcePos(BaseModel):
    """A position in a user's file."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"
