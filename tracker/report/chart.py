"""The completion-against-expectation chart's geometry and colours, shared by the writers that draw it themselves
(HTML): the legend is drawn with the same colours as the bars and the mark."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from tracker.report.content import PlanReport

BAR_WIDTH = 360
"""Pixels for 100%."""
ROW_HEIGHT = 26
LABEL_WIDTH = 260
BAR_FILL = "#3c78d8"
"""Completion."""
TRACK_FILL = "#eeeeee"
"""The whole 100% behind each bar."""
MARK_COLOUR = "#cc0000"
"""The time-elapsed expectation (序时进度)."""


class Bar(NamedTuple):
    label: str
    y: int
    completion: Decimal | None
    width: int
    """Completion in pixels, capped at 100%."""
    expected: Decimal | None
    mark: int | None
    """The expected share in pixels, where the mark stands."""


def bars(part: PlanReport) -> list[Bar]:
    """One bar per section that has targets with data, top to bottom."""
    shown = [s for s in part.sections if s.completion is not None]
    return [Bar(s.title, n * ROW_HEIGHT, s.completion, _pixels(s.completion), s.expected,
                None if s.expected is None else _pixels(s.expected)) for n, s in enumerate(shown)]


def _pixels(share: Decimal) -> int:
    return int(min(share, Decimal(1)) * BAR_WIDTH)
